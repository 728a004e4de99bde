"""Round 9w: the clinician's differential, in English and Chinese, with look-alikes.

- A denied medicine denies the medicine, not the illness it treats ("以前没吃过降压药", "never
  taken blood pressure tablets" leave high blood pressure unsaid; nhs.uk High blood pressure).
- Words that only looked like findings: "dribbling when I drink" is drooling (Bell's palsy, nhs.uk
  Bell's palsy), not an after-dribble of urine; "a bit miserable ... tongue" is no bitten tongue;
  a red, bumpy tongue is scarlet fever's (nhs.uk Scarlet fever); 又犯了 (a known illness flaring)
  is no recurrent pattern; a neck that will not turn is neck pain (nhs.uk Neck pain); 积食 is
  indigestion (nhs.uk Indigestion); a pressure found at a check-up (体检) is hypertension's.
- A flag that fires on a baby hard to wake names its seizure conditions only when a fit is told
  (nhs.uk Dehydration: a baby drowsy after vomiting and diarrhoea)."""

from __future__ import annotations

import pytest

from consult.knowledge.concepts import lexicon
from consult.knowledge.flag_conditions import told_flags


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("以前没吃过降压药", "bp_medicine"),
        ("never taken blood pressure tablets", "bp_medicine"),
        ("not on ramipril", "ace_inhibitor"),
        ("没吃过普利类的药", "ace_inhibitor"),
        ("没有高血压", "high_bp"),
        ("no high blood pressure", "high_bp"),
        ("血压不高", "high_bp"),
    ],
)
def test_denials_deny_what_they_name(text, concept):
    found = lexicon().find(text)
    assert concept in found.absent and concept not in found.present


@pytest.mark.parametrize(
    "text",
    [
        "以前没吃过降压药",
        "没吃过降压片",
        "never taken blood pressure tablets",
        "never took bp meds",
        "not on ramipril",
        "没吃普利",
    ],
)
def test_a_denied_medicine_does_not_deny_the_illness(text):
    assert "high_bp" not in lexicon().find(text).absent


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("单位体检说我血压高，没吃过降压药", "high_bp"),
        ("bp 160/100 at the pharmacy, never been on blood pressure tablets", "high_bp"),
        ("i take blood pressure tablets", "high_bp"),
        ("医生给开了降压药", "high_bp"),
        ("my dad takes blood pressure tablets", "bp_medicine"),  # third party: still the words
        ("cant close right eye properly, dribbling when i drink", "drooling"),
        ("drink keeps dribbling out of the side of my mouth", "drooling"),
        ("dribbling after i pee", "post_void_dribble"),
        ("pee just dribbles out", "urinary_retention"),
        ("tongue looks red and bumpy", "strawberry_tongue"),
        ("i bit my tongue during the fit", "tongue_bite"),
        ("my back's killing me", "back_pain"),
        ("早上起来脖子转不动了，一转就疼得要命", "neck_pain"),
        ("脖子动不了", "neck_pain"),
        ("i can't turn my neck since this morning", "neck_pain"),
        ("奶奶说是积食了", "bloating"),
        ("单位体检说我血压高", "found_at_check"),
        ("picked up at a routine check-up", "found_at_check"),
    ],
)
def test_lay_words_reach_their_concept(text, concept):
    assert concept in lexicon().find(text).present


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("cant close right eye properly, dribbling when i drink", "post_void_dribble"),
        ("dribbling when i drink", "urinary_retention"),
        ("baby is dribbling a lot, teething", "post_void_dribble"),
        ("hes a bit miserable, still playing\ntongue looks red", "tongue_bite"),
        ("哮喘又犯了", "recurrent"),
        ("老慢支又犯了", "recurrent"),
        ("没有体检过", "found_at_check"),
        ("脖子不疼", "neck_pain"),
        ("neck doesn't hurt", "neck_pain"),
    ],
)
def test_look_alikes_stay_out(text, concept):
    assert concept not in lexicon().find(text).present


class _Lex:
    lexicon = lexicon()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("宝宝上吐下泻两天了，现在一直睡，叫不太醒", False),
        ("baby has been vomiting and has diarrhoea, now very drowsy and hard to wake", False),
        ("孩子发烧抽搐了，现在叫不醒", True),
        ("he had a fit and now won't wake up", True),
        ("爸爸刚才手脚一直抽，现在叫不醒", True),
    ],
)
def test_a_seizure_flag_needs_a_fit_told(text, kept):
    flags = told_flags(_Lex(), text, ["unconscious_seizure", "sick_child"])
    assert ("unconscious_seizure" in flags) is kept
    assert "sick_child" in flags


# --- retrieval (slow: the sentence model) -------------------------------------------------------


RANKED_FIRST = [
    ("哮喘又犯了，喷了好几下蓝色的喷雾还是喘，胸口发紧，晚上一直咳", "asthma_exacerbation"),
    ("单位体检说我血压高，量了几次都是150多/95，平时偶尔后脑勺发胀\n没吃药", "hypertension"),
    ("face feels weird on one side\ncant close right eye properly, dribbling when i drink\n"
     "ear ached a bit yesterday. arms and legs are totally fine", "bells_palsy"),
    ("rash on my little boy\ntemp and sore throat yesterday, rash this morning\n"
     "hes a bit miserable, still playing\ntongue looks red and bumpy, swollen glands in his neck",
     "scarlet_fever"),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), RANKED_FIRST)
def test_cases_rank_first(retriever, text, expected):
    assert retriever.search(text, 3)[0].condition.id == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("孩子前天晚上吃了太多肉，这两天老说肚子胀，不太想吃饭，奶奶说是积食了\n5岁",
         "functional_dyspepsia"),
        ("早上起来脖子转不动了，一转就疼得要命，昨晚在沙发上歪着睡着的。手不麻，没发烧",
         "neck_pain"),
        ("好几个月了晚上就是睡不着，躺下脑子停不下来，两三点才睡着，白天没精神\n工作压力大",
         "insomnia"),
        ("i'm 58, high blood pressure, never been on tablets for it", "hypertension"),
        ("我58岁，体检说血压高，以前没吃过降压药，最近头胀", "hypertension"),
        # look-alikes keep their own condition
        ("my lips and tongue swelled up, i'm on ramipril", "angioedema"),
        ("pain between my balls and my bum, hurts to pee, weak flow", "acute_prostatitis"),
    ],
)  # fmt: skip
def test_round9w_cases_in_the_top_three(retriever, text, expected):
    assert expected in [h.condition.id for h in retriever.search(text, 3)]
