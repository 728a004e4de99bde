"""Triage assessment schema, the deterministic assessment, and safe parsing of model output."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from . import learned as learned_screen
from . import phrases
from .facts import CONDITION_ZH, NONE, SYMPTOM_ZH, clip
from .lang import detect_language
from .planner import InterviewState, extract_findings, severity_score
from .redflags import RULE_CODES, RedFlag, rule
from .urgency import classify

Urgency = Literal["emergency", "urgent", "routine", "self_care"]
URGENCY_RANK: dict[str, int] = {"self_care": 0, "routine": 1, "urgent": 2, "emergency": 3}
_MAX_SUMMARY = 1500
_MAX_QUOTE = 300


class TriageAssessment(BaseModel):
    """What the clinician sees: structured findings, an urgency level and why, in en and zh.
    Fields after `summary` were added later and have defaults, so stored assessments validate."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    chief_complaint: str = Field(min_length=1, max_length=500)
    findings_present: list[str] = Field(default_factory=list, max_length=50)
    findings_absent: list[str] = Field(default_factory=list, max_length=50)
    duration: str | None = Field(default=None, max_length=200)
    severity: int | None = Field(default=None, ge=0, le=10)
    urgency: Urgency
    reasons: list[str] = Field(default_factory=list, max_length=20)
    red_flags: list[str] = Field(default_factory=list)
    summary: str = Field(max_length=_MAX_SUMMARY)
    summary_zh: str = Field(default="", max_length=_MAX_SUMMARY)
    reasons_zh: list[str] = Field(default_factory=list, max_length=20)
    facts: dict[str, str] = Field(default_factory=dict, max_length=20)
    patient_quote: str | None = Field(default=None, max_length=_MAX_QUOTE)
    urgency_rules: list[str] = Field(default_factory=list, max_length=30)
    lang: Literal["en", "zh"] | None = None  # the patient's language

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

    def summary_for(self, lang: str) -> str:
        """The clinician's summary in their interface language (zh falls back to en)."""
        if lang.startswith("zh") and self.summary_zh:
            return self.summary_zh
        return self.summary

    def reasons_for(self, lang: str) -> list[str]:
        if lang.startswith("zh") and self.reasons_zh:
            return list(self.reasons_zh)
        return list(self.reasons)


def _flag_level(flag: RedFlag | str) -> str:
    """ "emergency" unless the flag (or its rule) says it is an urgent-level finding."""
    level = getattr(flag, "level", None)
    if level is None:
        try:
            level = getattr(rule(getattr(flag, "code", flag)), "level", None)
        except KeyError:
            level = None
    return level or "emergency"


def _flag_labels(flag: RedFlag | str) -> tuple[str, str, str]:
    if not isinstance(flag, str):
        return flag.code, flag.label_en, flag.label_zh
    try:
        r = rule(flag)
        return flag, r.label_en, r.label_zh
    except KeyError:
        return flag, flag, flag


def assess(
    state: InterviewState,
    red_flags: Sequence[RedFlag | str],
    *,
    lang: str | None = None,
    learned: bool | None = None,
) -> TriageAssessment:
    """Deterministic assessment: emergency on a red flag or an emergency discriminator, then
    urgent, self-care or routine (consult/triage/urgency.py), with summaries in en and zh.

    Then the learned screen (consult/triage/learned.py), a second opinion after the rules: it
    can only raise a non-emergency to emergency, with a reason that says it is learned, and
    raises self-care to urgent where the words are near enough to emergencies (its floor).
    `learned`: None follows the TELEMED_TRIAGE_LEARNED setting. It reads whole stories: the
    assessment at the hand-over, and the screen of each patient message after it while the
    patient waits; not while the interview still asks (part of a story), nor once a clinician
    has joined (consult/ai/screening.py)."""
    facts = state.facts
    emergency_flags = [f for f in red_flags if _flag_level(f) == "emergency"]
    urgent_flags = [f for f in red_flags if _flag_level(f) != "emergency"]
    codes = list(dict.fromkeys(_flag_labels(f)[0] for f in emergency_flags))
    labels = {_flag_labels(f)[0]: _flag_labels(f) for f in red_flags}
    present, absent = extract_findings(state.patient_messages)
    result = classify(state.patient_messages, facts, codes)

    reasons_en = [f"Red flag: {labels[c][1]}" for c in codes]
    reasons_zh = [f"危险信号：{labels[c][2]}" for c in codes]
    urgency: str = result.level
    if urgent_flags and URGENCY_RANK[urgency] < URGENCY_RANK["urgent"]:
        urgency = "urgent"
    for flag in urgent_flags:
        code, en, zh = _flag_labels(flag)
        reasons_en.append(f"Urgent finding: {en}")
        reasons_zh.append(f"紧急表现：{zh}")
    if not (codes and not result.codes):
        reasons_en += result.reasons_en
        reasons_zh += result.reasons_zh
    use_learned = learned_screen.enabled() if learned is None else learned
    if use_learned and urgency != "emergency":
        screen = learned_screen.screen(state.patient_messages)
        if screen.emergency:
            urgency = "emergency"
            p = f"{screen.probability:.2f}"
            reasons_en.insert(
                0,
                f"Learned screen: the patient's words resemble emergencies (P={p}); "
                "the rules found no emergency, please review",
            )
            reasons_zh.insert(
                0, f"学习型筛查：患者的描述与急症病例相似（P={p}），规则未判为急症，请复核"
            )
        # A safety net below it: words that resemble emergencies are never left at self-care.
        floor = learned_screen.self_care_floor(
            urgency, state.patient_messages, probability=screen.probability
        )
        if floor.raised:
            urgency = floor.urgency
            reasons_en.insert(0, floor.reason_en)
            reasons_zh.insert(0, floor.reason_zh)

    quote = _quote(state)
    known = {k: v for k, v in facts.items() if v}
    parts = {
        "facts": known,
        "present": present,
        "absent": absent,
        "flags": [labels[c] for c in codes],
        "urgency": urgency,
        "reasons": (reasons_en, reasons_zh),
        "quote": quote,
        "later": _later_quotes(state),
    }
    return TriageAssessment(
        chief_complaint=facts.get("chief_complaint") or "unspecified",
        findings_present=present,
        findings_absent=absent,
        duration=facts.get("onset_duration"),
        severity=severity_score(facts.get("severity")),
        urgency=urgency,
        reasons=reasons_en[:20],
        red_flags=codes,
        summary=_summary("en", parts),
        summary_zh=_summary("zh", parts),
        reasons_zh=reasons_zh[:20],
        facts={k: clip(v) for k, v in list(known.items())[:20]},
        patient_quote=quote,
        urgency_rules=result.codes,
        lang="zh" if (lang or state.lang or "en").startswith("zh") else "en",
    )


def _quote(state: InterviewState) -> str | None:
    """The patient's own first description, as written."""
    complaint = state.facts.get("chief_complaint")
    if not complaint:
        return None
    return clip(complaint, _MAX_QUOTE)


def _later_quotes(state: InterviewState) -> list[str]:
    """Messages written after the hand-over, as written (they update the summary live)."""
    n = state.messages_since_handover
    return [clip(t, 160) for t in state.patient_messages[-n:]] if n else []


_QUOTES = {"en": ("“", "”"), "zh": ("“", "”")}
_SEP = {"en": ". ", "zh": "。"}


def _translate_list(value: str, lang: str) -> str:
    """Concept names (symptoms, conditions, "none (denies ...)") in the clinician's language."""
    if lang != "zh":
        return value
    m = re.fullmatch(r"none \(denies (.*)\)", value)
    if m:
        return "无（否认" + "、".join(_zh_name(v) for v in m.group(1).split(", ")) + "）"
    if value == NONE:
        return "无"
    m = re.fullmatch(r"(.*) \(denies (.*)\)", value)
    if m:
        denied = "、".join(_zh_name(v) for v in m.group(2).split(", "))
        return _translate_list(m.group(1), lang) + "（否认" + denied + "）"
    if value.startswith("yes: "):
        return "有：" + value[5:]
    items = value.split(", ")
    if all(i in SYMPTOM_ZH or i in CONDITION_ZH for i in items):
        return "、".join(_zh_name(i) for i in items)
    return value


def _zh_name(name: str) -> str:
    return SYMPTOM_ZH.get(name) or CONDITION_ZH.get(name) or name


def _fact_value(key: str, value: str, lang: str) -> str:
    if value == NONE:
        return phrases.SUMMARY_LABELS[lang]["none"]
    if lang == "zh":
        if key == "onset":
            return phrases.ONSET_ZH.get(value, value)
        if key == "age":
            m = re.fullmatch(r"(\d+) (years|months|weeks)", value)
            if m:
                return m.group(1) + phrases.AGE_UNITS_ZH[m.group(2)]
        if key in ("history", "associated_symptoms", "chest_companions"):
            return _translate_list(value, lang)
    return value


_SUMMARY_FACTS = (
    "age", "onset_duration", "onset", "location", "severity", "chest_companions",
    "testicle_symptoms", "history", "medications", "allergies",
)  # fmt: skip


def _summary(lang: str, parts: Mapping[str, Any]) -> str:
    labels = phrases.SUMMARY_LABELS[lang]
    sep = _SEP[lang]
    colon = "：" if lang == "zh" else ": "
    comma = "、" if lang == "zh" else ", "
    open_q, close_q = _QUOTES[lang]
    facts: dict[str, str] = parts["facts"]
    out: list[str] = []
    if parts["quote"]:
        out.append(f"{labels['quote']}{colon}{open_q}{parts['quote']}{close_q}")
    else:
        out.append(f"{labels['chief_complaint']}{colon}{labels['unspecified']}")
    for key in _SUMMARY_FACTS:
        if facts.get(key):
            out.append(f"{labels[key]}{colon}{_fact_value(key, facts[key], lang)}")
    if parts["present"]:
        out.append(labels["reports"] + colon + comma.join(_name(p, lang) for p in parts["present"]))
    if parts["absent"]:
        out.append(labels["denies"] + colon + comma.join(_name(p, lang) for p in parts["absent"]))
    if parts["flags"]:
        names = [f"{zh if lang == 'zh' else en} ({code})" for code, en, zh in parts["flags"]]
        out.append(labels["red_flags"] + colon + comma.join(names))
    reasons_en, reasons_zh = parts["reasons"]
    reasons = reasons_zh if lang == "zh" else reasons_en
    urgency = phrases.URGENCY_LABELS[lang][parts["urgency"]]
    shown = [r for r in reasons if not r.startswith(("Red flag", "危险信号"))]
    why = ("；" if lang == "zh" else "; ").join(shown)
    if why:
        urgency += f"（{why}）" if lang == "zh" else f" ({why})"
    out.append(f"{labels['urgency']}{colon}{urgency}")
    for text in parts["later"]:
        label = "后续补充" if lang == "zh" else "Added later"
        out.append(f"{label}{colon}{open_q}{text}{close_q}")
    summary = sep.join(out) + sep.strip()
    return summary if len(summary) <= _MAX_SUMMARY else summary[: _MAX_SUMMARY - 1] + "…"


def _name(concept: str, lang: str) -> str:
    return _zh_name(concept) if lang == "zh" else concept


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
    summary = model.summary
    if fallback.patient_quote and fallback.patient_quote not in summary:
        summary = f"Patient says: “{fallback.patient_quote}”. {summary}"[:_MAX_SUMMARY]
    zh_ok = bool(model.summary_zh) and detect_language(model.summary_zh) == "zh"
    if zh_ok and fallback.patient_quote and fallback.patient_quote not in model.summary_zh:
        merged["summary_zh"] = f"患者原话：“{fallback.patient_quote}”。{model.summary_zh}"
        model = model.model_copy(update={"summary_zh": merged["summary_zh"][:_MAX_SUMMARY]})
    merged.update(
        urgency=urgency,
        red_flags=fallback.red_flags,
        reasons=reasons[:20],
        severity=fallback.severity if fallback.severity is not None else model.severity,
        summary=summary,
        # Code-built fields the model may not change; the Chinese summary only for Chinese.
        summary_zh=model.summary_zh if zh_ok else fallback.summary_zh,
        reasons_zh=fallback.reasons_zh,
        facts=fallback.facts,
        patient_quote=fallback.patient_quote,
        urgency_rules=fallback.urgency_rules,
        lang=fallback.lang,
    )
    try:
        return TriageAssessment.model_validate(merged), False
    except ValidationError:
        return fallback, True
