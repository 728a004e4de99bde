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
