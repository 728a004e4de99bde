"""Reads of consultations and the rules `consult/access.py` applies (callers ask access.py)."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from records.models import Patient, Practitioner, User

from .events import assessment_summary, red_flag_labels
from .models import Consultation, Message

ACTIVE = (Consultation.Status.WAITING, Consultation.Status.IN_PROGRESS)


def consultation_visible_q(user: User) -> Q:
    """Patients see their own; clinicians see waiting ones and those assigned to them."""
    if user.role == User.Role.PATIENT:
        return Q(patient__user_id=user.pk)
    if user.role == User.Role.CLINICIAN:
        return Q(status=Consultation.Status.WAITING) | Q(clinician__user_id=user.pk)
    if user.role == User.Role.ADMIN:
        return Q()
    return Q(pk__in=[])


def user_can_write(*, user: User, consultation: Consultation) -> bool:
    """Only the patient and the assigned clinician write, and only while it is open."""
    if consultation.status == Consultation.Status.CLOSED:
        return False
    if user.role == User.Role.PATIENT:
        return consultation.patient.user_id == user.pk
    if user.role == User.Role.CLINICIAN:
        return consultation.clinician is not None and consultation.clinician.user_id == user.pk
    return False


def consultation_writable_sql(user: User, alias: str = "c") -> tuple[str, list]:
    """`user_can_write` as SQL conditions on the consultation row `alias`, for the one statement
    that stores a message (consult/store.py append_where): open, and the user is its patient or
    its assigned clinician (both imply `consultation_visible_q`)."""
    if user.role == User.Role.PATIENT:
        table, column = Patient._meta.db_table, "patient_id"
    elif user.role == User.Role.CLINICIAN:
        table, column = Practitioner._meta.db_table, "clinician_id"
    else:
        return "FALSE", []
    sql = (
        f"{alias}.status <> %s AND EXISTS "
        f"(SELECT 1 FROM {table} w WHERE w.id = {alias}.{column} AND w.user_id = %s)"
    )
    return sql, [Consultation.Status.CLOSED, user.pk]


def user_is_assigned_clinician(*, user: User, consultation: Consultation) -> bool:
    return (
        user.role == User.Role.CLINICIAN
        and consultation.clinician is not None
        and consultation.clinician.user_id == user.pk
    )


def consultations_of_patient(*, user: User) -> QuerySet[Consultation]:
    return Consultation.objects.filter(patient__user_id=user.pk).select_related("clinician")


def dashboard_queue(*, user: User) -> QuerySet[Consultation]:
    """Waiting and active consultations by urgency, then longest waiting first."""
    return (
        Consultation.objects.filter(status__in=ACTIVE)
        .filter(consultation_visible_q(user))
        .select_related("patient", "clinician")
        .order_by("urgency_rank", "created_at")
    )


def messages_after(*, consultation_id: int, after_seq: int, limit: int = 500) -> list[Message]:
    return list(
        Message.objects.filter(consultation_id=consultation_id, seq__gt=after_seq)
        .select_related("attachment")  # each frame carries its attachment: no query per message
        .order_by("seq")[:limit]
    )


def queue_item(consultation: Consultation) -> dict:
    """What the dashboard shows for one consultation (no message bodies)."""
    patient = consultation.patient
    return {
        "id": consultation.pk,
        "patient": patient.full_name,
        "patient_id": patient.pk,
        "age": patient.age_years,
        "sex": patient.sex,
        "status": consultation.status,
        "status_label": str(consultation.get_status_display()),
        "urgency": consultation.urgency,
        "urgency_label": str(consultation.get_urgency_display()),
        "chief_complaint": consultation.chief_complaint,
        "red_flags": red_flag_labels(consultation.red_flags),
        "summary": assessment_summary(consultation),
        "clinician": consultation.clinician.full_name if consultation.clinician else None,
        "clinician_user_id": consultation.clinician.user_id if consultation.clinician else None,
        "created": consultation.created_at.isoformat(),
        "last_message": (
            consultation.last_message_at.isoformat() if consultation.last_message_at else None
        ),
        "message_count": consultation.last_seq,
    }


def queue_position(consultation: Consultation) -> int | None:
    """1 for the next consultation a clinician would pick up; None once picked up."""
    if consultation.status != Consultation.Status.WAITING:
        return None
    ahead = Consultation.objects.filter(status=Consultation.Status.WAITING).filter(
        Q(urgency_rank__lt=consultation.urgency_rank)
        | Q(urgency_rank=consultation.urgency_rank, created_at__lt=consultation.created_at)
    )
    return ahead.count() + 1


def has_triage_state(consultation: Consultation) -> bool:
    """Whether screening or the interview has said anything about urgency yet."""
    return bool(consultation.triage or consultation.red_flags or consultation.ai_summary) or (
        consultation.urgency != "routine"
    )
