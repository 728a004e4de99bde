"""Round-7 urgency classes (bench r7a/r7b tuning sets): each class in English and Chinese in
several phrasings, with look-alikes that must stay where they are."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import A, D, G, H, L, S
from .turns import rules_urgency as _u

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


# nhs.uk Flu: healthy adults recover at home; the warning signs told as denied ("不喘 没胸痛")
# are no pleuritic pain, and the family or workplace ill as well is how flu spreads, not carbon
# monoxide (nhs.uk Carbon monoxide poisoning: flu-like symptoms without a high temperature).
FLU = [
    (
        (
            "发烧浑身酸痛 应该是流感 单位好多人都中了 在家怎么弄",
            (G, "28"),
            (D, "前天开始"),
            (S, "难受 但能下床吃饭喝水"),
            (A, "发烧38.5 嗓子疼 咳嗽 不喘 没胸痛"),
            (H, "身体好 没有基础病"),
        ),
        "self_care",
    ),
    (
        (
            "流感 全家都中招了 我也发烧了",
            (G, "35"),
            (D, "昨天"),
            (A, "38度5 浑身疼 咳嗽 不气短 胸口不疼"),
        ),
        "self_care",
    ),
    (("流感 全家都中招了 我也发烧头疼", (G, "35"), (D, "昨天")), "self_care"),
    (
        ("the whole family has flu, I've got a fever and headache", (G, "35"), (D, "yesterday")),
        "self_care",
    ),
    (
        (
            "fever and aches, pretty sure it's flu, half the office has it",
            (G, "30"),
            (D, "2 days"),
            (A, "38.4, sore throat, cough, not short of breath, no chest pain"),
        ),
        "self_care",
    ),
]
FLU_NOT = [
    # pleuritic pain or breathlessness told, or a household ill without a fever: not self-care
    (
        ("得了流感 发烧咳嗽", (G, "40"), (D, "两天"), (A, "咳嗽的时候胸口疼 喘不上气")),
        ("urgent", "emergency"),
    ),
    (("咳嗽 发烧", (G, "40"), (D, "三天"), (A, "深呼吸胸口扎着疼 38.8")), ("urgent", "emergency")),
    (("咳嗽不停 胸口疼 发烧", (G, "40"), (D, "三天")), ("urgent", "emergency")),
    (("全家都头疼恶心 一到家就难受",), ("emergency",)),
    (("we all feel sick and have headaches since the boiler was fixed",), ("emergency",)),
]


@pytest.mark.parametrize(("turns", "urgency"), FLU)
def test_r7_flu_at_home(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), FLU_NOT)
def test_r7_flu_warnings(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Motion sickness: a pharmacist can help; pale skin and a cold sweat are how it shows and
# the long journey is its cause, not a clot risk on its own.
MOTION = [
    (
        (
            "下周带孩子坐长途车回老家 他每次坐车都吐 有啥办法",
            (G, "7岁"),
            (D, "每次坐车半小时就开始"),
            (S, "吐完就好 下车就没事"),
            (A, "脸色发白 出冷汗 平时好好的"),
            (H, "没病"),
        ),
        "self_care",
    ),
    (
        (
            "my son gets car sick on every long drive, goes white as a sheet and sweaty",
            (G, "8"),
            (S, "fine once we stop"),
            (A, "nothing else, well otherwise"),
        ),
        "self_care",
    ),
    (("坐船就晕 脸色煞白 想吐 下个月要坐轮船", (G, "30"), (A, "下船就好了")), "self_care"),
    (
        (
            "travel sick on long coach journeys, pale and clammy, what can I take",
            (G, "25"),
            (S, "mild, settles after"),
        ),
        "self_care",
    ),
]
MOTION_NOT = [
    # a swollen calf or breathlessness after a long journey, or sickness that goes on off the road
    (
        ("long flight yesterday, now calf swollen and I'm short of breath", (G, "50")),
        ("emergency",),
    ),
    (("坐了很久的飞机 晕机想吐 小腿肿了", (G, "50")), ("urgent", "emergency")),
    (
        ("每次坐车都吐 这次下车后还一直吐 脸色发白", (G, "7岁"), (D, "两天了")),
        ("routine", "urgent", "emergency"),
    ),
]


@pytest.mark.parametrize(("turns", "urgency"), MOTION)
def test_r7_motion_sickness(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), MOTION_NOT)
def test_r7_motion_look_alikes(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Athlete's foot / Threadworms: itchy, a pharmacist can help. An itch told as unbearable is
# no pain score (a number still is), and a denied diabetes is no diabetes.
ITCH = [
    (
        (
            "脚丫子痒 脱皮",
            (G, "40"),
            (D, "一两个礼拜"),
            (L, "脚趾缝里"),
            (S, "痒得受不了 没破没红肿"),
            (A, "有点臭"),
            (H, "没有糖尿病"),
        ),
        "self_care",
    ),
    (
        (
            "athlete's foot between my toes, peeling",
            (G, "30"),
            (D, "10 days"),
            (S, "itching like mad, not red or swollen"),
        ),
        "self_care",
    ),
    (
        (
            "itchy peeling skin between my toes",
            (G, "30"),
            (D, "a week"),
            (S, "unbearably itchy but no pain"),
        ),
        "self_care",
    ),
    (("脚气又犯了 脚趾缝脱皮", (G, "35"), (D, "一周"), (S, "痒死了")), "self_care"),
    (
        ("孩子晚上屁股痒 看到大便里有白色小虫", (G, "6岁"), (D, "三四天"), (S, "痒得睡不着")),
        "self_care",
    ),
]
ITCH_NOT = [
    (
        ("脚丫子痒 脱皮", (G, "40"), (D, "一两个礼拜"), (S, "疼得受不了 又红又肿")),
        ("urgent", "emergency"),
    ),
    (
        ("脚丫子痒 脱皮", (G, "40"), (D, "一两个礼拜"), (S, "痒得受不了"), (H, "有糖尿病")),
        ("routine",),
    ),
    (
        ("itchy peeling skin between my toes", (G, "30"), (D, "a week"), (S, "9/10 itchy")),
        ("routine",),
    ),
    (
        (
            "athlete's foot between my toes",
            (G, "30"),
            (D, "10 days"),
            (S, "pain unbearable, foot hot and red"),
        ),
        ("urgent", "emergency"),
    ),
]


@pytest.mark.parametrize(("turns", "urgency"), ITCH)
def test_r7_itch_severity_self_care(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), ITCH_NOT)
def test_r7_itch_look_alikes(turns, allowed):
    assert _u(*turns) in allowed


@pytest.mark.parametrize(
    ("text", "history"),
    [
        ("没有糖尿病", None),
        ("没有得过什么大病", None),
        ("从没得过什么病", None),
        ("有糖尿病", "diabetes"),
        ("得过肾病", "kidney disease"),
    ],
)
def test_r7_denied_history_is_none(text, history):
    from consult.triage.facts import find_history

    assert find_history(text, True) == history


# A relative's illness they died of, or the family's history, never raises the writer's own
# urgency (nhs.uk Common cold: self-care), and a parent's own hay fever told of a baby is no hay
# fever of the baby's (nhs.uk Atopic eczema: see a GP for a child's eczema; it runs in families).
FAMILY = [
    (
        (
            "咳嗽两天了 我爸去年肺癌走的 有点怕",
            (G, "33"),
            (D, "两天"),
            (S, "不严重 上班没问题"),
            (A, "鼻塞 流鼻涕 嗓子有点疼 没发烧 不喘 没咳血"),
            (H, "不抽烟"),
        ),
        "self_care",
    ),
    (
        (
            "cough for 2 days, worried because my dad died of lung cancer last year",
            (G, "35"),
            (A, "runny nose, sore throat, no fever, not breathless, no blood"),
            (S, "mild"),
        ),
        "self_care",
    ),
    (
        (
            "got a cold, lung cancer runs in my family so a bit scared",
            (G, "40"),
            (D, "3 days"),
            (A, "blocked nose, sore throat"),
            (S, "mild"),
        ),
        "self_care",
    ),
    (("咳嗽一周 家里有肺癌家族史", (G, "45"), (A, "流鼻涕 嗓子疼"), (S, "不严重")), "self_care"),
    (
        (
            "宝宝脸上干干的红红的 老是蹭 抹了宝宝霜也不好",
            (G, "8个月"),
            (D, "一个多月了 时好时坏"),
            (L, "两边脸蛋 胳膊肘里面"),
            (S, "痒得晚上睡不好"),
            (A, "不发烧 没流水 没有黄痂"),
            (H, "爸爸有过敏性鼻炎"),
        ),
        "routine",
    ),
    (
        (
            "my baby's cheeks are dry red and rough, she keeps rubbing them, cream not helping",
            (G, "7 months"),
            (D, "about 5 weeks"),
            (H, "her dad has hay fever"),
        ),
        "routine",
    ),
]
FAMILY_NOT = [
    # the writer's own cancer, a relative who is the patient, a sign of the writer's own
    (
        (
            "I have lung cancer and have had a cough for 2 days",
            (G, "60"),
            (A, "runny nose"),
            (S, "mild"),
        ),
        ("routine", "urgent"),
    ),
    (("我妈肺癌晚期 最近咳血",), ("urgent", "emergency")),
    (
        ("my dad died of lung cancer, I've been coughing up blood", (G, "50")),
        ("urgent", "emergency"),
    ),
]


@pytest.mark.parametrize(("turns", "urgency"), FAMILY)
def test_r7_family_history_does_not_raise(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), FAMILY_NOT)
def test_r7_own_or_current_illness_counts(turns, allowed):
    assert _u(*turns) in allowed


@pytest.mark.parametrize(
    ("text", "conditions"),
    [
        ("咳嗽两天了 我爸去年肺癌走的 有点怕", []),
        ("咳嗽两天了，我妈是乳腺癌去世的", []),
        ("cough for 2 days, worried because my dad died of lung cancer", []),
        ("cough 2 days. family history of lung cancer", []),
        ("lost my mum to breast cancer, now I have a cough", []),
        ("I had cancer 2 years ago, my dad died of a stroke", ["cancer"]),
        ("我有糖尿病 我爸去年中风走的", ["diabetes"]),
        ("我妈肺癌晚期 最近咳血", ["cancer"]),
    ],
)
def test_r7_relatives_history_conditions(text, conditions):
    from consult.triage.facts import find_conditions

    assert find_conditions(text) == conditions


# nhs.uk Irregular periods / Polycystic ovary syndrome: see a GP for periods less often than every
# 35 days or irregular for months, with acne or excess hair; the usual period pain stays self-care.
PERIODS = [
    (
        (
            "大姨妈老是不准 两三个月来一次",
            (G, "24"),
            (D, "一两年了"),
            (S, "不疼"),
            (A, "脸上长痘 嘴唇上汗毛重 体重涨了"),
            (H, "没有"),
            ("allergies", "没有 没怀孕 验过"),
        ),
        "routine",
    ),
    (
        (
            "my periods only come every 2-3 months, plus acne and hair on my chin",
            (G, "23"),
            (D, "a couple of years"),
        ),
        "routine",
    ),
    (("periods have been irregular for over a year and I've got spots", (G, "27")), "routine"),
    (("月经不调半年了 一年只来三四次", (G, "30")), "routine"),
    (
        ("i only get a period every few months, is that ok?", (G, "25"), (D, "since I was 18")),
        "routine",
    ),
]
PERIODS_NOT = [
    (("period pain, same as every month", (G, "25"), (S, "4/10"), (D, "1 day")), ("self_care",)),
    (("痛经 每个月都这样 跟平时一样", (G, "22"), (S, "4分"), (D, "今天")), ("self_care",)),
]


@pytest.mark.parametrize(("turns", "urgency"), PERIODS)
def test_r7_irregular_periods_gp(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), PERIODS_NOT)
def test_r7_regular_period_pain(turns, allowed):
    assert _u(*turns) in allowed


@pytest.mark.parametrize(
    "text",
    ["例假很准 每个月都来", "my periods are regular", "period pain every month", "月经推迟了一周"],
)
def test_r7_regular_or_late_period_not_irregular(text):
    from consult.triage.urgency import _MATCHER

    assert "irregular_periods" not in _MATCHER.affirmed(text)


# nhs.uk Febrile seizures: call 999 for a child's first fit with a fever, told as 抽了一下; a blood
# test, a leg cramp or a past febrile fit are not one.
FEBRILE_FIT = [
    (("宝宝发烧 刚才抽了一下", (G, "1岁")), ("emergency",)),
    (("孩子发烧 刚才抽了一下 现在睡着了", (G, "2岁")), ("emergency",)),
    (("发烧38度 去医院抽了一下血", (G, "30")), ("routine", "self_care", "urgent")),
    (("发烧 腿抽筋了", (G, "30")), ("routine", "self_care", "urgent")),
    (("发烧两天 晚上腿抽了一下", (G, "30")), ("routine", "self_care", "urgent")),
    (("孩子两岁时发烧抽过一次 现在咳嗽", (G, "5岁")), ("routine", "self_care")),
]


@pytest.mark.parametrize(("turns", "allowed"), FEBRILE_FIT)
def test_r7_febrile_fit_zh(turns, allowed):
    assert _u(*turns) in allowed


# A message that opens on "baby" as its subject names a baby patient (NICE NG143: infants; nhs.uk
# Bronchiolitis, and green vomit in a baby - 999), not "baby shower" or "babysitter".
BABY_SUBJECT = [
    (("baby has a cold and is taking less than half her usual feeds",), ("urgent",)),
    (("baby's been vomiting green",), ("emergency",)),
    (("baby shower next week, I have a cold", (G, "30")), ("self_care", "routine")),
]


@pytest.mark.parametrize(("turns", "allowed"), BABY_SUBJECT)
def test_r7_baby_as_subject(turns, allowed):
    assert _u(*turns) in allowed
