"""bench/ai_eval.py: scoring functions, the simulated interview, a well-formed held-out set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consult.knowledge.kb import load_conditions
from consult.triage.lang import detect_language
from consult.triage.planner import FACTS
from tests.bench_eval import load_ai_eval

REPO = Path(__file__).resolve().parents[2]


ai_eval = load_ai_eval()
HELDOUT = json.loads((REPO / "bench" / "heldout" / "cases.json").read_text(encoding="utf-8"))
CASES = HELDOUT["cases"]
ANSWER_KEYS = set(FACTS) | {"age"}


def test_heldout_is_marked_never_for_tuning():
    assert "never used for tuning" in HELDOUT["about"].lower()


def test_heldout_size_languages_and_emergencies():
    assert len(CASES) >= 60
    zh = [c for c in CASES if c["lang"] == "zh"]
    assert len(zh) >= 30
    assert {c["lang"] for c in CASES} == {"en", "zh"}
    emergencies = [c for c in CASES if c["expected_urgency"] == "emergency"]
    assert len(emergencies) >= 12
    assert {c["lang"] for c in emergencies} == {"en", "zh"}
    for urgency in ai_eval.URGENCIES:  # every triage class is represented
        assert any(c["expected_urgency"] == urgency for c in CASES)


def test_heldout_cases_are_well_formed():
    kb_ids = {c.id for c in load_conditions()}
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    for case in CASES:
        where = case["id"]
        assert case["source"].strip(), where
        assert case["expected_urgency"] in ai_eval.URGENCY_RANK, where
        first = case["messages"]["first"]
        assert first.strip(), where
        assert detect_language(first) == case["lang"], where
        answers = case["messages"]["answers"]
        assert set(answers) <= ANSWER_KEYS, where
        assert all(v.strip() for v in answers.values()), where
        assert all(detect_language(v) == "zh" for v in answers.values() if case["lang"] == "zh"
                   and any("\u4e00" <= ch <= "\u9fff" for ch in v)), where  # fmt: skip
        expected = case["expected_conditions"]
        assert expected is None or (expected and set(expected) <= kb_ids), where
        # the eval script reads every case
        assert ai_eval.normalise_case(case).id == where


def test_triage_scores_counts_under_and_over_triage():
    pairs = [
        ("emergency", "emergency"),
        ("emergency", "urgent"),  # under-triage, missed emergency
        ("routine", "urgent"),  # over-triage
        ("self_care", "self_care"),
        ("urgent", "routine"),  # under-triage
    ]
    s = ai_eval.triage_scores(pairs)
    assert s == {"n": 5, "exact": 2, "under": 2, "over": 1, "emerg_n": 2, "emerg_hit": 1}
    assert ai_eval.pct(s["emerg_hit"], s["emerg_n"]) == "1/2  50.0%"
    assert ai_eval.pct(0, 0) == "n/a"


def test_topk_scores_use_the_first_expected_id_and_skip_unknown_diagnoses():
    rows = [
        (["a", "b"], ["a", "x", "y"]),  # top-1
        (["b", "a"], ["a", "x", "b"]),  # top-3 only
        (["c"], ["a", "b", "x", "c"]),  # miss: fourth
        (None, ["a"]),  # not in the knowledge base: not counted
    ]
    assert ai_eval.topk_scores(rows) == {"n": 3, "top1": 1, "top3": 2}


def test_tuning_vignettes_are_read_in_their_own_format():
    cases = ai_eval.load_cases(ai_eval.SETS["tuning"])
    assert cases and all(c.expected_conditions and len(c.expected_conditions) == 1 for c in cases)
    raw = {"id": "t1", "text": "我头疼三天了", "expected_id": "tension_headache",
           "expected_urgency": "self_care"}  # fmt: skip
    case = ai_eval.normalise_case(raw)
    assert (case.lang, case.first, case.answers) == ("zh", "我头疼三天了", {})
    with pytest.raises(ValueError):
        ai_eval.normalise_case({**raw, "expected_urgency": "soon"})


def test_answers_map_fact_aliases_and_fall_back_per_language():
    case = ai_eval.normalise_case(
        {"id": "x", "lang": "zh", "source": "test",
         "messages": {"first": "我肚子疼", "answers": {"duration": "两天", "associated": "想吐"}},
         "expected_urgency": "routine", "expected_conditions": None}  # fmt: skip
    )
    assert ai_eval.answer_for(case, "onset_duration") == "两天"
    assert ai_eval.answer_for(case, "associated_symptoms") == "想吐"
    assert ai_eval.answer_for(case, "chest_pain_companions") == "想吐"
    assert ai_eval.answer_for(case, "allergies") == "不知道"
    assert ai_eval.answer_for(case, "chief_complaint") == "我肚子疼"


def test_simulated_interview_answers_each_question_and_ends():
    case = ai_eval.normalise_case(
        {"id": "x", "lang": "en", "source": "test",
         "messages": {"first": "I have a sore throat",
                      "answers": {"onset_duration": "3 days", "severity": "2/10",
                                  "associated_symptoms": "runny nose", "history": "none",
                                  "medications": "none", "allergies": "none"}},
         "expected_urgency": "self_care", "expected_conditions": ["viral_pharyngitis"]}  # fmt: skip
    )
    interview = ai_eval.simulate_interview(case)
    assert 1 <= len(interview.asked) <= ai_eval.MAX_TURNS
    assert len(interview.patient_messages) == len(interview.asked) + 1
    assert "3 days" in interview.patient_messages
    result = ai_eval.triage(interview.patient_messages, interview.turns)
    assert result["urgency"] in ai_eval.URGENCY_RANK and result["flags"] == []


def test_an_emergency_screened_on_the_first_message_stops_the_interview_and_stays():
    """As in the product: the screen after a message escalates at once, the interview stops,
    and what the patient would have said next cannot take it back."""
    case = ai_eval.normalise_case(
        {"id": "x", "lang": "en", "source": "test",
         "messages": {"first": "I took 30 sleeping pills an hour ago",
                      "answers": {"onset_duration": "an hour", "severity": "I feel fine"}},
         "expected_urgency": "emergency", "expected_conditions": None}  # fmt: skip
    )
    interview = ai_eval.simulate_interview(case)
    assert interview.screened == "emergency"
    assert interview.asked == [] and interview.patient_messages == [case.first]
    rows = ai_eval.run_set("x", [case], retriever=None, engine=None, verbose=False)
    assert rows[0]["predicted"] == "emergency" and rows[0]["questions"] == 0


def test_a_plain_story_is_not_screened_up():
    case = ai_eval.normalise_case(
        {"id": "x", "lang": "en", "source": "test",
         "messages": {"first": "I have a sore throat", "answers": {"onset_duration": "3 days"}},
         "expected_urgency": "self_care", "expected_conditions": None}  # fmt: skip
    )
    assert ai_eval.simulate_interview(case).screened is None


def test_red_flags_make_an_emergency():
    messages = ["I have crushing chest pain going down my left arm and I'm sweating"]
    result = ai_eval.triage(messages, [{"role": "patient", "text": messages[0]}])
    assert result["urgency"] == "emergency" and result["flags"]


def test_strict_check_flags_the_other_language():
    assert ai_eval.strict_check("请问您疼了多久？", "zh")
    assert not ai_eval.strict_check("请问您疼了多久？ How long?", "zh")
    assert ai_eval.strict_check("How long has it hurt?", "en")
    assert not ai_eval.strict_check("You probably have the flu, take 400 mg ibuprofen?", "en")


def test_model_sample_spreads_over_each_language():
    cases = [
        ai_eval.normalise_case(
            {"id": f"{lang}{i}", "lang": lang, "text": "x", "expected_id": "common_cold",
             "expected_urgency": "self_care"}  # fmt: skip
        )
        for lang in ("en", "zh")
        for i in range(10)
    ]
    assert ai_eval.model_sample(cases, 2) == {"en0", "en5", "zh0", "zh5"}
    assert len(ai_eval.model_sample(cases, 0)) == 20


def test_only_an_ask_decision_asks():
    from types import SimpleNamespace as Decision

    assert ai_eval._fact_of(Decision(action="ask", fact="severity")) == "severity"
    assert ai_eval._fact_of(Decision(action="wait", fact="severity")) is None
    assert ai_eval._fact_of(Decision(action="handover", fact=None)) is None
    assert ai_eval._fact_of({"action": "ask", "fact": "allergies"}) == "allergies"
    assert ai_eval._fact_of("location") == "location"
    assert ai_eval._fact_of(None) is None
