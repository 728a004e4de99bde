"""Round-9 tuning sets (r9b, r9t) urgency classes: everyday problems told in Chinese that were
raised (period pain, swimmer's ear, nappy rash), each in English and Chinese in several
phrasings, with look-alikes that must stay where they are."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import A, G, S
from .turns import rules_urgency as _u

SELF = ("self_care",)
NOT_URGENT = ("routine", "self_care")
URGENT_UP = ("urgent", "emergency")

# nhs.uk Period pain: ibuprofen, heat, exercise, a pharmacist; a GP when severe or changed. The
# period's flow told as usual ("出血量正常") is no bleed of its own.
PERIOD_PAIN = [
    (
        (
            "来月经第一天肚子疼，每个月都这样，疼一两天就好了，有啥办法缓解吗",
            (A, "没有发烧，出血量正常，没有性生活"),
            (S, "4分，能上学"),
        ),
        SELF,
    ),
    (("大姨妈第一天肚子痛，每个月都这样", (A, "不发烧，出血跟平时一样")), SELF),
    (("来例假头两天小肚子疼，每次都这样，怎么缓解", (A, "出血量也正常，没发烧")), SELF),
    (("痛经，每个月都这样，第一天最疼", (A, "量和平时差不多，没有发烧")), SELF),
    (
        ("period pain on day 1 like every month, what helps?", (A, "no fever, bleeding is normal")),
        SELF,
    ),
]
PERIOD_PAIN_NOT = [
    # bleeding that is heavy, or a bleed not of the period, still counts
    (("来月经肚子疼", (A, "出血很多，一小时换一片卫生巾，头晕")), URGENT_UP),
    (("手指割破了", (A, "一直出血，止不住")), URGENT_UP),
    (("period pain", (A, "fever 38.5 and bleeding heavily")), URGENT_UP),
]

# nhs.uk Ear infections / Otitis externa: an itchy, sore ear canal after swimming - a pharmacist
# (acidic ear drops); urgent GP or 111 for swelling around or behind the ear, or fluid from it.
SWIMMERS_EAR = [
    (
        (
            "这几天天天去游泳，右耳朵里面有点痒有点疼，按耳屏那块更疼",
            (A, "耳朵有点闷，没有发烧，听力还行，耳朵后面不肿"),
            (S, "有点疼，3分"),
        ),
        SELF,
    ),
    (("游完泳耳朵痒痒的，有点疼", (A, "耳朵后面没有红肿，不发烧")), SELF),
    (("耳朵进水了，游泳回来以后耳道有点疼有点痒", (A, "耳后也不肿")), SELF),
    (("最近下水游泳多，左耳有点痒", (A, "没发烧")), SELF),
    (
        (
            "swimmer's ear? itchy and a bit sore after swimming every day",
            (A, "no fever, no swelling behind the ear"),
        ),
        SELF,
    ),
]
SWIMMERS_EAR_NOT = [
    # swelling behind the ear, or fluid coming out, stays urgent
    (("游泳以后耳朵疼", (A, "耳朵后面红肿，发烧")), URGENT_UP),
    (
        ("孩子耳朵疼发烧", (A, "发烧39度 耳朵流黄色的水 耳朵后面不红不肿 能喝水"), (G, "3岁")),
        URGENT_UP,
    ),
    (("孩子耳朵疼，今天枕头上有黄水", (G, "4岁")), URGENT_UP),
    (("sore ear after swimming", (A, "swelling behind the ear and a fever")), URGENT_UP),
]

# nhs.uk Nappy rash: change nappies often, a barrier cream, a pharmacist; GP when it does not go
# or the baby has a fever. Hot weather is how it comes, not a heat illness.
NAPPY_RASH = [
    (
        ("宝宝4个月 屁屁红了一片 换尿布的时候哭一下 没有破皮没有脓包 不发烧 最近天热尿布换得不勤",),
        SELF,
    ),
    (("宝宝5个月，天太热了，小屁股红了一片，不发烧",), SELF),
    (("孩子8个月 红屁股了 最近天气热 纸尿裤捂的", (A, "不发烧 没破皮")), SELF),
    (
        (
            "my 6 month old has nappy rash, it's been hot and his bum is red",
            (A, "no fever, feeding fine"),
        ),
        SELF,
    ),
]
NAPPY_RASH_NOT = [
    # a rash with a fever, or a baby under 3 months, is for a clinician
    (("宝宝4个月 屁屁红了一片", (A, "发烧38.5，没精神")), URGENT_UP),
    (("宝宝2个月 红屁股", (A, "不发烧")), ("routine", "urgent")),
]


@pytest.mark.parametrize(
    ("turns", "allowed"),
    PERIOD_PAIN + PERIOD_PAIN_NOT + SWIMMERS_EAR + SWIMMERS_EAR_NOT + NAPPY_RASH + NAPPY_RASH_NOT,
)
def test_r9_urgency_within(turns, allowed):
    assert _u(*turns) in allowed
