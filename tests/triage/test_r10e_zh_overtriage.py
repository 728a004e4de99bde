"""Round 10 (helper e): Chinese over-triage of routine and self-care stories - a sallow
complexion read as jaundice, a hedged denial of severity ("不算太严重") read as severe, a site
whose pain is denied right after it ("右上腹不痛"), first-step heel pain read as not bearing
weight, a baby's red bottom not read as nappy rash. Each class in Chinese and English, with the
look-alikes that must keep their urgency."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from consult.triage import urgency
from consult.triage.context import negation_scope
from consult.triage.facts import find_severity, severity_score
from consult.triage.lang import ConceptMatcher
from consult.triage.redflags import flag_codes, urgent_findings

from .turns import A, D, G, H, S
from .turns import rules_urgency as _u

URGENT_UP = ("urgent", "emergency")
NOT_URGENT = ("self_care", "routine")


def _jaundice(messages: list[str], age: str) -> bool:
    return "jaundice" in urgency.features(messages, {"age": age})


# 1. Sallow complexion. nhs.uk Vitamin B12 or folate deficiency anaemia: "a pale yellow tinge to
# your skin", tiredness, pins and needles, a sore tongue - see a GP; nhs.uk Iron deficiency
# anaemia: tiredness, palpitations, pale skin - a GP's blood test. nhs.uk Jaundice: yellow whites
# of the eyes or skin, dark pee, pale poo - urgent GP or 111; nhs.uk Newborn jaundice: a baby's
# yellow face stays.
COMPLEXION = [
    (["一直很累，脸色有点发黄，上楼就喘"], "42", False),
    (["最近面色萎黄，没什么精神"], "30", False),
    (["脸色蜡黄，吃饭也不香"], "55", False),
    (["老是没劲，气色发黄，同事说我是不是缺铁"], "28", False),
    (["always tired and looking sallow, people say I look washed out"], "35", False),
    # look-alikes: the eyes, the body, dark pee, pale poo, a baby
    (["脸色发黄，眼白也黄了"], "45", True),
    (["脸色发黄，这两天尿像浓茶一样"], "50", True),
    (["脸色发黄，大便变成灰白色"], "50", True),
    (["皮肤发黄，身上痒"], "60", True),
    (["宝宝脸色发黄，吃奶少"], "6天", True),
    (["the whites of my eyes have gone yellow"], "50", True),
    (["my skin has turned yellow and my pee is dark"], "50", True),
]


@pytest.mark.parametrize(("messages", "age", "expected"), COMPLEXION)
def test_complexion_is_not_jaundice(messages, age, expected):
    assert _jaundice(messages, age) is expected


ANAEMIA_STORIES = [
    (
        (
            "一直觉得累，脸色发黄，上三楼就心慌",
            (G, "33岁"),
            (D, "四五个月"),
            (S, "能上班"),
            (A, "月经量大，指甲薄"),
            (H, "无"),
        ),
        "routine",
    ),
    (
        (
            "素食好多年，最近总是乏力，手指尖发麻，舌头疼",
            (G, "60岁"),
            (D, "两三个月"),
            (S, "不算重"),
            (A, "脸色有点黄"),
            (H, "无"),
        ),
        "routine",
    ),
    (
        (
            "tired all the time, a bit breathless on the stairs, my face looks pale and sallow",
            (G, "34"),
            (D, "about 4 months"),
            (S, "can still work"),
            (A, "heavy periods, brittle nails"),
            (H, "none"),
        ),
        "routine",
    ),
]


@pytest.mark.parametrize(("turns", "expected"), ANAEMIA_STORIES)
def test_anaemia_with_sallow_complexion_is_routine(turns, expected):
    assert _u(*turns) == expected


def test_sallow_with_yellow_eyes_stays_urgent():
    assert (
        _u(
            "最近很累，脸色发黄，眼白也黄了",
            (G, "50岁"),
            (D, "一个礼拜"),
            (S, "还好"),
            (A, "尿颜色很深"),
        )
        in URGENT_UP
    )


# 2. A hedged denial of severity is no severity: "不算太严重" is mild, not "严重" (the score the
# urgent "severe pain" rule reads; MTS pain 8-10/10).
SEVERITY = [
    ("不算太严重", 3),
    ("还不算严重", 3),
    ("没那么严重", 3),
    ("不是特别疼", 4),
    ("不算很疼", 4),
    ("不是特别严重，就是烦", 3),
    ("not that severe", 3),
    ("not too bad", 3),
    # look-alikes stay severe
    ("很严重", 8),
    ("严重，晚上疼醒", 8),
    ("疼得受不了", 9),
    ("really bad", 7),
]


@pytest.mark.parametrize(("text", "score"), SEVERITY)
def test_hedged_severity(text, score):
    assert severity_score(find_severity(text, answering=True)) == score


def test_hedged_severity_keeps_routine():
    # nhs.uk Irritable bowel syndrome: bloating, diarrhoea and constipation for months - a GP
    assert (
        _u(
            "肚子经常胀，拉肚子和便秘来回倒，上完厕所好点",
            (G, "31岁"),
            (D, "大半年了"),
            (S, "不算太严重"),
            (A, "没有便血，体重没掉"),
        )
        == "routine"
    )
    assert (
        _u(
            "bloated a lot, swapping between diarrhoea and constipation, better after the loo",
            (G, "31"),
            (D, "about 8 months"),
            (S, "not that severe"),
            (A, "no blood, weight steady"),
        )
        == "routine"
    )


# 3. A site whose pain is denied right after it ("右上腹不痛"). nhs.uk Pre-eclampsia: pain just
# below the ribs after 20 weeks is urgent (midwife/GP/111); nhs.uk Indigestion and heartburn in
# pregnancy: heartburn after meals is self-care with a pharmacist's antacid.
_RUQ = ConceptMatcher([c for c in urgency.CONCEPTS if c.name == "ruq_pain"], scope=negation_scope)
SITE_DENIED = [
    ("右上腹不痛", False),
    ("右上腹也不疼", False),
    ("右边肋骨下面没痛", False),
    ("右上腹按着不痛", False),
    ("no pain under my right ribs", False),
    # look-alikes: the pain told, hedged, or gone only now
    ("右上腹疼", True),
    ("右上腹不太疼，但是一直隐隐的", True),
    ("右上腹不痛了", True),
    ("pain under my right ribs", True),
]


@pytest.mark.parametrize(("text", "expected"), SITE_DENIED)
def test_site_pain_denied_after(text, expected):
    assert ("ruq_pain" in _RUQ.affirmed(text)) is expected


def test_pregnancy_heartburn_with_denied_ribs_pain():
    assert (
        _u(
            "怀孕八个月，吃完饭就烧心反酸",
            (G, "29"),
            (D, "两周左右"),
            (S, "能忍"),
            (A, "头不痛，看东西清楚，脚不肿，右上腹不痛"),
        )
        == "self_care"
    )
    assert (
        _u(
            "怀孕八个月，吃完饭就烧心，右上腹也疼",
            (G, "29"),
            (D, "两天"),
            (S, "能忍"),
            (A, "头不痛"),
        )
        in URGENT_UP
    )


# 4. First-step heel pain that eases with walking bears weight. nhs.uk Plantar fasciitis: pain
# worse on the first steps after rest, better as you walk - self-care, a GP if no better in 2
# weeks; nhs.uk Sprains and strains: an urgent treatment centre if you cannot put weight on it.
WEIGHT = [
    ("早上下床脚跟一踩地就疼，走几步就好了", ""),
    ("脚后跟一着地就痛，活动开了就好多了", ""),
    ("脚底一落地就疼，不过还能走", ""),
    ("my heel hurts when I first put my foot down in the morning, eases once I get going", ""),
    # look-alikes
    ("摔了一跤，脚踝一着地就钻心地疼", "cant_bear_weight"),
    ("崴了脚，一踩地就痛，走不了路", "cant_bear_weight"),
    ("I twisted my ankle and can't put any weight on it", "cant_bear_weight"),
]


@pytest.mark.parametrize(("text", "code"), WEIGHT)
def test_first_step_heel_pain_bears_weight(text, code):
    found = set(flag_codes(urgent_findings([text])))
    assert (code in found) if code else "cant_bear_weight" not in found


# 5. A baby's red bottom is nappy rash (nhs.uk Nappy rash: treat at home - keep it clean and dry,
# a barrier cream, a pharmacist; a GP if it does not go away or the baby is unwell).
NAPPY = [
    (("宝宝小屁股红红的一片，换尿不湿时会哭", (G, "8个月"), (D, "三天"), (A, "不发烧，吃奶正常")), "self_care"),
    (("宝宝屁股蛋红了一大片，没破皮", (G, "1岁"), (D, "两天"), (A, "精神好，不发烧")), "self_care"),
    (("baby's bottom is all red and sore at nappy changes", (G, "9 months"), (D, "2 days"), (A, "no fever, feeding well")), "self_care"),
]


@pytest.mark.parametrize(("turns", "expected"), NAPPY)
def test_nappy_rash_self_care(turns, expected):
    assert _u(*turns) == expected


def test_nappy_rash_with_fever_not_self_care():
    assert (
        _u(
            "宝宝屁股红红一片，起了好多水疱",
            (G, "8个月"),
            (D, "两天"),
            (A, "发烧38.8，不怎么吃奶"),
        )
        not in ("self_care",)
    )


# 6. A week or two of heartburn after rich food is a pharmacist's; 3 weeks or more is a GP's
# (nhs.uk Heartburn and acid reflux: see a GP if you have heartburn most days for 3 weeks or
# more). A fear of the heart ("会不会是心脏病") is no cardiac sign.
HEARTBURN = [
    (("吃完饭胸口烧，反酸水，躺下更难受，会不会是心脏病", (G, "38岁"), (D, "一两个礼拜，最近喝酒多"), (S, "3分"), (A, "不出汗不喘，吞咽正常")), "self_care"),
    (("heartburn and acid in my throat after meals, worse lying down, is it my heart?", (G, "40"), (D, "about 10 days, lots of curries lately"), (S, "3/10"), (A, "no sweating, not breathless, swallowing fine")), "self_care"),
]
HEARTBURN_NOT = [
    (("天天烧心反酸，躺下更厉害", (G, "38岁"), (D, "一个多月"), (S, "4分"), (A, "吞东西不卡")), NOT_URGENT),
    (("heartburn most days, worse lying down", (G, "38"), (D, "5 weeks"), (S, "4/10"), (A, "swallowing fine")), NOT_URGENT),
]


@pytest.mark.parametrize(("turns", "expected"), HEARTBURN)
def test_short_heartburn_self_care(turns, expected):
    assert _u(*turns) == expected


@pytest.mark.parametrize(("turns", "allowed"), HEARTBURN_NOT)
def test_long_heartburn_gp(turns, allowed):
    got = _u(*turns)
    assert got in allowed and got != "self_care"


# 7. The usual period pain, bad enough to break a sweat, the same every month (nhs.uk Period
# pain: ibuprofen, heat, a pharmacist; a GP when severe by a score, changed, or with a fever).
PERIOD = [
    (("来例假肚子疼得冒冷汗，每个月都这样", (G, "22岁"), (D, "例假第一天"), (S, "头一天疼得厉害，吃止疼药能好"), (A, "不发烧，月经规律")), "self_care"),
    (("period cramps so bad I break out in a cold sweat, same every month", (G, "20"), (D, "first day of my period"), (S, "bad on day one, ibuprofen helps"), (A, "no fever, periods regular")), "self_care"),
]
PERIOD_NOT = [
    # the first time, or a sweat not from the pain, or no period at all
    (("来例假肚子疼得冒冷汗，第一次这样", (G, "22岁"), (D, "例假第一天"), (S, "疼得厉害"), (A, "不发烧")), "self_care"),
    (("来例假肚子疼，每个月都这样，今天还一直出冷汗心慌", (G, "22岁"), (D, "例假第一天"), (S, "挺疼"), (A, "不发烧")), "self_care"),
    (("肚子疼得直冒冷汗，每次都这样", (G, "22岁"), (D, "两小时"), (S, "疼得厉害"), (A, "不发烧")), "self_care"),
]


@pytest.mark.parametrize(("turns", "expected"), PERIOD)
def test_usual_period_pain_with_sweat_self_care(turns, expected):
    assert _u(*turns) == expected


@pytest.mark.parametrize(("turns", "not_expected"), PERIOD_NOT)
def test_period_pain_sweat_look_alikes(turns, not_expected):
    assert _u(*turns) != not_expected
