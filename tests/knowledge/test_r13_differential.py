"""Round-13 differential (r12h, r12bh, r13t): lay words of the stories retrieval missed, in
English and Chinese, each with look-alikes that must not be read so.

- A wound far more painful than it should be, skin gone purple-grey, dark blisters (nhs.uk
  Necrotising fasciitis); a thorn or bush scratch is a wound, not an itch.
- "Nearly collapsed", 差点晕倒: feeling faint, not a collapse; "went white": pale (nhs.uk Fainting,
  Heat exhaustion and heatstroke).
- Everyone in the tent or the house ill at once, the dog too (nhs.uk Carbon monoxide poisoning).
- Hot fat spitting onto the skin is a burn (nhs.uk Burns and scalds).
- 喘气有点短 is breathlessness; "coughing up green", "lips a bit bluey" (NICE CKS COPD; nhs.uk
  Shortness of breath).
- A blood sugar reading below 4 (nhs.uk Low blood sugar); 差不多全吃了 is an overdose, not a
  denial (nhs.uk Paracetamol for adults).
- A weakened immune system: a fever then names sepsis (NICE CG151; nhs.uk Sepsis); a classmate
  with measles is a contact (nhs.uk Measles).
- A sharp pain when breathing in, sudden breathlessness, a hip replaced last week (nhs.uk
  Pulmonary embolism); a lump on the head after a fall (nhs.uk Head injury and concussion);
  耳屎 and sounds gone quieter (nhs.uk Earwax build-up).
- The history answer's risk factors (抽烟, 血脂也高) are history, not the complaint."""

from __future__ import annotations

import pytest

from consult.knowledge.concepts import lexicon
from consult.knowledge.flag_conditions import told_flags


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("its only a tiny cut, way worse than a scratch should be", "pain_out_of_proportion"),
        ("一个小伤口却疼得厉害", "pain_out_of_proportion"),
        ("scratched my shin on a rose bush", "wound"),
        ("被玫瑰刺扎了一下", "wound"),
        ("the skin round it has gone purple-grey", "skin_darkening"),
        ("there are some dark blisters", "skin_darkening"),
        ("there are some dark blisters", "blisters"),
        ("伤口周围紫黑，起了黑色的水泡", "skin_darkening"),
        ("my husband nearly collapsed at the cricket", "dizziness"),
        ("我爸在外面差点晕倒", "dizziness"),
        ("went white, sweating like mad", "pallor"),
        ("all 4 of us woke up with headaches", "family_unwell"),
        ("even the dog is sluggish", "family_unwell"),
        ("一家四口早上起来都头疼", "family_unwell"),
        ("fat spat off the bbq onto my forearm", "burn_injury"),
        ("炒菜被油溅到手背", "burn_injury"),
        ("一身冷汗，喘气有点短", "breathless"),
        ("coughing up green stuff", "coloured_sputum"),
        ("咳出来的是绿色的痰", "coloured_sputum"),
        ("his lips look a bit bluey", "cyanosis"),
        ("一测3.6，给他喝了果汁", "low_sugar"),
        ("blood sugar was 3.2 after football", "low_sugar"),
        ("一盒20片差不多全吃了", "overdose"),
        ("took the whole packet", "overdose"),
        ("EC chemotherapy through the hospital", "immunosuppressed"),
        ("在做化疗，今天发烧了", "immunosuppressed"),
        ("a child in my son's class has measles", "infection_contact"),
        ("班上有个同学得了麻疹", "infection_contact"),
        ("a sharp pain in my chest when I breathe in", "pleuritic_pain"),
        ("I suddenly got really short of breath", "sudden_breathless"),
        ("I had my hip replaced 8 days ago", "long_travel"),
        ("上周做了膝关节置换", "long_travel"),
        ("左耳闷，掏耳朵的时候好像有硬硬的耳屎", "earwax"),
        ("think there's wax in my ear", "earwax"),
        ("听声音有点小", "hearing_loss"),
    ],
)
def test_lay_words_name_their_concept(text, concept):
    assert concept in lexicon().find(text).present


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("the cut is sore but no worse than a scratch should be", "pain_out_of_proportion"),
        ("I scratched my arm because it itched", "wound"),
        ("dark circles under my eyes", "skin_darkening"),
        ("my husband nearly collapsed at the cricket", "collapse"),
        ("我爸在外面差点晕倒", "collapse"),
        ("white spots on her tonsils", "pallor"),
        ("our dog bit me on the hand", "family_unwell"),
        ("I eat a lot of fatty food", "burn_injury"),
        ("喘气声音很粗", "breathless"),
        ("green snot from her nose", "coloured_sputum"),
        ("he uses a blue inhaler", "cyanosis"),
        ("血糖13.2", "low_sugar"),
        ("sugar 13.5 this morning", "low_sugar"),
        ("测了38.5度", "low_sugar"),
        ("没有吃过量", "overdose"),
        ("买了一盒感冒药", "overdose"),
        ("I work at the chemist", "immunosuppressed"),
        ("在做理疗", "immunosuppressed"),
        ("a rash where my watch strap is in contact with the skin", "infection_contact"),
        ("a pain in my knee when I walk", "pleuritic_pain"),
        ("gradually got short of breath over the last few weeks", "sudden_breathless"),
        ("never had an operation", "long_travel"),
        ("说话声音变小了", "hearing_loss"),
        ("I had my legs waxed yesterday", "earwax"),
    ],
)
def test_look_alikes_do_not(text, concept):
    assert concept not in lexicon().find(text).present


def test_nearly_collapsed_and_collapsed_differ():
    assert "collapse" in lexicon().find("he collapsed in the garden").present
    assert "collapse" in lexicon().find("他晕倒了").present


class _Lex:
    lexicon = lexicon()


@pytest.mark.parametrize(
    ("text", "added"),
    [
        ("temp of 38.3 and shivery\nEC chemotherapy, third cycle 9 days ago", True),
        ("在做化疗，今天烧到38.5度，发冷", True),
        ("weakened immune system, feeling shivery tonight", True),
        ("on chemotherapy, no fever, just tired", False),
        ("化疗后掉头发，没发烧", False),
        ("temp of 38.3 and shivery, probably a cold from my grandson", False),
        ("孩子发烧38度，流鼻涕", False),
    ],
)
def test_a_fever_with_a_weak_immune_system_names_sepsis(text, added):
    flags = told_flags(_Lex(), text, [])
    assert ("neutropenic_sepsis" in flags) is added


def test_sign_flags_follow_the_fired_flags():
    flags = told_flags(_Lex(), "on chemo, temperature 38.4", ["severe_breathing"])
    assert flags == ["severe_breathing", "neutropenic_sepsis"]


# --- retrieval (slow: the sentence model) -------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("line", "history"),
    [
        ("高血压好多年了，抽烟，血脂也高", True),
        ("smoker, high cholesterol", True),
        ("抽烟", True),
        ("抽烟以后咳嗽", False),
        ("胸口也疼，头也晕", False),
        ("smoke makes me cough", False),
    ],
)
def test_risk_factors_in_the_history_answer_are_history(retriever, line, history):
    assert retriever.history_line(line) is history


IN_TOP_3 = [
    (
        "Scratched my shin on a rose bush 2 days ago, its only a tiny cut but its killing me\n"
        "9/10, way worse than a scratch should be. The skin round it has gone purple-grey and "
        "there are some dark blisters\nTemp 39.1, shivery",
        "necrotising_fasciitis",
    ),
    ("Fat spat off the bbq onto my forearm, its red and stinging like mad", "minor_burn"),
    ("炒菜的时候被热油溅到手背，红了一块，火辣辣的疼", "minor_burn"),
    ("左耳这两个星期感觉闷闷的，听声音有点小，掏耳朵的时候好像有硬硬的耳屎", "earwax_impaction"),
    ("think there's wax in my ear, it feels blocked and sounds are muffled", "earwax_impaction"),
    ("孩子1型糖尿病，体育课回来说手抖出汗，一测3.6，喝了果汁好了", "hypoglycaemia"),
    ("type 1 diabetic, shaky and sweaty after football, sugar was 3.2", "hypoglycaemia"),
    ("我爸头疼，一盒20片泰诺林差不多全吃了，现在看着没事", "paracetamol_overdose"),
    (
        "I had my hip replaced 8 days ago. I suddenly got really short of breath and a sharp pain "
        "in my chest when I breathe in, and my heart is racing",
        "pulmonary_embolism",
    ),
    (
        "a child in my son's class has measles, he was in class with them all last week\n"
        "no symptoms, no rash, no fever",
        "measles",
    ),
    (
        "my mum slipped and banged the side of her head on the cupboard, theres a lump like an "
        "egg\nno vomiting, not confused",
        "concussion",
    ),
    (
        "Camping and all 4 of us woke up with headaches and feeling sick\nDizzy and nauseous, "
        "even the dog is sluggish\nmy husband is drowsy and muddled",
        "carbon_monoxide_poisoning",
    ),
    (
        "my husbands chest is bad again, more breathless than usual and his lips look a bit "
        "bluey\ncoughing up green stuff, bit muddled",
        "copd_exacerbation",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), IN_TOP_3)
def test_stories_rank_their_condition_in_the_top_3(retriever, text, expected):
    assert expected in [hit.condition.id for hit in retriever.search(text, 3)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an itch that was scratched is no wound that turned black
        ("my arms are so itchy, I scratched them till they bled", "necrotising_fasciitis"),
        # a fever with a cold and no weak immune system stays a cold or flu
        ("temp of 38.3 and shivery, scratchy throat, tired and achy", "sepsis"),
        # a sugar reading that is high is no hypo
        ("type 2 diabetic, sugar 13.5 this morning, thirsty, peeing a lot", "hypoglycaemia"),
        # a measles contact who has the rash and fever is measles; one who has no contact and a
        # sore throat is not
        ("sore throat and a runny nose, no rash", "measles"),
    ],
)
def test_look_alike_stories_do_not_rank_it(retriever, text, absent):
    assert absent not in [hit.condition.id for hit in retriever.search(text, 3)]
