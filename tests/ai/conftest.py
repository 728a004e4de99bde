"""Fixtures for assistant tests: AI switched on, a chosen model, and real Celery workers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import connection

from telemed.celery import app

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def ai_on(settings):
    settings.TELEMED_AI_ENABLED = True
    return settings


@pytest.fixture
def tiny_ai(ai_on, tiny_model_dir):
    ai_on.TELEMED_LLM_MODEL = str(tiny_model_dir)
    return ai_on


def _purge_queue() -> None:
    redis.Redis.from_url(settings.REDIS_URL).delete(settings.CELERY_TASK_DEFAULT_QUEUE)


class Workers:
    """Starts real `celery worker` processes against the test database."""

    def __init__(self) -> None:
        self.procs: list[subprocess.Popen] = []

    def start(self, model: str, **env: str) -> subprocess.Popen:
        name = f"test-{uuid.uuid4().hex[:8]}@localhost"
        db = connection.settings_dict
        full_env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "telemed.test_settings",
            "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
            "TELEMED_AI_ENABLED": "1",
            "TELEMED_LLM_MODEL": model,
            **env,
        }
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "telemed",
                "worker",
                "--pool=threads",
                "--concurrency=4",
                "-Q",
                settings.CELERY_TASK_DEFAULT_QUEUE,
                "-n",
                name,
                "--loglevel=WARNING",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],
            cwd=REPO,
            env=full_env,
            start_new_session=True,
        )
        self.procs.append(proc)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError("celery worker exited during start-up")
            if app.control.ping(destination=[name], timeout=0.5):
                return proc
        raise RuntimeError("celery worker did not start")

    def kill(self, proc: subprocess.Popen) -> None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)

    def stop_all(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)


@pytest.fixture
def workers(transactional_db, ai_on):
    _purge_queue()
    pool = Workers()
    yield pool
    pool.stop_all()
    _purge_queue()
