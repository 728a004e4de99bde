"""Celery tasks: thin wrappers that take ids and call the AI job and notification services.
Nothing imports this module: tasks are queued by name (consult.ai.jobs.enqueue,
consult.notifications)."""

from __future__ import annotations

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import worker_process_init, worker_ready
from django.conf import settings
from django.db import InterfaceError, OperationalError
from redis.exceptions import ConnectionError as RedisConnectionError

from . import notifications
from .ai import jobs, runner, worker
from .ai.engine import engine
from .events import use_background_loop
from .llm.base import EngineUnavailable

logger = logging.getLogger(__name__)

TRANSIENT = (OperationalError, InterfaceError, RedisConnectionError, EngineUnavailable)


@shared_task(
    name=jobs.TASK_NAME,
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=2,
    soft_time_limit=120,
    time_limit=150,
)
def run_ai_job(self, job_id: int) -> None:
    try:
        runner.run_job(job_id=job_id)
    except TRANSIENT as exc:
        if self.request.retries < self.max_retries:
            jobs.requeue(job_id=job_id)
            raise self.retry(exc=exc, countdown=2**self.request.retries) from exc
        jobs.fail(job_id=job_id, reason=f"{type(exc).__name__} after retries")
    except SoftTimeLimitExceeded:
        jobs.fail(job_id=job_id, reason="time limit exceeded")
    except Exception as exc:
        # Model and programming errors are not retried; the reason is recorded without
        # any patient text (exception messages from the engine carry none).
        logger.exception("AI job %s failed", job_id)
        jobs.fail(job_id=job_id, reason=f"{type(exc).__name__}: {exc}"[:500])


@shared_task(
    name=notifications.SEND_TASK,
    bind=True,
    acks_late=True,
    autoretry_for=notifications.TRANSIENT_ERRORS,
    retry_backoff=30,
    retry_backoff_max=3600,
    retry_jitter=True,
    max_retries=notifications.MAX_RETRIES,
)
def send_notification(self, notification_id: int) -> str:
    """Send one email notice; SMTP errors retry with backoff, the last one marks it failed."""
    final = self.request.retries >= self.max_retries
    return notifications.notification_send(notification_id=notification_id, final=final)


@shared_task(name=notifications.REMINDERS_TASK)
def send_follow_up_reminders() -> int:
    """Celery beat, hourly: queue the follow-up reminders that are due."""
    return notifications.follow_up_reminders_queue()


def _start_process(**_kwargs) -> None:
    """In the process that runs jobs (after any fork, never before): background loops, then
    the model."""
    use_background_loop()
    worker.start()
    if not settings.TELEMED_LLM_WARMUP or not settings.TELEMED_AI_ENABLED:
        return
    try:
        engine()
    except Exception:
        logger.exception("Could not load the language model at worker start")


@worker_process_init.connect
def _start_child(**kwargs) -> None:
    _start_process()  # prefork: each child after the fork


@worker_ready.connect
def _start_main(sender=None, **kwargs) -> None:
    # Only where jobs run in this very process; a prefork parent must never touch CUDA.
    pool_module = type(getattr(sender, "pool", None)).__module__
    if pool_module in ("celery.concurrency.solo", "celery.concurrency.thread"):
        _start_process()
