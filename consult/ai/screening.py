"""Red-flag screening of each patient message: deterministic, before and regardless of the model."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import transaction

from .. import events, store
from ..models import URGENCY_RANK, Consultation, Message
from ..triage import redflags, schema
from ..triage.lang import detect_language
from .screen_process import screen_conversation
from .turns import interview_turns, state_from_turns

logger = logging.getLogger(__name__)

RECENT_PATIENT_MESSAGES = store.RECENT_PATIENT_MESSAGES


def emergency_number(lang: str) -> str:
    return settings.TELEMED_EMERGENCY_NUMBER_ZH if lang == "zh" else (
        settings.TELEMED_EMERGENCY_NUMBER_EN
    )


def screen(*, consultation: Consultation) -> list[str]:
    """Screen the latest patient messages. An emergency red flag, or an emergency from the code
    assessment of everything said so far (MTS/NHS discriminators in triage.urgency): escalate
    at once, post the fixed guidance, push a triage frame; returns what fired. An urgent finding
    (e.g. chest pain without emergency features) raises the urgency to at least urgent. Code
    only, and it only ever raises the urgency.

    Once a clinician has joined, only the red-flag screen of the latest patient messages runs
    (one small read, the same cost at any history length): the assessment of everything said
    is the interview's, and re-running it on every message made the chat slower as it grew."""
    joined = consultation.status != Consultation.Status.WAITING
    if joined:
        turns = None
        # As the statement that stored the message returned them (consult/store.py), or read.
        texts = getattr(consultation, "recent_patient_texts", None)
        if texts is None:
            texts = _recent_patient_texts(consultation.pk)
    else:
        turns = interview_turns(consultation.pk)
        texts = [t["text"] for t in turns if t["role"] == "patient"][-RECENT_PATIENT_MESSAGES:]
    if not texts:
        return []
    lang = detect_language(texts[-1])
    found = screen_conversation(texts)
    new = [flag for flag in found if flag.code not in consultation.red_flags]
    if new:
        return _escalate(consultation, new, lang)
    if joined or consultation.urgency == "emergency":
        return []
    state = state_from_turns(turns, consultation)
    flags = list(consultation.red_flags) + redflags.urgent_findings(texts)
    # The learned second opinion reads whole stories (it was trained and its thresholds chosen
    # on them): while the interview still asks, part of a story could set off an emergency that
    # cannot be taken back; from the hand-over on it joins in (schema.assess, the setting).
    assessment = schema.assess(state, flags, learned=None if state.handed_over else False)
    if assessment.urgency == "emergency":
        _escalate_assessed(consultation, assessment, state.lang)
        return list(assessment.urgency_rules) or ["assessment"]
    if URGENCY_RANK[assessment.urgency] < URGENCY_RANK[consultation.urgency] and (
        assessment.urgency == "urgent"
    ):
        with transaction.atomic():
            updated = store.consultation_set_urgency(
                consultation_id=consultation.pk, urgency="urgent"
            )
            events.send_on_commit(events.consult_group(updated.pk), events.triage_frame(updated))
        consultation.urgency = updated.urgency
    return []


def _recent_patient_texts(consultation_id: int) -> list[str]:
    bodies = (
        Message.objects.filter(consultation_id=consultation_id, sender=Message.Sender.PATIENT)
        .order_by("-seq")
        .values_list("body", flat=True)[:RECENT_PATIENT_MESSAGES]
    )
    return list(reversed(bodies))


def _escalate_assessed(consultation: Consultation, assessment, lang: str) -> None:
    """An emergency the discriminators found without a red-flag phrase: same guidance, and the
    assessment goes to the clinician at once (the interview stops)."""
    with transaction.atomic():
        updated = store.consultation_set_urgency(
            consultation_id=consultation.pk, urgency="emergency"
        )
        advice = redflags.emergency_advice(lang, emergency_number(lang))
        store.message_post_system(consultation_id=consultation.pk, body=advice)
        updated.triage = assessment.model_dump()
        updated.ai_summary = assessment.summary
        updated.save(update_fields=["triage", "ai_summary"])
        events.send_on_commit(events.consult_group(updated.pk), events.triage_frame(updated))
    consultation.urgency = updated.urgency
    consultation.triage = updated.triage
    logger.debug("Emergency from the assessment rules: %s", ",".join(assessment.urgency_rules))


def _escalate(consultation: Consultation, new: list, lang: str) -> list[str]:
    """The codes raised now: a flag that a screen of a message just before raised meanwhile
    (it read the row before that screen ran) gets no second advice."""
    with transaction.atomic():
        current = store.lock(consultation.pk)
        new = [flag for flag in new if flag.code not in current.red_flags]
        if not new:
            consultation.urgency, consultation.red_flags = current.urgency, current.red_flags
            return []
        codes = sorted({flag.code for flag in new})
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
    # Health data: DEBUG only, and never tied to a consultation or patient.
    logger.debug("Red flags raised: %s", ",".join(codes))
    return codes
