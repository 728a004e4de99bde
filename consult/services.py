"""Writes for consultations: start, post messages, pick up, close; events go out on commit."""

from __future__ import annotations

import uuid

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from records import services as records_services
from records.models import Patient, Practitioner, User

from . import events
from .models import URGENCY_RANK, Consultation, Message
from .selectors import message_frame


class ConsultError(Exception):
    """A refused action; `code` goes to the client."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


class Conflict(ConsultError):
    pass


ALLOWED_TRANSITIONS = {
    Consultation.Status.WAITING: {Consultation.Status.IN_PROGRESS, Consultation.Status.CLOSED},
    Consultation.Status.IN_PROGRESS: {Consultation.Status.CLOSED},
    Consultation.Status.CLOSED: set(),
}


def _check_transition(current: str, new: str) -> None:
    if new not in ALLOWED_TRANSITIONS[Consultation.Status(current)]:
        raise Conflict("invalid_transition", f"cannot go from {current} to {new}")


def announce_status(consultation: Consultation) -> None:
    """Tell the room that the consultation was picked up or closed."""
    events.send_on_commit(
        events.consult_group(consultation.pk),
        {
            "type": "consultation.status",
            "status": consultation.status,
            "status_label": str(consultation.get_status_display()),
            "clinician": consultation.clinician.full_name if consultation.clinician else None,
        },
    )


def announce_queue_change(consultation: Consultation) -> None:
    """Tell dashboards to refresh; the frame carries no health data, each client refetches
    the queue it is allowed to see."""
    events.send_on_commit(
        events.DASHBOARD_GROUP,
        {
            "type": "queue.changed",
            "consultation": consultation.pk,
            "status": consultation.status,
            "urgency": consultation.urgency,
        },
    )


@transaction.atomic
def consultation_start(
    *, patient: Patient, chief_complaint: str = "", lang: str = "en"
) -> Consultation:
    from . import assistant

    complaint = chief_complaint.strip()[:500]
    encounter = records_services.encounter_open(patient=patient, reason=complaint)
    consultation = Consultation.objects.create(
        patient=patient, encounter=encounter, chief_complaint=complaint
    )
    if complaint:
        message_post(consultation_id=consultation.pk, user=patient.user, body=complaint)
        consultation.refresh_from_db()
    else:
        assistant.greet(consultation_id=consultation.pk, lang=lang)
        consultation.refresh_from_db()
    announce_queue_change(consultation)
    return consultation


def _append(
    consultation: Consultation, *, sender: str, body: str, author: User | None, **extra
) -> Message:
    """Store the next message of a consultation whose row the caller has locked."""
    seq = consultation.last_seq + 1
    message = Message.objects.create(
        consultation=consultation, seq=seq, sender=sender, author=author, body=body, **extra
    )
    now = message.created_at
    Consultation.objects.filter(pk=consultation.pk).update(last_seq=seq, last_message_at=now)
    consultation.last_seq = seq
    consultation.last_message_at = now
    events.send_on_commit(events.consult_group(consultation.pk), message_frame(message))
    return message


def _lock(consultation_id: int) -> Consultation:
    return (
        Consultation.objects.select_for_update(of=("self",))
        .select_related("patient", "clinician")
        .get(pk=consultation_id)
    )


def message_post(
    *, consultation_id: int, user: User, body: str, client_id: uuid.UUID | None = None
) -> tuple[Message, bool]:
    """Store a patient or clinician message; returns (message, created). Idempotent on client_id."""
    with transaction.atomic():
        consultation = _lock(consultation_id)
        if client_id is not None:
            existing = Message.objects.filter(
                consultation_id=consultation_id, client_id=client_id
            ).first()
            if existing is not None:
                return existing, False
        if consultation.status == Consultation.Status.CLOSED:
            raise ConsultError("closed", _("This consultation is closed."))
        sender = Message.Sender.PATIENT if user.is_patient else Message.Sender.CLINICIAN
        message = _append(consultation, sender=sender, body=body, author=user, client_id=client_id)
        announce_queue_change(consultation)
        if sender == Message.Sender.PATIENT:
            from . import assistant

            transaction.on_commit(
                lambda: assistant.on_patient_message(
                    consultation_id=consultation_id, seq=message.seq
                )
            )
    return message, True


def message_post_system(
    *, consultation_id: int, body: str, sender: str = Message.Sender.SYSTEM, **extra
) -> Message:
    """Store a system or assistant message (no author)."""
    with transaction.atomic():
        consultation = _lock(consultation_id)
        return _append(consultation, sender=sender, body=body, author=None, **extra)


def consultation_set_urgency(
    *, consultation_id: int, urgency: str, red_flags: list[str] | None = None
) -> Consultation:
    with transaction.atomic():
        consultation = _lock(consultation_id)
        consultation.urgency = urgency
        consultation.urgency_rank = URGENCY_RANK[urgency]
        fields = ["urgency", "urgency_rank"]
        if red_flags is not None:
            consultation.red_flags = sorted(set(consultation.red_flags) | set(red_flags))
            fields.append("red_flags")
        consultation.save(update_fields=fields)
        announce_queue_change(consultation)
    return consultation


def consultation_pick(*, consultation_id: int, user: User) -> Consultation:
    """Assign a waiting consultation to this clinician; exactly one clinician can win."""
    practitioner = Practitioner.objects.get(user=user)
    with transaction.atomic():
        consultation = _lock(consultation_id)
        if consultation.clinician_id == practitioner.pk:
            return consultation
        if consultation.status != Consultation.Status.WAITING:
            raise Conflict("taken", _("Another clinician has already picked up this consultation."))
        _check_transition(consultation.status, Consultation.Status.IN_PROGRESS)
        consultation.status = Consultation.Status.IN_PROGRESS
        consultation.clinician = practitioner
        consultation.picked_at = timezone.now()
        consultation.save(update_fields=["status", "clinician", "picked_at"])
        records_services.encounter_start(
            encounter_id=consultation.encounter_id, practitioner=practitioner
        )
        _append(
            consultation,
            sender=Message.Sender.SYSTEM,
            body=_("%(name)s joined the consultation.") % {"name": practitioner.full_name},
            author=None,
        )
        announce_status(consultation)
        announce_queue_change(consultation)
    return consultation


def consultation_close(*, consultation_id: int, user: User) -> Consultation:
    with transaction.atomic():
        consultation = _lock(consultation_id)
        if consultation.clinician is None or consultation.clinician.user_id != user.pk:
            raise ConsultError("forbidden", _("Only the assigned clinician can close this."))
        _check_transition(consultation.status, Consultation.Status.CLOSED)
        consultation.status = Consultation.Status.CLOSED
        consultation.closed_at = timezone.now()
        consultation.save(update_fields=["status", "closed_at"])
        records_services.encounter_finish(encounter_id=consultation.encounter_id)
        _append(
            consultation,
            sender=Message.Sender.SYSTEM,
            body=_("The consultation was closed."),
            author=None,
        )
        announce_status(consultation)
        announce_queue_change(consultation)
    return consultation
