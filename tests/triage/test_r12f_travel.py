"""Round 12: a fever after travel to a malaria or dengue area is urgent by itself and an
emergency only with a severe sign, in English and Chinese.

nhs.uk 'Malaria': ask for an urgent GP appointment or get help from NHS 111 for symptoms during or
after travel to a malaria area (even up to a year later); 999 / A&E for confusion, drowsiness,
fits, breathing difficulty, yellow skin or eyes, dark pee or very little pee, or collapse.
nhs.uk 'Dengue': urgent GP / 111 for a fever after travel to a dengue area; A&E for severe tummy
pain, repeated vomiting, bleeding gums or nose, blood in vomit or poo, breathing fast, or being
very sleepy or irritable."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from consult.triage.redflags import flag_codes, screen_conversation, urgent_findings

from .turns import A, D, H, S
from .turns import rules_urgency as _u

TRAVEL_URGENT = ("malaria_travel_fever", "dengue_travel_fever")


def _flags(*messages: str) -> set[str]:
    return set(flag_codes(screen_conversation(list(messages))))


def _urgent(*messages: str) -> set[str]:
    return set(flag_codes(urgent_findings(list(messages))))


# --- a fever after the trip, no severe sign: urgent, not an emergency
URGENT = [
    ("came back from Nigeria 10 days ago and now I have a high fever with shaking chills",),
    ("back from Thailand last week and I have a fever",),
    ("Just got back from Vietnam, fever of 39 and a headache behind my eyes",),
    ("back from a trip to Thailand last week, fever since yesterday",),
    ("Back from visiting family in Ghana last week, fevers and shivering on and off",),
    ("got back from seeing relatives in Nigeria, now I have a fever",),
    (
        "Got what feels like flu - fevers and shivering on and off.",
        (H, "got back from visiting family in Ghana 12 days ago"),
        (A, "Not confused, breathing fine, not yellow"),
    ),
    ("从非洲回来十天，现在发高烧打寒战",),
    ("从非洲出差回来发烧 是不是感冒了", (D, "回来一周 发烧两天"), (S, "一阵冷一阵热 39度")),
    ("刚从泰国玩回来三天，发高烧，浑身骨头疼",),
    (
        "发烧 打摆子",
        (H, "上个月刚从尼日利亚回来，在那边干工地，没吃预防药"),
        (A, "最高39.6，人还清醒，吃喝还行"),
    ),
    ("从印尼回来，发烧两天了",),
]


@pytest.mark.parametrize("turns", URGENT, ids=[t[0][:40] for t in URGENT])
def test_travel_fever_alone_is_urgent(turns: tuple) -> None:
    assert _u(*turns) == "urgent"
    messages = [t if isinstance(t, str) else t[1] for t in turns]
    assert not _flags(*messages)
    assert _urgent(*messages) & set(TRAVEL_URGENT)


# --- a fever after the trip with a severe sign: still an emergency (by this rule or another
# red-flag rule: sepsis, unconscious_seizure, severe_breathing, gi_bleed, jaundice_fever)
SEVERE = [
    "came back from Ghana, fever and he is confused",
    "came back from Ghana, fever and had a fit",
    "came back from Ghana, fever, my eyes have gone yellow",
    "came back from Ghana with a fever and my pee is dark brown",
    "came back from Ghana with a fever and I've hardly peed today",
    "came back from Ghana with a fever and collapsed this morning",
    "came back from Kenya with a fever and I'm struggling to breathe",
    "came back from Kenya with a fever, breathing really fast",
    "back from Thailand last week and I have a fever, and my gums are bleeding",
    "back from Thailand last week with a fever. Today I keep getting nosebleeds",
    "back from Bali, fever and now severe tummy pain",
    "back from Bali, fever, keep being sick",
    "back from Bali with a fever and there is blood in my vomit",
    "back from Vietnam with a fever, my poo is black",
    "back from Thailand with a fever, he is very sleepy and hard to wake",
    "从尼日利亚回来发烧，人迷迷糊糊的",
    "从尼日利亚回来发烧，抽搐了",
    "从尼日利亚回来发烧，眼睛发黄",
    "从尼日利亚回来发烧，尿是酱油色的",
    "从尼日利亚回来发烧，一天都没怎么尿",
    "从尼日利亚回来发烧，今天晕倒了",
    "从尼日利亚回来发烧，喘不上气",
    "从泰国回来发烧，牙龈出血",
    "从泰国回来发烧，流鼻血",
    "从泰国回来发烧，肚子痛得厉害",
    "从泰国回来发烧，一直吐",
    "从泰国回来发烧，吐出来的有血",
    "从泰国回来发烧，大便是黑的",
    "从泰国回来发烧，呼吸很急",
    "从泰国回来发烧，一直昏睡叫不醒",
]


@pytest.mark.parametrize("text", SEVERE)
def test_travel_fever_with_severe_sign_is_emergency(text: str) -> None:
    assert _flags(text), text
    assert _u(text) == "emergency"


# the severe sign told in a later message
@pytest.mark.parametrize(
    "messages",
    [
        ["back from Thailand, fever for 3 days", "now my gums are bleeding when I brush"],
        ["从越南回来发烧三天", "今天刷牙牙龈出血"],
        ["back from Uganda, fever and shivering", "my wee has gone dark brown"],
        ["从坦桑尼亚回来发烧", "尿特别少"],
    ],
)
def test_severe_sign_in_a_later_message(messages: list[str]) -> None:
    assert _flags(*messages), messages


# --- look-alikes: no trip yet, no fever, a fever before the trip and gone now
NOT_TRAVEL_FEVER = [
    "going to Thailand next month, do I need malaria tablets?",
    "planning on visiting family in Ghana next month, any jabs?",
    "I had a fever before I went to Ghana, now I'm back and fine",
    "back from Thailand, no fever, just tired from jet lag",
    "back from Nigeria last week, bit of a cold, no temperature",
    "下个月去泰国，需要吃疟疾药吗",
    "去非洲之前发过烧，现在回来了，已经好了",
    "从泰国回来，没发烧，就是有点累",
    "从尼日利亚回来一周了，没有发烧，就是拉肚子",
]


@pytest.mark.parametrize("text", NOT_TRAVEL_FEVER)
def test_no_travel_fever(text: str) -> None:
    assert not _flags(text), text
    assert not _urgent(text) & set(TRAVEL_URGENT), text
    assert _u(text) != "emergency"


# a bleed from a cut is no dengue bleeding sign
def test_cut_finger_is_no_dengue_bleed() -> None:
    text = "back from Thailand with a fever and I cut my finger, it bled a bit"
    assert "fever_after_travel" not in _flags(text)
    assert _u(text) == "urgent"
