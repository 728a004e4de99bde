"""Raw `generate` streaming against the full path (patient message -> Celery -> channel layer ->
WebSocket client) on the same model and prompt; prints both and their ratio.

Run with `make bench` (or `.venv/bin/python bench/llm_stream.py`); needs PostgreSQL and Redis.
Environment: BENCH_RUNS (default 3), TELEMED_LLM_MODEL (default: the bundled model).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DB_NAME = "telemed_bench"
os.environ.setdefault("DATABASE_URL", f"postgres://postgres@127.0.0.1:5432/{DB_NAME}")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/2")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only")
os.environ.setdefault("DJANGO_DEBUG", "0")
os.environ.setdefault("TELEMED_CELERY_QUEUE", "telemed-bench")
os.environ.setdefault("TELEMED_CHANNEL_PREFIX", "telemed-bench")
os.environ["TELEMED_AI_ENABLED"] = "1"
os.environ["DJANGO_SETTINGS_MODULE"] = "telemed.settings"
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
MESSAGE = "I have had a sore throat and a cough."


def ensure_database() -> None:
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as c:
        if not c.execute("SELECT 1 FROM pg_database WHERE datname=%s", [DB_NAME]).fetchone():
            c.execute(f'CREATE DATABASE "{DB_NAME}"')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(cmd: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        cmd,
        cwd=REPO,
        env=os.environ.copy(),
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


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
    ensure_database()
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    from consult import assistant, services
    from consult.llm.bundled import resolve_model_path
    from consult.triage import planner
    from tests.factories import PatientFactory

    call_command("migrate", verbosity=0)
    model = resolve_model_path(settings.TELEMED_LLM_MODEL, settings.TELEMED_LLM_CACHE_DIR)
    os.environ["TELEMED_LLM_MODEL"] = model
    port = free_port()
    worker = start(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "telemed",
            "worker",
            "--pool=solo",
            "-Q",
            settings.CELERY_TASK_DEFAULT_QUEUE,
            "--loglevel=WARNING",
        ]
    )
    web = start(
        [
            sys.executable,
            "-m",
            "daphne",
            "-b",
            "127.0.0.1",
            "-p",
            str(port),
            "telemed.asgi:application",
        ]
    )
    try:
        from telemed.celery import app

        deadline = time.monotonic() + 120
        while not app.control.ping(timeout=0.5):
            if time.monotonic() > deadline:
                raise RuntimeError("worker did not start")
        patient = PatientFactory(user__username=f"bench-{uuid.uuid4().hex[:8]}")
        client = Client()
        client.force_login(patient.user)
        cookie = (
            f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"
        )

        consultations = [services.consultation_start(patient=patient) for _ in range(RUNS + 1)]
        # The exact prompt and limits the job uses for this first patient message.
        state = planner.InterviewState.from_turns([{"role": "patient", "text": MESSAGE}])
        prompt = assistant.reply_prompt(state, planner.next_question(state))
        engine = assistant.engine()
        limits = assistant.reply_limits()

        raw_run(engine, prompt, **limits)  # warm-up
        raw = [raw_run(engine, prompt, **limits) for _ in range(RUNS)]
        full = []
        asyncio.run(full_run(port, cookie, consultations[0].pk))  # warm-up
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
