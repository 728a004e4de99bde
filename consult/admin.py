"""Django admin for consultations, messages, attachments and AI jobs: every view is audited;
messages and attachments are read-only and a consultation (part of the record) cannot be
deleted."""

from __future__ import annotations

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from records.admin import AuditedReadsAdmin, ReadOnlyAdmin

from . import events
from .models import AIJob, Attachment, Consultation, Message


class MessageInline(admin.TabularInline):
    model = Message
    extra = 0
    fields = ("seq", "sender", "body", "created_at")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Consultation)
class ConsultationAdmin(AuditedReadsAdmin):
    list_display = ("id", "patient", "clinician", "status", "urgency", "created_at", "last_seq")
    list_filter = ("status", "urgency")
    search_fields = ("patient__full_name", "clinician__full_name", "chief_complaint")
    raw_id_fields = ("patient", "clinician", "encounter")
    # What the patient said and what the AI made of it stay as recorded.
    readonly_fields = (
        "patient",
        "encounter",
        "chief_complaint",
        "red_flags",
        "triage",
        "ai_summary",
        "last_seq",
        "created_at",
        "picked_at",
        "closed_at",
        "last_message_at",
    )
    inlines = [MessageInline]

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Message)
class MessageAdmin(ReadOnlyAdmin):
    list_display = ("consultation", "seq", "sender", "created_at")
    list_filter = ("sender",)
    list_select_related = ("consultation",)
    search_fields = ("consultation__id", "body")
    raw_id_fields = ("consultation", "author", "ai_job")

    def audit_patient_id(self, obj) -> int | None:
        return obj.consultation.patient_id


@admin.register(Attachment)
class AttachmentAdmin(ReadOnlyAdmin):
    """The stored file opens through the chat's access-checked, audited view, never directly."""

    list_display = ("id", "consultation", "name", "content_type", "size", "created_at")
    list_filter = ("content_type",)
    list_select_related = ("consultation",)
    search_fields = ("consultation__id",)
    fields = (
        "consultation",
        "uploaded_by",
        "name",
        "content_type",
        "size",
        "width",
        "height",
        "sha256",
        "created_at",
        "open_file",
    )
    readonly_fields = fields

    @admin.display(description=_("file"))
    def open_file(self, obj: Attachment) -> str:
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            events.attachment_info(obj)["url"],
            obj.name,
        )

    def audit_patient_id(self, obj) -> int | None:
        return obj.consultation.patient_id


@admin.register(AIJob)
class AIJobAdmin(AuditedReadsAdmin):
    list_display = (
        "id",
        "consultation",
        "kind",
        "status",
        "model_name",
        "output_tokens",
        "ttft_ms",
        "total_ms",
        "created_at",
    )
    list_filter = ("kind", "status", "model_name")
    list_select_related = ("consultation",)
    search_fields = ("consultation__id", "error")
    raw_id_fields = ("consultation", "requested_by")

    def audit_patient_id(self, obj) -> int | None:
        return obj.consultation.patient_id
