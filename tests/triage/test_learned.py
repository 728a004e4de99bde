"""The learned emergency screen beside the rules (consult/triage/learned.py, schema.assess)."""

import pytest

from consult.triage import learned
from consult.triage.planner import InterviewState
from consult.triage.redflags import screen_conversation
from consult.triage.schema import URGENCY_RANK, TriageAssessment, assess

# An emergency the rules miss (thunderclap headache, bench/vignettes_bilingual.json v008 zh):
# out-of-fold P(emergency) 0.94 in bench/learned_eval.py, rules alone "routine".
RULES_MISS = "举重时突然出现一生中最痛的头痛，像雷击一样，脖子僵硬，还吐了"

BENIGN = [
    "I have a mild runny nose and a bit of a sore throat since yesterday, no fever",
    "my knee hurts when I climb stairs, for 3 weeks, 5/10",
    "喉咙有点痛，流鼻涕，两天了，疼痛2分",
    "手上长了个小疙瘩，不痛不痒，一个月了",
    "hello",
]

MESSAGES = [
    *BENIGN,
    RULES_MISS,
    "I have chest pain and I'm sweating",
    "我想死",
    "My knee hurts, 8/10, since yesterday",
    "I'm 72 years old and have a fever since yesterday",
    "fever for 5 days",
    "my baby has had a cold for a few days and tonight she's working really hard to breathe",
    "我爸这两天一直发烧，今天叫他都不怎么搭理人了",
]


def _assess(*messages: str, learned_on: bool | None = None) -> TriageAssessment:
    state = InterviewState.from_turns([("patient", m) for m in messages])
    return assess(state, screen_conversation(state.patient_messages), learned=learned_on)


@pytest.mark.parametrize("message", MESSAGES)
def test_raises_never_lowers(message: str) -> None:
    rules = _assess(message, learned_on=False)
    both = _assess(message, learned_on=True)
    assert URGENCY_RANK[both.urgency] >= URGENCY_RANK[rules.urgency]
    if both.urgency != rules.urgency:
        assert both.urgency == "emergency"
        assert both.reasons[0].startswith("Learned screen:")
    assert both.red_flags == rules.red_flags
    assert both.urgency_rules == rules.urgency_rules


def test_rules_emergency_is_kept_without_a_learned_reason() -> None:
    result = _assess("I have chest pain and I'm sweating", learned_on=True)
    assert result.urgency == "emergency"
    assert not any(r.startswith("Learned screen") for r in result.reasons)


def test_deterministic() -> None:
    rows = learned.training_rows()
    texts = [learned.patient_text([m]) for m in MESSAGES]
    first = learned.fit(rows).predict_proba(texts)[:, 1]
    second = learned.fit(rows).predict_proba(texts)[:, 1]
    assert list(first) == list(second)
    assert learned.model() is learned.model()  # trained once per process
    p = learned.emergency_probability([RULES_MISS])
    assert p == learned.emergency_probability([RULES_MISS])


def test_clear_emergency_the_rules_miss_is_escalated() -> None:
    result = _assess(RULES_MISS, learned_on=True)
    assert result.urgency == "emergency"
    assert learned.screen([RULES_MISS]).emergency
    if _assess(RULES_MISS, learned_on=False).urgency != "emergency":  # the rules still miss it
        assert result.reasons[0].startswith("Learned screen:")
        assert result.reasons_zh[0].startswith("学习型筛查：")


def test_reason_labelled_in_both_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "screen", lambda messages: learned.Screen(0.97, True))
    result = _assess("hello", learned_on=True)
    assert result.urgency == "emergency"
    assert result.reasons[0].startswith("Learned screen:") and "0.97" in result.reasons[0]
    assert result.reasons_zh[0].startswith("学习型筛查：") and "0.97" in result.reasons_zh[0]
    assert "Learned screen" in result.summary
    assert "学习型筛查" in result.summary_zh
    assert result.red_flags == []  # no red-flag code is invented


@pytest.mark.parametrize("message", BENIGN)
def test_benign_message_stays_unescalated(message: str) -> None:
    assert not learned.screen([message]).emergency
    assert _assess(message, learned_on=True).urgency == _assess(message, learned_on=False).urgency


def test_dont_know_answers_are_left_out() -> None:
    assert learned.patient_text(["chest hurts", "I don't know", "不知道。", " "]) == "chest hurts"


def test_setting_off(settings) -> None:
    settings.TELEMED_TRIAGE_LEARNED = False
    assert not learned.enabled()
    state = InterviewState.from_turns([("patient", RULES_MISS)])
    off = assess(state, screen_conversation(state.patient_messages))
    assert off.urgency == _assess(RULES_MISS, learned_on=False).urgency
    assert not any(r.startswith("Learned screen") for r in off.reasons)


def test_setting_on(settings) -> None:
    settings.TELEMED_TRIAGE_LEARNED = True
    assert learned.enabled()
    state = InterviewState.from_turns([("patient", RULES_MISS)])
    assert assess(state, screen_conversation(state.patient_messages)).urgency == "emergency"


def test_self_care_is_raised_to_urgent_by_the_safety_net(monkeypatch: pytest.MonkeyPatch) -> None:
    """Words near enough to emergencies (below the emergency threshold) never end at self-care:
    the floor makes it urgent, labelled, in both languages."""
    message = BENIGN[0]
    assert _assess(message, learned_on=False).urgency == "self_care"
    monkeypatch.setattr(learned, "emergency_probability", lambda messages: 0.75)
    result = _assess(message, learned_on=True)
    assert result.urgency == "urgent"
    assert result.reasons[0].startswith("Safety net:") and "0.75" in result.reasons[0]
    assert result.reasons_zh[0].startswith("安全兜底：")
    assert result.red_flags == []
    assert _assess(message, learned_on=False).urgency == "self_care"  # the setting off: none


def test_the_safety_net_leaves_other_urgencies_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    message = "my knee hurts when I climb stairs, for 3 weeks, 5/10"
    rules = _assess(message, learned_on=False).urgency
    assert rules != "self_care"
    monkeypatch.setattr(learned, "emergency_probability", lambda messages: 0.75)
    assert _assess(message, learned_on=True).urgency == rules
