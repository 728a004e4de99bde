"""One lifecycle for every AI job kind: enqueue by task name, claim, heartbeat, store once,
record stats, fail, cancel, and a sweeper that recovers jobs lost with a worker or a broker."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from celery import current_app
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .. import events, store
from ..llm.base import GenerationStats
from ..models import AIJob, Message

logger = logging.getLogger(__name__)

TASK_NAME = "consult.tasks.run_ai_job"
ACTIVE = (AIJob.Status.QUEUED, AIJob.Status.RUNNING)
TERMINAL = (AIJob.Status.SUCCEEDED, AIJob.Status.FAILED, AIJob.Status.CANCELLED)
STAFF_KINDS = (AIJob.Kind.SUGGEST, AIJob.Kind.REPORT)
INTERVIEW_KINDS = (AIJob.Kind.REPLY, AIJob.Kind.TRIAGE)
MAX_ATTEMPTS = 3
HEARTBEAT_S = 3.0
STALE_AFTER_S = 12.0  # a running job whose worker has not beaten for this long is lost
LOST_IN_BROKER_S = 30.0  # a queued job nobody holds (broker queue empty) is sent again

AI_ERROR_DETAIL = _("The assistant could not answer. A clinician will read your messages.")
CANCELLED_DETAIL = _("A clinician has joined; the assistant has stopped.")


def enqueue(job: AIJob) -> None:
    """Send the job to the workers once the transaction that created it commits."""
    job_id = job.pk
    transaction.on_commit(lambda: current_app.send_task(TASK_NAME, args=[job_id]))


# --- claim ----------------------------------------------------------------------------------


def claim(job_id: int) -> AIJob | None:
    """Mark the job running for this attempt; None when there is nothing left to do (finished,
    answered, or running with a live heartbeat elsewhere)."""
    with transaction.atomic():
        job = AIJob.objects.select_for_update().get(pk=job_id)
        if job.status in TERMINAL:
            return None
        if Message.objects.filter(ai_job=job).exists():
            job.status = AIJob.Status.SUCCEEDED
            job.save(update_fields=["status"])
            return None
        if job.status == AIJob.Status.RUNNING and _alive(job):
            return None  # a duplicate delivery while another worker runs it
        if job.attempts >= MAX_ATTEMPTS:
            fail_locked(job, "gave up after repeated worker failures")
            return None
        job.status = AIJob.Status.RUNNING
        job.attempts += 1
        job.started_at = job.heartbeat_at = timezone.now()
        job.error = ""
        job.save(update_fields=["status", "attempts", "started_at", "heartbeat_at", "error"])
    return job


def _alive(job: AIJob) -> bool:
    beat = job.heartbeat_at or job.started_at
    return beat is not None and timezone.now() - beat < timedelta(seconds=STALE_AFTER_S)


# --- heartbeat ------------------------------------------------------------------------------

_in_flight: set[int] = set()
_in_flight_lock = threading.Lock()


@contextmanager
def in_flight(job_id: int) -> Iterator[None]:
    """While the body runs, this process's heartbeat thread vouches for the job."""
    with _in_flight_lock:
        _in_flight.add(job_id)
    try:
        yield
    finally:
        with _in_flight_lock:
            _in_flight.discard(job_id)


def beat() -> int:
    """One heartbeat for every job this process runs (one UPDATE)."""
    with _in_flight_lock:
        ids = list(_in_flight)
    if not ids:
        return 0
    return AIJob.objects.filter(pk__in=ids, status=AIJob.Status.RUNNING).update(
        heartbeat_at=timezone.now()
    )


def in_flight_count() -> int:
    with _in_flight_lock:
        return len(_in_flight)


# --- finishing ------------------------------------------------------------------------------


def record_stats(locked: AIJob, job: AIJob, stats: GenerationStats | None, result: dict) -> None:
    """Mark a locked job succeeded with its result and the engine's figures."""
    locked.kind = job.kind
    locked.status = AIJob.Status.SUCCEEDED
    locked.finished_at = timezone.now()
    locked.result = result
    if job.model_name:
        locked.model_name = job.model_name[:200]
    if stats is not None:
        locked.prompt_tokens = stats.prompt_tokens
        locked.output_tokens = stats.output_tokens
        locked.ttft_ms = round(stats.ttft_s * 1000) if stats.ttft_s is not None else None
        locked.total_ms = round(stats.total_s * 1000)
    locked.save()


def store_reply(
    job: AIJob, text: str, stats: GenerationStats | None, result: dict
) -> Message | None:
    """Store the job's one chat message and announce it; a second call stores nothing."""
    with transaction.atomic():
        locked = AIJob.objects.select_for_update().get(pk=job.pk)
        if locked.status in TERMINAL or Message.objects.filter(ai_job=locked).exists():
            return None
        message = store.message_post_system(
            consultation_id=job.consultation_id,
            body=text,
            sender=Message.Sender.ASSISTANT,
            ai_job=locked,
        )
        record_stats(locked, job, stats, result)
        events.send_on_commit(
            events.consult_group(job.consultation_id), events.ai_done_frame(job, message.seq)
        )
    return message


def succeed(job: AIJob, *, result: dict, stats: GenerationStats | None) -> None:
    """Finish a job that stores no chat message (assessments, suggestions, reports)."""
    locked = AIJob.objects.select_for_update().get(pk=job.pk)
    record_stats(locked, job, stats, result)


def cancel(job: AIJob, reason: str, *, tell_room: bool = False) -> None:
    AIJob.objects.filter(pk=job.pk).exclude(status__in=TERMINAL).update(
        status=AIJob.Status.CANCELLED, error=reason[:500], finished_at=timezone.now()
    )
    if tell_room:
        events.send_now(
            events.consult_group(job.consultation_id),
            events.ai_error_frame(job, CANCELLED_DETAIL),
        )


def fail_locked(
    job: AIJob, reason: str, *, code: str | None = None, detail: str | None = None
) -> None:
    """Mark a (locked or fresh) job failed and tell whoever waits for it, after commit."""
    AIJob.objects.filter(pk=job.pk).update(
        status=AIJob.Status.FAILED, error=reason[:500], finished_at=timezone.now()
    )
    if job.kind in STAFF_KINDS:  # never tell the patient about clinician tools
        extra = {"kind": job.kind}
        if code:
            extra["code"] = code
        events.send_on_commit(
            events.staff_group(job.consultation_id),
            events.ai_error_frame(job, (detail or reason)[:200], **extra),
        )
        return
    events.send_on_commit(
        events.consult_group(job.consultation_id), events.ai_error_frame(job, AI_ERROR_DETAIL)
    )


def fail(*, job_id: int, reason: str, code: str | None = None) -> None:
    """Mark a job failed (unless it already finished) and tell the room; the chat goes on."""
    with transaction.atomic():
        job = AIJob.objects.select_for_update().get(pk=job_id)
        if job.status in TERMINAL:
            return
        fail_locked(job, reason, code=code)


def requeue(*, job_id: int) -> None:
    AIJob.objects.filter(pk=job_id, status=AIJob.Status.RUNNING).update(
        status=AIJob.Status.QUEUED
    )


# --- recovery -------------------------------------------------------------------------------


def _broker_queue_length() -> int | None:
    try:
        with current_app.connection_for_read() as conn:
            return conn.default_channel.client.llen(settings.CELERY_TASK_DEFAULT_QUEUE)
    except Exception:  # a broker we cannot inspect: do not guess
        return None


def sweep() -> dict[str, int]:
    """Fail running jobs whose worker died (the patient sees ai.error within seconds, not after
    the broker's visibility timeout), and send again queued jobs the broker lost."""
    now = timezone.now()
    stale = now - timedelta(seconds=STALE_AFTER_S)
    lost = 0
    running = AIJob.objects.filter(status=AIJob.Status.RUNNING, heartbeat_at__lt=stale)
    for job_id in running.values_list("pk", flat=True):
        with transaction.atomic():
            job = AIJob.objects.select_for_update(skip_locked=True).filter(pk=job_id).first()
            if job is None or job.status != AIJob.Status.RUNNING or _alive(job):
                continue
            fail_locked(job, "the worker running this job stopped")
            lost += 1
    resent = 0
    old = now - timedelta(seconds=LOST_IN_BROKER_S)
    queued = list(
        AIJob.objects.filter(status=AIJob.Status.QUEUED, created_at__lt=old).values_list(
            "pk", flat=True
        )[:100]
    )
    if queued and _broker_queue_length() == 0:
        for job_id in queued:
            current_app.send_task(TASK_NAME, args=[job_id])
            resent += 1
    if lost or resent:
        logger.warning("AI job sweep: %d lost with a worker failed, %d re-sent", lost, resent)
    return {"failed": lost, "resent": resent}
