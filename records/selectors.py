"""Reads of the EMR (who may read what is decided in records/access.py)."""

from __future__ import annotations

from django.db.models import QuerySet

from .models import ClinicalReport, Encounter, Patient, Practitioner, User


def patient_record(*, patient: Patient, include_drafts: bool) -> dict[str, QuerySet]:
    reports = ClinicalReport.objects.filter(patient=patient).select_related("signer")
    if not include_drafts:
        reports = reports.exclude(status=ClinicalReport.Status.DRAFT)
    return {
        "encounters": patient.encounters.select_related("practitioner"),
        "conditions": patient.conditions.select_related("asserter"),
        "observations": patient.observations.all(),
        "allergies": patient.allergies.all(),
        "medications": patient.medications.all(),
        "reports": reports,
    }


def user_is_clinician(user: User) -> bool:
    return user.is_authenticated and user.role == User.Role.CLINICIAN


def report_versions(*, report: ClinicalReport) -> list[ClinicalReport]:
    """Every signed version of the report's encounter, newest first (drafts excluded)."""
    return list(
        ClinicalReport.objects.filter(encounter_id=report.encounter_id)
        .exclude(status=ClinicalReport.Status.DRAFT)
        .select_related("signer")
        .order_by("-version")
    )


def patient_encounters(*, patient_id: int) -> QuerySet[Encounter]:
    return Encounter.objects.filter(patient_id=patient_id).order_by("-period_start")


def patient_everything(*, patient: Patient) -> dict[str, QuerySet]:
    """Everything exported for the patient (FHIR $everything); only signed/amended reports."""
    signed = (ClinicalReport.Status.SIGNED, ClinicalReport.Status.AMENDED)
    return {
        "encounters": patient.encounters.select_related("practitioner").order_by("period_start"),
        "conditions": patient.conditions.select_related("asserter").order_by("recorded_at"),
        "observations": patient.observations.select_related("performer").order_by("effective_at"),
        "allergies": patient.allergies.select_related("recorded_by").order_by("recorded_at"),
        "medications": patient.medications.select_related("recorded_by").order_by("recorded_at"),
        "reports": patient.reports.filter(status__in=signed)
        .select_related("signer", "replaces")
        .order_by("encounter_id", "version"),
    }


def practitioners_by_user(*, user_ids: set[int]) -> dict[int, Practitioner]:
    return {p.user_id: p for p in Practitioner.objects.filter(user_id__in=user_ids)}


def signed_report_of_encounter(*, encounter_id: int) -> ClinicalReport | None:
    """The encounter's current signed report (the latest amendment), or None."""
    return (
        ClinicalReport.objects.filter(
            encounter_id=encounter_id, status=ClinicalReport.Status.SIGNED
        )
        .select_related("signer")
        .order_by("-version")
        .first()
    )


def room_id_of_encounter(*, encounter_id: int) -> int | None:
    """The consultation (chat room) an encounter belongs to, read through the reverse relation
    so that the EMR imports nothing from the consult app."""
    return (
        Encounter.objects.filter(pk=encounter_id)
        .values_list("consultation__id", flat=True)
        .first()
    )


def room_is_open(*, encounter_id: int) -> bool:
    """Whether the encounter's consultation is still open (its clinician may write a last
    message and close it)."""
    return Encounter.objects.filter(
        pk=encounter_id, consultation__status__in=("waiting", "in_progress")
    ).exists()
