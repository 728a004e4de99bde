"""Django admin for the EMR; the audit log is read-only."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

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


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "email", "role", "is_active", "is_staff", "last_login")
    list_filter = ("role", "is_active", "is_staff")
    fieldsets = BaseUserAdmin.fieldsets + ((_("Role"), {"fields": ("role",)}),)
    add_fieldsets = BaseUserAdmin.add_fieldsets + ((_("Role"), {"fields": ("role",)}),)
    actions = [reset_two_factor]


@admin.register(Patient)
class PatientAdmin(admin.ModelAdmin):
    list_display = ("full_name", "birth_date", "sex", "phone", "user", "created_at")
    list_filter = ("sex",)
    search_fields = ("full_name", "phone", "user__username")
    raw_id_fields = ("user",)


@admin.register(Practitioner)
class PractitionerAdmin(admin.ModelAdmin):
    list_display = ("full_name", "qualification", "license_number", "user")
    search_fields = ("full_name", "license_number", "user__username")
    raw_id_fields = ("user",)


@admin.register(Encounter)
class EncounterAdmin(admin.ModelAdmin):
    list_display = ("id", "patient", "practitioner", "status", "period_start", "period_end")
    list_filter = ("status", "encounter_class")
    search_fields = ("patient__full_name", "practitioner__full_name", "reason")
    raw_id_fields = ("patient", "practitioner")
    date_hierarchy = "period_start"


@admin.register(Condition)
class ConditionAdmin(admin.ModelAdmin):
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
class ObservationAdmin(admin.ModelAdmin):
    list_display = ("display", "value", "unit", "code", "patient", "effective_at")
    list_filter = ("code",)
    search_fields = ("display", "code", "patient__full_name")
    raw_id_fields = ("patient", "encounter", "performer")


@admin.register(AllergyIntolerance)
class AllergyAdmin(admin.ModelAdmin):
    list_display = ("substance", "reaction", "criticality", "clinical_status", "patient")
    list_filter = ("criticality", "clinical_status")
    search_fields = ("substance", "patient__full_name")
    raw_id_fields = ("patient", "recorded_by")


@admin.register(MedicationStatement)
class MedicationAdmin(admin.ModelAdmin):
    list_display = ("medication", "dosage", "status", "patient", "effective_start")
    list_filter = ("status",)
    search_fields = ("medication", "patient__full_name")
    raw_id_fields = ("patient", "recorded_by")


@admin.register(ClinicalReport)
class ClinicalReportAdmin(admin.ModelAdmin):
    list_display = ("id", "patient", "status", "version", "signer", "signed_at", "ai_generated")
    list_filter = ("status", "ai_generated")
    search_fields = ("patient__full_name", "assessment")
    raw_id_fields = ("patient", "encounter", "author", "signer", "replaces")

    def get_readonly_fields(self, request, obj=None):
        # Signed reports are immutable; changes go through an amendment.
        if obj is not None and obj.status != ClinicalReport.Status.DRAFT:
            return [f.name for f in self.model._meta.fields]
        return ()


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ("at", "actor", "action", "entity", "entity_id", "patient", "ip")
    list_filter = ("action", "entity")
    search_fields = ("actor__username", "entity", "entity_id", "patient__full_name", "ip")
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
