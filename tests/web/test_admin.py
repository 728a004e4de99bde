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
