"""Writes for consultations: start, post messages, pick up, close; events go out on commit."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from contextlib import nullcontext

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from records import selectors as records_selectors
from records import services as records_services
from records.language import user_language
from records.models import Patient, Practitioner, User

from . import access, events, notifications
from .ai import clinician, interview
from .errors import Conflict, ConsultError
from .models import Consultation, Message
from .selectors import consultation_writable_sql
from .store import (
    announce_queue_change,
    announce_status,
    append,
    append_many_where,
    append_where,
    consultation_set_urgency,
    lock,
    lock_for_post,
    message_post_system,
)

__all__ = ["Conflict", "ConsultError", "consultation_set_urgency", "message_post_system"]


ALLOWED_TRANSITIONS = {
    Consultation.Status.WAITING: {Consultation.Status.IN_PROGRESS, Consultation.Status.CLOSED},
    Consultation.Status.IN_PROGRESS: {Consultation.Status.CLOSED},
    Consultation.Status.CLOSED: set(),
}


def _check_transition(current: str, new: str) -> None:
    if new not in ALLOWED_TRANSITIONS[Consultation.Status(current)]:
        raise Conflict("invalid_transition", f"cannot go from {current} to {new}")


@transaction.atomic
def consultation_start(
    *, patient: Patient, chief_complaint: str = "", lang: str = "en"
) -> Consultation:
    # The patient's row lock serialises their starts, so the open-consultation cap holds.
    Patient.objects.select_for_update().filter(pk=patient.pk).first()
    limit = settings.TELEMED_MAX_OPEN_CONSULTATIONS
    open_now = patient.consultations.exclude(status=Consultation.Status.CLOSED).count()
    if open_now >= limit:
        raise ConsultError(
            "too_many_open",
            ngettext(
                "You already have %(n)d open consultation. Continue it, or wait until it is "
                "closed, before starting another.",
                "You already have %(n)d open consultations. Continue one of them, or wait "
                "until one is closed, before starting another.",
                open_now,
            )
            % {"n": open_now},
        )
    complaint = chief_complaint.strip()[:500]
    encounter = records_services.encounter_open(patient=patient, reason=complaint)
    consultation = Consultation.objects.create(
        patient=patient, encounter=encounter, chief_complaint=complaint
    )
    if complaint:
        message_post(consultation_id=consultation.pk, user=patient.user, body=complaint)
        consultation.refresh_from_db()
    else:
        interview.greet(consultation_id=consultation.pk, lang=lang)
        consultation.refresh_from_db()
    announce_queue_change(consultation)
    return consultation


def message_post(
    *,
    consultation_id: int,
    user: User,
    body: str,
    client_id: uuid.UUID | None = None,
    need: access.Need | None = None,
    guard: tuple[str, list] | None = None,
    later: list[Callable[[], None]] | None = None,
) -> tuple[Message, bool] | None:
    """Store a patient or clinician message; returns (message, created). Idempotent on client_id.

    The message is stored in one statement that also checks the access rule, the status and the
    client_id (store.append_where); only what that statement refuses (a refusal, a retried
    client_id, a race on one client_id) takes the locking path, which tells which.

    With `need` ("write"), the access rule is checked in the statement that writes and
    AccessDenied is raised unaudited (the caller audits after the rollback, access.audit_denied).
    `guard`: further SQL conditions on the same statement (a socket's login, consult/consumers.py);
    when the statement stores nothing, None is returned and the caller checks in full and calls
    again without. `later`: collects the red-flag screen of a patient message once a clinician
    has joined, for the caller to run after its own broadcast instead of on commit (while the
    assistant interviews, its turn is queued on commit as before).
    """
    message = _message_post_one(consultation_id, user, body, client_id, need, guard, later)
    if message is not None:
        return message, True
    if guard is not None:
        return None
    try:
        return _message_post(consultation_id, user, body, client_id, need, later)
    except IntegrityError:
        # A concurrent send of the same client_id committed while this one waited for the lock.
        if client_id is None:
            raise
        existing = Message.objects.filter(
            consultation_id=consultation_id, client_id=client_id
        ).first()
        if existing is None:
            raise
        return existing, False


def messages_post(
    *,
    consultation_id: int,
    user: User,
    items: list[tuple[str, uuid.UUID | None]],
    guard: tuple[str, list] | None = None,
    later: list[Callable[[], None]] | None = None,
) -> list[Message] | None:
    """Several messages of one user, (body, client_id) in this order with distinct client_ids,
    in one statement that checks what message_post(need="write") checks
    (store.append_many_where). None when it stores nothing: the caller then posts them one by
    one with message_post, which tells why."""
    if not (getattr(user, "is_authenticated", False) and user.is_active):
        return None
    sql, params = consultation_writable_sql(user)
    if guard is not None:
        sql, params = f"{sql} AND {guard[0]}", [*params, *guard[1]]
    sender = Message.Sender.PATIENT if user.is_patient else Message.Sender.CLINICIAN
    try:
        with transaction.atomic() if connection.in_atomic_block else nullcontext():
            row = append_many_where(
                consultation_id, where=(sql, params), sender=sender, author=user, items=items
            )
    except IntegrityError:
        return None
    if row is None:
        return None
    consultation, messages = row
    # Once, for the last: the screen reads the latest patient messages when it runs, after
    # all of these are stored, and the notice is once per quiet period.
    _after_post(consultation, messages[-1], later)
    return messages


def _message_post_one(consultation_id, user, body, client_id, need, guard, later) -> Message | None:
    """The common case in one statement and no transaction of its own; None when it stored
    nothing."""
    if need is None:
        where = ("c.status <> %s", [Consultation.Status.CLOSED])
    elif need == "write" and getattr(user, "is_authenticated", False) and user.is_active:
        where = consultation_writable_sql(user)
    else:
        return None
    if guard is not None:
        where = (f"{where[0]} AND {guard[0]}", [*where[1], *guard[1]])
    sender = Message.Sender.PATIENT if user.is_patient else Message.Sender.CLINICIAN
    try:
        # Inside a caller's transaction a failed statement must not break it: a savepoint.
        with transaction.atomic() if connection.in_atomic_block else nullcontext():
            row = append_where(
                consultation_id,
                where=where,
                sender=sender,
                body=body,
                author=user,
                client_id=client_id,
            )
    except IntegrityError:
        return None  # the same client_id committed meanwhile: the locking path returns it
    if row is None:
        return None
    consultation, message = row
    _after_post(consultation, message, later)
    return message


def _message_post(consultation_id, user, body, client_id, need, later) -> tuple[Message, bool]:
    with transaction.atomic():
        if need is None:
            consultation = lock_for_post(consultation_id, client_id=client_id)
            if consultation is None:
                raise Consultation.DoesNotExist
        else:
            consultation = access.lock_for(
                user=user, consultation_id=consultation_id, need=need, client_id=client_id
            )
        if consultation.duplicate_id is not None:
            return Message.objects.get(pk=consultation.duplicate_id), False
        if consultation.status == Consultation.Status.CLOSED:
            raise ConsultError("closed", _("This consultation is closed."))
        sender = Message.Sender.PATIENT if user.is_patient else Message.Sender.CLINICIAN
        # No queue.changed: a chat message changes nothing a dashboard shows (issue 10).
        message = append(consultation, sender=sender, body=body, author=user, client_id=client_id)
        _after_post(consultation, message, later)
    return message, True


def _after_post(consultation: Consultation, message: Message, later) -> None:
    """What follows a stored patient or clinician message, on commit (at once outside a
    transaction)."""
    consultation_id = consultation.pk
    if message.sender == Message.Sender.PATIENT:
        # The written row goes along: the assistant reads the consultation no second time.
        def screen() -> None:
            interview.on_patient_message(
                consultation_id=consultation_id, seq=message.seq, consultation=consultation
            )

        if later is not None and consultation.status != Consultation.Status.WAITING:
            later.append(screen)  # the red-flag screen only: the assistant is silent now
        else:
            transaction.on_commit(screen)
    else:  # the patient is emailed if their room is not open (consult/notifications.py)
        patient_user_id = consultation.patient.user_id
        transaction.on_commit(
            lambda: notifications.clinician_message_notify(
                consultation_id=consultation_id, patient_user_id=patient_user_id
            ),
            robust=True,
        )


def consultation_pick(*, consultation_id: int, user: User) -> Consultation:
    """Assign a waiting consultation to this clinician; exactly one clinician can win."""
    practitioner = Practitioner.objects.get(user=user)
    with transaction.atomic():
        consultation = lock(consultation_id)
        if consultation.clinician_id == practitioner.pk:
            return consultation
        if consultation.status != Consultation.Status.WAITING:
            raise Conflict("taken", _("Another clinician has already picked up this consultation."))
        _check_transition(consultation.status, Consultation.Status.IN_PROGRESS)
        # First on commit: other clinicians' sockets re-check and close before any later frame.
        events.send_event_on_commit(
            events.consult_group(consultation_id),
            events.access_revoked_event(reason="picked", consultation_id=consultation_id),
        )
        consultation.status = Consultation.Status.IN_PROGRESS
        consultation.clinician = practitioner
        consultation.picked_at = timezone.now()
        consultation.save(update_fields=["status", "clinician", "picked_at"])
        records_services.encounter_start(
            encounter_id=consultation.encounter_id, practitioner=practitioner
        )
        append(
            consultation,
            sender=Message.Sender.SYSTEM,
            body=_in_patient_language(
                consultation,
                lambda: _("%(name)s joined the consultation.") % {"name": practitioner.full_name},
            ),
            author=None,
        )
        announce_status(consultation)
        announce_queue_change(consultation)
    return consultation


def _in_patient_language(consultation: Consultation, text: Callable[[], str]) -> str:
    """System messages are stored once, for the patient to read: in the patient's language."""
    with translation.override(user_language(consultation.patient.user)):
        return text()


def consultation_close(*, consultation_id: int, user: User) -> Consultation:
    """The assigned clinician closes the consultation (and its encounter); the closing system
    message says where the signed report is, when there is one."""
    with transaction.atomic():
        consultation = lock(consultation_id)
        if consultation.clinician is None or consultation.clinician.user_id != user.pk:
            raise ConsultError("forbidden", _("Only the assigned clinician can close this."))
        _check_transition(consultation.status, Consultation.Status.CLOSED)
        consultation.status = Consultation.Status.CLOSED
        consultation.closed_at = timezone.now()
        consultation.save(update_fields=["status", "closed_at"])
        records_services.encounter_finish(encounter_id=consultation.encounter_id)
        report = records_selectors.signed_report_of_encounter(
            encounter_id=consultation.encounter_id
        )
        if report is None:
            body = _in_patient_language(consultation, lambda: _("The consultation was closed."))
        else:
            body = _in_patient_language(
                consultation,
                lambda: _("The consultation was closed. The signed report: %(url)s")
                % {"url": reverse("records:report", args=[report.pk])},
            )
        append(consultation, sender=Message.Sender.SYSTEM, body=body, author=None)
        announce_status(consultation)
        announce_queue_change(consultation)
    return consultation


def ai_tool_request(*, consultation_id: int, user: User, kind: str, lang: str = "en"):
    """A clinician asks for suggestions or a report draft, written in `lang` (their interface
    language); returns the (possibly reused) job."""
    return clinician.job_queue(consultation_id=consultation_id, user=user, kind=kind, lang=lang)
