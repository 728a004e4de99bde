"""The socket chat path: statements per message for each sender, and many concurrent sends in
one room on the chat threads (nothing lost, duplicated or out of order)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from channels.db import database_sync_to_async
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from consult import access, services
from consult.consumers import AccessEnded, ConsultConsumer
from consult.models import Consultation, Message

from ..conftest import open_socket, receive_until, session_cookie

pytestmark = [pytest.mark.django_db(transaction=True)]


@pytest.fixture
def assigned(consultation, clinician):
    services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    consultation.refresh_from_db()
    return consultation


def _consumer(user, consultation) -> ConsultConsumer:
    """A consumer as connect() leaves it, to run one send's database work directly."""
    consumer = ConsultConsumer()
    consumer.scope = {"client": ("127.0.0.1", 1)}
    consumer.user = user
    consumer.consultation_id = consultation.pk
    consumer.session_key = None
    return consumer


def _send(consumer, body: str, client_id: uuid.UUID | None = None):
    """One send as the socket makes it: the write, then the work that follows the broadcast."""
    message, created, later = consumer._post_sync(body, client_id or uuid.uuid4())
    for step in later:
        step()
    return message, created


def _count_send(consumer, body: str) -> int:
    """Statements of one send, everything that follows it included, BEGIN/COMMIT too."""
    with CaptureQueriesContext(connection) as queries:
        _message, created = _send(consumer, body)
    assert created
    return len(queries.captured_queries)


def _login(consumer, user) -> None:
    """As connect() leaves the socket: logged in and the login checked once in full."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    consumer.session_key = client.session.session_key
    assert consumer._login_valid() is not None


@pytest.mark.parametrize("ai_enabled", [False, True])
def test_statements_per_message_once_a_clinician_joined(
    settings, assigned, patient, clinician, ai_enabled
):
    settings.TELEMED_AI_ENABLED = ai_enabled
    p, c = _consumer(patient.user, assigned), _consumer(clinician.user, assigned)
    _login(p, patient.user)
    _login(c, clinician.user)
    # The first clinician message to a patient who is not in the room records an email notice
    # (consult/notifications.py, then quiet for a while): not the chat path measured here.
    _send(c, "warm up")
    counts = {"patient": [], "clinician": []}
    for i in range(12):  # constant in history length
        counts["patient"].append(_count_send(p, f"p{i}"))
        counts["clinician"].append(_count_send(c, f"c{i}"))
    # One statement checks the login, the access rule and the client_id, stores the message
    # and advances last_seq, in its own transaction (no BEGIN/COMMIT); the same statement
    # returns the patient's latest messages for the red-flag screen that follows.
    assert max(counts["patient"]) <= 1, counts
    assert max(counts["clinician"]) <= 1, counts
    assert len(set(counts["patient"])) == 1 and len(set(counts["clinician"])) == 1


def test_a_retried_client_id_costs_no_write(assigned, patient):
    consumer = _consumer(patient.user, assigned)
    _login(consumer, patient.user)
    client_id = uuid.uuid4()
    first, created = _send(consumer, "once", client_id)
    again, created_again = _send(consumer, "once", client_id)
    assert created and not created_again and first.pk == again.pk
    assert Message.objects.filter(client_id=client_id).count() == 1
    assigned.refresh_from_db()
    assert assigned.last_seq == first.seq


def test_the_one_statement_still_ends_with_the_login(assigned, patient):
    """The login is not checked on its own per message any more: a changed session, password
    or account is still seen by the very next send."""
    consumer = _consumer(patient.user, assigned)
    _login(consumer, patient.user)
    _send(consumer, "before")
    # A session that changed but still holds this login: the full check passes, the send stores.
    session = Session.objects.get(session_key=consumer.session_key)
    store = SessionStore(session_key=consumer.session_key)
    store["touched"] = True
    store.save()
    assert Session.objects.get(pk=session.pk).session_data != session.session_data
    _message, created = _send(consumer, "after a session change")
    assert created
    # A new password ends the login (the session's auth hash no longer matches).
    patient.user.set_password("a-new-password-123")
    patient.user.save()
    with pytest.raises(AccessEnded):
        _send(consumer, "after the password changed")
    assert not Message.objects.filter(body="after the password changed").exists()


@pytest.mark.parametrize("how", ["logout", "expired", "deactivated"])
def test_a_send_after_the_login_ended_stores_nothing(assigned, patient, how):
    consumer = _consumer(patient.user, assigned)
    _login(consumer, patient.user)
    _send(consumer, "before")
    if how == "logout":
        Session.objects.filter(session_key=consumer.session_key).delete()
    elif how == "expired":
        Session.objects.filter(session_key=consumer.session_key).update(
            expire_date=timezone.now() - dt.timedelta(seconds=1)
        )
    else:
        patient.user.is_active = False
        patient.user.save()
    with pytest.raises(AccessEnded):
        _send(consumer, "after")
    assert not Message.objects.filter(body="after").exists()


def test_a_send_the_access_rule_refuses_is_refused_as_before(assigned, patient, clinician):
    """What the one statement refuses goes to the locking path: the same refusal codes."""
    from tests.factories import PatientFactory, PractitionerFactory

    stranger = _consumer(PatientFactory().user, assigned)
    _login(stranger, stranger.user)
    with pytest.raises(AccessEnded):  # not_found: may not even read it
        _send(stranger, "not mine")
    colleague = _consumer(PractitionerFactory().user, assigned)
    _login(colleague, colleague.user)
    with pytest.raises(AccessEnded):  # picked by another clinician: not_found for them
        _send(colleague, "not assigned")
    consumer = _consumer(patient.user, assigned)
    _login(consumer, patient.user)
    Consultation.objects.filter(pk=assigned.pk).update(status=Consultation.Status.CLOSED)
    with pytest.raises(access.AccessDenied) as refused:
        _send(consumer, "too late")
    assert refused.value.code == "closed"
    assert not Message.objects.filter(body__in=["not mine", "not assigned", "too late"]).exists()


def test_concurrent_sends_on_the_chat_threads_are_gap_free_and_idempotent(
    assigned, patient, clinician
):
    """Both sides send from many threads at once, each client_id three times: every message
    stored once, seq 1..N without a gap, last_seq the last one."""
    consumers = []
    for user in [patient.user] * 4 + [clinician.user] * 4:
        consumer = _consumer(user, assigned)
        _login(consumer, user)
        consumers.append(consumer)
    ids = [uuid.uuid4() for _ in range(60)]
    barrier = threading.Barrier(8)

    def run(k: int):
        try:
            barrier.wait()
            stored = []
            for n, client_id in enumerate(ids):
                if n % 8 in (k, (k + 3) % 8, (k + 5) % 8):
                    stored.append(_send(consumers[k], f"m{n}", client_id)[0].pk)
            return stored
        finally:
            connection.close()

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(run, range(8)))
    rows = list(Message.objects.filter(consultation=assigned).values_list("seq", "client_id"))
    seqs = sorted(s for s, _ in rows)
    assert seqs == list(range(1, len(seqs) + 1))
    stored_ids = [c for _, c in rows if c is not None]
    assert sorted(stored_ids) == sorted(ids)  # each client_id once
    assert sum(len(r) for r in results) == 180  # every retry answered with the stored one
    assigned.refresh_from_db()
    assert assigned.last_seq == seqs[-1]


async def test_many_concurrent_sends_in_one_room(assigned, patient, clinician):
    """8 sockets per side send at once, every frame twice (a retry): every message once, in seq
    order, gap-free, as the listener saw it."""
    p_cookie = await database_sync_to_async(session_cookie)(patient.user)
    c_cookie = await database_sync_to_async(session_cookie)(clinician.user)
    senders = []
    for cookie in [p_cookie] * 4 + [c_cookie] * 4:
        ws, ok, _ = await open_socket(f"/ws/consult/{assigned.pk}/", cookie)
        assert ok
        senders.append(ws)
    listener, ok, _ = await open_socket(f"/ws/consult/{assigned.pk}/", c_cookie)
    assert ok
    frames = []
    for i in range(80):
        frame = {"type": "message.send", "body": f"m{i}", "client_id": str(uuid.uuid4())}
        frames += [(senders[i % 8], frame), (senders[(i + 3) % 8], frame)]
    await asyncio.gather(*(ws.send_json_to(f) for ws, f in frames))
    seen: dict[str, int] = {}
    while len(seen) < 80:
        frame = await receive_until(listener, "message", timeout=20)
        if frame["body"].startswith("m"):
            assert frame["body"] not in seen, "delivered twice"
            seen[frame["body"]] = frame["seq"]
    for ws in [*senders, listener]:
        await ws.disconnect()
    seqs = await database_sync_to_async(
        lambda: list(
            Message.objects.filter(consultation=assigned).order_by("seq").values_list("seq", "body")
        )
    )()
    assert [s for s, _ in seqs] == list(range(1, len(seqs) + 1))
    bodies = [b for _, b in seqs if b.startswith("m")]
    assert sorted(bodies) == sorted(f"m{i}" for i in range(80))
    assert len(set(seen.values())) == 80


def test_what_one_socket_sent_meanwhile_is_stored_in_one_statement(assigned, patient):
    """The frames that arrive while a write runs go in the next one: one statement for all,
    in their order, with consecutive seq, and each a frame of its own to the room."""
    consumer = _consumer(patient.user, assigned)
    _login(consumer, patient.user)
    batch = [(f"b{i}", uuid.uuid4()) for i in range(10)]
    with CaptureQueriesContext(connection) as queries:
        outcomes, later, sends = consumer._post_many_sync(batch)
        for step in later:
            step()
    # One group message carries the ten frames, serialised once, for the loop to send.
    assert [group for group, _event in sends] == [f"consult.{assigned.pk}"]
    assert [json.loads(t)["body"] for t in sends[0][1]["texts"]] == [b for b, _ in batch]
    assert len(queries.captured_queries) <= 1  # the write; the red-flag screen reads nothing
    assert [m.body for m, created, error in outcomes] == [b for b, _ in batch]
    assert all(created and error is None for _m, created, error in outcomes)
    seqs = [m.seq for m, _c, _e in outcomes]
    assert seqs == list(range(seqs[0], seqs[0] + 10))
    stored = list(Message.objects.filter(body__startswith="b").order_by("seq").values_list("body"))
    assert [b for (b,) in stored] == [b for b, _ in batch]


def test_a_batch_with_a_retry_or_a_refusal_is_answered_frame_by_frame(assigned, patient):
    consumer = _consumer(patient.user, assigned)
    _login(consumer, patient.user)
    retried = uuid.uuid4()
    first, _created = _send(consumer, "first", retried)
    outcomes, _later, _sends = consumer._post_many_sync([("new", uuid.uuid4()), ("first", retried)])
    (new, new_created, _), (again, again_created, _) = outcomes
    assert new_created and not again_created and again.pk == first.pk
    assert Message.objects.filter(client_id=retried).count() == 1
    Consultation.objects.filter(pk=assigned.pk).update(status=Consultation.Status.CLOSED)
    outcomes, _later, _sends = consumer._post_many_sync([("x", uuid.uuid4()), ("y", uuid.uuid4())])
    assert [error.code for _m, _c, error in outcomes] == ["closed", "closed"]
    assert not Message.objects.filter(body__in=["x", "y"]).exists()


async def test_a_burst_from_one_socket_arrives_in_its_order(assigned, patient, clinician):
    """60 frames sent without waiting: each delivered once, in the order sent, seq gap-free."""
    p_cookie = await database_sync_to_async(session_cookie)(patient.user)
    c_cookie = await database_sync_to_async(session_cookie)(clinician.user)
    sender, ok, _ = await open_socket(f"/ws/consult/{assigned.pk}/", p_cookie)
    assert ok
    listener, ok, _ = await open_socket(f"/ws/consult/{assigned.pk}/", c_cookie)
    assert ok
    for i in range(60):
        await sender.send_json_to(
            {"type": "message.send", "body": f"burst {i}", "client_id": str(uuid.uuid4())}
        )
    got = []
    while len(got) < 60:
        frame = await receive_until(listener, "message", timeout=20)
        if frame["body"].startswith("burst"):
            got.append(frame)
    assert [f["body"] for f in got] == [f"burst {i}" for i in range(60)]
    seqs = [f["seq"] for f in got]
    assert seqs == list(range(seqs[0], seqs[0] + 60))
    await sender.disconnect()
    await listener.disconnect()


async def test_collected_sends_still_go_out_when_the_write_fails_after_storing():
    """A send collected for the event loop (events.sends_collected) is made at once when the
    block raises later (e.g. the login ended between two messages of one batch)."""
    from asgiref.sync import sync_to_async
    from channels.layers import get_channel_layer

    from consult import events

    layer = get_channel_layer()
    channel = await layer.new_channel()
    group = f"consult.collect-{uuid.uuid4().hex[:8]}"
    await layer.group_add(group, channel)

    def write_then_fail():
        with pytest.raises(AccessEnded), events.sends_collected() as sends:
            events.send_now(group, {"type": "message", "body": "stored"})
            assert len(sends) == 1  # collected, not sent yet
            raise AccessEnded

    await sync_to_async(write_then_fail, thread_sensitive=False)()
    event = await asyncio.wait_for(layer.receive(channel), 5)
    assert json.loads(event["text"]) == {"type": "message", "body": "stored"}
    await layer.group_discard(group, channel)


def test_the_screen_after_a_send_reads_the_window_the_statement_returned(
    assigned, patient, clinician
):
    """Once a clinician has joined, a red flag told over two messages (the first from an
    earlier login) still escalates: the write returns the patient's latest messages."""
    earlier, tab = _consumer(patient.user, assigned), _consumer(patient.user, assigned)
    _login(earlier, patient.user)
    _send(earlier, "my chest has been hurting on and off today")
    doctor = _consumer(clinician.user, assigned)
    _login(doctor, clinician.user)
    _send(doctor, "How long has it been going on?")
    _login(tab, patient.user)
    assigned.refresh_from_db()
    assert assigned.urgency != "emergency"
    message, _created, later = tab._post_sync("and now I feel clammy and sick", uuid.uuid4())
    assert message.consultation.recent_patient_texts[-2:] == [
        "my chest has been hurting on and off today",
        "and now I feel clammy and sick",
    ]
    for step in later:
        step()
    assigned.refresh_from_db()
    assert assigned.urgency == "emergency"


def test_every_message_of_a_batch_is_screened(assigned, patient):
    """Frames that arrived during one write are stored together; the screen after them reads
    all of them, not only the last few (a red flag first in a batch of eight)."""
    tab = _consumer(patient.user, assigned)
    _login(tab, patient.user)
    batch = [("I took 30 sleeping pills an hour ago", uuid.uuid4())] + [
        (f"sorry, typing on my phone {n}", uuid.uuid4()) for n in range(7)
    ]
    outcomes, later, _sends = tab._post_many_sync(batch)
    assert [created for _m, created, _e in outcomes] == [True] * 8
    for step in later:
        step()
    assigned.refresh_from_db()
    assert assigned.urgency == "emergency" and assigned.red_flags


def test_a_red_flag_screened_twice_gets_one_emergency_advice(assigned, patient):
    """The next message's screen reads the red-flag message too, from a row read before the
    first screen ran: the patient is given the emergency advice once, not twice."""
    tab = _consumer(patient.user, assigned)
    _login(tab, patient.user)
    told, _c, first = tab._post_sync("I took 30 sleeping pills an hour ago", uuid.uuid4())
    _m, _c, second = tab._post_sync("please help", uuid.uuid4())
    for step in [*first, *second]:
        step()
    assigned.refresh_from_db()
    assert assigned.urgency == "emergency"
    advice = Message.objects.filter(
        consultation=assigned, sender=Message.Sender.SYSTEM, seq__gt=told.seq
    )
    assert advice.count() == 1
