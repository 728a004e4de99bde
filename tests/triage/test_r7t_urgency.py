"""Round-7t urgency classes (bench r7t tuning set): each class in English and Chinese in several
phrasings, with look-alikes that must stay where they are."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import urgency_of

A = "associated_symptoms"
D = "onset_duration"
S = "severity"
H = "history"
G = "age"
M = "medications"


def _u(*turns):
    return urgency_of(*turns, learned=False)


# nhs.uk Kidney stones: pain in the side or back that can spread to the groin and comes and goes;
# urgent GP appointment or NHS 111 for severe pain.
RENAL_COLIC = [
    (
        (
            "had pain in my right side coming in waves since this morning going down to my groin, painkillers taking the edge off",
        ),
        "urgent",
    ),
    (("sharp pain in my left flank that comes and goes, really bad",), "urgent"),
    (("agonising pain in my loin coming in waves",), "urgent"),
    (("pain in my side that goes down into my groin",), "urgent"),
    (("早上开始右边腰一阵一阵绞着疼 往下窜到大腿根 吃了止痛药好一点",), "urgent"),
    (("左边腰疼得厉害 一阵一阵的 还往下腹股沟那里窜",), "urgent"),
    (("右侧腰眼绞痛 疼到蛋蛋",), "urgent"),
]
RENAL_COLIC_NOT = [
    (("groin strain from football, pain in my groin",), ("self_care", "routine")),
    (("period cramps coming in waves",), ("self_care", "routine")),
    (("lower back pain after lifting boxes, goes down into my groin",), ("self_care", "routine")),
    (("my back went when lifting, pain down to my groin",), ("self_care", "routine")),
    (("腰酸 久坐以后更明显",), ("self_care", "routine")),
]


@pytest.mark.parametrize(("turns", "urgency"), RENAL_COLIC)
def test_r7t_renal_colic(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), RENAL_COLIC_NOT)
def test_r7t_renal_colic_look_alikes(turns, allowed):
    assert _u(*turns) in allowed
