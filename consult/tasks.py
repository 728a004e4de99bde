"""Celery tasks: thin wrappers that take ids and call the assistant's services."""

from __future__ import annotations

import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import worker_process_init, worker_ready
from django.conf import settings
from django.db import InterfaceError, OperationalError
from redis.exceptions import ConnectionError as RedisConnectionError

logger = logging.getLogger(__name__)

TRANSIENT = (OperationalError, InterfaceError, RedisConnectionError)


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=2,
    soft_time_limit=120,
    time_limit=150,
)
def run_ai_job(self, job_id: int) -> None:
    from . import assistant

    try:
        assistant.job_run(job_id=job_id)
    except TRANSIENT as exc:
        if self.request.retries < self.max_retries:
            assistant.job_requeue(job_id=job_id)
            raise self.retry(exc=exc, countdown=2**self.request.retries) from exc
        assistant.job_fail(job_id=job_id, reason=f"{type(exc).__name__} after retries")
    except SoftTimeLimitExceeded:
        assistant.job_fail(job_id=job_id, reason="time limit exceeded")
    except Exception as exc:
        # Model and programming errors are not retried; the reason is recorded without
        # any patient text (exception messages from the engine carry none).
        logger.exception("AI job %s failed", job_id)
        assistant.job_fail(job_id=job_id, reason=f"{type(exc).__name__}: {exc}"[:500])


def _warm_up(**_kwargs) -> None:
    """Load the model in the process that will run jobs (after any fork, never before)."""
    if not settings.TELEMED_LLM_WARMUP:
        return
    from .assistant import engine

    try:
        engine()
    except Exception:
        logger.exception("Could not load the language model at worker start")


@worker_process_init.connect
def _warm_up_child(**kwargs) -> None:
    _warm_up()  # prefork: each child after the fork


@worker_ready.connect
def _warm_up_main(sender=None, **kwargs) -> None:
    # Only where jobs run in this very process; a prefork parent must never touch CUDA.
    pool_module = type(getattr(sender, "pool", None)).__module__
    if pool_module in ("celery.concurrency.solo", "celery.concurrency.thread"):
        _warm_up()
