"""Fixtures for notification tests: tasks run in this process, Redis keys of a run cleared."""

from __future__ import annotations

import pytest
from celery import current_app
from django.core.cache import cache

from consult import notifications, presence, services, waiting


class EagerApp:
    """Stands in for the Celery app in consult.notifications: a queued task runs here at once
    (retries included, as Task.apply runs them), and is remembered."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, list]] = []

    def send_task(self, name: str, args=None, **_options):
        import consult.tasks  # noqa: F401  (registers the tasks)

        self.sent.append((name, list(args or [])))
        return current_app.tasks[name].apply(args=args)


@pytest.fixture
def eager(monkeypatch) -> EagerApp:
    app = EagerApp()
    monkeypatch.setattr(notifications, "current_app", app)
    return app


@pytest.fixture(autouse=True)
def clean_redis():
    """Presence and quiet-period keys of this run's namespace start empty (ids repeat across
    runs, each with its own database); no typical wait is remembered from another test."""
    cache.delete(waiting.TYPICAL_WAIT_KEY)
    client = presence.client()
    for pattern in ("presence:*", "notify-quiet:*"):
        for key in client.scan_iter(f"{presence.namespace()}:{pattern}"):
            client.delete(key)
    yield


@pytest.fixture
def assigned(consultation, clinician):
    services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    consultation.refresh_from_db()
    return consultation
