"""End to end through a real Celery worker and the Redis channel layer, on the bundled model."""

from __future__ import annotations

import asyncio
import time

import pytest
from channels.db import database_sync_to_async

from consult import services
from consult.models import AIJob, Message

from ..conftest import open_socket, receive_until, session_cookie

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]


async def collect_until(ws, types: set[str], timeout: float) -> list[dict]:
    frames = []
    deadline = time.monotonic() + timeout
    while True:
        frame = await ws.receive_json_from(timeout=max(0.1, deadline - time.monotonic()))
        frames.append(frame)
        if frame["type"] in types:
            return frames


async def test_bundled_model_streams_a_reply_through_celery(workers, bundled_model_dir, patient):
    await asyncio.to_thread(workers.start, str(bundled_model_dir))
    consultation = await database_sync_to_async(services.consultation_start)(patient=patient)
    cookie = await database_sync_to_async(session_cookie)(patient.user)
    ws, ok, _ = await open_socket(f"/ws/consult/{consultation.pk}/", cookie)
    await ws.send_json_to({"type": "message.send", "body": "I have had a sore throat"})
    frames = await collect_until(ws, {"ai.done", "ai.error"}, timeout=90)
    assert frames[-1]["type"] == "ai.done", frames[-1]
    tokens = [f for f in frames if f["type"] == "ai.token"]
    assert len(tokens) >= 2
    reply = await database_sync_to_async(
        lambda: Message.objects.get(consultation=consultation, ai_job__isnull=False)
    )()
    assert reply.seq == frames[-1]["seq"] and reply.body.strip()
    job = await database_sync_to_async(AIJob.objects.get)(pk=int(frames[-1]["job"]))
    assert job.status == "succeeded" and "smollm2" in job.model_name.lower()
    await ws.disconnect()


async def test_a_killed_worker_yields_one_reply_or_an_error_never_two(
    workers, bundled_model_dir, patient
):
    first = await asyncio.to_thread(workers.start, str(bundled_model_dir))
    consultation = await database_sync_to_async(services.consultation_start)(patient=patient)
    cookie = await database_sync_to_async(session_cookie)(patient.user)
    ws, ok, _ = await open_socket(f"/ws/consult/{consultation.pk}/", cookie)
    await ws.send_json_to({"type": "message.send", "body": "My ankle is swollen"})
    await receive_until(ws, "ai.token", timeout=90)
    await asyncio.to_thread(workers.kill, first)  # mid-generation
    await asyncio.to_thread(workers.start, str(bundled_model_dir), TELEMED_VISIBILITY_TIMEOUT="2")
    frames = await collect_until(ws, {"ai.done", "ai.error"}, timeout=120)
    await asyncio.sleep(1.0)
    replies = await database_sync_to_async(
        lambda: list(Message.objects.filter(consultation=consultation, ai_job__isnull=False))
    )()
    job = await database_sync_to_async(lambda: AIJob.objects.get(consultation=consultation))()
    if frames[-1]["type"] == "ai.done":
        assert len(replies) == 1 and job.status == "succeeded" and job.attempts == 2
    else:
        assert replies == [] and job.status == "failed"
    await ws.disconnect()
