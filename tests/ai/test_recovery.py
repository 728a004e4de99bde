"""Recovery without waiting for the broker: the sweeper fails jobs of a dead worker and sends
again queued jobs the broker lost; a claim never runs a job that is alive elsewhere."""

from __future__ import annotations

from datetime import timedelta

import pytest
import redis
from channels.db import database_sync_to_async
from django.conf import settings
from django.utils import timezone

from consult import services
from consult.ai import jobs
from consult.models import AIJob

from ..conftest import open_socket, receive_until, session_cookie

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def model_jobs(tiny_ai):
    tiny_ai.TELEMED_AI_PHRASING = "model"
    broker = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    broker.delete(settings.CELERY_TASK_DEFAULT_QUEUE)
    yield broker
    broker.delete(settings.CELERY_TASK_DEFAULT_QUEUE)


def test_a_job_lost_by_the_broker_is_sent_again(model_jobs, patient):
    consultation = services.consultation_start(patient=patient, chief_complaint="cough")
    job = AIJob.objects.get(consultation=consultation, status="queued")
    model_jobs.delete(settings.CELERY_TASK_DEFAULT_QUEUE)  # as if Redis restarted empty
    assert jobs.sweep()["resent"] == 0  # too young to be called lost
    AIJob.objects.filter(pk=job.pk).update(created_at=timezone.now() - timedelta(seconds=60))
    assert jobs.sweep()["resent"] == 1
    assert model_jobs.llen(settings.CELERY_TASK_DEFAULT_QUEUE) == 1


def test_queued_jobs_still_in_the_broker_are_not_sent_twice(model_jobs, patient):
    consultation = services.consultation_start(patient=patient, chief_complaint="cough")
    AIJob.objects.filter(consultation=consultation).update(
        created_at=timezone.now() - timedelta(seconds=60)
    )
    assert model_jobs.llen(settings.CELERY_TASK_DEFAULT_QUEUE) == 1
    assert jobs.sweep()["resent"] == 0


async def test_a_job_whose_worker_stopped_beating_fails_visibly(model_jobs, patient):
    consultation = await database_sync_to_async(services.consultation_start)(patient=patient)
    cookie = await database_sync_to_async(session_cookie)(patient.user)
    ws, ok, _ = await open_socket(f"/ws/consult/{consultation.pk}/", cookie)
    await ws.send_json_to({"type": "message.send", "body": "I have a cough"})
    await receive_until(ws, "message")
    job = await database_sync_to_async(jobs.claim)(
        (await database_sync_to_async(AIJob.objects.get)(consultation=consultation)).pk
    )
    assert job is not None
    assert await database_sync_to_async(jobs.claim)(job.pk) is None  # alive: not run twice
    stale = timezone.now() - timedelta(seconds=jobs.STALE_AFTER_S + 1)
    await database_sync_to_async(AIJob.objects.filter(pk=job.pk).update)(heartbeat_at=stale)
    assert (await database_sync_to_async(jobs.sweep)())["failed"] == 1
    error = await receive_until(ws, "ai.error")
    assert error["job"] == str(job.pk)
    job = await database_sync_to_async(AIJob.objects.get)(pk=job.pk)
    assert job.status == "failed"
    assert await database_sync_to_async(jobs.claim)(job.pk) is None  # a late redelivery
    await ws.disconnect()


def test_the_heartbeat_vouches_only_for_jobs_in_flight_here(model_jobs, patient):
    consultation = services.consultation_start(patient=patient, chief_complaint="cough")
    job = jobs.claim(AIJob.objects.get(consultation=consultation).pk)
    old = timezone.now() - timedelta(seconds=60)
    AIJob.objects.filter(pk=job.pk).update(heartbeat_at=old)
    assert jobs.beat() == 0
    with jobs.in_flight(job.pk):
        assert jobs.beat() == 1
    job.refresh_from_db()
    assert job.heartbeat_at > old
