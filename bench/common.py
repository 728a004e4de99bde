"""Shared set-up for the benchmark scripts: a bench database, server processes, logins."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DB_NAME = "telemed_bench"


def configure(*, ai_enabled: bool) -> None:
    """Environment for a bench run: its own database, Redis db and queue; call before Django."""
    sys.path.insert(0, str(REPO))
    os.environ.setdefault("DATABASE_URL", f"postgres://postgres@127.0.0.1:5432/{DB_NAME}")
    os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/2")
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only")
    os.environ.setdefault("DJANGO_DEBUG", "0")
    os.environ.setdefault("TELEMED_CELERY_QUEUE", "telemed-bench")
    os.environ.setdefault("TELEMED_CHANNEL_PREFIX", "telemed-bench")
    # Benches drive the site over plain http on localhost with many consultations and AI jobs:
    # the production limits and the https redirect would measure themselves, not the path.
    os.environ.setdefault("DJANGO_SSL_REDIRECT", "0")
    os.environ.setdefault("TELEMED_MAX_OPEN_CONSULTATIONS", "1000")
    os.environ.setdefault("TELEMED_AI_JOB_RATE", "100000/h")
    os.environ.setdefault("TELEMED_MESSAGE_RATE", "100000/s")
    os.environ.setdefault("TELEMED_REQUIRE_2FA", "0")
    os.environ["TELEMED_AI_ENABLED"] = "1" if ai_enabled else "0"
    os.environ["DJANGO_SETTINGS_MODULE"] = "telemed.settings"


def setup_django() -> None:
    import django
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as c:
        if not c.execute("SELECT 1 FROM pg_database WHERE datname=%s", [DB_NAME]).fetchone():
            c.execute(f'CREATE DATABASE "{DB_NAME}"')
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", *args],
        cwd=REPO,
        env=os.environ.copy(),
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def start_daphne(port: int) -> subprocess.Popen:
    proc = start("daphne", "-b", "127.0.0.1", "-p", str(port), "telemed.asgi:application")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return proc
        time.sleep(0.2)
    raise RuntimeError("daphne did not start")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def session_cookie(user) -> str:
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    name = settings.SESSION_COOKIE_NAME
    return f"{name}={client.cookies[name].value}"
