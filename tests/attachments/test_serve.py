"""Serving: only to those who may read the consultation, with an audit row each time, safe headers;
the socket's message frame carries the attachment; resume loads attachments without N+1."""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async
from django.test import Client

from consult import selectors, services
from consult.models import Attachment
from records.models import AuditEvent

from ..conftest import client_for, open_socket, receive_until, session_cookie
from .conftest import pdf_bytes, png_bytes
from .test_upload import upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def photo(assigned, patient) -> Attachment:
    response = upload(patient.user, assigned, 'my "rash"\n.png', png_bytes(), "image/png")
    assert response.status_code == 201
    return Attachment.objects.get(pk=response.json()["id"])


def reads(attachment) -> list[AuditEvent]:
    return list(
        AuditEvent.objects.filter(
            entity="Attachment", entity_id=str(attachment.pk), action="read"
        ).order_by("pk")
    )


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def test_patient_and_assigned_clinician_get_the_file_with_safe_headers(photo, patient, clinician):
    for user in (patient.user, clinician.user):
        response = client_for(user).get(f"/consult/{photo.consultation_id}/attachments/{photo.pk}/")
        assert response.status_code == 200
        assert response["Content-Type"] == "image/png"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "private" in response["Cache-Control"]
        disposition = response["Content-Disposition"]
        assert disposition.startswith("inline;") and "\n" not in disposition
        assert 'filename="my \\"rash\\".png"' in disposition or "filename*=" in disposition
        assert body(response) == photo.file.open("rb").read()
    rows = reads(photo)
    assert [r.actor_id for r in rows] == [patient.user.pk, clinician.user.pk]
    assert all(r.patient_id == photo.consultation.patient_id for r in rows)


def test_thumbnail_is_served_and_audited(photo, clinician):
    url = f"/consult/{photo.consultation_id}/attachments/{photo.pk}/thumbnail/"
    response = client_for(clinician.user).get(url)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert body(response)[:3] == b"\xff\xd8\xff"
    assert [r.detail for r in reads(photo)] == ["thumbnail"]


def test_pdf_has_no_thumbnail(assigned, patient):
    response = upload(patient.user, assigned, "r.pdf", pdf_bytes(), "application/pdf")
    url = response.json()["url"]
    assert client_for(patient.user).get(f"{url}thumbnail/").status_code == 404
    served = client_for(patient.user).get(url)
    assert served.status_code == 200 and served["Content-Type"] == "application/pdf"


def test_others_are_refused(photo, other_patient, other_clinician, admin_user):
    url = f"/consult/{photo.consultation_id}/attachments/{photo.pk}/"
    for user in (other_patient.user, other_clinician.user):
        for path in (url, f"{url}thumbnail/"):
            response = client_for(user).get(path)
            assert response.status_code in (403, 404)
            assert not getattr(response, "streaming", False)
    anonymous = Client().get(url)
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    assert reads(photo) == []
    assert AuditEvent.objects.filter(
        action="denied", actor=other_patient.user, entity="Consultation"
    ).exists()
    # admins may read any consultation, and are audited like anyone
    assert client_for(admin_user).get(url).status_code == 200
    assert [r.actor_id for r in reads(photo)] == [admin_user.pk]


def test_an_attachment_is_only_reachable_through_its_own_consultation(photo, patient):
    other = services.consultation_start(patient=patient, chief_complaint="Another matter")
    response = client_for(patient.user).get(f"/consult/{other.pk}/attachments/{photo.pk}/")
    assert response.status_code == 404


def test_upload_and_file_urls_refuse_other_methods(photo, patient):
    client = client_for(patient.user)
    assert client.get(f"/consult/{photo.consultation_id}/attachments/").status_code == 405
    url = f"/consult/{photo.consultation_id}/attachments/{photo.pk}/"
    assert client.post(url).status_code == 405


def test_resume_loads_attachments_in_one_query(photo, assigned, django_assert_num_queries):
    upload(assigned.patient.user, assigned, "second.png", png_bytes(), "image/png")
    with django_assert_num_queries(1):
        messages = selectors.messages_after(consultation_id=assigned.pk, after_seq=0)
        frames = [m for m in messages if m.attachment_id]
        assert [m.attachment.name for m in frames] == ['my "rash".png', "second.png"]


@pytest.mark.django_db(transaction=True)
async def test_message_frame_over_the_socket_carries_the_attachment(assigned, patient, clinician):
    c_cookie = await database_sync_to_async(session_cookie)(clinician.user)
    ws, connected, _ = await open_socket(f"/ws/consult/{assigned.pk}/", c_cookie)
    assert connected
    response = await database_sync_to_async(upload)(
        patient.user, assigned, "knee.png", png_bytes(), "image/png"
    )
    assert response.status_code == 201
    data = response.json()
    frame = await receive_until(ws, "message")
    while frame["seq"] != data["message_seq"]:
        frame = await receive_until(ws, "message")
    assert frame["sender"] == "patient" and frame["body"] == "knee.png"
    assert frame["attachment"] == {
        "id": data["id"],
        "url": data["url"],
        "thumbnail_url": f"{data['url']}thumbnail/",
        "content_type": "image/png",
        "name": "knee.png",
        "size": data["size"],
    }
    # a page that reconnects gets it again through resume
    await ws.send_json_to({"type": "resume", "after_seq": data["message_seq"] - 1})
    again = await receive_until(ws, "message")
    assert again["attachment"] == frame["attachment"]
    await ws.disconnect()
