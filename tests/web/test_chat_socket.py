"""The live chat socket: exchange, idempotency, resume, validation and refusals."""

from __future__ import annotations

import asyncio
import json
import uuid

import pytest
from channels.db import database_sync_to_async

from consult import services
from consult.models import Message

from ..conftest import open_socket, receive_until, session_cookie

pytestmark = [pytest.mark.django_db(transaction=True)]


@pytest.fixture
def assigned(consultation, clinician):
    services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    consultation.refresh_from_db()
    return consultation


def path(consultation) -> str:
    return f"/ws/consult/{consultation.pk}/"


async def test_patient_and_clinician_exchange_messages_live(assigned, patient, clinician):
    p_cookie = await database_sync_to_async(session_cookie)(patient.user)
    c_cookie = await database_sync_to_async(session_cookie)(clinician.user)
    p_ws, ok1, _ = await open_socket(path(assigned), p_cookie)
    c_ws, ok2, _ = await open_socket(path(assigned), c_cookie)
    assert ok1 and ok2
    await p_ws.send_json_to(
        {"type": "message.send", "body": "My throat hurts", "client_id": str(uuid.uuid4())}
    )
    got_c = await receive_until(c_ws, "message")
    got_p = await receive_until(p_ws, "message")
    assert got_c == got_p
    assert got_c["sender"] == "patient" and got_c["body"] == "My throat hurts"
    await c_ws.send_json_to({"type": "message.send", "body": "Since when?"})
    answer = await receive_until(p_ws, "message")
    assert answer["sender"] == "clinician"
    assert answer["seq"] == got_c["seq"] + 1
    await p_ws.disconnect()
    await c_ws.disconnect()


async def test_duplicate_client_id_is_stored_once(assigned, patient):
    cookie = await database_sync_to_async(session_cookie)(patient.user)
    ws, ok, _ = await open_socket(path(assigned), cookie)
    client_id = str(uuid.uuid4())
    frame = {"type": "message.send", "body": "hello", "client_id": client_id}
    await ws.send_json_to(frame)
    first = await receive_until(ws, "message")
    await ws.send_json_to(frame)
    second = await receive_until(ws, "message")
    assert first["seq"] == second["seq"] and second["client_id"] == client_id
    count = await database_sync_to_async(
        Message.objects.filter(consultation=assigned, client_id=client_id).count
    )()
    assert count == 1
    await ws.disconnect()


async def test_resume_replays_what_a_reconnecting_client_missed(assigned, patient, clinician):
    cookie = await database_sync_to_async(session_cookie)(patient.user)
    ws, ok, _ = await open_socket(path(assigned), cookie)
    await ws.send_json_to({"type": "resume", "after_seq": 0})
    history = [await receive_until(ws, "message") for _ in range(assigned.last_seq)]
    last = history[-1]["seq"]
    await ws.disconnect()
    for text in ("one", "two", "three"):
        await database_sync_to_async(services.message_post)(
            consultation_id=assigned.pk, user=clinician.user, body=text
        )
    ws, ok, _ = await open_socket(path(assigned), cookie)
    await ws.send_json_to({"type": "resume", "after_seq": last})
    replay = [await receive_until(ws, "message") for _ in range(3)]
    assert [m["body"] for m in replay] == ["one", "two", "three"]
    assert [m["seq"] for m in replay] == [last + 1, last + 2, last + 3]
    assert await ws.receive_nothing(timeout=0.3)
    await ws.disconnect()


@pytest.mark.parametrize(
    "raw, code",
    [
        ("not json", "malformed"),
        ("[1, 2]", "malformed"),
        (json.dumps({"body": "no type"}), "malformed"),
        (json.dumps({"type": "dance"}), "unknown_type"),
        (json.dumps({"type": "message.send", "body": "   "}), "invalid"),
        (json.dumps({"type": "message.send", "body": 42}), "invalid"),
        (json.dumps({"type": "message.send", "body": "x" * 4001}), "too_long"),
        (json.dumps({"type": "message.send", "body": "hi", "client_id": "nope"}), "invalid"),
        (json.dumps({"type": "resume", "after_seq": "a"}), "invalid"),
    ],
)
async def test_bad_frames_get_an_error_and_the_socket_stays_open(assigned, patient, raw, code):
    cookie = await database_sync_to_async(session_cookie)(patient.user)
    ws, ok, _ = await open_socket(path(assigned), cookie)
    await ws.send_to(text_data=raw)
    error = await ws.receive_json_from(timeout=5)
    assert error["type"] == "error" and error["code"] == code
    await ws.send_json_to({"type": "message.send", "body": "still here"})
    message = await receive_until(ws, "message")
    assert message["body"] == "still here"
    await ws.disconnect()


async def test_exactly_4000_characters_is_accepted(assigned, patient):
    cookie = await database_sync_to_async(session_cookie)(patient.user)
    ws, ok, _ = await open_socket(path(assigned), cookie)
    await ws.send_json_to({"type": "message.send", "body": "y" * 4000})
    message = await receive_until(ws, "message")
    assert len(message["body"]) == 4000
    await ws.disconnect()


async def test_unassigned_clinician_reads_but_gets_forbidden_on_write(
    consultation, other_clinician
):
    cookie = await database_sync_to_async(session_cookie)(other_clinician.user)
    ws, ok, _ = await open_socket(path(consultation), cookie)
    assert ok  # waiting consultations are readable by every clinician
    await ws.send_json_to({"type": "message.send", "body": "I am not assigned"})
    error = await receive_until(ws, "error")
    assert error["code"] == "forbidden"
    await ws.disconnect()


async def test_it_refuses_the_other_patient_and_anonymous(consultation, other_patient):
    cookie = await database_sync_to_async(session_cookie)(other_patient.user)
    _, ok, code = await open_socket(path(consultation), cookie)
    assert not ok
    _, ok, _ = await open_socket(path(consultation), None)
    assert not ok


async def test_it_refuses_a_foreign_origin(consultation, patient):
    cookie = await database_sync_to_async(session_cookie)(patient.user)
    _, ok, _ = await open_socket(path(consultation), cookie, origin=b"http://evil.example")
    assert not ok


async def test_closed_consultation_refuses_writes(assigned, patient, clinician):
    await database_sync_to_async(services.consultation_close)(
        consultation_id=assigned.pk, user=clinician.user
    )
    cookie = await database_sync_to_async(session_cookie)(patient.user)
    ws, ok, _ = await open_socket(path(assigned), cookie)
    assert ok
    await ws.send_json_to({"type": "message.send", "body": "hello?"})
    error = await receive_until(ws, "error")
    assert error["code"] == "closed"
    await ws.disconnect()


async def test_idle_socket_survives_longer_than_redis_default_timeout(assigned, patient, clinician):
    """redis-py 8 times out reads after 5 s unless the layer sets socket_timeout=None."""
    cookie = await database_sync_to_async(session_cookie)(patient.user)
    ws, ok, _ = await open_socket(path(assigned), cookie)
    await asyncio.sleep(6.5)
    await database_sync_to_async(services.message_post)(
        consultation_id=assigned.pk, user=clinician.user, body="are you there?"
    )
    frame = await receive_until(ws, "message", timeout=5)
    assert frame["body"] == "are you there?"
    await ws.disconnect()


async def test_pick_up_and_close_are_announced_in_the_room(consultation, patient, clinician):
    cookie = await database_sync_to_async(session_cookie)(patient.user)
    ws, ok, _ = await open_socket(path(consultation), cookie)
    await database_sync_to_async(services.consultation_pick)(
        consultation_id=consultation.pk, user=clinician.user
    )
    frame = await receive_until(ws, "consultation.status")
    assert frame["status"] == "in_progress" and frame["clinician"] == clinician.full_name
    await database_sync_to_async(services.consultation_close)(
        consultation_id=consultation.pk, user=clinician.user
    )
    frame = await receive_until(ws, "consultation.status")
    assert frame["status"] == "closed"
    await ws.disconnect()
