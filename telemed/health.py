"""/healthz: database, Redis and Celery worker status for operators and load balancers."""

from __future__ import annotations

import redis
from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse


def _database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return "ok"
    except Exception as exc:  # noqa: BLE001 - any failure is reported, not raised
        return f"error: {type(exc).__name__}"


def _redis() -> str:
    try:
        redis.Redis.from_url(settings.REDIS_URL, socket_timeout=1, socket_connect_timeout=1).ping()
        return "ok"
    except Exception as exc:  # noqa: BLE001
        return f"error: {type(exc).__name__}"


def _worker() -> str:
    from telemed.celery import app

    try:
        replies = app.control.ping(timeout=1.0)
    except Exception as exc:  # noqa: BLE001
        return f"error: {type(exc).__name__}"
    return "ok" if replies else "error: no worker answered"


def healthz(request: HttpRequest) -> JsonResponse:
    checks = {"database": _database(), "redis": _redis()}
    checks["worker"] = _worker() if checks["redis"] == "ok" else "error: redis unavailable"
    # The web tier can serve chat without a worker (AI replies wait), so only the database and
    # Redis decide the status code; the worker's state is still reported.
    serving = checks["database"] == "ok" and checks["redis"] == "ok"
    return JsonResponse(checks, status=200 if serving else 503)
