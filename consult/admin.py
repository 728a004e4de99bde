"""Django admin for consultations, messages, attachments and AI jobs: every view is audited;
messages and attachments are read-only and a consultation (part of the record) cannot be
deleted."""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from records.admin import AuditedReadsAdmin, ReadOnlyAdmin

from . import events, notifications
from .models import AIJob, Attachment, Consultation, Message, Notification


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


@admin.action(description=_("Send the selected failed notices again"))
def resend_failed(modeladmin, request, queryset) -> None:
    count = notifications.notification_resend(
        notification_ids=list(queryset.values_list("pk", flat=True))
    )
    modeladmin.message_user(
        request,
        ngettext("%(n)d notice queued again.", "%(n)d notices queued again.", count) % {"n": count},
        messages.SUCCESS,
    )


@admin.register(Notification)
class NotificationAdmin(ReadOnlyAdmin):
    """What was emailed to whom and whether it went out (the email text holds no health data)."""

    list_display = (
        "id",
        "kind",
        "user",
        "consultation",
        "status",
        "attempts",
        "created_at",
        "sent_at",
    )
    list_filter = ("kind", "status")
    list_select_related = ("user", "consultation")
    search_fields = ("user__username", "consultation__id")
    fields = (
        "kind",
        "user",
        "consultation",
        "key",
        "status",
        "attempts",
        "error",
        "created_at",
        "sent_at",
    )
    readonly_fields = fields
    actions = [resend_failed]

    def audit_patient_id(self, obj) -> int | None:
        return obj.consultation.patient_id if obj.consultation_id else None
