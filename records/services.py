"""Writes to the EMR; other apps change records only through these functions."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from decimal import Decimal as D

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import access
from .errors import AccessDenied, RecordError  # noqa: F401 - re-exported for callers
from .models import (
    AllergyIntolerance,
    AuditEvent,
    ClinicalReport,
    Condition,
    Encounter,
    MedicationStatement,
    Observation,
    Patient,
    Practitioner,
    User,
    icd10_validator,
)
from .signals import report_signed
from .units import display_unit


@transaction.atomic
def patient_register(
    *,
    username: str,
    password: str,
    full_name: str,
    birth_date: dt.date,
    sex: str,
    phone: str,
    email: str = "",
) -> Patient:
    user = User(username=username, email=email, role=User.Role.PATIENT)
    validate_password(password, user)
    user.set_password(password)
    user.save()
    return Patient.objects.create(
        user=user, full_name=full_name, birth_date=birth_date, sex=sex, phone=phone
    )


@transaction.atomic
def practitioner_create(
    *, username: str, password: str, full_name: str, qualification: str = "", email: str = ""
) -> Practitioner:
    user = User(username=username, email=email, role=User.Role.CLINICIAN)
    validate_password(password, user)
    user.set_password(password)
    user.save()
    return Practitioner.objects.create(user=user, full_name=full_name, qualification=qualification)


def encounter_open(*, patient: Patient, reason: str = "") -> Encounter:
    return Encounter.objects.create(patient=patient, reason=reason[:500])


def encounter_start(*, encounter_id: int, practitioner: Practitioner) -> None:
    Encounter.objects.filter(pk=encounter_id).update(
        status=Encounter.Status.IN_PROGRESS, practitioner=practitioner
    )


def encounter_finish(*, encounter_id: int) -> None:
    Encounter.objects.filter(pk=encounter_id).exclude(status=Encounter.Status.FINISHED).update(
        status=Encounter.Status.FINISHED, period_end=timezone.now()
    )


def audit_record(
    *,
    actor: User | None,
    action: str,
    entity: str,
    entity_id: object = "",
    patient_id: int | None = None,
    ip: str | None = None,
    detail: str = "",
) -> AuditEvent:
    """Append one audit row; `detail` must never carry health data."""
    return AuditEvent.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        patient_id=patient_id,
        ip=ip,
        detail=detail[:300],
    )


DENIED = "denied"  # the audit action of a refused attempt


def audit_reads(
    *,
    actor: User,
    entity: str,
    rows: list[tuple[object, int | None]],
    ip: str | None = None,
    detail: str = "",
) -> None:
    """One read row per (entity_id, patient_id), e.g. for each patient on a queue page."""
    AuditEvent.objects.bulk_create(
        AuditEvent(
            actor=actor,
            action=AuditEvent.Action.READ,
            entity=entity,
            entity_id=str(entity_id),
            patient_id=patient_id,
            ip=ip,
            detail=detail[:300],
        )
        for entity_id, patient_id in rows
    )


def audit_refusal(
    *, actor: User | None, entity: str, entity_id: object = "", ip: str | None = None, detail=""
) -> AuditEvent:
    """A refused attempt (no patient is named: the row is about the actor, not the record)."""
    return audit_record(
        actor=actor, action=DENIED, entity=entity, entity_id=entity_id, ip=ip, detail=str(detail)
    )



# --- clinical reports ------------------------------------------------------------------------

REPORT_SECTIONS = ("subjective", "objective", "assessment", "plan")
# What the patient takes home besides the SOAP sections (shown when the consultation closes).
REPORT_FOLLOW_UP = ("follow_up_instructions", "follow_up_date", "safety_netting")
REPORT_FIELDS = REPORT_SECTIONS + REPORT_FOLLOW_UP


def _clean_sections(sections: dict) -> dict[str, object]:
    """The known report fields of `sections`, texts stripped; a follow-up date is a date or None."""
    unknown = set(sections) - set(REPORT_FIELDS)
    if unknown:
        raise RecordError("invalid", _("Unknown report sections: %s") % ", ".join(sorted(unknown)))
    values: dict[str, object] = {}
    for name in REPORT_FIELDS:
        if name not in sections:
            continue
        value = sections[name]
        if name == "follow_up_date":
            if value in (None, ""):
                values[name] = None
            elif isinstance(value, dt.date):
                values[name] = value
            else:
                try:
                    values[name] = dt.date.fromisoformat(str(value))
                except ValueError as exc:
                    raise RecordError("invalid", _("Enter a valid follow-up date.")) from exc
        else:
            values[name] = str(value or "").strip()
    return values


def _apply_ai(report: ClinicalReport, ai: dict) -> None:
    report.ai_generated = True
    report.ai_model = str(ai.get("model") or "")[:200]
    report.ai_job_id = ai.get("job_id")
    report.ai_sources = ai.get("sources") or {}


def _audit(obj, *, actor: User, action: str, ip: str | None, detail: str = "") -> None:
    """Audit a write to one patient-owned row (entity = its model name)."""
    audit_record(
        actor=actor,
        action=action,
        entity=type(obj).__name__,
        entity_id=obj.pk,
        patient_id=obj.patient_id,
        ip=ip,
        detail=detail,
    )


@transaction.atomic
def report_create_draft(
    *,
    encounter: Encounter,
    author: User,
    sections: dict,
    ai: dict | None = None,
    ip: str | None = None,
) -> ClinicalReport:
    """Open the encounter's draft report, or update the one already open (one per encounter).

    `ai` (optional) records provenance: {"model": str, "job_id": int, "sources": dict|list}.
    Refused with code "conflict" once the encounter has a signed report (amend that instead).
    """
    access.practitioner_of(author)
    encounter = Encounter.objects.select_for_update().get(pk=encounter.pk)
    values = _clean_sections(sections)
    reports = ClinicalReport.objects.select_for_update().filter(encounter=encounter)
    report = reports.filter(status=ClinicalReport.Status.DRAFT).first()
    if report is None and reports.exists():
        raise RecordError(
            "conflict", _("This encounter already has a signed report; amend it instead.")
        )
    access.draft_create(user=author, encounter=encounter)
    created = report is None
    if created:
        report = ClinicalReport(patient_id=encounter.patient_id, encounter=encounter, author=author)
    for name, text in values.items():
        setattr(report, name, text)
    if ai:
        _apply_ai(report, ai)
    report.save()
    _audit(
        report,
        actor=author,
        action=AuditEvent.Action.CREATE if created else AuditEvent.Action.UPDATE,
        ip=ip,
        detail="ai draft" if ai else "",
    )
    return report


@transaction.atomic
def report_update_draft(
    *, report_id: int, editor: User, sections: dict, ip: str | None = None
) -> ClinicalReport:
    """Change the sections of a draft; signed reports are refused (code "conflict")."""
    report = ClinicalReport.objects.select_for_update().get(pk=report_id)
    access.draft_edit(user=editor, report=report)
    if report.status != ClinicalReport.Status.DRAFT:
        raise RecordError("conflict", _("Only a draft can be edited; amend a signed report."))
    for name, text in _clean_sections(sections).items():
        setattr(report, name, text)
    report.save()
    _audit(report, actor=editor, action=AuditEvent.Action.UPDATE, ip=ip)
    return report


@transaction.atomic
def report_sign(
    *, report_id: int, practitioner: Practitioner, ip: str | None = None
) -> ClinicalReport:
    """Sign a draft (it becomes immutable) and confirm this practitioner's provisional
    diagnoses of its encounter. The consultation stays open: the clinician may still write a
    last message, and closing it finishes the encounter."""
    report = ClinicalReport.objects.select_for_update().get(pk=report_id)
    access.report_sign(practitioner=practitioner, report=report)
    if report.status != ClinicalReport.Status.DRAFT:
        raise RecordError("conflict", _("This report is already signed."))
    if not any(getattr(report, name).strip() for name in REPORT_SECTIONS):
        raise RecordError("invalid", _("An empty report cannot be signed."))
    report.status = ClinicalReport.Status.SIGNED
    report.signer = practitioner
    report.signed_at = timezone.now()
    report.save()
    report_signed.send(
        sender=ClinicalReport,
        encounter_id=report.encounter_id,
        practitioner=practitioner,
        report_id=report.pk,
    )
    Condition.objects.filter(
        encounter_id=report.encounter_id,
        asserter=practitioner,
        verification_status=Condition.Verification.PROVISIONAL,
    ).update(verification_status=Condition.Verification.CONFIRMED)
    _audit(report, actor=practitioner.user, action=AuditEvent.Action.SIGN, ip=ip)
    return report


@transaction.atomic
def report_save_and_sign(
    *, report_id: int, practitioner: Practitioner, sections: dict, ip: str | None = None
) -> ClinicalReport:
    """Save the edited sections of a draft and sign it, in one transaction: either both
    happen or neither (the edits are then still in the caller's form)."""
    report_update_draft(report_id=report_id, editor=practitioner.user, sections=sections, ip=ip)
    return report_sign(report_id=report_id, practitioner=practitioner, ip=ip)


@transaction.atomic
def report_amend(
    *,
    report_id: int,
    practitioner: Practitioner,
    sections: dict,
    reason: str,
    ip: str | None = None,
) -> ClinicalReport:
    """Sign a new version that replaces a signed report; the old one is kept, marked amended.

    `sections` may name only the sections that change; the others are carried over."""
    previous = ClinicalReport.objects.select_for_update().get(pk=report_id)
    access.report_amend(practitioner=practitioner, report=previous)
    reason = (reason or "").strip()
    if not reason:
        raise RecordError("invalid", _("Give the reason for the amendment."))
    if previous.status != ClinicalReport.Status.SIGNED:
        raise RecordError("conflict", _("Only the current signed version can be amended."))
    values = {name: getattr(previous, name) for name in REPORT_FIELDS}
    values.update(_clean_sections(sections))
    previous.status = ClinicalReport.Status.AMENDED
    previous.save(update_fields=["status", "updated_at"])
    report = ClinicalReport.objects.create(
        patient_id=previous.patient_id,
        encounter_id=previous.encounter_id,
        author=practitioner.user,
        status=ClinicalReport.Status.SIGNED,
        signer=practitioner,
        signed_at=timezone.now(),
        version=previous.version + 1,
        replaces=previous,
        amendment_reason=reason[:500],
        ai_generated=previous.ai_generated,
        ai_model=previous.ai_model,
        ai_job_id=previous.ai_job_id,
        ai_sources=previous.ai_sources,
        **values,
    )
    _audit(
        report,
        actor=practitioner.user,
        action=AuditEvent.Action.SIGN,
        ip=ip,
        detail=f"amends {previous.pk}",
    )
    return report


# --- vitals, allergies, medications, diagnoses -----------------------------------------------


@dataclasses.dataclass(frozen=True)
class VitalSign:
    code: str  # LOINC
    display: str  # stored (English, as in LOINC); shown translated via `label`
    label: str
    unit: str  # UCUM
    low: Decimal
    high: Decimal


VITAL_SIGNS: dict[str, VitalSign] = {
    v.code: v
    for v in (
        VitalSign("8867-4", "Heart rate", gettext_lazy("Heart rate"), "/min", D("20"), D("250")),
        VitalSign(
            "8480-6",
            "Systolic blood pressure",
            gettext_lazy("Systolic blood pressure"),
            "mm[Hg]",
            D("50"),
            D("260"),
        ),
        VitalSign(
            "8462-4",
            "Diastolic blood pressure",
            gettext_lazy("Diastolic blood pressure"),
            "mm[Hg]",
            D("20"),
            D("160"),
        ),
        VitalSign(
            "8310-5", "Body temperature", gettext_lazy("Body temperature"), "Cel", D("30"), D("45")
        ),
        VitalSign(
            "9279-1", "Respiratory rate", gettext_lazy("Respiratory rate"), "/min", D("4"), D("70")
        ),
        VitalSign(
            "59408-5",
            "Oxygen saturation by pulse oximetry",
            gettext_lazy("Oxygen saturation (SpO2)"),
            "%",
            D("50"),
            D("100"),
        ),
        VitalSign("29463-7", "Body weight", gettext_lazy("Body weight"), "kg", D("0.3"), D("400")),
        VitalSign("8302-2", "Body height", gettext_lazy("Body height"), "cm", D("20"), D("250")),
    )
}


def vital_check(*, code: str, value: Decimal) -> VitalSign:
    """The vital sign for `code`; ValidationError when unknown or outside a plausible range."""
    vital = VITAL_SIGNS.get(code)
    if vital is None:
        raise ValidationError(_("Choose one of the listed vital signs."), code="unknown_vital")
    if not vital.low <= value <= vital.high:
        raise ValidationError(
            _("%(name)s must be between %(low)s and %(high)s %(unit)s.")
            % {
                "name": vital.label,
                "low": vital.low,
                "high": vital.high,
                "unit": display_unit(vital.unit),
            },
            code="out_of_range",
        )
    return vital


def _check_encounter(patient: Patient, encounter: Encounter | None) -> None:
    if encounter is not None and encounter.patient_id != patient.pk:
        raise ValidationError(_("That encounter belongs to another patient."), code="encounter")


def _audit_entry(entry, *, actor: User, ip: str | None, updated: bool = False):
    """Audit one record entry (observation, allergy, medication, diagnosis); returns it."""
    action = AuditEvent.Action.UPDATE if updated else AuditEvent.Action.CREATE
    _audit(entry, actor=actor, action=action, ip=ip)
    return entry


def _save_entry(entry, *, actor: User, ip: str | None, updated: bool = False):
    """Validate, save and audit one record entry; returns it."""
    entry.full_clean()
    entry.save()
    return _audit_entry(entry, actor=actor, ip=ip, updated=updated)


@transaction.atomic
def observation_record(
    *,
    patient: Patient,
    performer: User,
    code: str,
    value: Decimal,
    encounter: Encounter | None = None,
    effective_at: dt.datetime | None = None,
    ip: str | None = None,
) -> Observation:
    """Record one vital sign (LOINC code and UCUM unit from VITAL_SIGNS, range-checked)."""
    access.practitioner_of(performer)
    vital = vital_check(code=code, value=Decimal(value))
    _check_encounter(patient, encounter)
    access.entry_write(user=performer, patient=patient, encounter=encounter)
    observation = Observation.objects.create(
        patient=patient,
        encounter=encounter,
        code=vital.code,
        display=vital.display,
        value=Decimal(value),
        unit=vital.unit,
        effective_at=effective_at or timezone.now(),
        performer=performer,
    )
    return _audit_entry(observation, actor=performer, ip=ip)


@transaction.atomic
def allergy_record(
    *,
    patient: Patient,
    recorded_by: User,
    substance: str,
    reaction: str = "",
    criticality: str = AllergyIntolerance.Criticality.LOW,
    ip: str | None = None,
) -> AllergyIntolerance:
    """Record an allergy; recording the same substance again updates it."""
    access.entry_write(user=recorded_by, patient=patient)
    substance = substance.strip()
    if not substance:
        raise ValidationError(_("Name the substance."), code="required")
    existing = AllergyIntolerance.objects.filter(
        patient=patient, substance__iexact=substance
    ).first()
    allergy = existing or AllergyIntolerance(patient=patient, substance=substance)
    allergy.reaction = reaction.strip()
    allergy.criticality = criticality
    allergy.clinical_status = "active"
    allergy.recorded_by = recorded_by
    allergy.recorded_at = timezone.now()
    return _save_entry(allergy, actor=recorded_by, ip=ip, updated=existing is not None)


@transaction.atomic
def medication_record(
    *,
    patient: Patient,
    recorded_by: User,
    medication: str,
    dosage: str = "",
    status: str = MedicationStatement.Status.ACTIVE,
    effective_start: dt.date | None = None,
    effective_end: dt.date | None = None,
    ip: str | None = None,
) -> MedicationStatement:
    """Record what the patient takes (a FHIR MedicationStatement)."""
    access.entry_write(user=recorded_by, patient=patient)
    if effective_start and effective_end and effective_end < effective_start:
        raise ValidationError(_("The end date is before the start date."), code="period")
    statement = MedicationStatement(
        patient=patient,
        medication=medication.strip(),
        dosage=dosage.strip(),
        status=status,
        effective_start=effective_start,
        effective_end=effective_end,
        recorded_by=recorded_by,
    )
    return _save_entry(statement, actor=recorded_by, ip=ip)


def icd10_normalise(code: str) -> str:
    """Upper-case and dot a code: "j069" -> "J06.9"."""
    plain = code.strip().upper().replace(".", "")
    return f"{plain[:3]}.{plain[3:]}" if len(plain) > 3 else plain


def icd10_check(code: str) -> str:
    """The dotted code, or ValidationError when it is not an ICD-10-CM code."""
    dotted = icd10_normalise(code)
    icd10_validator(dotted)
    icd = _icd_module()
    if icd is not None and not icd.is_valid(dotted):
        raise ValidationError(_("%(code)s is not an ICD-10-CM code.") % {"code": dotted})
    return dotted


def _icd_module():
    try:
        from consult.knowledge import icd
    except ImportError:  # the knowledge base is optional for the EMR
        return None
    return icd


@transaction.atomic
def condition_record(
    *,
    patient: Patient,
    asserter: Practitioner,
    icd10_code: str,
    display: str = "",
    encounter: Encounter | None = None,
    verification_status: str = Condition.Verification.PROVISIONAL,
    note: str = "",
    ai: dict | None = None,
    ip: str | None = None,
) -> Condition:
    """Record a diagnosis. `ai` (optional): {"job_id": int, ...provenance incl. "model"}."""
    access.practitioner_of(asserter.user)
    code = icd10_check(icd10_code)
    _check_encounter(patient, encounter)
    access.entry_write(user=asserter.user, patient=patient, encounter=encounter)
    display = display.strip()
    icd = _icd_module()
    if not display and icd is not None:
        display = icd.describe(code)
    condition = Condition(
        patient=patient,
        encounter=encounter,
        icd10_code=code,
        display=(display or code)[:300],
        verification_status=verification_status,
        asserter=asserter,
        note=note.strip(),
    )
    if ai:
        condition.ai_job_id = ai.get("job_id")
        condition.ai_provenance = ai
    return _save_entry(condition, actor=asserter.user, ip=ip)


def icd10_search(*, query: str, limit: int = 15) -> list[tuple[str, str]]:
    """(code, description) pairs for a clinician's search; empty without the knowledge base."""
    icd = _icd_module()
    return icd.search(query, limit) if icd is not None else []
