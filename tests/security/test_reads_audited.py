"""Every read of health data leaves an audit row: the room, socket `resume`, the clinician's
queue (page and JSON), the record, reports and exports; refusals too."""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async

from consult import services
from records.models import AuditEvent

from ..conftest import client_for, open_socket, receive_until, session_cookie
from ..factories import start_consultation

pytestmark = pytest.mark.django_db


def reads(**filters):
    return AuditEvent.objects.filter(action="read", **filters)


@pytest.mark.django_db(transaction=True)
async def test_socket_resume_is_audited(consultation, clinician):
    await database_sync_to_async(services.consultation_pick)(
        consultation_id=consultation.pk, user=clinician.user
    )
    cookie = await database_sync_to_async(session_cookie)(clinician.user)
    ws, ok, _ = await open_socket(f"/ws/consult/{consultation.pk}/", cookie)
    await ws.send_json_to({"type": "resume", "after_seq": 0})
    await receive_until(ws, "message")
    await ws.disconnect()
    row = await database_sync_to_async(
        lambda: reads(actor=clinician.user, entity="Consultation").get()
    )()
    assert row.entity_id == str(consultation.pk) and row.patient_id == consultation.patient_id
    assert row.detail.startswith("socket resume") and "throat" not in row.detail


@pytest.mark.django_db(transaction=True)
async def test_a_refused_socket_is_audited(consultation, other_patient):
    cookie = await database_sync_to_async(session_cookie)(other_patient.user)
    _, ok, _ = await open_socket(f"/ws/consult/{consultation.pk}/", cookie)
    assert not ok
    row = await database_sync_to_async(
        lambda: AuditEvent.objects.get(actor=other_patient.user, action="denied")
    )()
    assert (row.entity, row.entity_id, row.patient_id) == (
        "Consultation",
        str(consultation.pk),
        None,
    )


@pytest.mark.parametrize("url", ["/dashboard/queue.json", "/dashboard/"])
def test_the_queue_is_audited_per_patient_shown(patient, other_patient, clinician, url):
    first = start_consultation(patient, "cough")
    second = start_consultation(other_patient, "chest pain")
    response = client_for(clinician.user).get(url, REMOTE_ADDR="198.51.100.4")
    assert response.status_code == 200
    rows = reads(actor=clinician.user, entity="Consultation", ip="198.51.100.4")
    assert {(r.entity_id, r.patient_id) for r in rows} == {
        (str(first.pk), patient.pk),
        (str(second.pk), other_patient.pk),
    }
    assert not any("chest" in r.detail or "cough" in r.detail for r in rows)


def test_the_room_record_and_exports_are_audited(patient, clinician):
    consultation = start_consultation(patient)
    services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    client = client_for(clinician.user)
    assert client.get(f"/consult/{consultation.pk}/").status_code == 200
    assert client.get(f"/records/patients/{patient.pk}/").status_code == 200
    assert client.get(f"/fhir/Patient/{patient.pk}/$everything").status_code == 200
    mine = AuditEvent.objects.filter(actor=clinician.user, patient=patient)
    assert mine.filter(action="read", entity="Consultation").exists()
    assert mine.filter(action="read", entity="PatientRecord").exists()
    assert mine.filter(action="export", entity="Bundle").exists()


def test_a_page_refused_for_the_role_is_audited(patient):
    response = client_for(patient.user).get("/dashboard/")
    assert response.status_code == 403
    row = AuditEvent.objects.get(actor=patient.user, action="denied", entity="View")
    assert row.patient_id is None and row.detail == "role"
