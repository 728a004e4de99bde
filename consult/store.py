"""The low-level writes that services and the AI share: the next message under the row lock, or
in one statement that checks and writes (append_where), urgency changes, and the events they
announce (sent on commit)."""

from __future__ import annotations

import uuid

import psycopg
from django.db import connection, transaction
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone

from records.models import Patient, Practitioner, User

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


_CONSULTATION_FIELDS = Consultation._meta.concrete_fields
_C = Consultation._meta.db_table
_M = Message._meta.db_table
_APPEND_SQL = f"""
WITH c AS (
    UPDATE {_C} AS c SET last_seq = c.last_seq + 1, last_message_at = %s
    WHERE c.id = %s AND ({{where}}) AND NOT EXISTS (
        SELECT 1 FROM {_M} d WHERE d.consultation_id = c.id AND d.client_id = %s
    )
    RETURNING {", ".join(f"c.{f.column}" for f in _CONSULTATION_FIELDS)}
), m AS (
    INSERT INTO {_M}
        (consultation_id, seq, sender, author_id, body, client_id, created_at, attachment_id)
    SELECT c.id, c.last_seq, %s, %s, %s, %s, %s, %s FROM c
    RETURNING id
)
SELECT m.id, p.user_id, w.user_id, {{recent}},
    {", ".join(f"c.{f.column}" for f in _CONSULTATION_FIELDS)}
FROM m CROSS JOIN c
JOIN {Patient._meta.db_table} p ON p.id = c.patient_id
LEFT JOIN {Practitioner._meta.db_table} w ON w.id = c.clinician_id
"""


# The patient's latest earlier messages, newest first (the statement's snapshot does not see the
# rows it inserts): the red-flag screen after a patient message reads them from here, not with a
# second query (consult/ai/screening.py).
RECENT_PATIENT_MESSAGES = 5
_RECENT_SQL = f"""ARRAY(
    SELECT r.body FROM {_M} r
    WHERE r.consultation_id = c.id AND r.sender = '{Message.Sender.PATIENT.value}'
    ORDER BY r.seq DESC LIMIT {RECENT_PATIENT_MESSAGES}
)"""


def _statement(template: str, where: str, sender: str) -> str:
    recent = _RECENT_SQL if sender == Message.Sender.PATIENT else "NULL"
    return template.replace("{where}", where).replace("{recent}", recent)


def _keep_recent(consultation: Consultation, earlier: list[str] | None, bodies: list[str]) -> None:
    """`consultation.recent_patient_texts`: the patient's latest messages, oldest first, these
    included, all of them when several were stored at once (set only when patient messages
    were stored)."""
    if earlier is not None:
        texts = [*reversed(earlier), *bodies]
        consultation.recent_patient_texts = texts[-(RECENT_PATIENT_MESSAGES - 1 + len(bodies)):]


def _prepared_cursor():
    """A cursor whose statements PostgreSQL plans once per connection: the chat's one statement
    per message was planned on every send (0.3 ms of its ~1 ms), as Django's client-side
    binding sends values inline. Each pooled connection keeps its prepared statements."""
    connection.ensure_connection()
    cursor = _PreparingCursor(connection.connection)
    if connection.queries_logged:
        return connection.make_debug_cursor(cursor)
    return connection.make_cursor(cursor)


class _PreparingCursor(psycopg.Cursor):
    """Server-side binding, and prepared at once (Django turns psycopg's auto-prepare off)."""

    def execute(self, query, params=None, *, prepare=None, binary=None):  # noqa: ANN001
        return super().execute(query, params, prepare=True, binary=binary)


def append_where(
    consultation_id: int,
    *,
    where: tuple[str, list],
    sender: str,
    body: str,
    author: User | None,
    client_id: uuid.UUID | None = None,
    attachment=None,
) -> tuple[Consultation, Message] | None:
    """One statement: store the next message when the consultation row matches `where` (SQL
    conditions on the row `c`, e.g. selectors.consultation_writable_sql) and no message has
    `client_id` yet; None otherwise (the caller finds out why on its slow path).

    The UPDATE of last_seq locks the row, so concurrent sends take seq one after another: a send
    that waited re-reads the row as the other one committed it (gap-free). A concurrent send of
    the same client_id may pass the check and then fails on the unique constraint, undoing the
    whole statement (IntegrityError; the caller returns the stored message).

    Returns the row as updated (with its patient's and clinician's user ids, so the hooks read
    neither again) and the message. The frame is sent on commit, as `append` does."""
    sql, params = where
    now = timezone.now()
    author_id = author.pk if author is not None else None
    attachment_id = attachment.pk if attachment is not None else None
    with _prepared_cursor() as cursor:
        cursor.execute(
            _statement(_APPEND_SQL, sql, sender),
            [now, consultation_id, *params, client_id,
             sender, author_id, body, client_id, now, attachment_id],
        )
        row = cursor.fetchone()
    if row is None:
        return None
    message_id, patient_user_id, clinician_user_id, earlier, *values = row
    consultation = _written_row(values, patient_user_id, clinician_user_id)
    _keep_recent(consultation, earlier, [body])
    message = _message(consultation, message_id, consultation.last_seq, sender, author, body,
                       client_id, now, attachment)
    events.send_on_commit(events.consult_group(consultation.pk), events.message_frame(message))
    return consultation, message


_APPEND_MANY_SQL = f"""
WITH c AS (
    UPDATE {_C} AS c SET last_seq = c.last_seq + %s, last_message_at = %s
    WHERE c.id = %s AND ({{where}}) AND NOT EXISTS (
        SELECT 1 FROM {_M} d WHERE d.consultation_id = c.id AND d.client_id = ANY(%s::uuid[])
    )
    RETURNING {", ".join(f"c.{f.column}" for f in _CONSULTATION_FIELDS)}
), m AS (
    INSERT INTO {_M} (consultation_id, seq, sender, author_id, body, client_id, created_at)
    SELECT c.id, c.last_seq - %s + v.n, %s, %s, v.body, v.client_id, %s
    FROM c CROSS JOIN unnest(%s::text[], %s::uuid[]) WITH ORDINALITY AS v(body, client_id, n)
    RETURNING id, seq
)
SELECT (SELECT array_agg(m.id ORDER BY m.seq) FROM m), p.user_id, w.user_id, {{recent}},
    {", ".join(f"c.{f.column}" for f in _CONSULTATION_FIELDS)}
FROM c
JOIN {Patient._meta.db_table} p ON p.id = c.patient_id
LEFT JOIN {Practitioner._meta.db_table} w ON w.id = c.clinician_id
"""


def append_many_where(
    consultation_id: int,
    *,
    where: tuple[str, list],
    sender: str,
    author: User,
    items: list[tuple[str, uuid.UUID | None]],
) -> tuple[Consultation, list[Message]] | None:
    """`append_where` for several (body, client_id) of one author at once, in this order, with
    consecutive seq: one statement and one commit for what one socket sent meanwhile. The
    client_ids must differ from each other; None when any is stored already (or `where` fails).
    The frames go to the room as one group message (events.send_frames_on_commit)."""
    sql, params = where
    now = timezone.now()
    n = len(items)
    bodies = [body for body, _ in items]
    client_ids = [str(client_id) if client_id else None for _, client_id in items]
    with _prepared_cursor() as cursor:
        cursor.execute(
            _statement(_APPEND_MANY_SQL, sql, sender),
            [n, now, consultation_id, *params, [c for c in client_ids if c],
             n, sender, author.pk, now, bodies, client_ids],
        )
        row = cursor.fetchone()
    if row is None:
        return None
    message_ids, patient_user_id, clinician_user_id, earlier, *values = row
    consultation = _written_row(values, patient_user_id, clinician_user_id)
    _keep_recent(consultation, earlier, bodies)
    first = consultation.last_seq - n + 1
    messages = [
        _message(consultation, message_id, first + k, sender, author, body, client_id, now, None)
        for k, (message_id, (body, client_id)) in enumerate(zip(message_ids, items, strict=True))
    ]
    events.send_frames_on_commit(
        events.consult_group(consultation.pk), [events.message_frame(m) for m in messages]
    )
    return consultation, messages


def _written_row(values: list, patient_user_id: int, clinician_user_id: int | None) -> Consultation:
    """The consultation as the statement returned it, with its patient's and clinician's user
    ids (deferred instances: any other field is read when first used)."""
    values = [
        f.from_db_value(v, None, connection) if hasattr(f, "from_db_value") else v
        for f, v in zip(_CONSULTATION_FIELDS, values, strict=True)
    ]
    consultation = Consultation.from_db(connection.alias, None, values)
    consultation.patient = Patient.from_db(
        connection.alias, ["id", "user_id"], [consultation.patient_id, patient_user_id]
    )
    if consultation.clinician_id is not None:
        consultation.clinician = Practitioner.from_db(
            connection.alias, ["id", "user_id"], [consultation.clinician_id, clinician_user_id]
        )
    return consultation


def _message(consultation, pk, seq, sender, author, body, client_id, now, attachment) -> Message:
    message = Message(
        pk=pk,
        consultation=consultation,
        seq=seq,
        sender=sender,
        author=author,
        body=body,
        client_id=client_id,
        created_at=now,
        attachment=attachment,
    )
    message._state.adding = False
    message._state.db = connection.alias
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
