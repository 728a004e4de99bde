"""The bilingual symptom lexicon: both languages map onto the same concepts, with negation."""

from __future__ import annotations

import pytest

from consult.knowledge.concepts import ConceptIndex, Lexicon, lexicon, translate_phrase
from consult.knowledge.kb import load_conditions


@pytest.mark.parametrize(
    ("text", "concepts"),
    [
        ("I've had a headache for three days", {"headache"}),
        ("头痛三天", {"headache"}),
        ("头疼得厉害", {"headache"}),
        ("fever since yesterday", {"fever"}),
        ("发烧两天", {"fever"}),
        ("有点发热", {"fever"}),
        ("chest pain and sweating", {"chest_pain", "sweating"}),
        ("胸痛，出汗", {"chest_pain", "sweating"}),
        ("crushing pain in my chest", {"crushing_chest_pain", "chest_pain"}),
        ("胸口压榨样疼痛", {"crushing_chest_pain", "chest_pain"}),
        ("worst headache of my life", {"thunderclap_headache", "severe_headache", "headache"}),
        ("拉肚子，呕吐", {"diarrhoea", "vomiting"}),
        ("it burns when I pee", {"dysuria"}),
        ("尿频尿急", {"frequency", "urgency"}),
        ("喘不过气", {"breathless"}),
        ("毫无征兆地心跳得很厉害", {"palpitations"}),  # 无 in 毫无征兆 is no negation
    ],
)
def test_both_languages_name_the_same_concepts(text, concepts):
    assert concepts <= lexicon().find(text).present


@pytest.mark.parametrize(
    ("text", "denied", "reported"),
    [
        ("sore throat, no cough", {"cough"}, {"sore_throat"}),
        ("No fever.", {"fever"}, set()),
        ("喉咙痛，不咳嗽", {"cough"}, {"sore_throat"}),
        ("没有发烧、咳嗽", {"fever", "cough"}, set()),
        ("I don't have a fever but my head hurts", {"fever"}, {"headache"}),
        ("否认胸痛", {"chest_pain"}, set()),
    ],
)
def test_negation_in_both_languages(text, denied, reported):
    found = lexicon().find(text)
    assert denied <= found.absent
    assert reported <= found.present
    assert not denied & found.present


def test_symptom_words_are_not_negation():
    found = lexicon().find("I can't breathe and the rash doesn't fade under a glass, 吃不下")
    assert {"breathless", "non_blanching_rash", "poor_appetite"} <= found.present


def test_a_word_inside_a_longer_finding_is_not_a_finding_of_its_own():
    found = lexicon().find("discharge from my ear")
    assert "ear_discharge" in found.present
    assert "vaginal_discharge" not in found.present


def test_every_condition_has_concepts_in_both_languages():
    lex = lexicon()
    index = ConceptIndex(load_conditions(), lex)
    thin = []
    for cond, profile in zip(index.conditions, index.profiles, strict=True):
        assert profile, cond.id
        thin += [cond.id] if len(profile) < 3 else []
        zh = set().union(*(lex.find(p).present for p in cond.symptoms_zh))
        assert zh, f"{cond.id}: no Chinese symptom maps to a concept"
    assert len(thin) <= len(index.conditions) // 10, thin


def test_malformed_lexicon_is_refused(tmp_path):
    bad = tmp_path / "lex.tsv"
    bad.write_text("fever>nothing\tfever\t发烧\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown parent"):
        Lexicon(bad)
    bad.write_text("fever\tfever\n", encoding="utf-8")
    with pytest.raises(ValueError, match="3 tab-separated"):
        Lexicon(bad)


def test_translate_phrase():
    assert translate_phrase("sore throat", "zh") == "喉咙痛"
    assert translate_phrase("shortness of breath", "zh") == "气短"
    assert translate_phrase("something unheard of", "zh") == "something unheard of"
