"""Django admin for consultations, messages and AI jobs."""

from django.contrib import admin

from .models import AIJob, Consultation, Message


class MessageInline(admin.TabularInline):
    model = Message
    extra = 0
    fields = ("seq", "sender", "body", "created_at")
    readonly_fields = fields
    can_delete = False


@admin.register(Consultation)
class ConsultationAdmin(admin.ModelAdmin):
    list_display = ("id", "patient", "clinician", "status", "urgency", "created_at", "last_seq")
    list_filter = ("status", "urgency")
    search_fields = ("patient__full_name", "clinician__full_name", "chief_complaint")
    raw_id_fields = ("patient", "clinician", "encounter")
    readonly_fields = ("last_seq", "created_at", "picked_at", "closed_at", "last_message_at")
    inlines = [MessageInline]


@admin.register(Message)
class MessageAdmin(admin.ModelAdmin):
    list_display = ("consultation", "seq", "sender", "created_at")
    list_filter = ("sender",)
    search_fields = ("consultation__id", "body")
    raw_id_fields = ("consultation", "author", "ai_job")


@admin.register(AIJob)
class AIJobAdmin(admin.ModelAdmin):
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
    search_fields = ("consultation__id", "error")
    raw_id_fields = ("consultation", "requested_by")
