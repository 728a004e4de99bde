"""The low-level writes that services and the AI share: the next message under the row lock,
urgency changes, and the events they announce (sent on commit)."""

from __future__ import annotations

import uuid

from django.db import transaction
from django.db.models import OuterRef, Q, Subquery

from records.models import User

from . import events
from .models import URGENCY_RANK, Consultation, Message


def announce_status(consultation: Consultation) -> None:
    """Tell the room that the consultation was picked up or closed."""
    events.send_on_commit(events.consult_group(consultation.pk), events.status_frame(consultation))


def announce_queue_change(consultation: Consultation) -> None:
    """Tell dashboards to refresh: only for what a queue row shows (a new consultation, status,
    urgency, red flags, the assessment), never for a chat message; the frame's urgency lets a
    page show a new emergency at once."""
    events.send_on_commit(events.DASHBOARD_GROUP, events.queue_changed_frame(consultation))


def lock(consultation_id: int) -> Consultation:
    return (
        Consultation.objects.select_for_update(of=("self",))
        .select_related("patient", "clinician")
        .get(pk=consultation_id)
    )


def lock_for_post(
    consultation_id: int, *, where: Q | None = None, client_id: uuid.UUID | None = None
) -> Consultation | None:
    """One statement: lock the row (None unless it also matches `where`) and annotate
    `duplicate_id`, the message already stored under `client_id` as this statement saw it.

    A statement that waited for the lock still reads other tables as of its start, so a
    concurrent send of the same client_id can be missed here; the unique constraint catches it
    (message_post then returns the stored one)."""
    rows = Consultation.objects.select_for_update(of=("self",)).select_related(
        "patient", "clinician"
    )
    if where is not None:
        rows = rows.filter(where)
    if client_id is not None:
        rows = rows.annotate(
            duplicate_id=Subquery(
                Message.objects.filter(
                    consultation_id=OuterRef("pk"), client_id=client_id
                ).values("pk")[:1]
            )
        )
    consultation = rows.filter(pk=consultation_id).first()
    if consultation is not None and client_id is None:
        consultation.duplicate_id = None
    return consultation


def append(
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
    events.send_on_commit(events.consult_group(consultation.pk), events.message_frame(message))
    return message


def message_post_system(
    *, consultation_id: int, body: str, sender: str = Message.Sender.SYSTEM, **extra
) -> Message:
    """Store a system or assistant message (no author)."""
    with transaction.atomic():
        consultation = lock(consultation_id)
        return append(consultation, sender=sender, body=body, author=None, **extra)


def consultation_set_urgency(
    *, consultation_id: int, urgency: str, red_flags: list[str] | None = None
) -> Consultation:
    with transaction.atomic():
        consultation = lock(consultation_id)
        consultation.urgency = urgency
        consultation.urgency_rank = URGENCY_RANK[urgency]
        fields = ["urgency", "urgency_rank"]
        if red_flags is not None:
            consultation.red_flags = sorted(set(consultation.red_flags) | set(red_flags))
            fields.append("red_flags")
        consultation.save(update_fields=fields)
        announce_queue_change(consultation)
    return consultation
