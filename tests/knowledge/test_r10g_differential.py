"""Round 10g: the clinician's differential, lay words in English and Chinese, with look-alikes.

Sources (what each page advises, and the words it uses):
- nhs.uk Heart attack: chest pain "like a heavy weight", can feel like indigestion; sweating,
  looking pale or grey -> call 999.
- nhs.uk Iron deficiency anaemia: tiredness, pale skin, shortness of breath (puffed out).
- nhs.uk Erectile dysfunction: unable to get or keep an erection.
- nhs.uk Sunburn / Burns and scalds: red, sore, stinging skin after the sun or hot water.
- nhs.uk Constipation: not having a poo at least 3 times in a week.
- nhs.uk Roseola: rash after the fever; nhs.uk Meningitis: the glass test - a rash that FADES
  under a glass is not the meningitis rash.
- nhs.uk Fever in children: 38C or higher.
- nhs.uk Sleep apnoea: breathing stops and starts, loud snoring, very sleepy during the day.
- nhs.uk Testicular torsion: sudden pain in the testicles, groin or tummy, being sick.
- nhs.uk Pneumonia / Pleurisy: chest pain when breathing in; smoking (抽了四十年烟) is no fit.
- nhs.uk Dehydration: peeing little, dark urine."""

from __future__ import annotations

import pytest

from consult.knowledge.concepts import lexicon


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("a heavy feeling in my chest", "chest_pain"),
        ("like an elephant on my chest", "chest_pain"),
        ("my husband says i look grey", "pallor"),
        ("他脸色煞白", "pallor"),
        ("get puffed on the stairs", "breathless"),
        ("struggling keeping it up lately", "erection_problem"),
        ("can't stay hard", "erection_problem"),
        ("四天没拉了", "constipation"),
        ("好几天没拉，肚子胀", "constipation"),
        ("my shoulders are bright red and it stings", "skin_redness"),
        ("my shoulders are bright red and it stings", "burning_pain"),
        ("dozed off sunbathing by the pool", "sunburn_exposure"),
        ("倒开水的时候溅到胳膊上", "burn_injury"),
        ("宝宝体温38.4", "fever"),
        ("摸着额头有点热", "fever"),
        ("temp of 38.2", "fever"),
        ("他睡觉打呼，还突然憋气", "apnoea"),
        ("白天老是困，看电视就睡着", "daytime_sleepiness"),
        ("pulled a muscle in his groin", "groin_pain"),
        ("大腿根那里疼", "groin_pain"),
        ("右边胸口深吸气的时候疼", "pleuritic_pain"),
        ("烟抽了二十多年", "smoker"),
        ("抽了三十年烟", "smoker"),
        ("only peed twice since yesterday", "dehydration"),
        ("weeing hardly anything", "dehydration"),
        ("拿杯子压会褪色", "blanching_rash"),
    ],
)
def test_lay_words_reach_their_concept(text, concept):
    assert concept in lexicon().find(text).present


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("抽了三十年烟", "seizure"),
        ("烟抽了二十多年", "seizure"),
        ("fell asleep on the sofa", "fall_injury"),
        ("it stings when I wash", "sting_or_bite"),
        ("用玻璃杯压会褪色", "non_blanching_rash"),
        ("没拉肚子", "constipation"),
        ("no weight on my chest, just a cough", "chest_pain"),
        ("他脸色不白，还好", "pallor"),
        ("身上不热", "fever"),
    ],
)
def test_look_alikes_stay_out(text, concept):
    assert concept not in lexicon().find(text).present


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("孩子抽了一下，翻白眼", "seizure"),
        ("he had a fit", "seizure"),
        ("fell over in the garden", "fall_injury"),
        ("stung by a wasp", "sting_or_bite"),
        ("杯子压着不褪", "non_blanching_rash"),
        ("purple spots that don't fade under a glass", "non_blanching_rash"),
    ],
)
def test_the_real_findings_still_count(text, concept):
    assert concept in lexicon().find(text).present


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("might be heartburn but there's a heavy weight on my chest for half an hour, sweaty and "
         "grey", "acute_myocardial_infarction"),
        ("can't keep it up with my partner for a few months now", "erectile_dysfunction"),
        ("就是四天没拉了，肚子有点胀", "constipation"),
        ("dozed off sunbathing, now my shoulders are bright red and it stings", "sunburn"),
        ("倒开水溅到手上，红了一块，火辣辣的", "minor_burn"),
        ("他打呼噜很响，睡着了会突然憋气，白天开会都能睡着", "obstructive_sleep_apnoea"),
        ("my 13 year old boy hurt his groin, threw up and his tummy hurts, came on suddenly",
         "testicular_torsion"),
        ("exhausted for months, everyone says I look grey, get puffed on hills",
         "iron_deficiency_anaemia"),
    ],
)
def test_cases_in_the_top_three(retriever, text, expected):
    assert expected in [h.condition.id for h in retriever.search(text, k=3)]
