"""Round 7 (r7a, r7b, r7c, r7t): the clinician's differential by class of miss, in English and
Chinese: lay words reach their concept (symptom_lexicon.tsv), colloquial names reach their
condition (names_zh.tsv), and a later answer that only names a past illness or a medicine is
history, not the complaint (retrieval.Retriever.without_history)."""

from __future__ import annotations

import pytest

from consult.knowledge.ages import ADULT_MONTHS, implied_ages, out_of_window
from consult.knowledge.concepts import lexicon
from consult.knowledge.flag_conditions import flagged_search


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # an irregular pulse told by a relative
        ("我爸说心脏老是乱跳", "irregular_heartbeat"),
        ("脉搏摸着忽快忽慢", "irregular_heartbeat"),
        ("her pulse is all over the place", "irregular_heartbeat"),
        # PCOS: rare periods, facial hair
        ("例假好几个月才来一次", "irregular_periods"),
        ("my periods only come every few months", "irregular_periods"),
        ("下巴上长了好多毛", "hirsutism"),
        ("i have dark hair on my upper lip", "hirsutism"),
        # anxiety
        ("整天瞎想 心里慌慌的", "anxiety"),
        ("i overthink everything and can't switch off", "anxiety"),
        # DVT: a red, swollen calf after a long coach ride
        ("腿肚子又红又肿", "calf_swelling"),
        ("坐了十个小时长途汽车", "long_travel"),
        ("after a long coach trip", "long_travel"),
        # burns and scalds
        ("倒开水的时候烫到了手", "burn_injury"),
        ("被热油溅到胳膊上", "burn_injury"),
        ("i scalded my arm with the kettle", "burn_injury"),
        ("burnt my finger on the stove", "burn_injury"),
        # suicidal thoughts told as 'everyone better off'
        ("觉得我死了家里人就解脱了", "suicidal"),
        ("everyone would be better off if i was gone", "suicidal"),
        # a faint at a blood test
        ("献血的时候晕了一下", "prolonged_standing"),
        ("fainted when having blood taken", "prolonged_standing"),
        ("献血的时候晕了一下 很快就醒了", "collapse"),
        # raised home readings and a repeat prescription
        ("自己量血压老是偏高", "high_bp"),
        ("my blood pressure readings are high at home", "high_bp"),
        # shingles spreading from the forehead to the eye
        ("额头上的疱疹往眼睛那边长", "forehead_rash"),
        ("blisters on my forehead spreading towards my eye", "forehead_rash"),
        # memory loss told by a relative
        ("我爸老是重复说话 记性差", "memory_loss"),
        ("mum keeps forgetting and repeats the same story", "memory_loss"),
        # a known epilepsy for review
        ("羊角风好多年了 来开药", "known_epilepsy"),
        ("i'm epileptic and need a repeat prescription", "known_epilepsy"),
        # peritonism in lay words (appendicitis)
        ("肚子一动就疼", "movement_pain"),
        ("it hurts to walk and every bump in the car", "movement_pain"),
        # dizziness on standing up (orthostatic hypotension)
        ("一站起来就眼前发黑", "on_standing"),
        ("dizzy when i stood up too quickly", "on_standing"),
        # hard to wake, told by a relative
        ("我爸早上喊不太醒", "confusion"),
        ("we couldn't wake her properly this morning", "confusion"),
    ],
)
def test_lay_words_reach_their_concept(text, concept):
    assert concept in lexicon().find(text).present


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("额头很烫 发烧了", "burn_injury"),  # a hot forehead is a fever, not a burn
        ("额头烫了一天", "burn_injury"),
        ("my forehead is hot", "forehead_rash"),
        ("pins and needles in my hands", "prolonged_standing"),
        ("头晕了一下", "collapse"),
        ("血压正常", "high_bp"),
    ],
)
def test_look_alikes_stay_out(text, concept):
    assert concept not in lexicon().find(text).present


@pytest.mark.parametrize(
    "text",
    [
        "我老公在抽搐 停不下来",
        "我妈早上喊不醒",
        "my husband collapsed and is jerking",
        "my dad is confused",
    ],
)
def test_a_spouse_or_parent_is_an_adult(text):
    assert implied_ages(text) == [ADULT_MONTHS]
    assert out_of_window(implied_ages(text), "febrile_seizure")
    assert out_of_window(implied_ages(text), "neonatal_jaundice")


@pytest.mark.parametrize(
    "text",
    [
        "我妈说宝宝发烧抽了一下",
        "my son has a fever, my mum looked after him",
        "孩子发烧",
        "baby is hot",
    ],
)
def test_a_named_child_keeps_the_age_open(text):
    assert implied_ages(text) == []


# --- retrieval (slow: the sentence model) -------------------------------------------------------


def top(retriever, text, k=3, flags=()):
    return [h.condition.id for h in flagged_search(retriever, text, list(flags), k)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("line", "history"),
    [
        ("高血压", True),
        ("高血压 糖尿病", True),
        ("有高血压多年", True),
        ("降压药", True),
        ("二甲双胍", True),
        ("high blood pressure", True),
        ("asthma", True),
        ("memory problems", False),  # dementia's name in brackets: a symptom, it stays
        ("constipation", False),  # a condition that is also a symptom stays
        ("头疼得厉害", False),
        ("血压高的时候头晕", False),
        ("不知道", False),
    ],
)
def test_history_lines(retriever, line, history):
    assert retriever.history_line(line) is history


@pytest.mark.slow
def test_history_lines_after_the_first_two_leave_the_query(retriever):
    query = "高血压\n我爸心里乱跳\n降压药\n高血压"
    assert retriever.without_history(query) == "高血压\n我爸心里乱跳"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative's account with blood pressure only as history
        ("\n".join(["我爸最近记性差 老重复说话"] * 2 + ["80", "一年多了", "氨氯地平", "高血压"]),
         "dementia"),
        ("\n".join(["我妈说心脏乱跳 一会快一会慢"] * 2 + ["75", "降压药", "高血压"]),
         "atrial_fibrillation"),
        ("例假三四个月才来一次 下巴长毛 还胖了", "polycystic_ovary_syndrome"),
        ("我小腿又红又肿 前天坐了很久的长途汽车", "deep_vein_thrombosis"),
        ("倒开水烫到手背 起了个水泡", "minor_burn"),
        ("scalded my wrist with the kettle, red and one small blister", "minor_burn"),
        ("觉得我死了家里人就解脱了", "suicidal_ideation"),
        ("献血的时候晕了一下 很快就醒了", "vasovagal_syncope"),
        ("额头起了一片疱疹 往眼睛那边长", "shingles_ophthalmicus"),
        ("羊角风好多年了 一直吃药 想来调药", "epilepsy"),
        ("自己量血压老是偏高 想开点降压药", "hypertension"),
        ("整天瞎想 心里慌慌的 半年了 睡不好", "generalised_anxiety_disorder"),
    ],
)  # fmt: skip
def test_round7_classes_rank_in_the_top_three(retriever, text, expected):
    assert expected in top(retriever, text)
