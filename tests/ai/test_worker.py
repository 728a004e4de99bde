"""End to end through real Celery worker processes (thread pool) and the Redis channel layer;
the many-consultations case runs the continuous-batching engine on the CPU."""

from __future__ import annotations

import asyncio
import time

import pytest
from channels.db import database_sync_to_async

from consult import services
from consult.models import AIJob, Message

from ..conftest import open_socket, receive_until, session_cookie
from ..factories import PatientFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

MODEL_PHRASING = {"TELEMED_AI_PHRASING": "model"}


async def collect_until(ws, types: set[str], timeout: float) -> list[dict]:
    frames = []
    deadline = time.monotonic() + timeout
    while True:
        frame = await ws.receive_json_from(timeout=max(0.1, deadline - time.monotonic()))
        frames.append(frame)
        if frame["type"] in types:
            return frames


@pytest.fixture
def model_phrasing(ai_on):
    ai_on.TELEMED_AI_PHRASING = "model"
    return ai_on


async def test_bundled_model_streams_a_reply_through_celery(
    workers, bundled_model_dir, patient, model_phrasing
):
    await asyncio.to_thread(workers.start, str(bundled_model_dir), **MODEL_PHRASING)
    consultation = await database_sync_to_async(services.consultation_start)(patient=patient)
    cookie = await database_sync_to_async(session_cookie)(patient.user)
    ws, ok, _ = await open_socket(f"/ws/consult/{consultation.pk}/", cookie)
    await ws.send_json_to({"type": "message.send", "body": "I have had a sore throat"})
    frames = await collect_until(ws, {"ai.done", "ai.error"}, timeout=90)
    assert frames[-1]["type"] == "ai.done", frames[-1]
    tokens = [f for f in frames if f["type"] == "ai.token"]
    assert tokens, frames  # released sentence by sentence, each after the output check
    reply = await database_sync_to_async(
        lambda: Message.objects.get(consultation=consultation, ai_job__isnull=False)
    )()
    assert reply.seq == frames[-1]["seq"] and reply.body.strip()
    # what streamed is exactly what was stored
    assert "".join(f["text"] for f in tokens).strip() == reply.body
    job = await database_sync_to_async(AIJob.objects.get)(pk=int(frames[-1]["job"]))
    assert job.status == "succeeded" and "smollm2" in job.model_name.lower()
    await ws.disconnect()


async def test_jobs_of_many_consultations_run_at_once_each_in_its_own_room(
    workers, tiny_model_dir, model_phrasing
):
    model_phrasing.TELEMED_LLM_MODEL = str(tiny_model_dir)
    batched = {**MODEL_PHRASING, "TELEMED_LLM_BATCHING": "1", "TELEMED_LLM_DTYPE": "float32"}
    batched["TELEMED_AI_FAST_FIRST_TOKEN_S"] = "600"  # the model answers, however busy CI is
    model_phrasing.TELEMED_AI_FAST_FIRST_TOKEN_S = 600.0
    batched["TELEMED_LLM_MAX_NEW_TOKENS"] = "400"
    await asyncio.to_thread(workers.start, str(tiny_model_dir), **batched)
    patients = await database_sync_to_async(lambda: [PatientFactory() for _ in range(4)])()
    sockets = []
    for patient in patients:
        consultation = await database_sync_to_async(services.consultation_start)(patient=patient)
        cookie = await database_sync_to_async(session_cookie)(patient.user)
        ws, ok, _ = await open_socket(f"/ws/consult/{consultation.pk}/", cookie)
        sockets.append((consultation, ws))
    for _consultation, ws in sockets:
        await ws.send_json_to({"type": "message.send", "body": "I have a cough"})
    results = await asyncio.gather(
        *(collect_until(ws, {"ai.done", "ai.error"}, timeout=90) for _c, ws in sockets)
    )
    jobs = await database_sync_to_async(
        lambda: {c.pk: AIJob.objects.get(consultation=c) for c, _ws in sockets}
    )()
    for (consultation, ws), frames in zip(sockets, results, strict=True):
        assert frames[-1]["type"] == "ai.done", frames[-1]
        job_ids = {f["job"] for f in frames if f["type"] in ("ai.token", "ai.done")}
        assert job_ids == {str(jobs[consultation.pk].pk)}  # nothing from another room
        await ws.disconnect()
    spans = [(j.started_at, j.finished_at) for j in jobs.values()]
    overlapping = max(sum(1 for s, f in spans if s <= t < f) for t, _f in spans)
    assert overlapping >= 2  # jobs shared the batched engine rather than queueing one by one


async def test_a_killed_worker_is_visible_within_30_s_and_never_answers_twice(
    workers, tiny_model_dir, patient, model_phrasing
):
    model_phrasing.TELEMED_LLM_MODEL = str(tiny_model_dir)
    slow = {**MODEL_PHRASING, "TELEMED_LLM_MAX_NEW_TOKENS": "4000", "TELEMED_LLM_MAX_TIME": "120"}
    first = await asyncio.to_thread(workers.start, str(tiny_model_dir), **slow)
    consultation = await database_sync_to_async(services.consultation_start)(patient=patient)
    cookie = await database_sync_to_async(session_cookie)(patient.user)
    ws, ok, _ = await open_socket(f"/ws/consult/{consultation.pk}/", cookie)
    await ws.send_json_to({"type": "message.send", "body": "My ankle is swollen"})
    await receive_until(ws, "ai.start", timeout=90)
    await asyncio.to_thread(workers.start, str(tiny_model_dir), **slow)  # a second worker
    await asyncio.to_thread(workers.kill, first)  # kill -9 mid-reply
    killed_at = time.monotonic()
    frames = await collect_until(ws, {"ai.done", "ai.error"}, timeout=40)
    assert time.monotonic() - killed_at <= 30
    await asyncio.sleep(1.0)
    replies = await database_sync_to_async(
        lambda: list(Message.objects.filter(consultation=consultation, ai_job__isnull=False))
    )()
    job = await database_sync_to_async(lambda: AIJob.objects.get(consultation=consultation))()
    if frames[-1]["type"] == "ai.done":
        assert len(replies) == 1 and job.status == "succeeded"
    else:
        assert replies == [] and job.status == "failed"
    await ws.disconnect()
