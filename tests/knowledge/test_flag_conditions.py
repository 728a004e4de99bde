"""A deterministic red flag puts its condition among the first diagnostic suggestions
(consult/knowledge/flag_conditions.py), in the clinician tool and in bench/ai_eval.py alike."""

from __future__ import annotations

from dataclasses import dataclass

from consult.knowledge.flag_conditions import AGREEMENT, FLAG_CONDITIONS, flagged_first
from consult.knowledge.kb import load_conditions
from consult.triage import redflags


@dataclass
class _C:
    id: str


@dataclass
class _Hit:
    condition: _C


def _ranking(*ids: str) -> list[_Hit]:
    return [_Hit(_C(i)) for i in ids]


def _ids(hits) -> list[str]:
    return [h.condition.id for h in hits]


def test_every_flag_and_condition_exists():
    codes = {r.code for r in (*redflags.RULES, *redflags.EXTRA_RULES)}
    kb = {c.id for c in load_conditions()}
    for code, conditions in FLAG_CONDITIONS.items():
        assert code in codes, code
        assert conditions and set(conditions) <= kb, code


def test_no_flag_keeps_the_retrieval_order():
    ranking = _ranking("migraine", "tension_headache", "sinusitis", "stroke")
    assert _ids(flagged_first(ranking, [], 3)) == ["migraine", "tension_headache", "sinusitis"]
    assert _ids(flagged_first(ranking, ["severe_breathing"], 3)) == _ids(ranking[:3])


def test_a_flagged_condition_retrieval_agrees_with_moves_first():
    ranking = _ranking("migraine", "tension_headache", "bells_palsy", "stroke", "tia")
    assert _ids(flagged_first(ranking, ["stroke"], 3)) == ["stroke", "migraine", "tension_headache"]


def test_two_agreeing_conditions_keep_their_retrieval_order():
    ranking = _ranking("gord", "transient_ischaemic_attack", "stroke", "migraine")
    assert _ids(flagged_first(ranking, ["stroke"], 3)) == [
        "transient_ischaemic_attack",
        "stroke",
        "gord",
    ]


def test_far_down_only_the_flags_first_condition_moves_up():
    far = [f"c{n}" for n in range(AGREEMENT)]
    ranking = _ranking(*far, "depression", "suicidal_ideation")
    first = flagged_first(ranking, ["suicide_self_harm"], 3)
    assert _ids(first) == ["suicidal_ideation", "c0", "c1"]
