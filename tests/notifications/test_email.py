"""Emails to patients: after commit, once per notice, a link to the page and no health details;
retried on SMTP errors, skipped without an address."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.core import mail

from consult import notifications, services
from consult.models import Notification

from .backends import FlakyBackend, RefusingBackend
from .helpers import signed_report

pytestmark = pytest.mark.django_db

HEALTH_WORDS = ("Sore throat", "Throat pain", "pharyngitis", "Paracetamol", "Viral")


def _no_health_details(message) -> None:
    text = f"{message.subject}\n{message.body}"
    for word in HEALTH_WORDS:
        assert word.lower() not in text.lower()


@pytest.fixture
def with_email(patient):
    patient.user.email = "patient@example.org"
    patient.user.save(update_fields=["email"])
    return patient


def test_signing_a_report_emails_the_patient_once_after_commit(
    with_email, assigned, clinician, eager, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        report = signed_report(assigned, clinician)
        assert mail.outbox == []  # nothing leaves before the signature commits
    notice = Notification.objects.get(kind=Notification.Kind.REPORT_SIGNED)
    assert notice.user == with_email.user and notice.status == Notification.Status.PENDING
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["patient@example.org"]
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert settings.TELEMED_CLINIC_NAME in message.subject
    assert "report is ready" in message.subject
    assert f"{settings.TELEMED_SITE_URL}/records/reports/{report.pk}/" in message.body
    _no_health_details(message)
    notice.refresh_from_db()
    assert notice.status == Notification.Status.SENT and notice.sent_at and notice.attempts == 1
    # The same signature announced again records nothing new.
    notifications.report_signed_notify(encounter_id=report.encounter_id, report_id=report.pk)
    assert Notification.objects.filter(kind=Notification.Kind.REPORT_SIGNED).count() == 1
    assert len(eager.sent) == 1


def test_a_sent_notice_is_not_sent_again(with_email, assigned, clinician, eager,
                                         django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        signed_report(assigned, clinician)
    notice = Notification.objects.get()
    assert notifications.notification_send(notification_id=notice.pk) == "sent"
    assert len(mail.outbox) == 1


def test_no_email_address_means_skipped(
    patient, assigned, clinician, eager, django_capture_on_commit_callbacks
):
    assert patient.user.email == ""
    with django_capture_on_commit_callbacks(execute=True):
        signed_report(assigned, clinician)
    notice = Notification.objects.get()
    assert notice.status == Notification.Status.SKIPPED
    assert eager.sent == [] and mail.outbox == []


def test_smtp_errors_are_retried_then_sent(
    with_email, assigned, clinician, eager, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.notifications.backends.FlakyBackend"
    FlakyBackend.calls = 0
    with django_capture_on_commit_callbacks(execute=True):
        signed_report(assigned, clinician)
    notice = Notification.objects.get()
    assert notice.status == Notification.Status.SENT
    assert notice.attempts == 3 and FlakyBackend.calls == 3
    assert len(mail.outbox) == 1


def test_smtp_failure_after_the_last_retry_marks_it_failed(
    with_email, assigned, clinician, eager, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.notifications.backends.RefusingBackend"
    RefusingBackend.calls = 0
    with django_capture_on_commit_callbacks(execute=True):
        signed_report(assigned, clinician)
    notice = Notification.objects.get()
    assert notice.status == Notification.Status.FAILED
    assert notice.attempts == notifications.MAX_RETRIES + 1
    assert RefusingBackend.calls == notifications.MAX_RETRIES + 1
    assert notice.error == "SMTPServerDisconnected"  # no server text, no address
    assert mail.outbox == []


def test_the_send_task_backs_off_between_retries():
    import consult.tasks as tasks

    task = tasks.send_notification
    assert task.max_retries == notifications.MAX_RETRIES
    assert task.retry_backoff and task.autoretry_for == notifications.TRANSIENT_ERRORS


def test_a_failing_notice_never_blocks_the_signature(
    with_email, assigned, clinician, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(**_kw):
        raise RuntimeError("boom")

    monkeypatch.setattr(notifications, "notification_record", broken)
    report = signed_report(assigned, clinician)
    assert report.status == "signed"


# --- a clinician writes while the patient is away ---------------------------------------------


def _clinician_says(consultation, clinician, body: str) -> None:
    services.message_post(consultation_id=consultation.pk, user=clinician.user, body=body)


def test_clinician_message_emails_an_absent_patient_once_per_quiet_period(
    with_email, assigned, clinician, eager, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _clinician_says(assigned, clinician, "Your throat swab shows strep")
    with django_capture_on_commit_callbacks(execute=True):
        _clinician_says(assigned, clinician, "Please also take ibuprofen")
        _clinician_says(assigned, clinician, "And rest")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "has written to you" in message.subject
    assert f"{settings.TELEMED_SITE_URL}/consult/{assigned.pk}/" in message.body
    for word in ("strep", "ibuprofen", "rest", "swab"):
        assert word not in message.body.lower().split()
    _no_health_details(message)
    assert Notification.objects.filter(kind=Notification.Kind.CLINICIAN_MESSAGE).count() == 1


def test_patient_messages_send_no_email(
    with_email, assigned, eager, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.message_post(
            consultation_id=assigned.pk, user=with_email.user, body="Still hurts"
        )
    assert mail.outbox == [] and not Notification.objects.exists()


def test_no_email_for_a_present_patient(
    with_email, assigned, clinician, eager, django_capture_on_commit_callbacks
):
    from consult import presence

    presence.mark(consultation_id=assigned.pk, user_id=with_email.user.pk, socket="tab-1")
    with django_capture_on_commit_callbacks(execute=True):
        _clinician_says(assigned, clinician, "How are you now?")
    assert mail.outbox == [] and not Notification.objects.exists()
    presence.clear(consultation_id=assigned.pk, user_id=with_email.user.pk, socket="tab-1")
    with django_capture_on_commit_callbacks(execute=True):
        _clinician_says(assigned, clinician, "Are you still there?")
    assert len(mail.outbox) == 1


def test_closing_and_signing_are_separate_notices(
    with_email, assigned, clinician, eager, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _clinician_says(assigned, clinician, "I will write the report now")
        signed_report(assigned, clinician)
    kinds = sorted(Notification.objects.values_list("kind", flat=True))
    assert kinds == ["clinician_message", "report_signed"]
    assert len(mail.outbox) == 2
