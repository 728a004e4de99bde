"""A real Celery worker sends the email queued after commit (file backend), nothing in the
request that signed the report waits for it."""

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

from consult.models import Notification
from telemed.celery import app

from .helpers import signed_report

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def mail_worker(tmp_path):
    queue = settings.CELERY_TASK_DEFAULT_QUEUE
    redis.Redis.from_url(settings.REDIS_URL).delete(queue)
    name = f"notify-{uuid.uuid4().hex[:8]}@localhost"
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "telemed.test_settings",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "DJANGO_EMAIL_FILE_PATH": str(tmp_path),
        "TELEMED_AI_ENABLED": "0",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "telemed", "worker", "--pool=threads",
         "--concurrency=2", "-Q", queue, "-n", name, "--loglevel=WARNING",
         "--without-gossip", "--without-mingle", "--without-heartbeat"],
        cwd=REPO, env=env, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 90
        while not app.control.ping(destination=[name], timeout=0.5):
            assert proc.poll() is None, "celery worker exited during start-up"
            assert time.monotonic() < deadline, "celery worker did not start"
        yield tmp_path
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        redis.Redis.from_url(settings.REDIS_URL).delete(queue)


def test_the_worker_sends_the_report_email(mail_worker, consultation, clinician, patient):
    from consult import services

    patient.user.email = "patient@example.org"
    patient.user.save(update_fields=["email"])
    services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    consultation.refresh_from_db()
    report = signed_report(consultation, clinician)
    notice = Notification.objects.get(kind=Notification.Kind.REPORT_SIGNED)
    deadline = time.monotonic() + 30
    while notice.status == Notification.Status.PENDING and time.monotonic() < deadline:
        time.sleep(0.2)
        notice.refresh_from_db()
    assert notice.status == Notification.Status.SENT
    (sent,) = list(mail_worker.iterdir())
    text = sent.read_text()
    assert "To: patient@example.org" in text
    assert f"/records/reports/{report.pk}/" in text
    assert "pharyngitis" not in text.lower()
