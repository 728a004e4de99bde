"""The socket chat path: statements per message for each sender, and many concurrent sends in
one room on the chat threads (nothing lost, duplicated or out of order)."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from channels.db import database_sync_to_async
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consult import services
from consult.consumers import ConsultConsumer
from consult.models import Message

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


def _count_send(consumer, body: str) -> int:
    """Statements of one send, its transaction's BEGIN and COMMIT not counted."""
    with CaptureQueriesContext(connection) as queries:
        message, created = consumer._post_sync(body, uuid.uuid4())
    assert created
    sql = [q["sql"] for q in queries.captured_queries]
    assert sql.count("BEGIN") == sql.count("COMMIT") == 1  # one transaction
    return len(sql) - 2


def _login(consumer, user) -> None:
    from django.test import Client

    client = Client()
    client.force_login(user)
    consumer.session_key = client.session.session_key


@pytest.mark.parametrize("ai_enabled", [False, True])
def test_statements_per_message_once_a_clinician_joined(
    settings, assigned, patient, clinician, ai_enabled
):
    settings.TELEMED_AI_ENABLED = ai_enabled
    p, c = _consumer(patient.user, assigned), _consumer(clinician.user, assigned)
    _login(p, patient.user)
    _login(c, clinician.user)
    counts = {"patient": [], "clinician": []}
    for i in range(12):  # constant in history length
        counts["patient"].append(_count_send(p, f"p{i}"))
        counts["clinician"].append(_count_send(c, f"c{i}"))
    # login + (lock, access, retry check) + insert + last_seq [+ screening's one read of turns]
    assert max(counts["patient"]) <= 5, counts
    assert max(counts["clinician"]) <= 4, counts
    assert len(set(counts["patient"])) == 1 and len(set(counts["clinician"])) == 1


def test_a_retried_client_id_costs_no_write(assigned, patient):
    consumer = _consumer(patient.user, assigned)
    _login(consumer, patient.user)
    client_id = uuid.uuid4()
    first, created = consumer._post_sync("once", client_id)
    again, created_again = consumer._post_sync("once", client_id)
    assert created and not created_again and first.pk == again.pk
    assert Message.objects.filter(client_id=client_id).count() == 1


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
