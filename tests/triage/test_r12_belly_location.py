"""Round 12: "tummy" / "肚子" names no place, so the interview asks where in the tummy the pain is
(NICE CKS Appendicitis: pain around the navel that moves to the lower right); a told place is not
asked again."""

import pytest

from consult.triage.phrases import BELLY_LOCATION_QUESTION
from consult.triage.planner import InterviewState, compose_question, decide

ANSWER = {"en": "I'm not sure", "zh": "说不清"}


def _asked_until_handover(first: str, lang: str) -> tuple[list[str], dict[str, str]]:
    turns: list[object] = [("patient", first)]
    asked: list[str] = []
    questions: dict[str, str] = {}
    for _ in range(12):
        state = InterviewState.from_turns(turns)
        decision = decide(state)
        if decision.action != "ask":
            break
        asked.append(decision.fact)
        questions[decision.fact] = compose_question(state, decision.fact, lang)
        turns += [
            {"role": "assistant", "text": "?", "asked": decision.fact},
            ("patient", ANSWER[lang]),
        ]
    return asked, questions


@pytest.mark.parametrize(
    "first, lang",
    [
        ("I've had tummy pain since last night and feel sick", "en"),
        ("my stomach hurts, started this morning", "en"),
        ("bad belly ache for 2 days", "en"),
        ("pain in my abdomen since yesterday", "en"),
        ("肚子疼了一晚上，有点恶心", "zh"),
        ("孩子腹部疼，昨天开始的", "zh"),
    ],
)
def test_a_tummy_without_a_place_is_asked_where(first, lang):
    asked, questions = _asked_until_handover(first, lang)
    assert "location" in asked
    assert questions["location"].endswith(BELLY_LOCATION_QUESTION[lang])


@pytest.mark.parametrize(
    "first, lang",
    [
        ("pain in my lower right tummy since last night", "en"),
        ("pain around my belly button that started this morning", "en"),
        ("upper tummy pain after fatty food", "en"),
        ("右下腹疼了一天", "zh"),
        ("肚脐周围疼，昨天开始", "zh"),
        ("胃疼了两天", "zh"),
    ],
)
def test_a_told_place_is_not_asked_again(first, lang):
    asked, _ = _asked_until_handover(first, lang)
    assert "location" not in asked


def test_other_complaints_keep_the_usual_location_question():
    asked, questions = _asked_until_handover("I have a rash", "en")
    assert "location" in asked
    assert BELLY_LOCATION_QUESTION["en"] not in questions["location"]
