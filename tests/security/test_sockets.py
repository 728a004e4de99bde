"""The chat socket follows access: re-checked on every frame, closed with 4403 within a second
when access ends (pick-up by another clinician, logout, deactivation, session expiry); bad input
and floods get error frames and the socket stays open."""

from __future__ import annotations

import asyncio
import json
import uuid

import pytest
from channels.db import database_sync_to_async
from django.conf import settings as django_settings
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from consult import services
from consult.models import AIJob, Message
from telemed import ratelimit

from ..conftest import open_socket, receive_until, session_cookie

pytestmark = [pytest.mark.django_db(transaction=True)]

CANARY = "CANARY-7f3a I am HIV positive"


def path(consultation) -> str:
    return f"/ws/consult/{consultation.pk}/"


async def cookie_of(user) -> bytes:
    return await database_sync_to_async(session_cookie)(user)


async def closed_within(ws, seconds: float) -> tuple[int, list[dict]]:
    """Frames received before the server closed the socket, and the close code; fails when
    the socket is still open after `seconds`."""
    frames = []
    deadline = asyncio.get_running_loop().time() + seconds
    while True:
        left = deadline - asyncio.get_running_loop().time()
        assert left > 0, f"socket still open after {seconds}s; got {frames}"
        output = await ws.receive_output(timeout=left)
        if output["type"] == "websocket.close":
            return output.get("code"), frames
        frames.append(json.loads(output["text"]))


async def still_open(ws) -> bool:
    """The socket answers a frame (an unknown type always gets an error frame)."""
    await ws.send_json_to({"type": "ping?"})
    output = await ws.receive_output(timeout=5)
    return output["type"] == "websocket.send"


def stored(**filters) -> int:
    return Message.objects.filter(**filters).count()


@pytest.fixture
def assigned(consultation, clinician):
    services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    consultation.refresh_from_db()
    return consultation


# --- losing access ---------------------------------------------------------------------------


async def test_a_watching_clinician_is_closed_out_when_another_picks_up(
    consultation, patient, clinician, other_clinician
):
    """The reported break: clinician2 kept receiving the patient's messages, clinician1's
    replies and the staff-only AI stream after clinician1 picked the consultation up."""
    watcher, ok, _ = await open_socket(path(consultation), await cookie_of(other_clinician.user))
    assert ok  # a waiting consultation is readable by every clinician
    sick, ok, _ = await open_socket(path(consultation), await cookie_of(patient.user))
    assert ok
    assert await watcher.receive_nothing(timeout=0.2)

    await database_sync_to_async(services.consultation_pick)(
        consultation_id=consultation.pk, user=clinician.user
    )
    code, before_close = await closed_within(watcher, 1.0)
    assert code == 4403
    assert before_close == []  # not even the pick-up announcement

    await sick.send_json_to({"type": "message.send", "body": CANARY})
    await receive_until(sick, "message")
    doctor, ok, _ = await open_socket(path(consultation), await cookie_of(clinician.user))
    await doctor.send_json_to({"type": "message.send", "body": "Thank you for telling me."})
    await receive_until(sick, "message")
    assert await watcher.receive_nothing(timeout=0.5)
    # the watcher cannot come back either
    _, ok, code = await open_socket(path(consultation), await cookie_of(other_clinician.user))
    assert not ok and code == 4403
    for ws in (sick, doctor):
        await ws.disconnect()


async def test_logout_closes_that_sessions_sockets_and_nothing_is_stored_after(
    assigned, patient
):
    browser = Client()
    await database_sync_to_async(browser.force_login)(patient.user)
    name = django_settings.SESSION_COOKIE_NAME
    cookie = f"{name}={browser.cookies[name].value}".encode()
    phone_cookie = await cookie_of(patient.user)  # another login of the same patient
    ws, ok, _ = await open_socket(path(assigned), cookie)
    phone, ok2, _ = await open_socket(path(assigned), phone_cookie)
    assert ok and ok2
    before = await database_sync_to_async(stored)(consultation=assigned)

    response = await database_sync_to_async(browser.post)("/accounts/logout/")
    assert response.status_code == 302
    code, _ = await closed_within(ws, 1.0)
    assert code == 4403
    await ws.send_json_to({"type": "message.send", "body": "sent after logout"})
    await asyncio.sleep(0.3)
    assert await database_sync_to_async(stored)(consultation=assigned) == before
    assert await still_open(phone)  # the other session is not logged out
    await phone.disconnect()


@pytest.mark.parametrize("who", ["patient", "clinician"])
async def test_deactivation_closes_every_socket_of_the_account(assigned, patient, clinician, who):
    user = {"patient": patient.user, "clinician": clinician.user}[who]
    first, ok1, _ = await open_socket(path(assigned), await cookie_of(user))
    second, ok2, _ = await open_socket(path(assigned), await cookie_of(user))
    assert ok1 and ok2

    def deactivate():
        user.is_active = False
        user.save(update_fields=["is_active"])

    await database_sync_to_async(deactivate)()
    for ws in (first, second):
        code, _ = await closed_within(ws, 1.0)
        assert code == 4403


async def test_an_expired_session_is_found_by_the_periodic_check(settings, assigned, patient):
    settings.TELEMED_SOCKET_RECHECK_S = 0.2
    cookie = await cookie_of(patient.user)
    ws, ok, _ = await open_socket(path(assigned), cookie)
    assert ok
    key = cookie.decode().split("=", 1)[1]
    past = timezone.now() - timezone.timedelta(seconds=1)
    await database_sync_to_async(Session.objects.filter(session_key=key).update)(expire_date=past)
    code, _ = await closed_within(ws, 1.0)
    assert code == 4403


async def test_access_is_checked_on_each_frame_even_without_an_event(settings, assigned, patient):
    """No revoke event, no periodic check: the next frame finds the session gone."""
    settings.TELEMED_SOCKET_RECHECK_S = 3600
    cookie = await cookie_of(patient.user)
    ws, ok, _ = await open_socket(path(assigned), cookie)
    key = cookie.decode().split("=", 1)[1]
    await database_sync_to_async(Session.objects.filter(session_key=key).delete)()
    before = await database_sync_to_async(stored)(consultation=assigned)
    await ws.send_json_to({"type": "message.send", "body": "after the session ended"})
    code, frames = await closed_within(ws, 1.0)
    assert code == 4403 and frames == []
    assert await database_sync_to_async(stored)(consultation=assigned) == before


# --- the socket action matrix ----------------------------------------------------------------

FRAMES = {
    "message.send": {"type": "message.send", "body": "hello from the matrix"},
    "resume": {"type": "resume", "after_seq": 0},
    "ai.suggest": {"type": "ai.suggest"},
    "report.generate": {"type": "report.generate"},
}
REFUSED = "refused"  # the socket does not open (4403)
# What each persona gets for each frame in a consultation assigned to `clinician`.
MATRIX = {
    "anonymous": REFUSED,
    "other_patient": REFUSED,
    "other_clinician": REFUSED,
    "patient": {"message.send": "message", "resume": "message", "ai.suggest": "forbidden",
                "report.generate": "forbidden"},
    "clinician": {"message.send": "message", "resume": "message", "ai.suggest": "ai_disabled",
                  "report.generate": "ai_disabled"},
    "admin": {"message.send": "forbidden", "resume": "message", "ai.suggest": "forbidden",
              "report.generate": "forbidden"},
}  # fmt: skip


def _persona(name, patient, other_patient, clinician, other_clinician, admin_user):
    return {
        "anonymous": None,
        "patient": patient.user,
        "other_patient": other_patient.user,
        "clinician": clinician.user,
        "other_clinician": other_clinician.user,
        "admin": admin_user,
    }[name]


@pytest.mark.parametrize("persona", list(MATRIX))
async def test_socket_action_matrix(
    assigned, patient, other_patient, clinician, other_clinician, admin_user, persona
):
    await database_sync_to_async(services.message_post)(
        consultation_id=assigned.pk, user=patient.user, body=CANARY
    )
    user = _persona(persona, patient, other_patient, clinician, other_clinician, admin_user)
    cookie = await cookie_of(user) if user is not None else None
    ws, ok, code = await open_socket(path(assigned), cookie)
    expected = MATRIX[persona]
    if expected == REFUSED:
        assert not ok and code == 4403
        return
    assert ok
    seen = []
    for frame_type, frame in FRAMES.items():
        await ws.send_json_to(frame)
        answers = [await ws.receive_json_from(timeout=5)]
        while not await ws.receive_nothing(timeout=0.3):
            answers.append(await ws.receive_json_from(timeout=5))
        seen.extend(answers)
        errors = [a["code"] for a in answers if a["type"] == "error"]
        got = errors[0] if errors else answers[0]["type"]
        assert got == expected[frame_type], (persona, frame_type, answers)
    assert any(CANARY in json.dumps(f) for f in seen)  # the readers see the patient's words
    assert not await database_sync_to_async(
        AIJob.objects.filter(kind__in=("suggest", "report")).exists
    )()
    await ws.disconnect()


async def test_the_dashboard_socket_closes_on_logout_too(clinician):
    browser = Client()
    await database_sync_to_async(browser.force_login)(clinician.user)
    name = django_settings.SESSION_COOKIE_NAME
    ws, ok, _ = await open_socket(
        "/ws/dashboard/", f"{name}={browser.cookies[name].value}".encode()
    )
    assert ok
    await database_sync_to_async(browser.post)("/accounts/logout/")
    code, _ = await closed_within(ws, 1.0)
    assert code == 4403


# --- bad input -------------------------------------------------------------------------------

DEEP = '{"type": "resume", "x": ' + "[" * 100 + "]" * 100 + "}"
VERY_DEEP = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize(
    "raw, code",
    [
        (json.dumps({"type": "message.send", "body": "a\u0000b"}), "invalid"),
        ('{"type": "message.send", "body": "a\x00b"}', "invalid"),
        (json.dumps({"type": "message.send", "body": "ok", "client_id": "\u0000"}), "invalid"),
        (json.dumps({"type": "message.send", "body": "ok", "k\u0000": 1}), "invalid"),
        (DEEP, "invalid"),
        (VERY_DEEP, "invalid"),
        (json.dumps({"type": "message.send", "body": "x" * 70_000}), "too_long"),
    ],
    ids=["nul-escaped", "nul-raw", "nul-client-id", "nul-key", "deep", "very-deep", "huge"],
)
async def test_bad_input_gets_an_error_frame_stores_nothing_and_the_socket_stays_open(
    assigned, patient, raw, code
):
    ws, ok, _ = await open_socket(path(assigned), await cookie_of(patient.user))
    before = await database_sync_to_async(stored)(consultation=assigned)
    await ws.send_to(text_data=raw)
    error = await receive_until(ws, "error")
    assert error["code"] == code
    assert await database_sync_to_async(stored)(consultation=assigned) == before
    await ws.send_json_to({"type": "message.send", "body": "still here"})
    assert (await receive_until(ws, "message"))["body"] == "still here"
    await ws.disconnect()


async def test_sixty_four_levels_are_still_accepted(assigned, patient):
    ws, ok, _ = await open_socket(path(assigned), await cookie_of(patient.user))
    nested = {"type": "message.send", "body": "deep but fine", "x": json.loads("[" * 62 + "]" * 62)}
    await ws.send_json_to(nested)
    assert (await receive_until(ws, "message"))["body"] == "deep but fine"
    await ws.disconnect()


async def test_binary_frames_get_an_error_frame(assigned, patient):
    ws, ok, _ = await open_socket(path(assigned), await cookie_of(patient.user))
    await ws.send_to(bytes_data=b"\x00\x01binary")
    assert (await receive_until(ws, "error"))["code"] == "malformed"
    await ws.send_json_to({"type": "message.send", "body": "after binary"})
    assert (await receive_until(ws, "message"))["body"] == "after binary"
    await ws.disconnect()


# --- flood -----------------------------------------------------------------------------------


async def test_frames_over_the_rate_are_refused_and_not_stored(settings, assigned, patient):
    settings.TELEMED_MESSAGE_RATE = "3/m"
    await database_sync_to_async(ratelimit.reset)("frames", patient.user.pk, "3/m")
    ws, ok, _ = await open_socket(path(assigned), await cookie_of(patient.user))
    for n in range(6):
        await ws.send_json_to(
            {"type": "message.send", "body": f"flood {n}", "client_id": str(uuid.uuid4())}
        )
    answers = []
    while len(answers) < 6:
        frame = await ws.receive_json_from(timeout=5)
        if frame["type"] in ("message", "error"):
            answers.append(frame)
    assert [a["type"] for a in answers].count("message") == 3
    refused = [a for a in answers if a["type"] == "error"]
    assert len(refused) == 3 and {a["code"] for a in refused} == {"rate_limited"}
    flood = await database_sync_to_async(
        Message.objects.filter(consultation=assigned, body__startswith="flood").count
    )()
    assert flood == 3
    assert await ws.receive_nothing(timeout=0.2)  # open, nothing more
    settings.TELEMED_MESSAGE_RATE = "1000/m"
    await database_sync_to_async(ratelimit.reset)("frames", patient.user.pk, "3/m")
    await ws.send_json_to({"type": "message.send", "body": "after the flood"})
    assert (await receive_until(ws, "message"))["body"] == "after the flood"
    await ws.disconnect()


def test_rate_settings_are_n_per_second_minute_or_hour():
    from django.core.exceptions import ImproperlyConfigured

    assert ratelimit.parse_rate("30/m").amount == 30
    for bad in ("30", "30/d", "x/m", "0/s", ""):
        with pytest.raises(ImproperlyConfigured):
            ratelimit.parse_rate(bad)


async def test_a_second_factor_reset_closes_the_users_open_sockets(assigned, clinician):
    from telemed.twofactor.core import reset_second_factor

    ws, ok, _ = await open_socket(path(assigned), await cookie_of(clinician.user))
    assert ok
    await database_sync_to_async(reset_second_factor)(clinician.user)
    code, _ = await closed_within(ws, 1.0)
    assert code == 4403
