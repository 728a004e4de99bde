"""Email notices to patients: decide and record them (one Notification row per notice, its unique
key making it go once), queue the send after commit, and send with Django's mail API in Celery.
Emails name the clinic and link to the page; they never carry health details."""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
from collections.abc import Callable

import redis
from celery import current_app
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from records.language import user_language
from records.models import ClinicalReport, User

from . import presence
from .models import Consultation, Notification

logger = logging.getLogger(__name__)

SEND_TASK = "consult.tasks.send_notification"
REMINDERS_TASK = "consult.tasks.send_follow_up_reminders"
# Worth another try later: the mail server refused for now, or could not be reached.
TRANSIENT_ERRORS: tuple[type[Exception], ...] = (smtplib.SMTPException, OSError)
MAX_RETRIES = 5
# One "your clinician has written" email per consultation in this many seconds, however many
# messages the clinician sends while the patient is away.
MESSAGE_QUIET_S = 15 * 60
# A follow-up date further back than this is not reminded any more (e.g. reminders switched on
# late, or beat down for a long time).
REMINDER_GRACE_DAYS = 7

Kind = Notification.Kind
Status = Notification.Status


# --- recording ---------------------------------------------------------------------------------


def _enqueue(notification_id: int) -> None:
    transaction.on_commit(lambda: current_app.send_task(SEND_TASK, args=[notification_id]))


def notification_record(
    *, user: User, kind: str, key: str, consultation: Consultation | None = None
) -> Notification | None:
    """Record one notice in the caller's transaction and queue its email for after the commit;
    None when a notice with this key exists already. A user without an email address (or no
    longer active) gets a `skipped` row, so the notice is still decided once."""
    deliverable = bool(user.email) and user.is_active
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                user=user,
                consultation=consultation,
                kind=kind,
                key=key[:200],
                status=Status.PENDING if deliverable else Status.SKIPPED,
                error="" if deliverable else "no email address" if user.is_active else "inactive",
            )
    except IntegrityError:
        return None
    if deliverable:
        _enqueue(notification.pk)
    return notification


def report_signed_notify(*, encounter_id: int, report_id: int | None = None, **_kw) -> None:
    """Receiver of records' report_signed (inside the signing transaction): the patient is told
    that the report is ready. A failure here never stops the signature."""
    try:
        with transaction.atomic():  # a savepoint: an error here leaves the signing intact
            _report_signed_record(encounter_id, report_id)
    except Exception as exc:  # noqa: BLE001 - the notice is lost, the signature stands
        logger.warning("report notice not recorded: %s", type(exc).__name__)


def notification_resend(*, notification_ids: list[int]) -> int:
    """An admin sends failed notices again (e.g. after fixing the SMTP settings); returns how many
    were queued. Sent, pending and skipped notices are left as they are."""
    with transaction.atomic():
        ids = list(
            Notification.objects.select_for_update()
            .filter(pk__in=notification_ids, status=Status.FAILED)
            .values_list("pk", flat=True)
        )
        Notification.objects.filter(pk__in=ids).update(status=Status.PENDING, error="")
        for notification_id in ids:
            _enqueue(notification_id)
    return len(ids)


def _report_signed_record(encounter_id: int, report_id: int | None) -> None:
    reports = ClinicalReport.objects.select_related("patient__user")
    if report_id is not None:
        report = reports.filter(pk=report_id).first()
    else:
        report = (
            reports.filter(encounter_id=encounter_id, status=ClinicalReport.Status.SIGNED)
            .order_by("-version")
            .first()
        )
    if report is None:
        return
    notification_record(
        user=report.patient.user,
        kind=Kind.REPORT_SIGNED,
        key=f"report_signed:{report.pk}",
        consultation=Consultation.objects.filter(encounter_id=encounter_id).first(),
    )


def _quiet_period_free(consultation_id: int) -> bool:
    """Claim this consultation's quiet period in Redis (False while another claim holds it)."""
    key = f"{presence.namespace()}:notify-quiet:{consultation_id}"
    try:
        return bool(presence.client().set(key, "1", nx=True, ex=MESSAGE_QUIET_S))
    except redis.RedisError:
        return True  # the database check below still holds the rate


def clinician_message_notify(*, consultation_id: int, patient_user_id: int) -> Notification | None:
    """After a clinician's message commits: email the patient when no room socket of theirs is
    open, at most once per consultation in MESSAGE_QUIET_S. One Redis call while they are there."""
    if presence.is_present(consultation_id=consultation_id, user_id=patient_user_id):
        return None
    if not _quiet_period_free(consultation_id):
        return None
    now = timezone.now()
    recent = Notification.objects.filter(
        consultation_id=consultation_id,
        kind=Kind.CLINICIAN_MESSAGE,
        created_at__gte=now - dt.timedelta(seconds=MESSAGE_QUIET_S),
    )
    if recent.exists():
        return None
    user = User.objects.filter(pk=patient_user_id).first()
    if user is None:
        return None
    bucket = int(now.timestamp()) // MESSAGE_QUIET_S
    with transaction.atomic():
        return notification_record(
            user=user,
            kind=Kind.CLINICIAN_MESSAGE,
            key=f"clinician_message:{consultation_id}:{bucket}",
            consultation=Consultation.objects.filter(pk=consultation_id).first(),
        )


def follow_up_due(*, today: dt.date | None = None):
    """Current signed reports whose follow-up date is today or up to REMINDER_GRACE_DAYS back,
    whose consultation has no follow-up consultation yet."""
    today = today or timezone.localdate()
    return (
        ClinicalReport.objects.filter(
            status=ClinicalReport.Status.SIGNED,
            follow_up_date__lte=today,
            follow_up_date__gte=today - dt.timedelta(days=REMINDER_GRACE_DAYS),
        )
        .exclude(encounter__consultation__follow_ups__isnull=False)
        .select_related("patient__user")
        .order_by("follow_up_date", "pk")
    )


def reminder_key(report: ClinicalReport) -> str:
    # By encounter: an amended version of the report does not remind a second time.
    return f"follow_up_reminder:{report.encounter_id}"


def follow_up_reminders_queue(*, today: dt.date | None = None) -> int:
    """Record (and queue) the follow-up reminders due now; returns how many were recorded.
    Run hourly by Celery beat; the key makes each reminder go once."""
    reports = list(follow_up_due(today=today))
    keys = {reminder_key(r) for r in reports}
    done = set(Notification.objects.filter(key__in=keys).values_list("key", flat=True))
    recorded = 0
    for report in reports:
        if reminder_key(report) in done:
            continue
        with transaction.atomic():
            notification = notification_record(
                user=report.patient.user,
                kind=Kind.FOLLOW_UP_REMINDER,
                key=reminder_key(report),
                consultation=Consultation.objects.filter(encounter_id=report.encounter_id).first(),
            )
        recorded += notification is not None
    return recorded


# --- the email ---------------------------------------------------------------------------------


def site_link(path: str) -> str:
    return f"{settings.TELEMED_SITE_URL}{path}"


def email_language(user: User) -> str:
    """The language the user last chose (or logged in with), else the site's default."""
    return user_language(user)


def _report_link(notification: Notification) -> str:
    report_id = int(notification.key.rsplit(":", 1)[1])
    return site_link(reverse("records:report", kwargs={"report_id": report_id}))


def _room_link(notification: Notification) -> str:
    consultation_id = notification.consultation_id
    return site_link(reverse("consult:room", kwargs={"consultation_id": consultation_id}))


def _record_link(notification: Notification) -> str:
    patient_id = notification.user.patient.pk
    return site_link(reverse("records:patient", kwargs={"patient_id": patient_id}) + "#follow-up")


# kind -> (subject, first paragraph, link)
_CONTENT: dict[str, tuple[Callable[[], str], Callable[[], str], Callable]] = {
    Kind.REPORT_SIGNED: (
        lambda: _("Your consultation report is ready"),
        lambda: _(
            "Your consultation report is ready: your clinician has signed it. You can read it "
            "and download it here:"
        ),
        _report_link,
    ),
    Kind.CLINICIAN_MESSAGE: (
        lambda: _("Your clinician has written to you"),
        lambda: _("Your clinician has written to you in your consultation. Read and answer here:"),
        _room_link,
    ),
    Kind.FOLLOW_UP_REMINDER: (
        lambda: _("Follow-up reminder"),
        lambda: _(
            "Follow-up reminder: your clinician asked you to follow up about now. Your follow-up "
            "instructions, and a button to start a follow-up consultation, are on your record:"
        ),
        _record_link,
    ),
}


def email_build(notification: Notification) -> EmailMessage:
    """The email of a notice, in the user's language: clinic name, what happened and a link;
    no health details."""
    subject, lead, link = _CONTENT[notification.kind]
    clinic = settings.TELEMED_CLINIC_NAME
    with translation.override(email_language(notification.user)):
        body = "\n\n".join(
            [
                _("Hello,"),
                f"{lead()}\n{link(notification)}",
                _(
                    "For your privacy this email contains no health details. Sign in to read "
                    "them."
                ),
                _("This message was sent automatically; replies are not read."),
                clinic,
            ]
        )
        return EmailMessage(
            subject=f"{clinic}: {subject()}",
            body=body + "\n",
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[notification.user.email],
        )


def _describe(exc: Exception) -> str:
    """What went wrong, without addresses or text from the server."""
    code = getattr(exc, "smtp_code", None)
    return f"{type(exc).__name__}{f' {code}' if code else ''}"[:300]


def notification_send(*, notification_id: int, final: bool = True) -> str:
    """Send a pending notice and record the outcome; returns its status. A transient failure is
    re-raised for the task to retry, unless `final` (then the notice is marked failed)."""
    retry_with: Exception | None = None
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(of=("self",))
            .select_related("user", "user__patient")
            .filter(pk=notification_id)
            .first()
        )
        if notification is None:
            return "missing"
        if notification.status != Status.PENDING:
            return notification.status
        notification.attempts += 1
        if not notification.user.email or not notification.user.is_active:
            notification.status = Status.SKIPPED
            notification.error = "no email address"
        else:
            try:
                email_build(notification).send()
            except TRANSIENT_ERRORS as exc:
                notification.error = _describe(exc)
                if final:
                    notification.status = Status.FAILED
                else:
                    retry_with = exc
            except Exception as exc:  # noqa: BLE001 - e.g. a misconfigured backend: no retry
                notification.error = _describe(exc)
                notification.status = Status.FAILED
            else:
                notification.status = Status.SENT
                notification.sent_at = timezone.now()
                notification.error = ""
        notification.save(update_fields=["status", "attempts", "error", "sent_at"])
    if notification.status == Status.FAILED:
        logger.warning("notification %s failed: %s", notification.pk, notification.error)
    if retry_with is not None:
        raise retry_with
    return notification.status
