"""EMR models shaped after FHIR R4 resources so that export maps one-to-one."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ImmutableRecordError(ValueError):
    """A write to clinical data that is kept forever (signed reports, messages, audit rows)."""


class AppendOnlyQuerySet(models.QuerySet):
    """Bulk updates and deletes refused: rows of this model are written once."""

    def update(self, **kwargs):
        raise ImmutableRecordError(f"{self.model.__name__} rows are append-only")

    def delete(self):
        raise ImmutableRecordError(f"{self.model.__name__} rows are append-only")


class AppendOnlyModel(models.Model):
    """A model whose rows can be added but never changed or deleted (also by a DB trigger)."""

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding or (self.pk is not None and not kwargs.get("force_insert")):
            raise ImmutableRecordError(f"{type(self).__name__} rows are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ImmutableRecordError(f"{type(self).__name__} rows are append-only")


icd10_validator = RegexValidator(
    r"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$", _("Enter a valid ICD-10 code, e.g. J06.9.")
)


class User(AbstractUser):
    """A login; exactly one role."""

    class Role(models.TextChoices):
        PATIENT = "patient", _("Patient")
        CLINICIAN = "clinician", _("Clinician")
        ADMIN = "admin", _("Administrator")

    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.PATIENT)
    # the interface language last chosen or used at login: emails are written in it
    language = models.CharField(_("language"), max_length=8, blank=True)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(
                condition=Q(role__in=["patient", "clinician", "admin"]), name="user_role_valid"
            )
        ]

    @property
    def is_patient(self) -> bool:
        return self.role == self.Role.PATIENT

    @property
    def is_clinician(self) -> bool:
        return self.role == self.Role.CLINICIAN

    def __str__(self) -> str:
        return f"{self.username} ({self.get_role_display()})"


class Patient(models.Model):
    """FHIR Patient: demographics."""

    class Sex(models.TextChoices):
        FEMALE = "female", _("Female")
        MALE = "male", _("Male")
        OTHER = "other", _("Other")
        UNKNOWN = "unknown", _("Prefer not to say")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="patient"
    )
    full_name = models.CharField(_("full name"), max_length=200)
    birth_date = models.DateField(_("date of birth"))
    sex = models.CharField(_("sex"), max_length=16, choices=Sex.choices)
    phone = models.CharField(_("phone"), max_length=32)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("patient")
        verbose_name_plural = _("patients")
        indexes = [models.Index(fields=["full_name"])]

    def __str__(self) -> str:
        return self.full_name

    @property
    def age_years(self) -> int:
        today = timezone.localdate()
        born = self.birth_date
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class Practitioner(models.Model):
    """FHIR Practitioner: a clinician who can take consultations and sign reports."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="practitioner"
    )
    full_name = models.CharField(_("full name"), max_length=200)
    qualification = models.CharField(_("qualification"), max_length=200, blank=True)
    license_number = models.CharField(_("license number"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("practitioner")
        verbose_name_plural = _("practitioners")

    def __str__(self) -> str:
        return self.full_name


class Encounter(models.Model):
    """FHIR Encounter: one per consultation (virtual class)."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in-progress", _("In progress")
        FINISHED = "finished", _("Finished")
        CANCELLED = "cancelled", _("Cancelled")

    patient = models.ForeignKey(Patient, on_delete=models.PROTECT, related_name="encounters")
    practitioner = models.ForeignKey(
        Practitioner, on_delete=models.PROTECT, null=True, blank=True, related_name="encounters"
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PLANNED
    )
    encounter_class = models.CharField(_("class"), max_length=16, default="VR")
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    period_start = models.DateTimeField(_("start"), default=timezone.now)
    period_end = models.DateTimeField(_("end"), null=True, blank=True)

    class Meta:
        verbose_name = _("encounter")
        verbose_name_plural = _("encounters")
        ordering = ["-period_start"]
        indexes = [models.Index(fields=["patient", "-period_start"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__isnull=True) | Q(period_end__gte=models.F("period_start")),
                name="encounter_period_ordered",
            )
        ]

    def __str__(self) -> str:
        return f"{self.patient} · {self.period_start:%Y-%m-%d} · {self.get_status_display()}"


class Condition(models.Model):
    """FHIR Condition: a diagnosis with its ICD-10 code and who asserted it."""

    class ClinicalStatus(models.TextChoices):
        ACTIVE = "active", _("Active")
        RECURRENCE = "recurrence", _("Recurrence")
        INACTIVE = "inactive", _("Inactive")
        RESOLVED = "resolved", _("Resolved")

    class Verification(models.TextChoices):
        PROVISIONAL = "provisional", _("Provisional")
        DIFFERENTIAL = "differential", _("Differential")
        CONFIRMED = "confirmed", _("Confirmed")
        REFUTED = "refuted", _("Refuted")
        ENTERED_IN_ERROR = "entered-in-error", _("Entered in error")

    patient = models.ForeignKey(Patient, on_delete=models.PROTECT, related_name="conditions")
    encounter = models.ForeignKey(
        Encounter, on_delete=models.PROTECT, null=True, blank=True, related_name="conditions"
    )
    icd10_code = models.CharField(_("ICD-10 code"), max_length=10, validators=[icd10_validator])
    display = models.CharField(_("diagnosis"), max_length=300)
    clinical_status = models.CharField(
        _("clinical status"), max_length=16, choices=ClinicalStatus.choices, default="active"
    )
    verification_status = models.CharField(
        _("verification"), max_length=20, choices=Verification.choices, default="provisional"
    )
    asserter = models.ForeignKey(
        Practitioner, on_delete=models.PROTECT, related_name="asserted_conditions"
    )
    note = models.TextField(_("note"), blank=True)
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)
    # Provenance when the condition came from an accepted AI suggestion.
    ai_job_id = models.BigIntegerField(_("AI job"), null=True, blank=True)
    ai_provenance = models.JSONField(_("AI provenance"), null=True, blank=True)

    class Meta:
        verbose_name = _("condition")
        verbose_name_plural = _("conditions")
        ordering = ["-recorded_at"]
        indexes = [
            models.Index(fields=["patient", "-recorded_at"]),
            models.Index(fields=["icd10_code"]),
        ]

    def __str__(self) -> str:
        return f"{self.icd10_code} {self.display}"


class Observation(models.Model):
    """FHIR Observation: a vital sign or measurement."""

    patient = models.ForeignKey(Patient, on_delete=models.PROTECT, related_name="observations")
    encounter = models.ForeignKey(
        Encounter, on_delete=models.PROTECT, null=True, blank=True, related_name="observations"
    )
    code = models.CharField(_("LOINC code"), max_length=20)
    display = models.CharField(_("name"), max_length=200)
    value = models.DecimalField(_("value"), max_digits=10, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=32)
    effective_at = models.DateTimeField(_("measured"), default=timezone.now)
    performer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("observation")
        verbose_name_plural = _("observations")
        ordering = ["-effective_at"]
        indexes = [models.Index(fields=["patient", "code", "-effective_at"])]

    def __str__(self) -> str:
        return f"{self.display}: {self.value} {self.unit}"


class AllergyIntolerance(models.Model):
    """FHIR AllergyIntolerance."""

    class Criticality(models.TextChoices):
        LOW = "low", _("Low")
        HIGH = "high", _("High")
        UNABLE = "unable-to-assess", _("Unable to assess")

    patient = models.ForeignKey(Patient, on_delete=models.PROTECT, related_name="allergies")
    substance = models.CharField(_("substance"), max_length=200)
    reaction = models.CharField(_("reaction"), max_length=300, blank=True)
    criticality = models.CharField(
        _("criticality"), max_length=20, choices=Criticality.choices, default="low"
    )
    clinical_status = models.CharField(_("clinical status"), max_length=16, default="active")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        verbose_name = _("allergy")
        verbose_name_plural = _("allergies")
        ordering = ["substance"]
        constraints = [
            models.UniqueConstraint(
                fields=["patient", "substance"], name="allergy_unique_substance"
            )
        ]

    def __str__(self) -> str:
        return self.substance


class MedicationStatement(models.Model):
    """FHIR MedicationStatement: what the patient takes."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        COMPLETED = "completed", _("Completed")
        STOPPED = "stopped", _("Stopped")
        ON_HOLD = "on-hold", _("On hold")

    patient = models.ForeignKey(Patient, on_delete=models.PROTECT, related_name="medications")
    medication = models.CharField(_("medication"), max_length=200)
    dosage = models.CharField(_("dosage"), max_length=200, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default="active")
    effective_start = models.DateField(_("since"), null=True, blank=True)
    effective_end = models.DateField(_("until"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        verbose_name = _("medication statement")
        verbose_name_plural = _("medication statements")
        ordering = ["-recorded_at"]
        indexes = [models.Index(fields=["patient", "status"])]

    def __str__(self) -> str:
        return f"{self.medication} {self.dosage}".strip()


class ReportQuerySet(models.QuerySet):
    """Bulk writes touch drafts only; a signed or amended report is never changed in bulk."""

    def _refuse_if_signed(self) -> None:
        if self.exclude(status=ClinicalReport.Status.DRAFT).exists():
            raise ImmutableRecordError("A signed clinical report is immutable; amend it instead")

    def update(self, **kwargs):
        self._refuse_if_signed()
        return super().update(**kwargs)

    def delete(self):
        self._refuse_if_signed()
        return super().delete()


class ClinicalReport(models.Model):
    """A SOAP consultation report (FHIR Composition); signed versions are immutable."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SIGNED = "signed", _("Signed")
        AMENDED = "amended", _("Amended")

    patient = models.ForeignKey(Patient, on_delete=models.PROTECT, related_name="reports")
    encounter = models.ForeignKey(Encounter, on_delete=models.PROTECT, related_name="reports")
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default="draft")
    subjective = models.TextField(_("subjective"), blank=True)
    objective = models.TextField(_("objective"), blank=True)
    assessment = models.TextField(_("assessment"), blank=True)
    plan = models.TextField(_("plan"), blank=True)
    follow_up_instructions = models.TextField(_("follow-up instructions"), blank=True)
    follow_up_date = models.DateField(_("follow-up date"), null=True, blank=True)
    safety_netting = models.TextField(_("if things get worse"), blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="authored_reports"
    )
    signer = models.ForeignKey(
        Practitioner, on_delete=models.PROTECT, null=True, blank=True, related_name="signed_reports"
    )
    signed_at = models.DateTimeField(_("signed"), null=True, blank=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    replaces = models.OneToOneField(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="replaced_by"
    )
    amendment_reason = models.CharField(_("reason for amendment"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Provenance of AI-drafted content.
    ai_generated = models.BooleanField(_("AI drafted"), default=False)
    ai_model = models.CharField(_("AI model"), max_length=200, blank=True)
    ai_job_id = models.BigIntegerField(_("AI job"), null=True, blank=True)
    ai_sources = models.JSONField(_("AI sources"), default=dict, blank=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("clinical report")
        verbose_name_plural = _("clinical reports")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["patient", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="draft")
                | (Q(signer__isnull=False) & Q(signed_at__isnull=False)),
                name="report_signed_has_signer",
            )
        ]

    def __str__(self) -> str:
        return f"{self.patient} · v{self.version} · {self.get_status_display()}"

    # A signed version keeps every column forever; only the status may move on
    # (signed -> amended when a new version replaces it). A database trigger enforces the same.
    MUTABLE_AFTER_SIGNING = ("status", "updated_at")
    ALLOWED_STATUS_MOVES = {"signed": {"signed", "amended"}, "amended": {"amended"}}

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None:
            frozen = self.frozen_fields()
            stored = type(self)._base_manager.filter(pk=self.pk).values("status", *frozen).first()
            if stored is not None and stored["status"] != self.Status.DRAFT:
                changed = [f for f in frozen if stored[f] != getattr(self, f)]
                if changed or self.status not in self.ALLOWED_STATUS_MOVES[stored["status"]]:
                    raise ImmutableRecordError(
                        "A signed clinical report is immutable; amend it instead"
                    )
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        stored = type(self)._base_manager.filter(pk=self.pk).values_list("status", flat=True)
        if any(status != self.Status.DRAFT for status in stored):
            raise ImmutableRecordError("A signed clinical report cannot be deleted")
        return super().delete(*args, **kwargs)

    @classmethod
    def frozen_fields(cls) -> list[str]:
        return [
            f.attname for f in cls._meta.concrete_fields if f.name not in cls.MUTABLE_AFTER_SIGNING
        ]


class AuditEvent(AppendOnlyModel):
    """Append-only record of every read and write of health data."""

    class Action(models.TextChoices):
        READ = "read", _("Read")
        CREATE = "create", _("Create")
        UPDATE = "update", _("Update")
        SIGN = "sign", _("Sign")
        EXPORT = "export", _("Export")
        AI = "ai", _("AI job")
        DENIED = "denied", _("Refused")

    at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    action = models.CharField(_("action"), max_length=16, choices=Action.choices)
    entity = models.CharField(_("entity"), max_length=64)
    entity_id = models.CharField(_("entity id"), max_length=64, blank=True)
    patient = models.ForeignKey(
        Patient, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    ip = models.GenericIPAddressField(_("from address"), null=True, blank=True)
    detail = models.CharField(_("detail"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-at"]
        indexes = [models.Index(fields=["patient", "-at"]), models.Index(fields=["actor", "-at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_id} {self.action} {self.entity}"
