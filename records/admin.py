"""Django admin for the EMR: health data views are audited; signed reports and the audit log
are read-only (the models and database triggers refuse changes too)."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from telemed.auth import client_ip
from telemed.twofactor.actions import reset_two_factor

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
)
from .services import audit_record


class AuditedReadsAdmin(admin.ModelAdmin):
    """Every list and change view writes read audit rows: one per patient on the page (or one
    for the view when none is shown), and one for a refused view. No search text is stored."""

    def audit_patient_id(self, obj) -> int | None:
        return getattr(obj, "patient_id", None)

    def _audit(self, request: HttpRequest, *, entity_id: object, patients, detail: str) -> None:
        for patient_id in sorted(set(patients)) or [None]:
            audit_record(
                actor=request.user,
                action="read",
                entity=self.model.__name__,
                entity_id=entity_id,
                patient_id=patient_id,
                ip=client_ip(request),
                detail=detail,
            )

    def changelist_view(self, request, extra_context=None):
        try:
            response = super().changelist_view(request, extra_context)
        except PermissionDenied:
            self._audit(request, entity_id="", patients=[], detail="admin list refused")
            raise
        changelist = getattr(response, "context_data", None) or {}
        rows = list(changelist["cl"].result_list) if "cl" in changelist else []
        patients = [p for p in map(self.audit_patient_id, rows) if p is not None]
        detail = f"admin list{' (search)' if request.GET.get('q') else ''}, {len(rows)} rows"
        self._audit(request, entity_id="", patients=patients, detail=detail)
        return response

    def change_view(self, request, object_id, form_url="", extra_context=None):
        try:
            response = super().change_view(request, object_id, form_url, extra_context)
        except PermissionDenied:
            self._audit(request, entity_id=object_id, patients=[], detail="admin view refused")
            raise
        obj = self.get_object(request, object_id)
        patient = self.audit_patient_id(obj) if obj is not None else None
        self._audit(
            request,
            entity_id=object_id,
            patients=[patient] if patient is not None else [],
            detail="admin view",
        )
        return response


class ReadOnlyAdmin(AuditedReadsAdmin):
    """Clinical data kept as written: visible to admins, never added, changed or deleted here."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "email", "role", "is_active", "is_staff", "last_login")
    list_filter = ("role", "is_active", "is_staff")
    fieldsets = BaseUserAdmin.fieldsets + ((_("Role"), {"fields": ("role",)}),)
    add_fieldsets = BaseUserAdmin.add_fieldsets + ((_("Role"), {"fields": ("role",)}),)
    actions = [reset_two_factor]


@admin.register(Patient)
class PatientAdmin(AuditedReadsAdmin):
    list_display = ("full_name", "birth_date", "sex", "phone", "user", "created_at")
    list_filter = ("sex",)
    search_fields = ("full_name", "phone", "user__username")
    raw_id_fields = ("user",)

    def audit_patient_id(self, obj) -> int | None:
        return obj.pk


@admin.register(Practitioner)
class PractitionerAdmin(admin.ModelAdmin):
    list_display = ("full_name", "qualification", "license_number", "user")
    search_fields = ("full_name", "license_number", "user__username")
    raw_id_fields = ("user",)


@admin.register(Encounter)
class EncounterAdmin(AuditedReadsAdmin):
    list_display = ("id", "patient", "practitioner", "status", "period_start", "period_end")
    list_filter = ("status", "encounter_class")
    search_fields = ("patient__full_name", "practitioner__full_name", "reason")
    raw_id_fields = ("patient", "practitioner")
    date_hierarchy = "period_start"


@admin.register(Condition)
class ConditionAdmin(AuditedReadsAdmin):
    list_display = (
        "icd10_code",
        "display",
        "patient",
        "clinical_status",
        "verification_status",
        "asserter",
        "recorded_at",
    )
    list_filter = ("clinical_status", "verification_status")
    search_fields = ("icd10_code", "display", "patient__full_name")
    raw_id_fields = ("patient", "encounter", "asserter")


@admin.register(Observation)
class ObservationAdmin(AuditedReadsAdmin):
    list_display = ("display", "value", "unit", "code", "patient", "effective_at")
    list_filter = ("code",)
    search_fields = ("display", "code", "patient__full_name")
    raw_id_fields = ("patient", "encounter", "performer")


@admin.register(AllergyIntolerance)
class AllergyAdmin(AuditedReadsAdmin):
    list_display = ("substance", "reaction", "criticality", "clinical_status", "patient")
    list_filter = ("criticality", "clinical_status")
    search_fields = ("substance", "patient__full_name")
    raw_id_fields = ("patient", "recorded_by")


@admin.register(MedicationStatement)
class MedicationAdmin(AuditedReadsAdmin):
    list_display = ("medication", "dosage", "status", "patient", "effective_start")
    list_filter = ("status",)
    search_fields = ("medication", "patient__full_name")
    raw_id_fields = ("patient", "recorded_by")


@admin.register(ClinicalReport)
class ClinicalReportAdmin(ReadOnlyAdmin):
    """Reports are written and signed by clinicians in the EMR, and amended there once signed."""

    list_display = ("id", "patient", "status", "version", "signer", "signed_at", "ai_generated")
    list_filter = ("status", "ai_generated")
    search_fields = ("patient__full_name", "assessment")
    raw_id_fields = ("patient", "encounter", "author", "signer", "replaces")


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ("at", "actor", "action", "entity", "entity_id", "patient", "ip")
    list_filter = ("action", "entity")
    search_fields = ("actor__username", "entity", "entity_id", "patient__full_name", "ip")
    date_hierarchy = "at"

    has_add_permission = ReadOnlyAdmin.has_add_permission
    has_change_permission = ReadOnlyAdmin.has_change_permission
    has_delete_permission = ReadOnlyAdmin.has_delete_permission
