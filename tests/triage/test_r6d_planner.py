"""Round 6d (bench r6d): the age of a baby or young child told without a possessive is asked
(NICE NG143: any fever of 38 C or more under 3 months is red), and with it the fever's urgency."""

import pytest

from consult.triage.planner import InterviewState, decide, needs_age

from .turns import urgency_of


def _first(text: str) -> InterviewState:
    return InterviewState.from_turns([("patient", text)])


@pytest.mark.parametrize(
    "text",
    [
        "baby feels warm temp 38.2 what dose calpol",
        "newborn not feeding well today",
        "infant with a runny nose and a cough",
        "toddler has a rash on his tummy",
        "the baby has been sick twice",
        "bub has had a temperature since lunch",
        "little one threw up after her feed",
        "宝宝发烧38.5度",
        "新生儿黄疸",
        "小宝拉肚子三天了",
    ],
)
def test_age_asked_for_a_baby_without_a_possessive(text):
    state = _first(text)
    assert needs_age(state)
    # asked right after the red-flag companions ("anything else?"), before the other questions
    first = decide(state).fact
    if first != "age":
        assert first == "associated_symptoms"
        state = InterviewState.from_turns(
            [
                ("patient", text),
                {"role": "assistant", "text": "?", "asked": first},
                ("patient", "nothing else"),
            ]
        )
        assert decide(state).fact == "age"


@pytest.mark.parametrize(
    "text",
    [
        "I have a sore throat and a cough",
        "got some baby wipes stuck in my ear",
        "my back hurts after lifting",
        "我喉咙疼两天了",
    ],
)
def test_age_not_asked_for_an_adult_first(text):
    assert not needs_age(_first(text))


def test_age_not_asked_again_once_known():
    state = InterviewState.from_turns(
        [
            ("patient", "baby feels warm temp 38.2"),
            {"role": "assistant", "text": "?", "asked": "age"},
            ("patient", "10 weeks"),
        ]
    )
    assert not needs_age(state)


@pytest.mark.parametrize(
    "turns",
    [
        ("baby feels warm temp 38.2 what dose calpol", ("age", "10 weeks")),
        ("baby feels warm temp 38.2", ("age", "10 weeks"), ("onset_duration", "this evening")),
        ("宝宝发烧38.2度", ("age", "两个月")),
        ("newborn feels hot, 38 on the thermometer", ("age", "3 weeks")),
    ],
)
def test_fever_under_3_months_at_least_urgent(turns):
    # NICE NG143: under 3 months with a temperature of 38 C or higher is red
    assert urgency_of(*turns, learned=False) in ("urgent", "emergency")
