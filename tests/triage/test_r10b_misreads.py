"""Round 10 (helper b): words read as an emergency sign that the story does not tell, each class
in English and Chinese with the look-alikes that must still fire: a family only frightened
(carbon monoxide), bottles of beer (poisoning), an earlier pregnancy (bleeding in pregnancy), a
denied cold pale foot (limb ischaemia), a lower right tooth (appendicitis), "更严重" (a severe
headache) and a swollen testicle with a fever (torsion)."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from consult.triage import facts, redflags, urgency

from .turns import A, D, G, S
from .turns import rules_urgency as _u


def _codes(*messages: str) -> set[str]:
    return set(redflags.flag_codes(redflags.screen_conversation(list(messages))))


def _features(text: str) -> set[str]:
    return set(urgency.features([text], {}))


# nhs.uk 'Carbon monoxide poisoning': the people at home with headaches, dizziness or sickness
# together (better away from home) - call 999 / A&E. A family only frightened, worried or giving
# advice is no household ill together.
CO_FIRE = [
    "全家人都头疼恶心，一进屋就难受",
    "我和老公孩子都头晕想吐",
    "家里几个人都头疼，出门就好点",
    "the whole family has headaches and feel sick",
    "all of us have a headache and feel dizzy",
    "everyone in the house has a headache today",
]
CO_QUIET = [
    "我们全家都吓坏了，爷爷这几天一翻身就头晕",
    "一家人都劝他去医院，他头晕好几天了",
    "全家都很担心，妈妈头疼两天了",
    "the whole family is worried sick, my nan gets dizzy when she rolls over",
    "all of us are scared, he has had headaches for a week",
    "my entire family is panicking, grandad feels dizzy when he looks up",
]


@pytest.mark.parametrize("text", CO_FIRE)
def test_household_ill_together_is_carbon_monoxide(text: str) -> None:
    assert "carbon_monoxide" in _codes(text)


@pytest.mark.parametrize("text", CO_QUIET)
def test_family_only_frightened_is_no_household_illness(text: str) -> None:
    assert "household" not in _features(text)
    assert "carbon_monoxide" not in _codes(text)


# nhs.uk 'Indigestion': too much food, alcohol - lifestyle and a pharmacist's antacids; nhs.uk
# 'Alcohol poisoning': 999 only with its signs. nhs.uk 'Poisoning': A&E for an overdose of pills
# or a swallowed poison - those stay.
OVERDOSE_FIRE = [
    "他把一整瓶药都吃了",
    "吃了一整盒布洛芬",
    "喝了一瓶安眠药",
    "孩子喝了半瓶消毒水",
    "喝了一瓶白酒又吃了一盒药",
    "she took a whole box of paracetamol",
]
OVERDOSE_QUIET = [
    "昨天聚餐喝了好几瓶啤酒，今天胃胀打嗝",
    "吃了一盒饼干以后肚子胀",
    "晚上喝了两瓶冰啤酒，早上反酸",
    "孩子一口气喝了一瓶可乐，肚子有点胀",
    "had a few bottles of beer last night and now my stomach is bloated",
    "ate a whole box of chocolates and feel sick",
]


@pytest.mark.parametrize("text", OVERDOSE_FIRE)
def test_pills_or_poison_in_an_amount_fire(text: str) -> None:
    assert "overdose_poisoning" in _codes(text)


@pytest.mark.parametrize("text", OVERDOSE_QUIET)
def test_food_or_drink_in_an_amount_is_no_poisoning(text: str) -> None:
    assert "overdose_poisoning" not in _codes(text)


# nhs.uk 'Piles': common in pregnancy; see a GP for blood in the poo for 3 weeks. An earlier
# pregnancy, over, is history. nhs.uk 'Vaginal bleeding in pregnancy': a pregnancy now with
# bleeding stays (the rule's own rows).
PREGNANT_NOW = [
    ["I'm 10 weeks pregnant and bleeding heavily with clots"],
    ["I was pregnant, about 7 weeks, and now bleeding a lot"],
    ["im pregnant with my son, 30 weeks, and bleeding a lot"],
    ["positive pregnancy test last week and now heavy bleeding"],
    ["怀孕8周，下面出了好多血"],
    ["以前怀孕的时候也这样，现在又怀孕了，出了好多血"],
]
PREGNANT_BEFORE = [
    [
        "bright red blood on the paper after a poo",
        "had piles when I was pregnant with my daughter 3 years ago",
    ],
    ["blood on the tissue when I wipe", "i was pregnant with twins 2 years ago, got piles then"],
    ["some blood after pooing", "during my last pregnancy i had piles too"],
    ["擦屁股纸上有血", "两年前怀孕时得过痔疮"],
    ["大便后有血", "怀孕的时候得过痔疮，现在孩子三岁了"],
]


@pytest.mark.parametrize("messages", PREGNANT_NOW)
def test_bleeding_in_a_pregnancy_now_fires(messages: list[str]) -> None:
    assert "pregnancy_bleeding_pain" in _codes(*messages)


@pytest.mark.parametrize("messages", PREGNANT_BEFORE)
def test_an_earlier_pregnancy_is_history(messages: list[str]) -> None:
    assert "pregnancy_bleeding_pain" not in _codes(*messages)


# nhs.uk 'Peripheral arterial disease': 999 for a leg or arm that suddenly goes cold, pale and
# painful; a GP for leg pain on walking that eases with rest. A denial between the limb and its
# signs is none.
LIMB_FIRE = [
    "左腿突然冰凉发白，特别疼",
    "脚又冰又白，疼得厉害",
    "右脚冰凉发紫，突然开始疼",
    "his leg is cold and pale and really hurts",
    "her foot suddenly went cold and white",
    "my leg suddenly went ice cold and really pale",
]
LIMB_QUIET = [
    "走路小腿疼，歇一会就好，脚不冷不发白",
    "左脚凉但不发白，走多了腿酸",
    "脚不凉，也不发白，就是走路腿疼",
    "calf aches when I walk, my foot is not cold or pale",
    "my foot isn't cold and not white, just cramps walking",
    "foot is cold but not pale, calf hurts after a few hundred yards",
]


@pytest.mark.parametrize("text", LIMB_FIRE)
def test_cold_pale_limb_fires(text: str) -> None:
    assert "limb_ischaemia" in _codes(text)


@pytest.mark.parametrize("text", LIMB_QUIET)
def test_denied_cold_pale_limb_is_none(text: str) -> None:
    assert "cold_limb" not in _features(text)
    assert "limb_ischaemia" not in _codes(text)


# nhs.uk 'Appendicitis': pain moving to the lower right of the tummy (the rules' emergency with
# vomiting, fever or no appetite); nhs.uk 'Dental abscess': urgent dentist or 111, 999 only with
# breathing trouble, a swollen eye or a big swelling in the mouth. A lower right tooth, the jaw, the
# chin or a leg is not the lower right of the tummy.
RLQ = [
    "右下腹疼，不想吃饭",
    "肚子右下疼了一天",
    "一开始肚脐周围疼，现在跑到右下边了",
    "pain in my lower right side since last night",
    "it started round my belly button and moved to the lower right",
    "pain low down on the right of my tummy",
]
NOT_RLQ = [
    "右下边一颗大牙疼得睡不着",
    "右下最里面那颗牙疼，腮帮子肿了",
    "右下巴肿了",
    "右下肢疼",
    "my lower right wisdom tooth is killing me",
    "bottom right molar throbbing, cheek swollen",
    "pain at the bottom right of my jaw",
]


@pytest.mark.parametrize("text", RLQ)
def test_lower_right_tummy_is_rlq(text: str) -> None:
    assert "rlq_pain" in _features(text)


@pytest.mark.parametrize("text", NOT_RLQ)
def test_lower_right_tooth_or_jaw_is_not_rlq(text: str) -> None:
    assert "rlq_pain" not in _features(text)


@pytest.mark.parametrize(
    "turns",
    [
        (
            "右下边那颗大牙疼了一周，脸肿了",
            (G, "30"),
            (D, "一周"),
            (S, "8分"),
            (A, "低烧37.9，能张嘴，喘气吞咽都正常，眼睛不肿"),
        ),
        (
            "lower right back tooth aching for a week, face swollen",
            (G, "30"),
            (D, "a week"),
            (S, "8/10"),
            (A, "temp 37.9, can open my mouth, breathing and swallowing fine, eye not swollen"),
        ),
    ],
)
def test_dental_abscess_without_airway_signs_is_urgent_not_emergency(turns: tuple) -> None:
    assert _u(*turns) == "urgent"


# "更严重", "越来越严重", "getting more severe": worse than before, no rating of the pain.
@pytest.mark.parametrize(
    "text",
    ["好几年了，最近胖了更严重", "越来越严重", "这两天更加严重了", "it's getting more severe"],
)
def test_compared_severity_is_no_rating(text: str) -> None:
    assert facts.find_severity(text, answering=True) is None


@pytest.mark.parametrize("text", ["很严重", "严重", "severe", "非常严重"])
def test_severity_word_still_rates(text: str) -> None:
    assert facts.find_severity(text, answering=True) is not None


# nhs.uk 'Sleep apnoea': loud snoring with pauses in breathing, sleepy in the day, headaches on
# waking - see a GP. NICE CKS Headache: a sudden, worst-ever headache stays an emergency.
@pytest.mark.parametrize(
    "turns",
    [
        (
            "老婆说我打鼾很响，睡着了会突然憋住不喘气",
            (A, "白天犯困，早上起来头疼"),
            (D, "好几年了，最近胖了更严重"),
            (G, "50"),
        ),
        (
            "my wife says i snore loudly and suddenly stop breathing in my sleep",
            (A, "sleepy in the day, headaches when i wake up"),
            (D, "years, getting more severe since i put on weight"),
            (G, "50"),
        ),
    ],
)
def test_snoring_with_pauses_is_no_emergency(turns: tuple) -> None:
    assert _u(*turns) in ("routine", "urgent")


@pytest.mark.parametrize(
    "turns",
    [
        ("突然头疼得像炸开一样，这辈子最疼的一次", (D, "半小时前突然开始"), (S, "10分")),
        (
            "sudden headache, worst i've ever had, came on like a thunderclap",
            (D, "30 minutes ago"),
            (S, "10/10"),
        ),
    ],
)
def test_thunderclap_headache_stays_emergency(turns: tuple) -> None:
    assert _u(*turns) == "emergency"


# nhs.uk 'Testicle pain': A&E for sudden, very bad pain, with tummy pain or being sick; urgent GP or
# 111 for pain or swelling that came on gradually, or with a high temperature (epididymitis).
TESTIS_URGENT = [
    ("蛋蛋肿了，疼，还发烧38度",),
    ("睾丸肿痛，尿尿刺痛",),
    ("my testicle is swollen and sore and I have a temperature",),
    ("one of my balls is swollen and aching, and it stings when I pee",),
]
TESTIS_EMERGENCY = [
    ("睾丸突然剧痛，肿了，发烧",),
    ("睾丸肿痛，一直想吐",),
    ("my testicle suddenly swelled up and really hurts, I have a temperature",),
    ("my testicle is swollen and painful and I've been sick",),
]


@pytest.mark.parametrize("turns", TESTIS_URGENT)
def test_swollen_testicle_with_infection_signs_is_urgent(turns: tuple) -> None:
    assert _u(*turns) == "urgent"


@pytest.mark.parametrize("turns", TESTIS_EMERGENCY)
def test_sudden_severe_or_sick_testicle_stays_emergency(turns: tuple) -> None:
    assert _u(*turns) == "emergency"


def test_swollen_testicle_told_alone_stays_emergency() -> None:
    # onset not told yet: torsion is not ruled out (the interview asks the onset next)
    assert _u("睾丸肿痛") == "emergency"
    assert _u("my testicle is swollen and painful") == "emergency"
