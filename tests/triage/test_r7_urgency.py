"""Round-7 urgency classes (bench r7a/r7b tuning sets): each class in English and Chinese in
several phrasings, with look-alikes that must stay where they are."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import urgency_of

A = "associated_symptoms"
D = "onset_duration"
S = "severity"
L = "location"
H = "history"
G = "age"


def _u(*turns):
    return urgency_of(*turns, learned=False)


# nhs.uk Hearing loss: urgent GP or 111 for hearing lost suddenly in one ear; the deficit told
# with an adverb ("can't really hear"), as deaf ("almost deaf in that ear") or 听不太见 / 聋.
HEARING = [
    (
        (
            "woke up and can't really hear out of my right ear. wax probably? should i get drops",
            (D, "this morning, was fine last night"),
            (S, "almost deaf in that ear, no pain"),
        ),
        "urgent",
    ),
    (("can't properly hear out of my left ear since this morning",), "urgent"),
    (("woke up almost deaf in my right ear, no pain",), "urgent"),
    (("早上醒来右耳朵听不太见了，是不是耳屎", (D, "今天早上")), "urgent"),
    (("一觉醒来一只耳朵聋了",), "urgent"),
    (("右边耳朵几乎聋了 不疼", (D, "昨天晚上还好好的")), "urgent"),
]
HEARING_NOT = [
    # wax told over weeks, or a cold blocking the ear: not sudden (nhs.uk Earwax build-up)
    (
        (
            "can't really hear out of my right ear, wax has been building up for weeks",
            (D, "about 6 weeks"),
        ),
        ("routine", "self_care"),
    ),
    (("右耳朵听不太清 有耳屎", (D, "两个多月了 慢慢的")), ("routine", "self_care")),
    (("my grandad's hearing has been going slowly for years",), ("routine", "self_care")),
]


@pytest.mark.parametrize(("turns", "urgency"), HEARING)
def test_r7_sudden_hearing(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), HEARING_NOT)
def test_r7_hearing_not_sudden(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Bronchiolitis: urgent GP or 111 if a baby has had less than half the usual amount at the
# last 2 or 3 feeds or no wet nappy for 12 hours; NICE NG143 amber: poor feeding in infants.
FEEDING = [
    (
        (
            "baby has a cold and is off her milk. is that normal?",
            (G, "7 months"),
            (S, "she's taken less than half her usual at the last 3 feeds"),
            (A, "only 1 wet nappy since last night, coughing, temp 37.9"),
        ),
        "urgent",
    ),
    (("my 4 month old has a runny nose and is only taking half his usual bottles",), "urgent"),
    (("baby snotty and feeding much less than usual", (G, "5 months")), "urgent"),
    (
        ("宝宝感冒了 不太吃奶", (G, "6个月"), (S, "这两天吃奶少了一半"), (A, "流鼻涕 有点咳")),
        "urgent",
    ),
    (("孩子8个月，鼻塞，奶量只有平时一半",), "urgent"),
    (("宝宝咳嗽两天", (G, "5个月"), (S, "只喝了平时一半的奶，一上午只换了一片尿不湿")), "urgent"),
]
FEEDING_NOT = [
    # a baby a bit off her milk who still feeds, an adult eating less
    (
        (
            "baby has a cold, a bit off her milk but finishing her bottles",
            (G, "9 months"),
            (A, "runny nose, plenty of wet nappies"),
        ),
        ("self_care", "routine"),
    ),
    (
        ("宝宝有点鼻塞 不太爱吃奶 但每顿都吃完了", (G, "10个月"), (A, "尿布正常 不发烧")),
        ("self_care", "routine"),
    ),
    (("got a cold, only ate half my usual lunch", (G, "35")), ("self_care", "routine")),
]


@pytest.mark.parametrize(("turns", "urgency"), FEEDING)
def test_r7_infant_feeding_low(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), FEEDING_NOT)
def test_r7_feeding_not_low(turns, allowed):
    assert _u(*turns) in allowed
