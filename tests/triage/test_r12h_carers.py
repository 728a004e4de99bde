"""Round 12 (r12c): a carer's own complaint is not the cared-for relative's stroke, and a swollen
limb told warm is not a fever (a chemotherapy patient's hot calf is no neutropenic sepsis
without a fever told)."""

import pytest

from .turns import urgency_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # nhs.uk 'Back pain': no red flags, self-care; the stroke is the husband's, years old
        (
            "i look after my husband who had a stroke and my lower back has gone after lifting "
            "him, really stiff",
            "self_care",
        ),
        ("我照顾中风的老爸，腰扭了", "routine"),
    ],
)
def test_the_cared_for_relatives_stroke_is_not_the_writers(text, expected):
    assert urgency_of(text, learned=False) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I look after my husband who had a stroke this morning, his face is drooping",
        "I look after my husband who had a stroke and now his face is drooping again",
        "照顾中风的老爸，今天他嘴歪了说不出话",
        "我在照顾老爸，他刚中风了",
        "I look after my dad who had a stroke. Today his arm went weak suddenly",
        "I care for my mum who had a heart attack, and I get chest pain and sweating now",
        "my husband is having a stroke, his face is drooping",
    ],
)
def test_a_stroke_now_still_fires(text):
    assert urgency_of(text, learned=False) == "emergency"


def test_a_hot_swollen_calf_on_chemotherapy_is_not_neutropenic_sepsis():
    # nhs.uk 'DVT': a swollen, painful, warm calf - urgent GP or 111
    assert (
        urgency_of(
            "我在化疗，这两天左边小腿又肿又痛，摸着热热的，比右边粗一圈",
            ("走路痛，5分", "severity"),
            ("小腿发红发热；没有气短，没有胸痛", "associated_symptoms"),
            learned=False,
        )
        == "urgent"
    )
    assert urgency_of("on chemo, my calf is swollen and warm to touch", learned=False) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # nhs.uk 'Sepsis' / NICE NG151: any fever during chemotherapy is an emergency
        "我在化疗，小腿发红发热，今天发烧38.5",
        "我在化疗，今天发热38.3度",
        "化疗中，全身发热，腿也发热",
        "在化疗，发热了，腿也肿",
        "on chemo, my calf is swollen and warm and I have a temperature of 38.4",
    ],
)
def test_a_fever_on_chemotherapy_still_fires(text):
    assert urgency_of(text, learned=False) == "emergency"
