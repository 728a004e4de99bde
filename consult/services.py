"""Writes for consultations: start, post messages, pick up, close; events go out on commit."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from records import selectors as records_selectors
from records import services as records_services
from records.models import Patient, Practitioner, User

from . import access, events
from .ai import clinician, interview
from .errors import Conflict, ConsultError
from .models import Consultation, Message
from .store import (
    announce_queue_change,
    announce_status,
    append,
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
) -> tuple[Message, bool]:
    """Store a patient or clinician message; returns (message, created). Idempotent on client_id.

    With `need` ("write"), the access rule is checked in the statement that locks the row and
    AccessDenied is raised unaudited (the caller audits after the rollback, access.audit_denied).
    """
    try:
        return _message_post(consultation_id, user, body, client_id, need)
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


def _message_post(consultation_id, user, body, client_id, need) -> tuple[Message, bool]:
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
        if sender == Message.Sender.PATIENT:
            # The locked row goes along: the assistant reads the consultation no second time.
            transaction.on_commit(
                lambda: interview.on_patient_message(
                    consultation_id=consultation_id, seq=message.seq, consultation=consultation
                )
            )
    return message, True


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
            body=_("%(name)s joined the consultation.") % {"name": practitioner.full_name},
            author=None,
        )
        announce_status(consultation)
        announce_queue_change(consultation)
    return consultation


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
            body = _("The consultation was closed.")
        else:
            body = _("The consultation was closed. The signed report: %(url)s") % {
                "url": reverse("records:report", args=[report.pk])
            }
        append(consultation, sender=Message.Sender.SYSTEM, body=body, author=None)
        announce_status(consultation)
        announce_queue_change(consultation)
    return consultation


def ai_tool_request(*, consultation_id: int, user: User, kind: str, lang: str = "en"):
    """A clinician asks for suggestions or a report draft, written in `lang` (their interface
    language); returns the (possibly reused) job."""
    return clinician.job_queue(consultation_id=consultation_id, user=user, kind=kind, lang=lang)
