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


# nhs.uk Migraine: the usual attacks, told as years of them ("since uni", "6 times a month",
# 以前也犯过), are no MTS severe pain even as "the worst headaches ever"; more frequent attacks are
# for a GP. A sudden or a first worst headache stays urgent or worse.
USUAL_HEADACHE = [
    (
        (
            "I get the worst headaches ever, one side, throbbing, zigzag lines before, have to lie in the dark. Had them since uni but now it's like 6 times a month",
        ),
        ("routine", "self_care"),
    ),
    (
        (
            "worst headaches, one side, sick with them, been getting them since school, 3 times a month now",
        ),
        ("routine", "self_care"),
    ),
    (("头疼得要命 一边跳着疼 上大学就开始有 现在一个月犯五六次",), ("routine", "self_care")),
]
USUAL_HEADACHE_NOT = [
    (("worst headache of my life, came on suddenly 10 minutes ago",), ("emergency",)),
    (("I've got the worst headache ever, pain 9/10 since this morning",), ("urgent", "emergency")),
]

# nhs.uk Mouth ulcers: a pharmacist can help; GP if it lasts over 3 weeks. "烂了个洞" is an ulcer
# and "疼死了" of it is no pain score.
MOUTH_ULCER = [
    (("嘴里烂了个洞 疼死了 吃饭喝水都疼 长了三天了 以前上火也长过",), "self_care"),
    (("舌头上破了个口子 疼死了 两天了",), "self_care"),
    (("there's a hole in my cheek inside, really sore, 3 days, had them before",), "self_care"),
]
MOUTH_ULCER_NOT = [
    (("嘴里烂了个洞 一个多月了 一直不好",), ("routine", "urgent")),
]

# nhs.uk Neck pain: a stiff neck on waking (落枕, a cricked neck) gets better with self-care in a
# few days; a word like "疼死了" is no score. A numb arm or a fever is not this.
WRY_NECK = [
    (("落枕了 脖子疼死了 头转不过来 早上起来就这样 手不麻 不发烧",), "self_care"),
    (("cricked my neck in the night, agony, can't turn my head",), "self_care"),
    (("落枕了 脖子疼得要命 转不了头",), "self_care"),
]
WRY_NECK_NOT = [
    (("脖子疼死了 手也麻了 落枕了吧",), ("routine", "urgent", "emergency")),
    (("落枕了 脖子疼死了 发烧39度",), ("routine", "urgent", "emergency")),
    (("neck pain killing me and my arm is numb and tingling",), ("routine", "urgent", "emergency")),
]


@pytest.mark.parametrize(
    ("turns", "allowed"),
    USUAL_HEADACHE + USUAL_HEADACHE_NOT + MOUTH_ULCER_NOT + WRY_NECK_NOT,
)
def test_r8t_allowed(turns, allowed):
    assert _u(*turns) in allowed


@pytest.mark.parametrize(("turns", "urgency"), MOUTH_ULCER + WRY_NECK)
def test_r8t_self_care(turns, urgency):
    assert _u(*turns) == urgency
