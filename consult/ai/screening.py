"""Red-flag screening of each patient message: deterministic, before and regardless of the model."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import transaction

from .. import events, store
from ..models import URGENCY_RANK, Consultation, Message
from ..triage import redflags
from ..triage.lang import detect_language

logger = logging.getLogger(__name__)

RECENT_PATIENT_MESSAGES = 5


def emergency_number(lang: str) -> str:
    return settings.TELEMED_EMERGENCY_NUMBER_ZH if lang == "zh" else (
        settings.TELEMED_EMERGENCY_NUMBER_EN
    )


def patient_texts(consultation_id: int, limit: int = RECENT_PATIENT_MESSAGES) -> list[str]:
    bodies = (
        Message.objects.filter(consultation_id=consultation_id, sender=Message.Sender.PATIENT)
        .order_by("-seq")
        .values_list("body", flat=True)[:limit]
    )
    return list(reversed(bodies))


def _urgent_findings(texts: list[str]) -> list:
    finder = getattr(redflags, "urgent_findings", None)
    return list(finder(texts)) if finder is not None else []


def screen(*, consultation: Consultation) -> list[str]:
    """Screen the latest patient messages. On an emergency red flag: escalate at once, post the
    fixed guidance, push a triage frame; returns the new emergency codes. Urgent-level findings
    (e.g. chest pain without emergency features) raise the urgency to at least urgent."""
    texts = patient_texts(consultation.pk)
    if not texts:
        return []
    found = redflags.screen_conversation(texts)
    new = [flag for flag in found if flag.code not in consultation.red_flags]
    if new:
        _escalate(consultation, new, detect_language(texts[-1]))
        return sorted({flag.code for flag in new})
    urgent = _urgent_findings(texts)
    if urgent and URGENCY_RANK[consultation.urgency] > URGENCY_RANK["urgent"]:
        with transaction.atomic():
            updated = store.consultation_set_urgency(
                consultation_id=consultation.pk, urgency="urgent"
            )
            events.send_on_commit(events.consult_group(updated.pk), events.triage_frame(updated))
        consultation.urgency = updated.urgency
    return []


def _escalate(consultation: Consultation, new: list, lang: str) -> None:
    codes = sorted({flag.code for flag in new})
    with transaction.atomic():
        updated = store.consultation_set_urgency(
            consultation_id=consultation.pk, urgency="emergency", red_flags=codes
        )
        advice = redflags.emergency_advice(lang, emergency_number(lang), codes=codes)
        store.message_post_system(consultation_id=consultation.pk, body=advice)
        labels = [flag.label_zh if lang == "zh" else flag.label_en for flag in new]
        updated.ai_summary = updated.ai_summary or "; ".join(labels)
        updated.save(update_fields=["ai_summary"])
        events.send_on_commit(events.consult_group(updated.pk), events.triage_frame(updated))
    consultation.urgency = updated.urgency
    consultation.red_flags = updated.red_flags
    # Which flags, never tied to the consultation in the log (protected health information).
    logger.info("Red flags raised: %s", ",".join(codes))
