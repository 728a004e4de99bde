"""The dashboard socket hears queue changes only: none for chat, one per change of the queue."""

from __future__ import annotations

import uuid

import pytest
from channels.db import database_sync_to_async
from django.db import transaction

from consult import services
from consult.ai import interview
from consult.triage import schema

from ..conftest import open_socket, receive_until, session_cookie

pytestmark = [pytest.mark.django_db(transaction=True)]
QUIET_S = 1.0  # how long a socket must stay silent to count as "sent nothing"


async def dashboard(clinician):
    cookie = await database_sync_to_async(session_cookie)(clinician.user)
    dash, ok, _ = await open_socket("/ws/dashboard/", cookie)
    assert ok
    return dash


async def expect_one_change(dash, consultation_id: int) -> dict:
    frame = await receive_until(dash, "queue.changed")
    assert frame["consultation"] == consultation_id
    assert await dash.receive_nothing(timeout=QUIET_S)
    return frame


async def test_fifty_chat_messages_send_no_queue_change(consultation, patient, clinician):
    await database_sync_to_async(services.consultation_pick)(
        consultation_id=consultation.pk, user=clinician.user
    )
    dash = await dashboard(clinician)
    room = f"/ws/consult/{consultation.pk}/"
    p_ws, ok1, _ = await open_socket(
        room, await database_sync_to_async(session_cookie)(patient.user)
    )
    c_ws, ok2, _ = await open_socket(
        room, await database_sync_to_async(session_cookie)(clinician.user)
    )
    assert ok1 and ok2
    for i in range(25):
        for ws, text in ((p_ws, f"still a sore throat ({i})"), (c_ws, f"noted ({i})")):
            await ws.send_json_to(
                {"type": "message.send", "body": text, "client_id": str(uuid.uuid4())}
            )
            while (await receive_until(ws, "message"))["body"] != text:
                pass  # the other side's message, heard first
    assert await dash.receive_nothing(timeout=QUIET_S)
    for ws in (p_ws, c_ws, dash):
        await ws.disconnect()


async def test_chat_in_a_waiting_consultation_sends_no_queue_change(
    consultation, patient, clinician
):
    dash = await dashboard(clinician)
    for i in range(10):
        await database_sync_to_async(services.message_post)(
            consultation_id=consultation.pk, user=patient.user, body=f"it itches a little ({i})"
        )
    assert await dash.receive_nothing(timeout=QUIET_S)
    await dash.disconnect()


async def test_a_new_consultation_sends_one(patient, clinician):
    dash = await dashboard(clinician)
    consultation = await database_sync_to_async(services.consultation_start)(
        patient=patient, chief_complaint="sore throat"
    )
    frame = await expect_one_change(dash, consultation.pk)
    assert frame["status"] == "waiting"
    await dash.disconnect()


async def test_a_pick_up_sends_one(consultation, clinician):
    dash = await dashboard(clinician)
    await database_sync_to_async(services.consultation_pick)(
        consultation_id=consultation.pk, user=clinician.user
    )
    frame = await expect_one_change(dash, consultation.pk)
    assert frame["status"] == "in_progress"
    await dash.disconnect()


async def test_an_urgency_change_sends_one_that_says_emergency(consultation, clinician):
    dash = await dashboard(clinician)
    await database_sync_to_async(services.consultation_set_urgency)(
        consultation_id=consultation.pk, urgency="emergency", red_flags=["chest_pain_cardiac"]
    )
    frame = await expect_one_change(dash, consultation.pk)
    assert frame["urgency"] == "emergency" and frame["status"] == "waiting"
    await dash.disconnect()


async def test_an_assessment_sends_one(consultation, clinician):
    dash = await dashboard(clinician)
    assessment = schema.TriageAssessment(
        chief_complaint="sore throat", urgency="routine", summary="Sore throat for two days."
    )

    def save() -> None:
        with transaction.atomic():
            interview._save_assessment(consultation.pk, assessment)

    await database_sync_to_async(save)()
    frame = await expect_one_change(dash, consultation.pk)
    assert frame["urgency"] == "routine"
    await dash.disconnect()


async def test_a_red_flag_in_chat_sends_one_emergency(consultation, patient, clinician):
    dash = await dashboard(clinician)
    await database_sync_to_async(services.message_post)(
        consultation_id=consultation.pk,
        user=patient.user,
        body="I have crushing chest pain and I am sweating a lot",
    )
    frame = await receive_until(dash, "queue.changed")
    assert frame["consultation"] == consultation.pk and frame["urgency"] == "emergency"
    await dash.disconnect()
