"""Round-8 single-message set (r8t) urgency classes: each class in English and Chinese in
several phrasings, with look-alikes that must stay where they are."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import rules_urgency as _u

# NICE CG185 / nhs.uk Bipolar disorder: a relapse of mania (no sleep for nights without needing
# it, feeling great, fast talk, spending) - contact the care team or GP urgently, or 111.
MANIA = [
    (
        (
            "haven't slept in 3 nights and I don't need to, I feel amazing, my sister says I'm talking too fast",
        ),
        "urgent",
    ),
    (
        ("my son has not slept for 3 nights, says he's not tired and he's talking so fast",),
        "urgent",
    ),
    (("I have bipolar, haven't slept for days, full of energy, spent £3000 online",), "urgent"),
    (("三天没睡觉了 一点都不困 说话特别快 还花了两万块",), "urgent"),
    (("我老公好几天没睡 精力特别旺盛 有双相",), "urgent"),
]
MANIA_NOT = [
    # no sleep from pain, a baby or a cough is not mania
    (("haven't slept in 3 nights because of the baby, I'm exhausted",), ("routine", "self_care")),
    (("两个晚上没睡 咳得厉害 嗓子疼",), ("routine", "self_care")),
    (("三天没睡好 很累",), ("routine", "self_care")),
]


@pytest.mark.parametrize(("turns", "urgency"), MANIA)
def test_r8t_mania(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), MANIA_NOT)
def test_r8t_mania_not(turns, allowed):
    assert _u(*turns) in allowed
