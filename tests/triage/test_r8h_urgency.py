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
