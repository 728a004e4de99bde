"""The follow-up reminder: Celery beat runs it hourly; it emails on the follow-up date (not
before), once, with a link to the record and no health details."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.conf import settings
from django.core import mail
from django.utils import timezone

from consult import notifications, services
from consult.models import Notification
from telemed.celery import app

from ..conftest import client_for
from ..notifications.helpers import signed_report

pytestmark = pytest.mark.django_db

DATE = dt.date(2026, 12, 10)


def at(day: dt.date, hour: int = 9) -> dt.datetime:
    return timezone.make_aware(dt.datetime(day.year, day.month, day.day, hour, 0))


@pytest.fixture
def planned(assigned, clinician, patient):
    patient.user.email = "patient@example.org"
    patient.user.save(update_fields=["email"])
    with time_machine.travel(at(DATE - dt.timedelta(days=7)), tick=False):
        report = signed_report(
            assigned, clinician, follow_up_date=DATE, follow_up_instructions="Recheck the rash"
        )
        services.consultation_close(consultation_id=assigned.pk, user=clinician.user)
    return report


def _run_beat_task() -> int:
    import consult.tasks as tasks

    return tasks.send_follow_up_reminders.apply().get()


def test_beat_runs_the_reminders_hourly():
    entry = app.conf.beat_schedule["follow-up-reminders"]
    assert entry["task"] == notifications.REMINDERS_TASK
    assert entry["schedule"].hour == set(range(24))


def test_reminder_goes_on_the_date_once(
    planned, patient, eager, django_capture_on_commit_callbacks
):
    with time_machine.travel(at(DATE - dt.timedelta(days=1), 23), tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            assert _run_beat_task() == 0
    assert mail.outbox == []
    with time_machine.travel(at(DATE, 0), tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            assert _run_beat_task() == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "Follow-up reminder" in message.subject
    assert settings.TELEMED_CLINIC_NAME in message.subject
    assert f"{settings.TELEMED_SITE_URL}/records/patients/{patient.pk}/#follow-up" in message.body
    assert "rash" not in message.body.lower()
    notice = Notification.objects.get(kind=Notification.Kind.FOLLOW_UP_REMINDER)
    assert notice.status == Notification.Status.SENT
    for later in (at(DATE, 13), at(DATE + dt.timedelta(days=1))):
        with time_machine.travel(later, tick=False):
            with django_capture_on_commit_callbacks(execute=True):
                assert _run_beat_task() == 0
    assert len(mail.outbox) == 1


def test_a_late_run_still_reminds_within_the_grace_period(
    planned, eager, django_capture_on_commit_callbacks
):
    late = DATE + dt.timedelta(days=notifications.REMINDER_GRACE_DAYS)
    with time_machine.travel(at(late), tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            assert _run_beat_task() == 1
    assert len(mail.outbox) == 1


def test_no_reminder_long_after_the_date(planned, eager, django_capture_on_commit_callbacks):
    too_late = DATE + dt.timedelta(days=notifications.REMINDER_GRACE_DAYS + 1)
    with time_machine.travel(at(too_late), tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            assert _run_beat_task() == 0
    assert mail.outbox == []


def test_no_reminder_once_the_patient_has_followed_up(
    planned, assigned, patient, eager, django_capture_on_commit_callbacks
):
    with time_machine.travel(at(DATE - dt.timedelta(days=2)), tick=False):
        client_for(patient.user).post(f"/consult/{assigned.pk}/follow-up/")
    with time_machine.travel(at(DATE), tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            assert _run_beat_task() == 0
    assert mail.outbox == []


def test_reports_without_a_date_are_not_reminded(
    assigned, clinician, eager, django_capture_on_commit_callbacks
):
    signed_report(assigned, clinician, follow_up_instructions="Only if it gets worse")
    with django_capture_on_commit_callbacks(execute=True):
        assert _run_beat_task() == 0
    assert not Notification.objects.filter(kind=Notification.Kind.FOLLOW_UP_REMINDER).exists()
