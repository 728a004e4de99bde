"""Round-8 retired held-out set (r8h) urgency classes: each class in English and Chinese in
several phrasings, with look-alikes that must stay where they are."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import A, D, G, S
from .turns import rules_urgency as _u

# nhs.uk Urinary tract infections: see a GP urgently if pregnant (cloudy or bad-smelling pee,
# burning, needing to pee more often); NICE NG109 (pregnancy: send a urine culture, treat).
UTI_PREGNANT = [
    (
        (
            "30 weeks pregnant, needing to wee a lot",
            (A, "urine smells really strong and looks cloudy"),
        ),
        "urgent",
    ),
    (("I'm pregnant and my pee smells bad", (D, "3 days")), "urgent"),
    (("pregnant 16 weeks, cloudy urine", (S, "2/10")), "urgent"),
    (("怀孕26周，小便味道很重", (D, "两天")), "urgent"),
    (("怀孕了，尿有点浑浊", (S, "不疼")), "urgent"),
]
UTI_PREGNANT_NOT = [
    # no pregnancy, or strong-smelling urine after asparagus without pregnancy, is no urgent case
    (("my wee smells strong after eating asparagus",), ("routine", "self_care")),
    (
        ("30 weeks pregnant and needing the loo more at night", (A, "no burning, urine is clear")),
        ("routine", "self_care"),
    ),
    (("怀孕30周，尿比较黄", (A, "没有别的不舒服")), ("routine", "self_care")),
]

# nhs.uk Shingles: an urgent GP appointment or 111 if the rash is near the eye; NICE CKS
# Shingles: herpes zoster ophthalmicus (forehead, eyelid, nose tip) needs same-day assessment.
SHINGLES_EYE = [
    (
        (
            "my nan has a few spots on her forehead",
            (G, "83"),
            (D, "tingling pain started 3 days ago, spots yesterday"),
        ),
        "urgent",
    ),
    (("spots above my eyebrow", (D, "tingling feeling for 2 days then the spots came")), "urgent"),
    (("奶奶额头上起了几个红点", (G, "80岁"), (D, "之前刺痛了三天")), "urgent"),
]
SHINGLES_EYE_NOT = [
    # spots on the forehead without the tingling or burning are acne, not shingles
    (
        ("teenage daughter has spots on her forehead", (G, "15"), (D, "a few weeks")),
        ("routine", "self_care"),
    ),
    (("spots on my forehead", (A, "tingling in my hands sometimes")), ("routine", "self_care")),
    (("额头长了几个痘", (G, "16岁")), ("routine", "self_care")),
]

# nhs.uk Newborn jaundice: urgent GP or 111 for jaundice after 2 weeks of age, or with pale poo
# or dark pee; NICE CG98 (pale chalky stools suggest a liver cause).
NEWBORN_JAUNDICE = [
    (("宝宝皮肤还有点黄", (A, "大便颜色很浅像白陶土，尿比较黄"), (G, "出生18天")), "urgent"),
    (("宝宝皮肤还有点黄", (G, "出生18天")), "urgent"),
    (("我家宝宝大便发白", (G, "5周")), "urgent"),
    (("my baby has pale chalky poo", (G, "3 weeks old")), "urgent"),
    (
        (
            "newborn still looks a bit yellow",
            (A, "his stools are very pale and wee is dark"),
            (G, "17 days"),
        ),
        "urgent",
    ),
]
NEWBORN_JAUNDICE_NOT = [
    # a yellow or green poo in a baby is normal; a pale pair of trousers is no stool
    (("宝宝大便黄色的，有点稀", (G, "2个月")), ("routine", "self_care")),
    (("my baby's poo is mustard yellow", (G, "8 weeks")), ("routine", "self_care")),
]


@pytest.mark.parametrize(
    ("turns", "urgency"),
    UTI_PREGNANT + SHINGLES_EYE + NEWBORN_JAUNDICE,
)
def test_r8h_urgent(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(
    ("turns", "allowed"),
    UTI_PREGNANT_NOT + SHINGLES_EYE_NOT + NEWBORN_JAUNDICE_NOT,
)
def test_r8h_urgent_not(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Sunburn: cool the skin, fluids, after-sun, a pharmacist; see a GP or 111 with blisters
# or swelling, a high temperature, dizziness or feeling sick (heat exhaustion).
SUNBURN = [
    (
        (
            "teenage son fell asleep at the beach, back is bright red",
            (D, "yesterday afternoon"),
            (S, "4/10"),
            (A, "no blisters, no fever, no dizziness"),
        ),
        "self_care",
    ),
    (
        ("sat all day on the beach and my shoulders are red", (S, "3/10"), (A, "nothing else")),
        "self_care",
    ),
    (("昨天在海边晒了一下午太阳，背上通红", (S, "有点疼"), (A, "没有水泡，不发烧")), "self_care"),
]
SUNBURN_NOT = [
    # blisters or a temperature with the sunburn still see a GP or 111
    (
        ("fell asleep at the beach, back is bright red", (A, "big blisters all over and a fever")),
        ("urgent", "emergency"),
    ),
    (("在海边晒了一天，背上通红", (A, "起了很多水泡，还发烧")), ("urgent", "emergency")),
    # a red rash after the pool without sun words is not sunburn
    (("my son has a red rash on his chest", (A, "fever 39")), ("routine", "urgent")),
]

# nhs.uk Indigestion and heartburn in pregnancy: common, a pharmacist or midwife can advise on
# antacids; with a headache, vision problems, swelling or pain below the ribs (pre-eclampsia) a
# midwife or 111 (urgent discriminators), or 999 with the emergency red flags.
PREGNANCY_HEARTBURN = [
    (
        (
            "30 wks pregnant and burning chest after meals, can i take gaviscon?",
            (A, "no headache, no vision problems, no swelling, no pain under ribs"),
            (D, "few weeks"),
            (S, "3/10"),
        ),
        "self_care",
    ),
    (
        (
            "I'm 32 weeks pregnant with heartburn at night",
            (A, "nothing else, no headache"),
            (S, "3/10"),
        ),
        "self_care",
    ),
    (
        ("怀孕28周，老是烧心反酸", (A, "没有头痛，眼睛看东西正常，不肿"), (S, "不太严重")),
        "self_care",
    ),
]
PREGNANCY_HEARTBURN_NOT = [
    # heartburn with the pre-eclampsia signs stays urgent or above
    (
        ("30 weeks pregnant and burning chest after meals", (A, "bad headache and blurry vision")),
        ("urgent", "emergency"),
    ),
    (
        ("32 weeks pregnant, heartburn", (A, "my face and hands swelled up suddenly")),
        ("urgent", "emergency"),
    ),
    (("怀孕30周，烧心", (A, "头很痛，眼睛看东西模糊")), ("urgent", "emergency")),
    # pain just below the ribs is a pre-eclampsia warning sign of its own (nhs.uk Pre-eclampsia)
    (
        (
            "30 wks pregnant and burning chest after meals",
            (A, "pain under my right ribs too, no headache"),
        ),
        ("urgent", "emergency"),
    ),
    (("I'm 34 weeks pregnant with pain under my right ribs",), ("urgent", "emergency")),
    (("怀孕32周，右边肋骨下面疼，烧心",), ("urgent", "emergency")),
    (("孕30周，右上腹疼", (A, "没有头疼")), ("urgent", "emergency")),
]
# the same pain without a pregnancy is no pre-eclampsia sign
RIB_PAIN_NOT_PREGNANT = [
    (("pain under my right ribs after fatty food",), ("routine", "urgent")),
    (("吃了油腻的东西右上腹疼",), ("routine", "urgent")),
]

# nhs.uk Constipation in pregnancy: common; fibre, fluids, activity, a laxative safe in pregnancy
# from a pharmacist or midwife; bleeding or tummy pain need a midwife.
PREGNANCY_CONSTIPATION = [
    (
        (
            "怀孕以后老是便秘，能吃开塞露吗",
            (A, "没有出血，肚子不疼，没有其他不舒服"),
            (D, "孕20周，一直这样"),
        ),
        "self_care",
    ),
    (
        (
            "24 weeks pregnant and constipated, what can I take?",
            (A, "no bleeding, no pain"),
            (S, "2/10"),
        ),
        "self_care",
    ),
]
PREGNANCY_CONSTIPATION_NOT = [
    # bleeding or tummy pain with it is for a midwife or GP
    (("怀孕20周，便秘", (A, "肚子很疼，还有出血")), ("routine", "urgent", "emergency")),
    (
        ("24 weeks pregnant and constipated", (A, "bad tummy pain and some bleeding")),
        ("routine", "urgent", "emergency"),
    ),
]


@pytest.mark.parametrize(
    ("turns", "urgency"), SUNBURN + PREGNANCY_HEARTBURN + PREGNANCY_CONSTIPATION
)
def test_r8h_self_care(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(
    ("turns", "allowed"),
    SUNBURN_NOT + PREGNANCY_HEARTBURN_NOT + PREGNANCY_CONSTIPATION_NOT + RIB_PAIN_NOT_PREGNANT,
)
def test_r8h_self_care_not(turns, allowed):
    assert _u(*turns) in allowed
