"""The ranking code path (shared with bench/diagnosis_eval.py): validation and fallback."""

from __future__ import annotations

from consult import clinician_ai
from consult.knowledge.kb import get_condition
from consult.knowledge.retrieval import Hit

IDS = ("streptococcal_pharyngitis", "viral_pharyngitis", "common_cold", "influenza")
CASE = clinician_ai.Case(messages=[(1, "sore throat and fever since yesterday"), (2, "no cough")])


def hits():
    return [Hit(get_condition(cid), 1.0 - i / 10) for i, cid in enumerate(IDS)]


class FakeEngine:
    model_name = "fake"

    def __init__(self, text: str) -> None:
        self.text = text

    def stream(self, messages, *, on_stats=None, **kwargs):
        from consult.llm.engine import GenerationStats

        yield from self.text.split(" ")[:1] + [" " + w for w in self.text.split(" ")[1:]]
        if on_stats:
            on_stats(GenerationStats(10, 5, 0.01, 0.02, "stop"))


def label(cid):
    cond = get_condition(cid)
    return f"{cond.icd10} {cond.name_en}"


def test_garbage_falls_back_to_the_retrieval_order():
    ranking = clinician_ai.rank(CASE, hits(), FakeEngine("réussi токен 12 |||| ???"))
    assert ranking.fallback is True
    assert [i["condition_id"] for i in ranking.items] == list(IDS)
    assert all(i["ranked_by"] == "retrieval" for i in ranking.items)
    assert ranking.stats is not None  # the model was asked and measured


def test_a_valid_ranking_reorders_and_labels():
    text = "\n".join(
        [
            f"1. {label('viral_pharyngitis')} | likely | sore throat and fever",
            f"2. {label('streptococcal_pharyngitis')} | possible | fever",
            f"3. {label('influenza')} | less likely | no body aches",
        ]
    )
    ranking = clinician_ai.rank(CASE, hits(), FakeEngine(text))
    assert ranking.fallback is False
    order = [i["condition_id"] for i in ranking.items]
    assert order == ["viral_pharyngitis", "streptococcal_pharyngitis", "influenza", "common_cold"]
    assert ranking.items[0]["likelihood"] == "likely"
    assert ranking.items[0]["reason"] == "sore throat and fever"
    assert [i["ranked_by"] for i in ranking.items] == ["model"] * 3 + ["retrieval"]
    # evidence never comes from the model
    assert ranking.items[0]["evidence_for"][0]["source"] == "message"


def test_made_up_or_mismatched_candidates_are_rejected():
    candidates = [h.condition for h in hits()]
    wrong_code = (
        "1. Z99.9 Streptococcal pharyngitis | likely | x\n2. J00 Common cold | possible | y\n"
    )
    assert clinician_ai.parse_ranking(wrong_code + "3. x | likely | z", candidates) is None
    mismatch = (
        f"1. J00 Influenza | likely | a\n2. {label('viral_pharyngitis')} | possible | b\n"
        f"3. {label('influenza')} | possible | c"
    )
    assert clinician_ai.parse_ranking(mismatch, candidates) is None
    twice = "\n".join(f"{n}. {label('influenza')} | likely | a" for n in (1, 2, 3))
    assert clinician_ai.parse_ranking(twice, candidates) is None


def test_no_candidates_means_an_empty_fallback():
    ranking = clinician_ai.rank(clinician_ai.Case(), [], FakeEngine("anything"))
    assert ranking.items == [] and ranking.fallback is True
