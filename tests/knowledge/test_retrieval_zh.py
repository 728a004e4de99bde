"""Retrieval in Chinese: concepts, not an English-only embedding of Chinese text."""

from __future__ import annotations

import numpy as np
import pytest

from consult.knowledge import retrieval

pytestmark = pytest.mark.slow

NOT_FOR_A_PLAIN_HEADACHE = {
    "dengue_fever",
    "malaria",
    "carbon_monoxide_poisoning",
    "heat_exhaustion",
    "heat_stroke",
    "hypertensive_urgency",
}


def top(retriever, text, k=5):
    return [h.condition.id for h in retriever.search(text, k)]


@pytest.mark.parametrize("text", ["头痛三天", "头疼三天了", "I've had a headache for three days"])
def test_a_plain_headache_gives_a_headache_differential(retriever, text):
    ids = top(retriever, text)
    assert {"tension_headache", "migraine"} & set(ids[:3]), ids
    assert not NOT_FOR_A_PLAIN_HEADACHE & set(ids), ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("胸痛，出汗", "acute_myocardial_infarction"),
        ("胸口压榨样疼痛，痛到左臂，大汗", "acute_myocardial_infarction"),
        ("喉咙痛，吞咽困难，发烧，扁桃体上有白点，不咳嗽", "streptococcal_pharyngitis"),
        ("尿频尿急，小便的时候很痛", "lower_uti"),
        ("嘴唇和舌头肿起来，呼吸困难，刚吃了花生", "anaphylaxis"),
        ("脸一边歪了，一侧手抬不起来，说话含糊不清", "stroke"),
        ("每年春天打喷嚏，流鼻涕，眼睛痒", "allergic_rhinitis"),
        ("早上起床第一步脚后跟特别痛", "plantar_fasciitis"),
        ("我不想活了，一直在想怎么结束生命", "suicidal_ideation"),
    ],
)
def test_chinese_cases_find_the_condition(retriever, text, expected):
    assert expected in top(retriever, text, 3)


def test_chest_pain_with_sweating_ranks_an_emergency_first(retriever):
    for text in ("胸痛，出汗", "chest pain and sweating"):
        assert retriever.search(text, 1)[0].condition.urgency == "emergency", text


def test_chinese_text_never_reaches_the_english_embedding_model(retriever, monkeypatch):
    seen: list[str] = []
    real = retriever._embed

    def recording(texts):
        seen.extend(texts)
        return real(texts)

    monkeypatch.setattr(retriever, "_embed", recording)
    retriever.search("头痛三天，恶心", 5)
    assert seen == []
    retriever.search("头痛三天 and nausea since Monday", 5)
    assert seen and all(not retrieval._CJK_RE.search(t) for t in seen)


def test_the_same_case_in_both_languages_agrees(retriever):
    pairs = [
        ("throbbing headache on one side with nausea, light hurts", "一侧搏动性头痛，恶心，怕光"),
        (
            "diarrhoea and vomiting since last night, stomach cramps",
            "从昨晚开始拉肚子呕吐，肚子绞痛",
        ),
    ]
    for en, zh in pairs:
        assert top(retriever, en, 1) == top(retriever, zh, 1), (en, zh)


def test_english_part_strips_chinese():
    assert retrieval.english_part("头痛 for 3 days，恶心") == "for 3 days"
    assert retrieval.english_part("头痛三天") == ""


def test_scores_are_finite_for_any_text(retriever):
    for text in ("", "？？？", "asdf qwer", "😀", "头"):
        assert np.isfinite(retriever.scores(text or " ")).all()
