"""Follow-up care: a patient starts a consultation that follows a closed one; reads of what a
follow-up shows (the plan of signed reports, the earlier report beside the chat, the patient's
history in the clinician's room)."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from records.models import ClinicalReport, Patient, User
from records.services import audit_reads

from . import services
from .access import AccessDenied
from .errors import ConsultError
from .models import Consultation

HISTORY_LIMIT = 20


def consultation_follow_up_start(
    *, previous_id: int, user: User, complaint: str = "", lang: str = "en"
) -> Consultation:
    """Start a consultation for the same patient, linked to `previous_id`. Only that patient,
    and only once the earlier consultation is closed; while a follow-up of it is still open,
    that one is returned (a second click opens the same room)."""
    if not getattr(user, "is_patient", False) or not user.is_active:
        raise AccessDenied("forbidden", _("Only the patient can start a follow-up."))
    previous = (
        Consultation.objects.filter(pk=previous_id, patient__user_id=user.pk)
        .select_related("patient")
        .first()
    )
    if previous is None:
        raise AccessDenied("not_found", _("No such consultation."))
    if previous.status != Consultation.Status.CLOSED:
        raise ConsultError(
            "not_closed", _("A follow-up can be started once this consultation is closed.")
        )
    with transaction.atomic():
        # The earlier row's lock serialises starts: a double submit opens one follow-up.
        Consultation.objects.select_for_update().filter(pk=previous.pk).first()
        open_one = (
            previous.follow_ups.exclude(status=Consultation.Status.CLOSED)
            .order_by("-created_at")
            .first()
        )
        if open_one is not None:
            return open_one
        consultation = services.consultation_start(
            patient=previous.patient, chief_complaint=complaint, lang=lang
        )
        Consultation.objects.filter(pk=consultation.pk).update(follow_up_of=previous)
        consultation.follow_up_of = previous
    return consultation


def current_signed_report(*, encounter_id: int) -> ClinicalReport | None:
    """The signed version in force of an encounter's report (amended ones are replaced)."""
    return (
        ClinicalReport.objects.filter(
            encounter_id=encounter_id, status=ClinicalReport.Status.SIGNED
        )
        .select_related("signer")
        .order_by("-version")
        .first()
    )


def follow_up_plans(*, patient: Patient) -> dict:
    """`plans`: the follow-up instructions and dates of the patient's signed reports, newest
    first, each with its consultation and the follow-ups already started; `closed`: their other
    closed consultations (a follow-up can be started of any of them)."""
    reports = (
        ClinicalReport.objects.filter(patient=patient, status=ClinicalReport.Status.SIGNED)
        .select_related("signer")
        .order_by("-signed_at")
    )
    with_plan = [
        r for r in reports if r.follow_up_instructions.strip() or r.follow_up_date is not None
    ]
    closed = list(
        Consultation.objects.filter(patient=patient, status=Consultation.Status.CLOSED)
        .prefetch_related("follow_ups")
        .order_by("-created_at")[:HISTORY_LIMIT]
    )
    by_encounter = {c.encounter_id: c for c in closed}
    missing = [r.encounter_id for r in with_plan if r.encounter_id not in by_encounter]
    by_encounter.update(
        {
            c.encounter_id: c
            for c in Consultation.objects.filter(encounter_id__in=missing).prefetch_related(
                "follow_ups"
            )
        }
    )
    plans = []
    for report in with_plan:
        consultation = by_encounter.get(report.encounter_id)
        started = list(consultation.follow_ups.all()) if consultation else []
        plans.append(
            {
                "report": report,
                "consultation": consultation,
                "follow_ups": started,
                "open_follow_up": next(
                    (f for f in started if f.status != Consultation.Status.CLOSED), None
                ),
                "can_start": consultation is not None
                and consultation.status == Consultation.Status.CLOSED,
            }
        )
    planned = {r.encounter_id for r in with_plan}
    return {"plans": plans, "closed": [c for c in closed if c.encounter_id not in planned]}


def patient_history(*, consultation: Consultation) -> dict:
    """For the clinician's room: the patient's other consultations and signed reports, and for
    a follow-up the earlier consultation's signed report (read by the caller, who audits)."""
    others = list(
        Consultation.objects.filter(patient_id=consultation.patient_id)
        .exclude(pk=consultation.pk)
        .select_related("clinician")
        .order_by("-created_at")[:HISTORY_LIMIT]
    )
    reports = list(
        ClinicalReport.objects.filter(
            patient_id=consultation.patient_id, status=ClinicalReport.Status.SIGNED
        )
        .select_related("signer")
        .order_by("-signed_at")[:HISTORY_LIMIT]
    )
    earlier = None
    if consultation.follow_up_of_id is not None:
        previous = Consultation.objects.filter(pk=consultation.follow_up_of_id).first()
        if previous is not None:
            earlier = {
                "consultation": previous,
                "report": current_signed_report(encounter_id=previous.encounter_id),
            }
    return {"consultations": others, "reports": reports, "earlier": earlier}


def room_history_read(*, user: User, consultation: Consultation, ip: str | None = None):
    """patient_history for a clinician's room, each consultation and report shown audited as
    read; None for anyone else."""
    if user.role != User.Role.CLINICIAN or not user.is_active:
        return None
    history = patient_history(consultation=consultation)
    patient_id = consultation.patient_id
    audit_reads(
        actor=user,
        entity="Consultation",
        rows=[(c.pk, patient_id) for c in history["consultations"]],
        ip=ip,
        detail=f"room history of consultation {consultation.pk}",
    )
    reports = list(history["reports"])
    if history["earlier"] and history["earlier"]["report"] is not None:
        earlier = history["earlier"]["report"]
        reports = [r for r in reports if r.pk != earlier.pk] + [earlier]
    audit_reads(
        actor=user,
        entity="ClinicalReport",
        rows=[(r.pk, patient_id) for r in reports],
        ip=ip,
        detail=f"room history of consultation {consultation.pk}",
    )
    return history
