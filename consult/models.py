"""Consultation, chat message and AI job models."""

from __future__ import annotations

import os
import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from records.models import AppendOnlyModel, Encounter, Patient, Practitioner


class Urgency(models.TextChoices):
    EMERGENCY = "emergency", _("Emergency")
    URGENT = "urgent", _("Urgent")
    ROUTINE = "routine", _("Routine")
    SELF_CARE = "self_care", _("Self-care")


# Lower sorts first on the dashboard.
URGENCY_RANK = {"emergency": 0, "urgent": 1, "routine": 2, "self_care": 3}


class Consultation(models.Model):
    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        IN_PROGRESS = "in_progress", _("In progress")
        CLOSED = "closed", _("Closed")

    patient = models.ForeignKey(Patient, on_delete=models.PROTECT, related_name="consultations")
    clinician = models.ForeignKey(
        Practitioner,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="consultations",
    )
    encounter = models.OneToOneField(
        Encounter, on_delete=models.PROTECT, related_name="consultation"
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.WAITING
    )
    urgency = models.CharField(
        _("urgency"), max_length=16, choices=Urgency.choices, default=Urgency.ROUTINE
    )
    urgency_rank = models.PositiveSmallIntegerField(default=URGENCY_RANK["routine"])
    chief_complaint = models.CharField(_("chief complaint"), max_length=500, blank=True)
    red_flags = models.JSONField(_("red flags"), default=list, blank=True)
    triage = models.JSONField(_("triage assessment"), null=True, blank=True)
    ai_summary = models.TextField(_("AI pre-summary"), blank=True)
    last_seq = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    picked_at = models.DateTimeField(_("picked up"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    last_message_at = models.DateTimeField(_("last message"), null=True, blank=True)
    # a follow-up consultation points at the one it follows
    follow_up_of = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="follow_ups",
        verbose_name=_("follow-up of"),
    )

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["status", "urgency_rank", "created_at"], name="consult_queue"),
            models.Index(fields=["patient", "-created_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="waiting") | Q(clinician__isnull=False),
                name="consult_active_has_clinician",
            ),
            models.CheckConstraint(
                condition=Q(urgency__in=list(URGENCY_RANK)), name="consult_urgency_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.patient} ({self.get_status_display()})"


class Message(AppendOnlyModel):
    """One chat message; kept as written (a correction is a new message)."""

    class Sender(models.TextChoices):
        PATIENT = "patient", _("Patient")
        CLINICIAN = "clinician", _("Clinician")
        ASSISTANT = "assistant", _("AI assistant")
        SYSTEM = "system", _("System")

    # PROTECT: a consultation with messages is part of the record and cannot be deleted.
    consultation = models.ForeignKey(
        Consultation, on_delete=models.PROTECT, related_name="messages"
    )
    seq = models.PositiveIntegerField()
    sender = models.CharField(_("sender"), max_length=16, choices=Sender.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    body = models.TextField(_("message"))
    client_id = models.UUIDField(null=True, blank=True)
    attachment = models.OneToOneField(
        "Attachment", on_delete=models.PROTECT, null=True, blank=True, related_name="message"
    )
    ai_job = models.OneToOneField(
        "AIJob", on_delete=models.PROTECT, null=True, blank=True, related_name="reply"
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["consultation", "seq"]
        constraints = [
            models.UniqueConstraint(fields=["consultation", "seq"], name="message_seq_unique"),
            models.UniqueConstraint(
                fields=["consultation", "client_id"],
                condition=Q(client_id__isnull=False),
                name="message_client_id_unique",
            ),
        ]
        indexes = [
            # The screen after a patient message reads that patient's latest messages in the
            # statement that stores it (consult/store.py): this index finds them in constant
            # time, with or without table statistics (without, the planner scanned and sorted
            # every message of the consultation).
            models.Index(
                fields=["consultation", "-seq"],
                condition=Q(sender="patient"),
                name="message_patient_recent",
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.consultation_id}:{self.seq} {self.sender}"


class AIJob(models.Model):
    """One run of the language model: a triage reply, a summary, suggestions or a report."""

    class Kind(models.TextChoices):
        REPLY = "reply", _("Assistant reply")
        TRIAGE = "triage", _("Triage assessment")
        SUMMARY = "summary", _("Pre-summary")
        SUGGEST = "suggest", _("Diagnostic suggestions")
        REPORT = "report", _("Report draft")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        SUCCEEDED = "succeeded", _("Succeeded")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="ai_jobs")
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default="queued")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    trigger_seq = models.PositiveIntegerField(null=True, blank=True)
    # the requesting clinician's interface language: suggestions and drafts are written in it
    lang = models.CharField(_("language"), max_length=8, default="en")
    model_name = models.CharField(_("model"), max_length=200, blank=True)
    prompt_tokens = models.PositiveIntegerField(null=True, blank=True)
    output_tokens = models.PositiveIntegerField(null=True, blank=True)
    ttft_ms = models.PositiveIntegerField(_("time to first token (ms)"), null=True, blank=True)
    total_ms = models.PositiveIntegerField(_("total time (ms)"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    result = models.JSONField(_("result"), null=True, blank=True)
    error = models.CharField(_("error"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    heartbeat_at = models.DateTimeField(_("last heartbeat"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("AI job")
        verbose_name_plural = _("AI jobs")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["consultation", "kind", "status"])]

    def __str__(self) -> str:
        return f"AI job {self.pk} {self.kind} {self.status}"


def attachment_storage():
    """The storage attachments live in (outside the web root; S3-compatible by setting)."""
    from django.core.files.storage import storages

    return storages["attachments"]


def attachment_path(instance: Attachment, filename: str) -> str:
    # random names: the original name is kept in `name`, never in the path
    suffix = os.path.splitext(filename)[1].lower()[:8]
    return f"consult/{instance.consultation_id}/{uuid.uuid4().hex}{suffix}"


class Attachment(models.Model):
    """A photo or document sent in a consultation's chat; stored re-encoded, served with access."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.PROTECT, related_name="attachments"
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    file = models.FileField(_("file"), storage=attachment_storage, upload_to=attachment_path)
    thumbnail = models.FileField(
        _("thumbnail"), storage=attachment_storage, upload_to=attachment_path, blank=True
    )
    name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveIntegerField(_("size (bytes)"))
    sha256 = models.CharField(max_length=64)
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["consultation", "created_at"]

    def __str__(self) -> str:
        return f"#{self.consultation_id} {self.name}"


class Notification(models.Model):
    """One email sent (or to be sent) to a user; `key` makes each notice go out once."""

    class Kind(models.TextChoices):
        REPORT_SIGNED = "report_signed", _("Report signed")
        CLINICIAN_MESSAGE = "clinician_message", _("Clinician wrote")
        FOLLOW_UP_REMINDER = "follow_up_reminder", _("Follow-up reminder")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        SKIPPED = "skipped", _("Skipped")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="notifications"
    )
    consultation = models.ForeignKey(
        Consultation, on_delete=models.PROTECT, null=True, blank=True, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    key = models.CharField(max_length=200, unique=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.CharField(_("error"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.kind} → {self.user_id} ({self.status})"
