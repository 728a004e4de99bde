"""The sentence gate: the patient sees only sentences that passed the output check, and exactly
what is stored."""

from __future__ import annotations

from consult.ai.gate import SentenceGate
from consult.triage.safety import check_patient_reply

UNSAFE_TAIL = [
    "How long ",
    "has it hurt? ",
    "The maximum safe dose of paracetamol",
    " for an adult is 10 milligrams.",
    " Take it now.",
]


def gate(max_sentences: int = 2) -> tuple[SentenceGate, list[str]]:
    shown: list[str] = []
    return SentenceGate(
        lambda s: check_patient_reply(s, "en").ok, shown.append, max_sentences=max_sentences
    ), shown


def test_a_reply_that_turns_unsafe_never_shows_the_unsafe_sentence() -> None:
    g, shown = gate(max_sentences=3)
    for piece in UNSAFE_TAIL:
        g.feed(piece)
    g.finish(complete=True)
    assert "".join(shown) == "How long has it hurt?"
    assert g.blocked and g.text == "How long has it hurt?"
    assert "paracetamol" not in "".join(shown)


def test_nothing_is_released_before_its_sentence_is_complete() -> None:
    g, shown = gate()
    g.feed("How long has")
    assert shown == []
    g.feed(" it hurt? Where")
    assert shown == ["How long has it hurt?"]


def test_a_last_sentence_without_a_full_stop_counts_only_when_the_model_ended_it() -> None:
    cut, shown_cut = gate()
    cut.feed("Does it hurt when you walk")
    cut.finish(complete=False)  # hit a token limit mid-sentence
    assert shown_cut == []
    whole, shown_whole = gate()
    whole.feed("Does it hurt when you walk")
    whole.finish(complete=True)
    assert shown_whole == ["Does it hurt when you walk"]


def test_it_closes_after_max_sentences_and_strips_role_markers() -> None:
    g, shown = gate(max_sentences=2)
    g.feed("Assistant: I see. When did it start? Do you have a fever? Are you ok?")
    assert g.closed and not g.blocked
    assert "".join(shown) == "I see. When did it start?"


def test_chinese_sentences_are_checked_one_by_one() -> None:
    shown: list[str] = []
    g = SentenceGate(lambda s: check_patient_reply(s, "zh").ok, shown.append, max_sentences=3)
    for piece in ["疼了多久", "了？", "您可以吃布洛芬，", "每次两片。"]:
        g.feed(piece)
    g.finish(complete=True)
    assert "".join(shown) == "疼了多久了？" and g.blocked
