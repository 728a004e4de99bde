"""Audit log: reads, exports and writes leave rows; rows can be neither changed nor deleted."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.admin.sites import site
from django.test import RequestFactory

from records import services
from records.models import AuditEvent

from ..conftest import client_for

pytestmark = pytest.mark.django_db


def _rows(**filters):
    return AuditEvent.objects.filter(**filters)


def test_reads_and_exports_are_audited_with_actor_ip_and_patient(signed, patient, clinician):
    client = client_for(patient.user)
    client.get(f"/records/patients/{patient.pk}/", REMOTE_ADDR="203.0.113.9")
    client.get(f"/records/reports/{signed.pk}/", REMOTE_ADDR="203.0.113.9")
    client.get(f"/fhir/Patient/{patient.pk}/$everything", REMOTE_ADDR="203.0.113.9")
    client.get(f"/records/reports/{signed.pk}/pdf/", REMOTE_ADDR="203.0.113.9")
    mine = _rows(actor=patient.user, patient=patient, ip="203.0.113.9")
    assert mine.filter(action="read", entity="PatientRecord").count() == 1
    assert mine.filter(action="read", entity="ClinicalReport", entity_id=str(signed.pk)).exists()
    assert mine.filter(action="export", entity="Bundle").count() == 1
    assert mine.filter(action="export", entity="ClinicalReport", detail="pdf").count() == 1


def test_refused_reads_leave_no_row_for_the_patient(signed, patient, other_patient):
    """A refused read is audited as `denied` about the actor, never as a read of the record."""
    client_for(other_patient.user).get(f"/fhir/Patient/{patient.pk}/$everything")
    assert not _rows(actor=other_patient.user).exclude(action="denied").exists()
    assert not _rows(patient=patient, actor=other_patient.user).exists()
    refused = _rows(actor=other_patient.user, action="denied").get()
    assert (refused.entity, refused.entity_id) == ("Patient", str(patient.pk))


def test_writes_are_audited(picked, patient, clinician):
    client = client_for(clinician.user)
    client.post(
        f"/records/patients/{patient.pk}/observations/",
        {"observation-code": "8867-4", "observation-value": "80"},
        REMOTE_ADDR="198.51.100.7",
    )
    client.post(f"/records/encounters/{picked.encounter_id}/report/new/")
    report = picked.encounter.reports.get()
    client.post(f"/records/reports/{report.pk}/edit/", {"assessment": "Viral pharyngitis"})
    client.post(f"/records/reports/{report.pk}/sign/")
    rows = _rows(actor=clinician.user, patient=patient)
    assert rows.filter(action="create", entity="Observation", ip="198.51.100.7").exists()
    assert rows.filter(action="create", entity="ClinicalReport", entity_id=str(report.pk)).exists()
    assert rows.filter(action="update", entity="ClinicalReport").exists()
    assert rows.filter(action="sign", entity="ClinicalReport").exists()
    services.allergy_record(patient=patient, recorded_by=clinician.user, substance="Latex")
    services.medication_record(patient=patient, recorded_by=clinician.user, medication="Aspirin")
    services.condition_record(patient=patient, asserter=clinician, icd10_code="J02.9")
    for entity in ("AllergyIntolerance", "MedicationStatement", "Condition"):
        assert rows.filter(action="create", entity=entity).exists()
    assert not any("Viral" in row.detail for row in AuditEvent.objects.all())


def test_audit_events_cannot_be_updated_or_deleted(picked, patient, clinician):
    services.observation_record(
        patient=patient, performer=clinician.user, code="8867-4", value=Decimal(70)
    )
    row = AuditEvent.objects.get(entity="Observation")
    row.detail = "rewritten"
    with pytest.raises(ValueError):
        row.save()
    with pytest.raises(ValueError):
        row.delete()
    assert AuditEvent.objects.get(entity="Observation").detail == ""


def test_admin_cannot_add_change_or_delete_audit_events(admin_user):
    model_admin = site._registry[AuditEvent]
    request = RequestFactory().get("/admin/records/auditevent/")
    request.user = admin_user
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request)
    assert not model_admin.has_delete_permission(request)
    response = client_for(admin_user).get("/admin/records/auditevent/")
    assert response.status_code == 200
