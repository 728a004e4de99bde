"""Django admin: every model's list, search and filters render; the audit log is read-only."""

from __future__ import annotations

import pytest
from django.contrib import admin

from consult import services
from records.models import AuditEvent

from ..conftest import client_for

pytestmark = pytest.mark.django_db

MODELS = [
    model for model in admin.site._registry if model._meta.app_label in {"records", "consult"}
]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.model_name)
def test_admin_lists_search_and_filters_render(model, admin_user, patient, clinician):
    consultation = services.consultation_start(patient=patient, chief_complaint="cough")
    services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    client = client_for(admin_user)
    url = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
    assert client.get(url).status_code == 200
    assert client.get(url, {"q": "cough"}).status_code == 200
    obj = model.objects.first()
    if obj is not None:
        assert client.get(f"{url}{obj.pk}/change/").status_code == 200


def test_nobody_can_edit_or_delete_audit_events_in_admin(admin_user, patient):
    client = client_for(admin_user)
    client.get(f"/records/patients/{patient.pk}/")
    event = AuditEvent.objects.get(entity="PatientRecord")
    assert (
        client.post(f"/admin/records/auditevent/{event.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )
    assert AuditEvent.objects.filter(pk=event.pk).exists()
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()


# --- admin views of health data are audited (read rows) ------------------------------------


def _admin_reads(admin_user, **filters):
    return AuditEvent.objects.filter(actor=admin_user, action="read", **filters)


def test_admin_lists_and_views_of_health_data_write_read_audit_rows(
    admin_user, patient, other_patient
):
    mine = services.consultation_start(patient=patient, chief_complaint="cough")
    services.consultation_start(patient=other_patient, chief_complaint="rash")
    message = mine.messages.first()
    client = client_for(admin_user)

    assert client.get("/admin/consult/consultation/", REMOTE_ADDR="192.0.2.4").status_code == 200
    listed = _admin_reads(admin_user, entity="Consultation", ip="192.0.2.4")
    assert set(listed.values_list("patient_id", flat=True)) == {patient.pk, other_patient.pk}
    assert all(row.detail == "admin list, 2 rows" for row in listed)

    client.get(f"/admin/consult/consultation/{mine.pk}/change/")
    client.get(f"/admin/consult/message/{message.pk}/change/")
    client.get(f"/admin/records/patient/{patient.pk}/change/")
    for entity, entity_id in (
        ("Consultation", mine.pk),
        ("Message", message.pk),
        ("Patient", patient.pk),
    ):
        row = _admin_reads(admin_user, entity=entity, entity_id=str(entity_id)).get()
        assert row.patient_id == patient.pk and row.detail == "admin view"


def test_admin_message_search_is_audited_without_the_search_text(admin_user, patient):
    services.consultation_start(patient=patient, chief_complaint="I am HIV positive")
    client = client_for(admin_user)
    assert client.get("/admin/consult/message/", {"q": "HIV"}).status_code == 200
    rows = _admin_reads(admin_user, entity="Message")
    assert rows.filter(patient=patient, detail__startswith="admin list (search)").exists()
    assert not AuditEvent.objects.filter(detail__icontains="HIV").exists()


def test_admin_views_of_other_models_are_audited_too(admin_user, patient, clinician):
    consultation = services.consultation_start(patient=patient, chief_complaint="cough")
    services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    client = client_for(admin_user)
    for model in ("records/encounter", "records/clinicalreport", "consult/aijob"):
        assert client.get(f"/admin/{model}/").status_code == 200
    assert _admin_reads(admin_user, entity="Encounter", patient=patient).exists()
    assert _admin_reads(admin_user, entity="ClinicalReport", detail="admin list, 0 rows").exists()
