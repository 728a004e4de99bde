"""Reads what the clinician AI needs from the database: the Case and the encounter's diagnoses."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db.models import Q
from django.utils import timezone

from records.models import Condition, Observation

from ..clinician_ai.case import Case
from ..knowledge.kb import Condition as KBCondition
from ..knowledge.kb import load_conditions
from ..models import Message

_NOT_DIAGNOSED = (Condition.Verification.REFUTED, Condition.Verification.ENTERED_IN_ERROR)


def case_for(consultation) -> Case:
    """Assemble the case from the database (patient messages, triage, record)."""
    patient = consultation.patient
    messages = list(
        Message.objects.filter(consultation_id=consultation.pk, sender=Message.Sender.PATIENT)
        .order_by("seq")
        .values_list("seq", "body")
    )
    conditions = [
        {"id": c.pk, "icd10": c.icd10_code, "display": c.display}
        for c in patient.conditions.exclude(verification_status__in=_NOT_DIAGNOSED)
        .exclude(encounter_id=consultation.encounter_id)
        .order_by("-recorded_at")[:20]
    ]
    allergies = [
        {"id": a.pk, "substance": a.substance}
        for a in patient.allergies.filter(clinical_status="active")[:20]
    ]
    medications = [
        {"id": m.pk, "medication": m.medication, "dosage": m.dosage}
        for m in patient.medications.filter(status="active")[:20]
    ]
    observations = [_obs(o) for o in _recent_observations(consultation)]
    return Case(
        messages=[(seq, body) for seq, body in messages],
        triage=consultation.triage,
        chief_complaint=consultation.chief_complaint,
        conditions=conditions,
        allergies=allergies,
        medications=medications,
        observations=observations,
    )


def _obs(o) -> dict:
    return {"id": o.pk, "code": o.code, "display": o.display, "value": str(o.value), "unit": o.unit}


def _recent_observations(consultation):
    """The latest value of each vital sign, from this encounter or the last day."""
    since = timezone.now() - timedelta(days=1)
    rows = consultation.patient.observations.filter(
        Q(encounter_id=consultation.encounter_id) | Q(effective_at__gte=since)
    ).order_by("-effective_at")
    latest: dict[str, Any] = {}
    for o in rows[:100]:
        latest.setdefault(o.code, o)
    return list(latest.values())


def encounter_observations(consultation) -> list[dict]:
    """Every vital sign recorded in this encounter, oldest first."""
    return [
        _obs(o)
        for o in Observation.objects.filter(encounter_id=consultation.encounter_id).order_by(
            "effective_at"
        )
    ]


def accepted_conditions(consultation) -> list[dict]:
    """This encounter's diagnoses (not refuted), with the knowledge-base entry they match."""
    by_id = {c.id: c for c in load_conditions()}
    by_code: dict[str, KBCondition] = {}
    for c in by_id.values():
        by_code.setdefault(c.icd10.upper(), c)
    rows = []
    for cond in (
        Condition.objects.filter(encounter_id=consultation.encounter_id)
        .exclude(verification_status__in=_NOT_DIAGNOSED)
        .order_by("recorded_at")
    ):
        suggestion = (cond.ai_provenance or {}).get("suggestion") or {}
        kb = by_id.get(suggestion.get("condition_id")) or by_code.get(cond.icd10_code.upper())
        rows.append(
            {
                "id": cond.pk,
                "icd10": cond.icd10_code,
                "display": cond.display,
                "verification": cond.verification_status,
                "kb": kb,
            }
        )
    return rows
