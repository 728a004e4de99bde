"""Reads of the EMR and the access rules that guard them."""

from __future__ import annotations

from django.db.models import QuerySet

from .models import ClinicalReport, Patient, User


def user_can_view_patient(user: User, patient_id: int) -> bool:
    """A patient sees only their own record; clinicians and admins see all."""
    if not user.is_authenticated:
        return False
    if user.role in (User.Role.CLINICIAN, User.Role.ADMIN):
        return True
    return Patient.objects.filter(pk=patient_id, user_id=user.pk).exists()


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
