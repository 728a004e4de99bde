"""Who may read and write the EMR: each function returns what was asked for or raises
AccessDenied, for every records view and service (Zulip's `access_stream_by_id` shape).

The EMR decides from its own rows: an encounter knows its practitioner (set when a clinician
picks up the consultation), so nothing here asks the consult app."""

from __future__ import annotations

from django.utils.translation import gettext as _

from .errors import AccessDenied
from .models import ClinicalReport, Encounter, Patient, Practitioner, User

# Encounters whose practitioner keeps write rights for the patient's record entries.
TREATING = (Encounter.Status.IN_PROGRESS, Encounter.Status.FINISHED)


def _not_found() -> AccessDenied:
    return AccessDenied("not_found", _("No such record."))


def _forbidden(detail: str) -> AccessDenied:
    return AccessDenied("forbidden", detail)


def can_read_patient(user: User, patient_id: int) -> bool:
    """The patient themself, clinicians and admins."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.role in (User.Role.CLINICIAN, User.Role.ADMIN):
        return True
    return Patient.objects.filter(pk=patient_id, user_id=user.pk).exists()


def patient_access(*, user: User, patient_id: int) -> Patient:
    """The patient whose record `user` may read."""
    if not can_read_patient(user, patient_id):
        raise _forbidden(_("You cannot see this record."))
    patient = Patient.objects.select_related("user").filter(pk=patient_id).first()
    if patient is None:
        raise _not_found()
    return patient


def report_access(*, user: User, report_id: int) -> ClinicalReport:
    """A report `user` may read: clinicians and admins every version, the patient signed and
    amended ones (never drafts)."""
    report = (
        ClinicalReport.objects.select_related(
            "patient", "signer", "encounter", "replaces", "replaced_by"
        )
        .filter(pk=report_id)
        .first()
    )
    if report is None:
        raise _not_found()
    if not can_read_patient(user, report.patient_id):
        raise _forbidden(_("You cannot see this report."))
    if user.role == User.Role.PATIENT and report.status == ClinicalReport.Status.DRAFT:
        raise _forbidden(_("This report is not signed yet."))
    return report


def practitioner_of(user: User) -> Practitioner:
    """The practitioner behind an active clinician login."""
    practitioner = None
    if user.is_authenticated and user.is_active and user.role == User.Role.CLINICIAN:
        practitioner = Practitioner.objects.filter(user_id=user.pk).first()
    if practitioner is None:
        raise _forbidden(_("Only clinicians can do this."))
    return practitioner


def entry_write(
    *, user: User, patient: Patient, encounter: Encounter | None = None
) -> Practitioner:
    """Vitals, allergies, medications and diagnoses: written only by the practitioner of the
    given encounter, or without one, of one of the patient's encounters (in progress or
    finished)."""
    practitioner = practitioner_of(user)
    encounters = Encounter.objects.filter(
        patient_id=patient.pk, practitioner=practitioner, status__in=TREATING
    )
    if encounter is not None:
        encounters = encounters.filter(pk=encounter.pk)
    if not encounters.exists():
        raise _forbidden(_("Only the clinician of this patient's consultation can write here."))
    return practitioner


def can_write_entries(user: User, patient: Patient) -> bool:
    try:
        entry_write(user=user, patient=patient)
    except AccessDenied:
        return False
    return True


def draft_create(*, user: User, encounter: Encounter) -> Practitioner:
    """A draft report is opened only for an encounter in progress with this practitioner."""
    practitioner = practitioner_of(user)
    if (
        encounter.practitioner_id != practitioner.pk
        or encounter.status != Encounter.Status.IN_PROGRESS
    ):
        raise _forbidden(
            _("Only the clinician of a consultation in progress can write its report.")
        )
    return practitioner


def draft_edit(*, user: User, report: ClinicalReport) -> Practitioner:
    """Authors edit their own drafts only."""
    practitioner = practitioner_of(user)
    if report.author_id != user.pk:
        raise _forbidden(_("Only the author can edit this draft."))
    return practitioner


def _encounter_practitioner_id(report: ClinicalReport) -> int | None:
    return (
        Encounter.objects.filter(pk=report.encounter_id).values_list("practitioner_id", flat=True)
    ).first()


def report_sign(*, practitioner: Practitioner, report: ClinicalReport) -> Practitioner:
    """A draft is signed only by the practitioner of its encounter."""
    practitioner_of(practitioner.user)
    encounter_practitioner = _encounter_practitioner_id(report)
    if encounter_practitioner != practitioner.pk:
        raise _forbidden(_("Only the clinician of this consultation can sign its report."))
    return practitioner


def report_amend(*, practitioner: Practitioner, report: ClinicalReport) -> Practitioner:
    """A signed report is amended by its signer or the practitioner of its encounter."""
    practitioner_of(practitioner.user)
    encounter_practitioner = _encounter_practitioner_id(report)
    if practitioner.pk not in (report.signer_id, encounter_practitioner):
        raise _forbidden(
            _("Only the signer or the clinician of this consultation can amend the report.")
        )
    return practitioner


def can_draft(user: User, encounter: Encounter) -> bool:
    try:
        draft_create(user=user, encounter=encounter)
    except AccessDenied:
        return False
    return True
