"""Round 6 (r6a, r6b, r6c): the clinician's differential by class of miss, in English and Chinese,
with look-alikes that must not move: red flags from the registered screens name their condition
(consult/knowledge/flag_conditions.py), lay words reach their concept (symptom_lexicon.tsv), and
a baby's stated age keeps newborn-only conditions out (consult/knowledge/retrieval.py)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from consult.knowledge import retrieval
from consult.knowledge.flag_conditions import (
    FLAG_CONDITIONS,
    SCREEN_FLAG_CONDITIONS,
    flagged_first,
    flagged_search,
)
from consult.knowledge.kb import load_conditions
from consult.triage import redflags


@dataclass
class _C:
    id: str


@dataclass
class _Hit:
    condition: _C


def _ids(hits) -> list[str]:
    return [h.condition.id for h in hits]


# --- red flags of the registered screens -------------------------------------------------------


def test_screen_flags_exist_and_name_known_conditions():
    kb = {c.id for c in load_conditions()}
    for code, conditions in SCREEN_FLAG_CONDITIONS.items():
        assert redflags.rule(code).code == code
        assert code not in FLAG_CONDITIONS, code
        assert conditions and set(conditions) <= kb, code


@pytest.mark.parametrize(
    ("flag", "condition"),
    [
        ("head_injury_warning", "concussion"),
        ("head_injury_red", "concussion"),
        ("head_injury_blood_thinner", "concussion"),
        ("sepsis", "sepsis"),
        ("sepsis_signs", "sepsis"),
        ("suicidal_thoughts", "suicidal_ideation"),
        ("worst_headache", "subarachnoid_haemorrhage"),
    ],
)
def test_a_screen_flag_puts_its_condition_first(flag, condition):
    far = [f"c{n}" for n in range(12)]
    ranking = [_Hit(_C(c)) for c in (*far, condition)]
    assert _ids(flagged_first(ranking, [flag], 3))[0] == condition


def test_cauda_equina_screen_flag_leaves_the_ranking_alone():
    # it also fires on numb, cold legs with a sudden back pain (aortic dissection)
    ranking = [_Hit(_C(c)) for c in ("renal_colic", "aortic_dissection", "sciatica")]
    ranking.append(_Hit(_C("cauda_equina_syndrome")))
    assert _ids(flagged_first(ranking, ["cauda_equina"], 3))[:2] == [
        "renal_colic",
        "aortic_dissection",
    ]


# --- retrieval on lay phrasings (slow: the sentence model) --------------------------------------


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    return retrieval.Retriever(tmp_path_factory.mktemp("kb-cache-r6"))


def top(retriever, text, k=3, flags=()):
    return _ids(flagged_search(retriever, text, list(flags), k))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("my dad fell and banged his head, now he's been sick twice and is confused",
         ["head_injury_warning"]),
        ("我爸在楼梯上摔了一跤，头磕到了，吐了两次，有点糊涂", ["head_injury_warning"]),
    ],
)  # fmt: skip
def test_head_injury_flag_ranks_concussion_first(retriever, text, flags):
    assert top(retriever, text, flags=flags)[0] == "concussion"
