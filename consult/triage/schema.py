"""Triage assessment schema, the deterministic assessment, and safe parsing of model output."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .lang import normalize
from .planner import InterviewState, duration_days, extract_findings, severity_score
from .redflags import RULE_CODES, RedFlag, rule

Urgency = Literal["emergency", "urgent", "routine", "self_care"]
URGENCY_RANK: dict[str, int] = {"self_care": 0, "routine": 1, "urgent": 2, "emergency": 3}

MINOR_SYMPTOMS = frozenset(
    {"cough", "sore throat", "runny nose", "sneezing", "headache", "itching", "fatigue",
     "body aches",
     "constipation", "rash", "nausea", "diarrhea"}
)  # fmt: skip
HIGH_RISK_HISTORY = (
    "diabetes",
    "cancer",
    "immunosuppression",
    "pregnancy",
    "heart disease",
    "kidney disease",
    "COPD",
    "HIV",
)
URGENT_FINDINGS = ("chest pain", "shortness of breath", "bleeding", "blurred vision")
_AGE = re.compile(
    r"(?<!\d)(\d{1,3})[- ]?(?:years?[- ]old|year-old|yrs? old|yo|y/o)(?![a-z])"
    r"|(?:aged|age) (\d{1,3})(?!\d)|(\d{1,3})岁"
)


class TriageAssessment(BaseModel):
    """What the clinician sees: structured findings, an urgency level and why."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    chief_complaint: str = Field(min_length=1, max_length=500)
    findings_present: list[str] = Field(default_factory=list, max_length=50)
    findings_absent: list[str] = Field(default_factory=list, max_length=50)
    duration: str | None = Field(default=None, max_length=200)
    severity: int | None = Field(default=None, ge=0, le=10)
    urgency: Urgency
    reasons: list[str] = Field(default_factory=list, max_length=20)
    red_flags: list[str] = Field(default_factory=list)
    summary: str = Field(max_length=1500)

    @field_validator("red_flags")
    @classmethod
    def _known_codes_only(cls, value: list[str]) -> list[str]:
        unknown = [code for code in value if code not in RULE_CODES]
        if unknown:
            raise ValueError(f"unknown red-flag codes: {unknown}")
        return list(dict.fromkeys(value))

    @model_validator(mode="after")
    def _red_flags_mean_emergency(self) -> TriageAssessment:
        if self.red_flags and self.urgency != "emergency":
            raise ValueError("an assessment with red flags must be an emergency")
        return self


def _age(messages: Sequence[str]) -> int | None:
    for text in messages:
        m = _AGE.search(normalize(text))
        if m:
            return int(next(g for g in m.groups() if g))
    return None


def assess(state: InterviewState, red_flags: Sequence[RedFlag | str]) -> TriageAssessment:
    """Deterministic assessment: emergency on any red flag, then urgent, self-care or routine."""
    facts = state.facts
    codes = list(dict.fromkeys(f.code if isinstance(f, RedFlag) else f for f in red_flags))
    present, absent = extract_findings(state.patient_messages)
    severity = severity_score(facts.get("severity"))
    days = duration_days(facts.get("onset_duration"))
    age = _age(state.patient_messages)
    history = facts.get("history", "")

    reasons = [f"Red flag: {rule(code).label_en}" for code in codes]
    urgent: list[str] = []
    if severity is not None and severity >= 7:
        urgent.append(f"Severity {severity}/10")
    urgent += [f"Reports {finding}" for finding in URGENT_FINDINGS if finding in present]
    if "fever" in present:
        if days is not None and days > 3:
            urgent.append("Fever for more than 3 days")
        if age is not None and (age >= 65 or age < 1):
            urgent.append(f"Fever at age {age}")
        urgent += [f"Fever with {h} history" for h in HIGH_RISK_HISTORY if h in history]

    if codes:
        urgency: Urgency = "emergency"
    elif urgent:
        urgency = "urgent"
        reasons += urgent
    elif (
        severity is not None
        and severity <= 3
        and days is not None
        and days <= 7
        and all(finding in MINOR_SYMPTOMS for finding in present)
    ):
        urgency = "self_care"
        reasons.append(f"Mild ({severity}/10), short ({days:g} days) and minor symptoms only")
    else:
        urgency = "routine"
        reasons.append("No red flags or urgent features found")

    chief = facts.get("chief_complaint") or "unspecified"
    return TriageAssessment(
        chief_complaint=chief,
        findings_present=present,
        findings_absent=absent,
        duration=facts.get("onset_duration"),
        severity=severity,
        urgency=urgency,
        reasons=reasons,
        red_flags=codes,
        summary=_summary(facts, present, absent, codes, urgency),
    )


def _summary(
    facts: dict[str, str], present: list[str], absent: list[str], codes: list[str], urgency: str
) -> str:
    parts = [f"CC: {facts.get('chief_complaint') or 'unspecified'}"]
    labels = {
        "onset_duration": "Onset",
        "location": "Site",
        "severity": "Severity",
        "history": "History",
        "medications": "Meds",
        "allergies": "Allergies",
    }
    parts += [f"{label}: {facts[key]}" for key, label in labels.items() if facts.get(key)]
    if present:
        parts.append("Reports: " + ", ".join(present))
    if absent:
        parts.append("Denies: " + ", ".join(absent))
    if codes:
        parts.append("RED FLAGS: " + ", ".join(codes))
    parts.append(f"Urgency: {urgency}")
    summary = ". ".join(parts) + "."
    return summary if len(summary) <= 1500 else summary[:1499] + "…"


def _first_json_object(text: str) -> dict[str, Any] | None:
    decoder = json.JSONDecoder()
    for m in re.finditer(r"\{", text):
        try:
            value, _ = decoder.raw_decode(text, m.start())
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            return value
    return None


def parse_model_assessment(text: str, fallback: TriageAssessment) -> tuple[TriageAssessment, bool]:
    """Validate a model's JSON assessment. Returns (assessment, used_fallback).

    The model can add wording, never lower safety: urgency is at least the deterministic one and
    red flags are always the deterministic ones."""
    data = _first_json_object(text or "")
    if data is None:
        return fallback, True
    try:
        model = TriageAssessment.model_validate(data)
    except ValidationError:
        return fallback, True
    reasons = list(model.reasons)
    urgency = model.urgency
    if URGENCY_RANK[urgency] < URGENCY_RANK[fallback.urgency]:
        urgency = fallback.urgency
        reasons.append(f"Urgency kept at {fallback.urgency} by deterministic triage")
    reasons += [r for r in fallback.reasons if r not in reasons]
    merged = model.model_dump()
    merged.update(
        urgency=urgency,
        red_flags=fallback.red_flags,
        reasons=reasons[:20],
        severity=fallback.severity if fallback.severity is not None else model.severity,
    )
    try:
        return TriageAssessment.model_validate(merged), False
    except ValidationError:
        return fallback, True
