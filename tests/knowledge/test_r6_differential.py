"""Round 6 (r6a, r6b, r6c): the clinician's differential by class of miss, in English and Chinese,
with look-alikes that must not move: red flags from the registered screens name their condition
(consult/knowledge/flag_conditions.py), lay words reach their concept (symptom_lexicon.tsv), and
a baby's stated age keeps newborn-only conditions out (consult/knowledge/retrieval.py)."""

from __future__ import annotations

import pytest

from consult.knowledge.ages import out_of_window, stated_ages
from consult.knowledge.concepts import ConceptWeights, lexicon
from consult.knowledge.flag_conditions import (
    FLAG_CONDITIONS,
    SCREEN_FLAG_CONDITIONS,
    flagged_first,
    flagged_search,
)
from consult.knowledge.kb import load_conditions
from consult.triage import redflags

from .test_flag_conditions import _C, _Hit  # retrieval hits as flagged_first reads them


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


# --- a stated age, and who the patient is ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("my 10-month-old has had the runs", 10),
        ("she's 4 months old", 4),
        ("baby is 5 weeks", 5 * 12 / 52),
        ("my six week old won't settle", 6 * 12 / 52),
        ("a 3 year old with a cough", 36),
        ("孩子两岁半，咳嗽", 30),
        ("4个月大的宝宝发烧", 4),
        ("宝宝才10个月", 10),
        ("我今年35岁", 420),
    ],
)
def test_stated_ages(text, months):
    assert any(abs(age - months) < 0.01 for age in stated_ages(text))


@pytest.mark.parametrize(
    "text",
    [
        "2 days of diarrhoea and being sick",
        "about 4 weeks now",
        "I was sick 3 weeks ago",
        "my baby's a bit grumpy",
        "这两天大便有点黑",
        "咳嗽快俩礼拜了",
        "76",
    ],
)
def test_durations_and_bare_numbers_are_no_age(text):
    assert stated_ages(text) == []


def test_age_windows():
    assert out_of_window([10.0], "neonatal_jaundice")
    assert out_of_window([30.0], "bronchiolitis")
    assert not out_of_window([30.0], "croup")
    assert not out_of_window([], "neonatal_jaundice")  # no age stated: no evidence
    assert not out_of_window([1.0, 420.0], "neonatal_jaundice")  # the baby's age fits
    assert not out_of_window([10.0], "viral_gastroenteritis")  # no window


def test_population_concepts_are_marked():
    lex = lexicon()
    assert {"child", "infant", "elderly"} <= {c.id for c in lex.concepts.values() if c.population}
    assert not lex.concepts["fever"].population
    assert ConceptWeights().population < 1.0


# --- retrieval on lay phrasings (slow: the sentence model) --------------------------------------


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


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a baby word says who, not what: the symptoms lead
        ("baby has had the runs\n2 days of diarrhoea and being sick", "viral_gastroenteritis"),
        ("宝宝拉肚子，还吐了，一天拉了五六次水样便", "viral_gastroenteritis"),
    ],
)
def test_a_baby_word_does_not_outrank_the_symptoms(retriever, text, expected):
    assert expected in top(retriever, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "excluded"),
    [
        ("my 10 month old has diarrhoea and is being sick, a bit sleepy", "neonatal_jaundice"),
        (
            "she's 8 months old, crying a lot in the evenings and pulling her legs up",
            "pyloric_stenosis",
        ),
        ("孩子两岁半，咳嗽，喘，发烧38度", "bronchiolitis"),
    ],
)
def test_a_stated_age_outside_the_window_keeps_the_condition_out(retriever, text, excluded):
    assert excluded not in top(retriever, text)


@pytest.mark.slow
def test_a_newborn_keeps_newborn_conditions(retriever):
    # look-alike: the stated age fits, so the window does not move it
    assert "neonatal_jaundice" in top(retriever, "my 5 day old baby looks yellow, skin and eyes")
    assert "neonatal_jaundice" in top(retriever, "宝宝出生5天，皮肤和眼睛发黄")


# --- lay words (symptom_lexicon.tsv, round 6) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("mole on my back looks different", "mole_change"),
        ("背上那颗痣最近颜色不一样了", "mole_change"),
        ("worried about my mums memory, she repeats herself", "memory_loss"),
        ("我妈最近老忘事，记性越来越差", "memory_loss"),
        ("wife says i stop breathing when im asleep", "sleep_apnoea"),
        ("老婆说我晚上会憋气", "sleep_apnoea"),
        ("boob is sore and red", "breast_pain"),
        ("mum had a little fall, bumped her head", "head_injury"),
        ("knocked my forehead on the patio edge", "head_injury"),
        ("后脑勺磕在瓷砖上了，起了个包", "head_injury"),
        ("我妈在卫生间摔了一跤", "fall_injury"),
        ("took a tumble in the garden", "fall_injury"),
        ("got burnt at the beach yesterday", "sunburn_exposure"),
        ("昨天在海边晒伤了，肩膀火辣辣的", "sunburn_exposure"),
        ("her rash feels like sandpaper", "sandpaper_rash"),
        ("cough still hanging around after a cold", "persistent_cough"),
        ("咳嗽快俩礼拜了，一直不见好", "persistent_cough"),
        ("孩子吸气的时候有尖尖的声音", "stridor"),
        ("嘴唇有点发紫", "cyanosis"),
        ("尿不湿一上午都是干的，哭的时候眼泪很少", "dehydration"),
        ("lips and face a bit puffy after a satay", "lip_swelling"),
        ("always get seasick on the ferry", "motion_travel"),
    ],
)
def test_lay_words_reach_their_concept(text, concept):
    assert concept in lexicon().find(text).present


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("used to burn a lot as a kid", "child"),  # one's own childhood, not a child patient
        ("worried about my mum's memory", "anxiety"),  # the relative's worry
        ("forgot to turn the gas off", "bloating"),  # the cooker, not wind
        ("胸闷憋气，喘不上来", "sleep_apnoea"),  # breathless by day, not apnoea
        ("i got burnt on the oven door", "sunburn_exposure"),  # a kitchen burn
    ],
)
def test_look_alike_phrases_are_not_the_finding(text, concept):
    assert concept not in lexicon().find(text).present


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mole on my back looks different\nedges look ragged and it's 2 colours now", "melanoma"),
        ("背上的痣最近变大了，边缘不规则", "melanoma"),
        ("worried about my dad's memory\nhe repeats himself and got lost driving home", "dementia"),
        ("我爸最近记性越来越差，老忘事，出门还迷路", "dementia"),
        (
            "snore like a train, wife says i stop breathing when im asleep",
            "obstructive_sleep_apnoea",
        ),
        ("晚上打呼噜声音很大，老婆说我会憋气，白天老犯困", "obstructive_sleep_apnoea"),
        ("got burnt at the beach, shoulders red and sore, no blisters", "sunburn"),
        ("昨天在海边晒伤了，肩膀又红又疼", "sunburn"),
        ("took a tumble, knocked my forehead on the step, bit of a headache", "concussion"),
        ("我妈摔了一跤，后脑勺磕到了，起了个包，有点头疼", "concussion"),
        ("cough still hanging around 4 weeks after a cold, no fever", "acute_bronchitis"),
        ("咳嗽快俩礼拜了，一开始像感冒，后来越咳越厉害，晚上咳醒", "pertussis"),
        ("孩子两岁半，嗓子哑，吸气的时候有尖尖的声音，咳嗽", "croup"),
    ],
)
def test_lay_phrasings_rank_their_condition(retriever, text, expected):
    assert expected in top(retriever, text)


# --- a flag's own condition is always among the first ---------------------------------------------


def test_the_flags_own_condition_follows_a_closer_agreeing_one():
    ranking = [_Hit(_C(c)) for c in ("depression", "fibromyalgia", "insomnia")]
    ranking += [_Hit(_C(f"c{n}")) for n in range(12)] + [_Hit(_C("suicidal_ideation"))]
    assert _ids(flagged_first(ranking, ["suicide_self_harm"], 3)) == [
        "depression",
        "suicidal_ideation",
        "fibromyalgia",
    ]


def test_two_agreeing_conditions_are_unchanged():
    ranking = [_Hit(_C(c)) for c in ("angioedema", "urticaria", "anaphylaxis")]
    assert _ids(flagged_first(ranking, ["anaphylaxis"], 3)) == [
        "angioedema",
        "anaphylaxis",
        "urticaria",
    ]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("ive sorted out who gets my stuff", "suicidal"),
        ("后事都安排好了", "suicidal"),
        ("whats even the point anymore", "low_mood"),
        ("活着有什么意思", "low_mood"),
    ],
)
def test_warning_signs_of_suicide_in_lay_words(text, concept):
    assert concept in lexicon().find(text).present


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "flags", "expected"),
    [
        (
            "whats even the point anymore\nnot sleeping, not eating much. ive sorted out who "
            "gets my stuff",
            ["suicide_self_harm"],
            "suicidal_ideation",
        ),
        (
            "活着有什么意思，后事都安排好了，睡不着也吃不下",
            ["suicide_self_harm"],
            "suicidal_ideation",
        ),
        ("lips tingly and a bit puffy after a satay takeaway", ["anaphylaxis"], "anaphylaxis"),
    ],
)
def test_flagged_condition_reaches_the_top_three(retriever, text, flags, expected):
    assert expected in top(retriever, text, flags=flags)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("rash on my forehead that stings", "forehead_rash"),
        ("额头上起了一片疱疹", "forehead_rash"),
        ("eye on that side a bit red and watery", "red_eye"),
        ("red patch, bigger since yesterday", "spreading_redness"),
        ("where i scraped it on the shed door", "wound"),
        ("baby's a bit grizzly today", "irritability"),
    ],
)
def test_skin_and_eye_lay_words(text, concept):
    assert concept in lexicon().find(text).present


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "rash on my forehead that stings\ntingly burning for 2 days\neye on that side a bit "
            "red and watery",
            "shingles_ophthalmicus",
        ),
        (
            "red patch on my shin, bigger since yesterday, hot and sore to touch, where i "
            "scraped it",
            "cellulitis",
        ),
        ("小腿上蹭破了皮，现在一片红肿发烫，越来越大", "cellulitis"),
    ],
)
def test_skin_phrasings_rank_their_condition(retriever, text, expected):
    assert expected in top(retriever, text)


# --- round 6 (r6d, r6e): lay words by class, and a Chinese body part denied after it ------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("肩膀不疼", "shoulder_pain"),
        ("头也不晕", "dizziness"),
        ("腿没肿", "ankle_swelling"),
    ],
)
def test_zh_body_part_denied_after_it(text, concept):
    found = lexicon().find(text)
    assert concept not in found.present


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("嗓子疼不痒", "sore_throat"),  # the finding is named before the denial of another
        ("肩膀疼得厉害", "shoulder_pain"),
        ("肩膀不太舒服", "shoulder_pain"),
    ],
)
def test_zh_post_denial_look_alikes_stay_present(text, concept):
    assert concept in lexicon().find(text).present


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("怀孕7周 内裤上有点血", "vaginal_bleeding"),
        ("7 weeks pregnant, a bit of blood in my knickers", "vaginal_bleeding"),
        ("my dad was doing the garden all afternoon", "heat_exposure"),
        ("工地上中午干活晕乎乎的", "heat_exposure"),
        ("heart sometimes does a little flutter", "palpitations"),
        ("心里发慌", "palpitations"),
        ("swaps between loose and constipated", "alternating_bowel"),
        ("better after pooing", "relief_after_bowel"),
        ("拉完就好了", "relief_after_bowel"),
        ("同一个问题问好几遍", "memory_loss"),
        ("做饭忘关火", "memory_loss"),
        ("要两三个小时才睡着", "insomnia"),
        ("takes hours to get to sleep", "insomnia"),
        ("白天像个僵尸", "fatigue"),
        ("容易发火", "irritability"),
    ],
)
def test_r6d_r6e_lay_words(text, concept):
    assert concept in lexicon().find(text).present


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("got a scratch on my shin gardening", "heat_exposure"),  # gardening is no heat
        ("工地上摔了一跤", "heat_exposure"),
        ("白天像个僵尸", "stiffness"),
    ],
)
def test_r6d_r6e_look_alikes(text, concept):
    assert concept not in lexicon().find(text).present


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "my dad was doing the garden all afternoon now hes a bit odd and confused\n"
            "skin hot and dry, not sweating at all, he was sick",
            "heat_stroke",
        ),
        ("工地上一个老乡中午干活晕乎乎的\n身上摸着滚烫但是不怎么出汗了，吐了一次", "heat_stroke"),
        ("怀孕7周 内裤上有点血 正常吗\n有点点坠胀 不头晕 肩膀不疼", "miscarriage"),
        (
            "i get bloated all the time\nswaps between loose and constipated, better after "
            "pooing",
            "irritable_bowel_syndrome",
        ),
        ("睡不着已经好几个月了，躺床上脑子停不下来\n要两三个小时才睡着，白天像个僵尸", "insomnia"),
        ("heart sometimes does a little flutter for a few seconds", "atrial_fibrillation"),
    ],
)
def test_r6d_r6e_phrasings_rank_their_condition(retriever, text, expected):
    assert expected in top(retriever, text)


def test_infected_kidney_stone_flag_names_the_stone_first():
    assert FLAG_CONDITIONS["kidney_stone_infected"][0] == "renal_colic"
    assert redflags.rule("kidney_stone_infected").code == "kidney_stone_infected"
    ranking = [_Hit(_C(c)) for c in ("fibromyalgia", "scarlet_fever", "scabies", "renal_colic")]
    assert _ids(flagged_first(ranking, ["kidney_stone_infected"], 3))[0] == "renal_colic"


@pytest.mark.parametrize(
    "text", ["刚从尼日利亚回来，发烧发冷", "back from a work trip to Nigeria", "上个月去了越南"]
)
def test_named_tropical_country_is_travel(text):
    assert "travel_tropics" in lexicon().find(text).present


def test_coming_home_from_school_is_no_travel():
    assert "travel_tropics" not in lexicon().find("从学校回来就发烧了").present
