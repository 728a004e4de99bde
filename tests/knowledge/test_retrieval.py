"""Embedding retrieval: accuracy on clear vignettes, and the on-disk index cache."""

import json

import pytest

from consult.knowledge import retrieval
from consult.knowledge.kb import load_conditions

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def model():
    return retrieval.load_model()  # cached per process: loaded once for the session


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It burns when I pee and I need to go all the time, urine is cloudy", "lower_uti"),
        (
            "crushing chest pain going down my left arm, sweating and short of breath",
            "acute_myocardial_infarction",
        ),
        ("her face is drooping on one side, arm is weak and her speech is slurred", "stroke"),
        (
            "pain moved from my belly button to the lower right side, nauseous, no appetite",
            "acute_appendicitis",
        ),
        (
            "after eating peanuts my throat is swelling, lips puffy, hard to breathe, hives",
            "anaphylaxis",
        ),
        ("every spring I sneeze constantly, runny nose and itchy watery eyes", "allergic_rhinitis"),
        ("尿频尿急，小便的时候很痛", "lower_uti"),
    ],
)
def test_clear_vignettes_in_top3(retriever, text, expected):
    hits = retriever.search(text, k=3)
    assert expected in [h.condition.id for h in hits]


def test_hits_are_sorted_and_bounded(retriever):
    hits = retriever.search("fever and cough", k=5)
    assert len(hits) == 5
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert retriever.search("   ") == []


def test_index_is_cached_on_disk(retriever, model):
    again = retrieval.Retriever(retriever.cache_dir)
    assert retriever.built is True
    assert again.built is False
    assert (again.embeddings == retriever.embeddings).all()


def test_index_rebuilt_when_data_changes(model, tmp_path):
    raw = [c.to_dict() for c in load_conditions()[:5]]
    data = tmp_path / "small.json"
    data.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    cache = tmp_path / "cache"

    first = retrieval.Retriever(cache, data_path=data)
    assert first.built and len(first.embeddings) == 5
    assert not retrieval.Retriever(cache, data_path=data).built

    raw[0]["symptoms"].append("itchy left elbow")
    data.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    rebuilt = retrieval.Retriever(cache, data_path=data)
    assert rebuilt.built
    assert rebuilt.cache_key != first.cache_key
    assert len(list(cache.glob("kb-index-*.npy"))) == 1  # stale index removed
