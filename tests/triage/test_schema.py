"""Tests for the deterministic assessment and the safe parsing of model assessments."""

import json
import re
from dataclasses import dataclass

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
        (["my chest feels like an elephant is sitting on it"], "emergency"),
        (["胸口压榨样疼痛，出冷汗"], "emergency"),
        (["pain moved to the lower right side of my tummy and I threw up"], "emergency"),
        (["右下腹痛，吐了两次，不想吃东西"], "emergency"),
        (["back pain and now numb around my bottom"], "emergency"),
        (["the whole family has headaches and feels sick at home"], "emergency"),
        (["全家人都头疼恶心，家里用的是煤气热水器"], "emergency"),
        (["my husband has a fever and is confused"], "emergency"),
        (["我吐血了"], "emergency"),
        (["chest pain"], "urgent"),
        (["胸口疼"], "urgent"),
        (["my 2 year old has a barking cough"], "urgent"),
        (["孩子咳嗽像狗叫，吸气的时候有响声"], "urgent"),
        (["a stripe of blisters on one side of my back"], "urgent"),
        (["I twisted my ankle, it's swollen but I can walk on it"], "self_care"),
        (["崴了脚，有点肿，还能走路"], "self_care"),
        (["diarrhoea since last night, stomach cramps"], "self_care"),
        (["拉肚子，从昨晚开始，有点恶心"], "self_care"),
        (["runny nose and a scratchy throat"], "self_care"),
        (["always tired and constipated for months"], "routine"),
        (["throbbing headache with zigzag lines in my vision"], "routine"),
        # round 12: a fever after travel to a malaria area is urgent by itself (nhs.uk 'Malaria':
        # urgent GP or 111), 999 only with a severe sign (tests/triage/test_r12f_travel.py)
        (["back from Nigeria a week ago, now a fever with chills"], "urgent"),
        (["从非洲回来一周，反复高烧、寒战"], "urgent"),
        (
            ["back from Nigeria a week ago, now a fever with chills", "and I'm confused"],
            "emergency",
        ),
        (["从非洲回来一周，反复高烧、寒战", "眼睛发黄"], "emergency"),
        (["my eye is red and painful and my vision is blurry"], "urgent"),
        (["胳膊红肿发烫，范围越来越大"], "urgent"),
        (["my big toe is red, hot and swollen"], "routine"),
        (["最近总觉得很累，体重也在下降"], "routine"),
        (["my eye is red and sticky, vision is fine"], "self_care"),
        (["被蚊子咬了，起了个包，很痒"], "self_care"),
        (["上班累了一天，头有点胀痛"], "self_care"),
        (["burning when I pee, fever and pain in my back on the right side"], "urgent"),
        (["拉肚子带血，发烧两天了"], "urgent"),
        (["a bit of bleeding when I wipe, itchy bottom, for 2 weeks"], "routine"),
        (["my son hit his head, now he's vomiting and very sleepy"], "emergency"),
        (["孩子摔倒撞到头，现在一直吐，很想睡觉"], "emergency"),
        # the rules say urgent (dehydration); the learned screen retrained in round 10 raises it
        # (P 0.81), on the side of NHS Healthier Together's red list for a child with D&V ("not
        # had a wee or wet nappies for 12 hours": A&E / 999), which other regions put at amber
        (["我家宝宝1岁，上吐下泻两天了，今天一直没尿"], "emergency"),
        (["my stomach hurts and it's hard as a board"], "emergency"),
        (["哮喘又犯了，喘，喷雾不太管用"], "urgent"),
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


def _turns_assess(turns: list, **kwargs) -> TriageAssessment:
    state = InterviewState.from_turns(turns, **kwargs)
    return assess(state, screen_conversation(state.patient_messages))


def test_summaries_in_both_languages_quote_the_patient() -> None:
    result = _assess("I've had a cough for 3 days, 3/10, no fever. I'm 70.")
    assert result.summary.startswith("Patient says: “I've had a cough for 3 days")
    assert "Severity: 3/10" in result.summary and "Denies: fever" in result.summary
    assert result.summary_zh.startswith("患者原话：“I've had a cough for 3 days")
    assert "严重程度：3/10" in result.summary_zh and "否认：发热" in result.summary_zh
    assert "年龄：70岁" in result.summary_zh
    assert result.summary_for("zh-hans") == result.summary_zh
    assert result.summary_for("en") == result.summary
    assert result.reasons_for("zh")[0] and result.reasons_for("zh") == result.reasons_zh


def test_chinese_summary_has_chinese_labels_and_the_patient_words() -> None:
    result = _assess("我头疼三天了，有点发烧，没有呕吐", "有高血压")
    assert result.patient_quote == "我头疼三天了，有点发烧，没有呕吐"
    assert "“我头疼三天了，有点发烧，没有呕吐”" in result.summary_zh
    assert "既往史：高血压" in result.summary_zh
    assert "症状：头痛、低热" in result.summary_zh
    assert result.lang == "zh"
    # Outside quotes and the patient's own values, the Chinese summary carries no English.
    quoted = re.sub(r"“[^”]*”", "", result.summary_zh)
    assert not re.search(r"[A-Za-z]{2,}", quoted)


def test_a_value_for_another_fact_never_lands_under_severity() -> None:
    turns = [
        ("patient", "my stomach hurts"),
        ("assistant", "?", "severity"),
        ("patient", "It started yesterday morning"),
    ]
    result = _turns_assess(turns)
    assert result.severity is None
    assert "Severity" not in result.summary
    assert "Onset/duration: started yesterday morning" in result.summary


def test_a_late_fact_updates_the_assessment() -> None:
    turns: list = [("patient", "my knee hurts"), ("assistant", "?", "severity"), ("patient", "?")]
    before = _turns_assess(turns)
    assert before.severity is None and before.urgency == "routine"
    turns += [("assistant", "Thank you", "handover"), ("patient", "it is 8/10 now")]
    after = _turns_assess(turns)
    assert after.severity == 8
    assert after.urgency == "urgent"
    assert "Severity: 8/10" in after.summary
    assert "Added later: “it is 8/10 now”" in after.summary
    assert "后续补充：“it is 8/10 now”" in after.summary_zh


def test_old_stored_assessments_still_validate() -> None:
    old = {
        "chief_complaint": "cough",
        "findings_present": ["cough"],
        "findings_absent": [],
        "duration": "3 days",
        "severity": 3,
        "urgency": "self_care",
        "reasons": ["Mild"],
        "red_flags": [],
        "summary": "CC: cough. Urgency: self_care.",
    }
    result = TriageAssessment.model_validate(old)
    assert result.summary_zh == "" and result.facts == {}
    assert result.summary_for("zh") == old["summary"]


@dataclass
class _Finding:
    code: str
    label_en: str
    label_zh: str
    level: str


def test_urgent_level_findings_raise_to_urgent_without_a_red_flag() -> None:
    state = InterviewState.from_turns([("patient", "a dull ache in my chest")])
    finding = _Finding("chest_pain", "Chest pain", "胸痛", "urgent")
    result = assess(state, [finding])
    assert result.urgency == "urgent"
    assert result.red_flags == []
    assert "Urgent finding: Chest pain" in result.reasons


def test_a_yes_to_the_chest_companions_question_is_an_emergency() -> None:
    turns = [
        ("patient", "I have a pain in my chest"),
        ("assistant", "?", "chest_companions"),
        ("patient", "yes"),
    ]
    result = _turns_assess(turns)
    assert result.urgency == "emergency"
    assert "cardiac_chest_pain" in result.urgency_rules
    no = _turns_assess([*turns[:2], ("patient", "no, none of those")])
    assert no.urgency == "urgent"


def test_discriminators_cite_a_reference() -> None:
    from consult.triage.urgency import DISCRIMINATORS

    assert len({d.code for d in DISCRIMINATORS}) == len(DISCRIMINATORS)
    for d in DISCRIMINATORS:
        assert d.source and d.reason_en and d.reason_zh
        assert d.level in ("emergency", "urgent")


def test_model_assessment_keeps_the_code_built_bilingual_fields() -> None:
    fallback = _assess("my knee hurts, 8/10, since yesterday")
    result, used_fallback = parse_model_assessment(_model_json(), fallback)
    assert not used_fallback
    assert result.summary_zh == fallback.summary_zh
    assert result.patient_quote == fallback.patient_quote
    assert fallback.patient_quote in result.summary
    assert result.facts == fallback.facts
