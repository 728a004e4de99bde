"""Round-8 urgency classes (bench r8a/r8b tuning sets): each class in English and Chinese in
several phrasings, with look-alikes that must stay where they are."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import A, D, H, S
from .turns import rules_urgency as _u

# nhs.uk DVT: urgent GP or 111 for pain and swelling in one leg, usually the calf - told as one
# calf thicker or bigger than the other.
DVT = [
    (
        (
            "flew back from australia last week and my right calf is thicker than the other, warm and aching",
        ),
        "urgent",
    ),
    (("my left leg looks a lot bigger than the other since the operation",), "urgent"),
    (("上周坐飞机回来，右小腿又胀又疼", (A, "小腿比左边粗一圈，摸着发热")), "urgent"),
    (("左腿比右边的腿明显粗，按着疼",), "urgent"),
]
DVT_NOT = [
    # both legs alike, or a thigh muscle that is only sore after the gym
    (("两只脚踝都有点肿，坐了很久", (A, "两边一样粗，小腿不痛不红")), ("routine", "self_care")),
    (
        ("my calves are sore after running a half marathon yesterday", (S, "3/10")),
        ("routine", "self_care"),
    ),
    (("my son's legs are getting thicker from football training",), ("routine", "self_care")),
]


@pytest.mark.parametrize(("turns", "urgency"), DVT)
def test_r8_calf_one_side_thicker(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), DVT_NOT)
def test_r8_calf_not_one_side(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Red eye: urgent GP or 111 for a red eye with pain, light sensitivity or changes in sight,
# and in a contact lens wearer (College of Optometrists: contact lens keratitis).
LENS_EYE = [
    (("i wear contact lenses and my right eye is red and sore, light hurts",), "urgent"),
    (
        (
            "red eye for 2 days, I sleep in my contacts",
            (S, "6/10 painful"),
            (A, "blurry and watering"),
        ),
        "urgent",
    ),
    (("戴隐形眼镜的，右眼红了两天，今天疼得睁不开，特别怕光",), "urgent"),
    (("左眼红", (A, "有点疼，看东西有点模糊"), (H, "近视，天天戴月抛")), "urgent"),
]
LENS_EYE_NOT = [
    # lenses with an itchy eye in hay fever, or a lens question with no eye symptom
    (("can i wear my contact lenses while i have a cold?",), ("routine", "self_care")),
    (("戴隐形眼镜久了眼睛有点干",), ("routine", "self_care")),
    (
        ("sticky red eye, no pain, vision fine, i wear glasses not contacts",),
        ("routine", "self_care"),
    ),
]


@pytest.mark.parametrize(("turns", "urgency"), LENS_EYE)
def test_r8_lens_red_eye(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), LENS_EYE_NOT)
def test_r8_lens_eye_not(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Eye injuries: something that flew into the eye (grinding, drilling, work) with pain or
# watering, or an eye that cannot be opened, is for urgent care.
EYE_FB = [
    (
        ("something flew into my eye while grinding at work, it's watering and I can't open it",),
        "urgent",
    ),
    (("a bit of metal went into my eye at work",), "urgent"),
    (("干活时候眼睛里崩进去个东西，现在一直流泪睁不开",), "urgent"),
    (("眼睛里飞进去一粒沙子，揉不出来",), "urgent"),
]
EYE_FB_NOT = [
    (("I think I have something in my throat, no just a tickle",), ("routine", "self_care")),
    (("眼睛有点干涩，看手机久了",), ("routine", "self_care")),
    (("my eyes feel tired after work on the computer",), ("routine", "self_care")),
]


@pytest.mark.parametrize(("turns", "urgency"), EYE_FB)
def test_r8_eye_foreign_body(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), EYE_FB_NOT)
def test_r8_eye_not_foreign_body(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Shingles: see a GP or 111 within 3 days for a band of blisters on one side (NICE CKS
# Shingles: antivirals for anyone immunosuppressed, e.g. on methotrexate or biologics).
SHINGLES = [
    (
        ("got a painful stripy rash with blisters round one side of my waist", (D, "3 days")),
        "urgent",
    ),
    (
        ("blisters round the left side of my chest, burning", (H, "on methotrexate for RA")),
        "urgent",
    ),
    (("右边腰上起了一串水泡，火辣辣地疼", (H, "类风湿，在吃甲氨蝶呤")), "urgent"),
]
SHINGLES_NOT = [
    (
        ("striped shirt gave me a heat rash? tiny red spots all over, itchy",),
        ("routine", "self_care"),
    ),
    (("孩子身上一片红疹子，不痒",), ("routine", "self_care")),
]


@pytest.mark.parametrize(("turns", "urgency"), SHINGLES)
def test_r8_shingles_band(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), SHINGLES_NOT)
def test_r8_shingles_not(turns, allowed):
    assert _u(*turns) in allowed


# The medicines that suppress the immune system are a high-risk history (NICE NG51, CKS Shingles)
@pytest.mark.parametrize(
    "text",
    ["I'm on methotrexate for my RA", "she has adalimumab injections", "在吃甲氨蝶呤", "正在化疗"],
)
def test_r8_immunosuppressant_history(text):
    from consult.triage.facts import find_conditions

    assert "immunosuppression" in find_conditions(text)


@pytest.mark.parametrize("text", ["no chemo, no steroids, nothing like that", "没有化疗过"])
def test_r8_immunosuppressant_denied(text):
    from consult.triage.facts import find_conditions

    assert "immunosuppression" not in find_conditions(text)
