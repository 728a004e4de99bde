"""Tests for the deterministic assessment and the safe parsing of model assessments."""

import json

import pytest
from pydantic import ValidationError

from consult.triage.planner import InterviewState
from consult.triage.redflags import screen_conversation
from consult.triage.schema import TriageAssessment, assess, parse_model_assessment


def _assess(*messages: str) -> TriageAssessment:
    state = InterviewState.from_turns([("patient", m) for m in messages])
    return assess(state, screen_conversation(state.patient_messages))


@pytest.mark.parametrize(
    ("messages", "urgency"),
    [
        (["I have chest pain and I'm sweating"], "emergency"),
        (["我想死"], "emergency"),
        (["My knee hurts, 8/10, since yesterday"], "urgent"),
        (["I'm 72 years old and have a fever since yesterday"], "urgent"),
        (["fever for 5 days", "5/10"], "urgent"),
        (["I have diabetes and a fever for 2 days, 4/10"], "urgent"),
        (["mild sore throat and runny nose since yesterday, 2/10"], "self_care"),
        (["喉咙有点痛，流鼻涕，两天了，疼痛2分"], "self_care"),
        (["my knee hurts when I climb stairs, for 3 weeks, 5/10"], "routine"),
        (["hello"], "routine"),
    ],
)
def test_assess_urgency(messages: list[str], urgency: str) -> None:
    assert _assess(*messages).urgency == urgency


def test_emergency_assessment_carries_codes_and_reasons() -> None:
    result = _assess("I have chest pain", "and now I'm sweating")
    assert result.red_flags == ["chest_pain_cardiac"]
    assert any("Red flag" in r for r in result.reasons)
    assert "RED FLAGS: " in result.summary and "(chest_pain_cardiac)" in result.summary
    assert result.findings_present == ["chest pain", "sweating"]


def test_assessment_fields() -> None:
    result = _assess("I've had a cough for 3 days, 3/10, no fever")
    assert result.duration == "for 3 days"
    assert result.severity == 3
    assert result.findings_present == ["cough"]
    assert result.findings_absent == ["fever"]
    assert result.urgency == "self_care"


def test_schema_rejects_bad_values() -> None:
    base = {"chief_complaint": "cough", "urgency": "routine", "summary": "s"}
    TriageAssessment.model_validate(base)
    for bad in (
        {"severity": 11},
        {"urgency": "whenever"},
        {"red_flags": ["made_up"]},
        {"red_flags": ["stroke"]},
    ):
        with pytest.raises(ValidationError):
            TriageAssessment.model_validate(base | bad)


def _fallback(urgency: str = "urgent", red_flags: list[str] | None = None) -> TriageAssessment:
    return TriageAssessment(
        chief_complaint="knee pain",
        urgency=urgency,
        severity=8,
        reasons=["Severity 8/10"],
        red_flags=red_flags or [],
        summary="CC: knee pain.",
    )


def _model_json(**overrides: object) -> str:
    data = {
        "chief_complaint": "knee pain",
        "findings_present": ["swelling"],
        "findings_absent": [],
        "duration": "3 days",
        "severity": 8,
        "urgency": "urgent",
        "reasons": ["Swollen, painful knee"],
        "red_flags": [],
        "summary": "Painful swollen knee for 3 days.",
    }
    data.update(overrides)
    return json.dumps(data)


def test_parse_valid_json_with_surrounding_text() -> None:
    text = "Here is the assessment:\n```json\n" + _model_json() + "\n```\nThanks"
    result, used_fallback = parse_model_assessment(text, _fallback())
    assert not used_fallback
    assert result.summary == "Painful swollen knee for 3 days."
    assert result.urgency == "urgent"
    assert "Severity 8/10" in result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no json here",
        '{"chief_complaint": "knee pain", "urgency": "urgent"',  # truncated
        "{'single': 'quotes'}",
        '{"chief_complaint": "knee", "urgency": "soon", "summary": "x"}',  # invalid urgency
        '["not", "an", "object"]',
        _model_json(red_flags=["invented_flag"]),
    ],
)
def test_broken_output_uses_fallback(text: str) -> None:
    fallback = _fallback()
    result, used_fallback = parse_model_assessment(text, fallback)
    assert used_fallback
    assert result == fallback


@pytest.mark.parametrize("lower", ["routine", "self_care"])
def test_model_cannot_lower_urgency(lower: str) -> None:
    result, used_fallback = parse_model_assessment(_model_json(urgency=lower), _fallback("urgent"))
    assert not used_fallback
    assert result.urgency == "urgent"
    assert any("kept at urgent" in r for r in result.reasons)


def test_model_cannot_drop_red_flags() -> None:
    fallback = _fallback("emergency", ["stroke"])
    result, _ = parse_model_assessment(_model_json(urgency="routine", red_flags=[]), fallback)
    assert result.urgency == "emergency"
    assert result.red_flags == ["stroke"]


def test_model_may_raise_urgency() -> None:
    result, used_fallback = parse_model_assessment(
        _model_json(urgency="emergency"), _fallback("routine")
    )
    assert not used_fallback
    assert result.urgency == "emergency"
    assert result.red_flags == []
