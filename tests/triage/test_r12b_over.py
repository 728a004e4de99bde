"""Round-12 over-triage (sets r11h, r11bh, r10bh): alarming words for stories the cited nhs.uk
page sends to self-care or a GP. Each class in English and Chinese where it applies, with the
emergency or urgent version of the same words that must still fire."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from consult.triage.redflags import flag_codes, screen_conversation

from .turns import A, D, G, L
from .turns import rules_urgency as _u

NOT_URGENT = ("self_care", "routine")
URGENT_UP = ("urgent", "emergency")


def _flags(*messages: str) -> set[str]:
    return set(flag_codes(screen_conversation(list(messages))))


# --- "can't breathe" with a cold's blocked nose told without the word nose ("completely blocked
# up", "all bunged up"), and an illness only guessed ("think I might have covid"): nhs.uk 'Common
# cold' - a blocked nose is self care; breathing difficulty or a chest sign is not.
NOSE_ONLY = [
    "I literally cannot breathe!! completely blocked up, think I might have pneumonia or covid or something",
    "I'm all bunged up, can't breathe",
    "can't breathe, completely blocked up with this cold",
    "I'm so stuffed up I can't breathe, is it covid?",
    "nose blocked, can't breathe, think I might have pneumonia",
    "blocked nose, can't breathe, worried it's a chest infection",
    "鼻子堵死了 完全喘不过气 是不是新冠",
    "鼻子堵死了 完全喘不过气 担心是肺炎",
    "鼻塞 喘不上气 会不会是新冠",
]
BREATH_STILL = [
    # another part blocked, a sign past the nose, an illness had, or no nose told at all
    "my throat is completely blocked up, can't breathe",
    "can't breathe, all blocked up, chest tight",
    "completely blocked up, can't breathe, lips going blue",
    "can't breathe, I'm blocked up and my baby is too",
    "blocked up and can't breathe after eating peanuts",
    "tested positive for covid, nose blocked, can't breathe",
    "covid, nose blocked, can't breathe",
    "nose blocked, can't breathe, I have pneumonia",
    "nose blocked, can't breathe, diagnosed with a chest infection yesterday",
    "I can't breathe, think I might have covid",
    "鼻子堵死了 完全喘不过气 新冠阳性",
    "肺炎 鼻子堵 不能呼吸",
    "阳了 鼻塞 完全喘不过气",
    "堵得完全喘不过气",
    "完全喘不过气 是不是新冠",
]


@pytest.mark.parametrize("text", NOSE_ONLY)
def test_nose_only_breath_no_emergency(text: str) -> None:
    assert "severe_breathing" not in _flags(text)


@pytest.mark.parametrize("text", BREATH_STILL)
def test_breath_past_nose_still_fires(text: str) -> None:
    assert "severe_breathing" in _flags(text)


# --- a red, swollen joint that feels hot is the joint's own heat, not a fever: nhs.uk 'Gout' -
# a GP; an urgent GP or 111 with a very high temperature or feeling hot and shivery
JOINT_HEAT = [
    (
        "过年吃海鲜喝啤酒，今天早上大脚趾又红又肿，疼死了，我爸说是痛风",
        (G, "40"),
        (A, "关节红肿发热，不发烧不发冷，能吃饭，不恶心"),
    ),
    ("大脚趾红肿发热 疼得走不了路", (G, "45")),
    ("大脚趾突然肿了 疼得厉害", (L, "脚趾头红肿，摸着发烫"), (A, "没发烧")),
]
JOINT_FEVER = [
    ("大脚趾红肿，发烧38度5", (G, "45")),
    ("膝盖红肿发热，还发烧", (G, "50")),
    ("膝盖肿了 摸着烫 人也发烧", (G, "60")),
    ("大脚趾红肿发热", (A, "发冷 一阵冷一阵热")),
    ("my big toe is red, swollen and hot", (A, "I have a temperature of 38.6 and feel shivery")),
]


@pytest.mark.parametrize("turns", JOINT_HEAT)
def test_joint_heat_is_no_fever(turns: tuple) -> None:
    assert _u(*turns) in NOT_URGENT


@pytest.mark.parametrize("turns", JOINT_FEVER)
def test_hot_joint_with_fever_stays_urgent(turns: tuple) -> None:
    assert _u(*turns) in URGENT_UP


def test_joint_heat_keeps_duration_rows() -> None:
    # a duration answer is read as before (no change of the interview's facts)
    assert _u("大脚趾红肿发热", (D, "一天"), (A, "不发烧")) in NOT_URGENT
