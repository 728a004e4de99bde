"""Raw `generate` streaming against the full path (patient message -> Celery -> channel layer ->
WebSocket client) on the same model and prompt; prints both and their ratio.

Run with `make bench` (or `.venv/bin/python bench/llm_stream.py`); needs PostgreSQL and Redis.
Environment: BENCH_RUNS (default 3), TELEMED_LLM_MODEL (default: the bundled model).
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import time
import uuid

from common import configure, free_port, session_cookie, setup_django, start, start_daphne, stop

configure(ai_enabled=True)
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
MESSAGE = "I have had a sore throat and a cough."


def raw_run(engine, prompt, **kwargs) -> tuple[float, float, int]:
    stats = []
    started = time.monotonic()
    first = None
    for _piece in engine.stream(prompt, on_stats=stats.append, **kwargs):
        if first is None:
            first = time.monotonic() - started
    total = time.monotonic() - started
    return first, stats[0].output_tokens / total, stats[0].output_tokens


async def full_run(port: int, cookie: str, consultation_id: int) -> tuple[float, float, int]:
    import websockets

    from consult.models import AIJob

    uri = f"ws://127.0.0.1:{port}/ws/consult/{consultation_id}/"
    headers = {"Cookie": cookie}
    async with websockets.connect(uri, origin="http://127.0.0.1", additional_headers=headers) as ws:
        started = time.monotonic()
        await ws.send(json.dumps({"type": "message.send", "body": MESSAGE}))
        first = None
        while True:
            frame = json.loads(await asyncio.wait_for(ws.recv(), timeout=120))
            if frame["type"] == "ai.token" and first is None:
                first = time.monotonic() - started
            if frame["type"] == "ai.done":
                total = time.monotonic() - started
                job_id = int(frame["job"])
                break
            if frame["type"] == "ai.error":
                raise RuntimeError(f"AI job failed: {frame}")
    from asgiref.sync import sync_to_async

    job = await sync_to_async(AIJob.objects.get)(pk=job_id)
    return first, job.output_tokens / total, job.output_tokens


def main() -> None:
    setup_django()
    from django.conf import settings

    from consult import services
    from consult.ai import interview
    from consult.ai.engine import engine
    from consult.llm.bundled import resolve_model_path
    from consult.triage import planner
    from tests.factories import PatientFactory

    model = resolve_model_path(settings.TELEMED_LLM_MODEL, settings.TELEMED_LLM_CACHE_DIR)
    os.environ["TELEMED_LLM_MODEL"] = model
    os.environ["TELEMED_AI_PHRASING"] = "model"  # this bench measures the model path
    port = free_port()
    worker = start(
        "celery",
        "-A",
        "telemed",
        "worker",
        "--pool=threads",
        "-Q",
        settings.CELERY_TASK_DEFAULT_QUEUE,
        "--loglevel=WARNING",
    )
    web = start_daphne(port)
    try:
        from telemed.celery import app

        deadline = time.monotonic() + 120
        while not app.control.ping(timeout=0.5):
            if time.monotonic() > deadline:
                raise RuntimeError("worker did not start")
        patient = PatientFactory(user__username=f"bench-{uuid.uuid4().hex[:8]}")
        cookie = session_cookie(patient.user)

        consultations = [services.consultation_start(patient=patient) for _ in range(RUNS + 1)]
        # The exact prompt and limits the job uses for this first patient message.
        state = planner.InterviewState.from_turns([{"role": "patient", "text": MESSAGE}])
        prompt = interview.reply_prompt(state, planner.next_question(state))
        llm = engine()
        limits = interview.reply_limits()

        # Warm both paths first: the worker loads its model after it answers pings, and that
        # load must not overlap the raw measurements.
        asyncio.run(full_run(port, cookie, consultations[0].pk))
        raw_run(llm, prompt, **limits)
        raw = [raw_run(llm, prompt, **limits) for _ in range(RUNS)]
        full = []
        for c in consultations[1:]:
            full.append(asyncio.run(full_run(port, cookie, c.pk)))
    finally:
        stop(worker)
        stop(web)

    def med(rows, i):
        return statistics.median(r[i] for r in rows)

    raw_ttft, raw_tps, raw_tokens = med(raw, 0), med(raw, 1), med(raw, 2)
    full_ttft, full_tps, full_tokens = med(full, 0), med(full, 1), med(full, 2)
    print(f"model: {engine.model_name} on {engine.device} ({engine.dtype}); runs: {RUNS}")
    print(f"{'path':<12}{'tokens':>8}{'tokens/s':>11}{'TTFT ms':>10}")
    print(f"{'raw':<12}{raw_tokens:>8.0f}{raw_tps:>11.1f}{raw_ttft * 1000:>10.0f}")
    print(f"{'full path':<12}{full_tokens:>8.0f}{full_tps:>11.1f}{full_ttft * 1000:>10.0f}")
    ratio = full_tps / raw_tps
    extra = (full_ttft - raw_ttft) * 1000
    print(f"throughput ratio full/raw: {ratio:.2f} (goal >= 0.80)")
    print(f"first-token overhead: {extra:+.0f} ms (goal <= +250 ms)")


if __name__ == "__main__":
    main()
