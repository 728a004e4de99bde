"""Round-10 family stories told by a worried relative (r10y, r10z): a baby's colic, a breast
lump while breastfeeding, a rash after a fever, sticky eyes, hives, a nosebleed that stopped,
a diabetic's numb feet and an anaemic woman's breathlessness on the stairs. What raised them:
the length of each bout or period and the days since a birth read as the onset, denials inside
a Chinese span ("眼皮不肿", "刷牙不出血", "脚上没有伤口，没有发黑"), a rash's place read as a
pain going through to the back, and a baby under 3 months ruled out of self-care even for
colic. Each class in Chinese and English, with look-alikes that must stay raised."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from consult.triage.facts import find_duration

from .turns import A, D, G, H, S
from .turns import rules_urgency as _u

URGENT_UP = ("urgent", "emergency")
NOT_SELF_CARE = ("routine", "urgent", "emergency")

# --- the onset is not the length of each bout or period, nor the days since a birth ----------
# (facts.py _ZH_NOT_ONSET / _not_onset_en: the interview then asks when it started)
DURATION_NOT_ONSET = [
    "生完孩子12天了，奶胀得厉害",
    "剖腹产后两周，伤口旁边有点痒",
    "她月经每次都要来八九天",
    "每回疼四五个小时",
    "孩子一闹就一两个钟头",
    "一般三四天就自己好了",
    "I had my baby 9 days ago and my nipple is cracked",
    "two weeks postpartum and very tired",
    "my periods last 9 days",
    "he screams for two hours every evening",
    "each attack lasts about 3 hours",
]
DURATION_ONSET = [
    ("咳嗽三天了", "三天了"),
    ("拉肚子两三天了", "两三天了"),
    ("头晕一个多月了", "一个多月了"),
    ("嗓子疼十几天", "十几天"),
    ("I've had this cough for three days", "for three days"),
    ("sore for the last 2 weeks", "for the last 2 weeks"),
]


@pytest.mark.parametrize("text", DURATION_NOT_ONSET)
def test_r10f_bout_or_birth_is_no_onset(text):
    assert find_duration(text) is None


@pytest.mark.parametrize(("text", "onset"), DURATION_ONSET)
def test_r10f_onset_still_read(text, onset):
    assert find_duration(text) == onset


# --- nhs.uk Mastitis: a sore breast or a lump while breastfeeding - keep breastfeeding, rest,
# fluids, painkillers, a pharmacist can help; a GP if not better within 24 hours; a red, hot
# breast with a temperature or flu-like symptoms is an urgent GP or 111 (the mastitis rule) ----
MASTITIS = [
    (
        (
            "孩子刚满月，喂奶时左边咪咪有个硬疙瘩，摸着疼",
            (S, "2分"),
            (D, "今天下午"),
            (A, "没发烧，人挺好"),
        ),
        "self_care",
    ),
    (
        ("产后三周，右边乳房胀痛有个块，怕堵奶", (S, "3分"), (D, "今天"), (A, "体温正常，不冷")),
        "self_care",
    ),
    (
        (
            "breastfeeding my baby, found a tender lump in my left breast this morning",
            (G, "31"),
            (S, "3/10"),
            (D, "this morning"),
            (A, "no temperature, feel fine otherwise"),
        ),
        "self_care",
    ),
]
MASTITIS_NOT = [
    # a temperature, shivers or a red, hot breast: the mastitis rule (urgent GP or 111)
    (("喂奶的时候乳房有个硬块很疼，发烧38.5，浑身发冷", (S, "6分"), (D, "昨天")), URGENT_UP),
    (
        (
            "breastfeeding, my breast is red and hot with a painful lump and I feel shivery",
            (S, "5/10"),
            (D, "yesterday"),
        ),
        URGENT_UP,
    ),
    # not better over days of self-care: a GP
    (
        ("产后一个月，喂奶，右边乳房硬块按着疼", (S, "3分"), (D, "一个星期了"), (A, "没发烧")),
        NOT_SELF_CARE,
    ),
    # a breast lump with no breastfeeding is a GP's (nhs.uk Breast lumps)
    (("乳房摸到一个硬块，按着有点疼", (G, "45"), (S, "2分"), (D, "今天")), NOT_SELF_CARE),
]

# --- nhs.uk Colic: a well baby crying for hours, often every evening, feeding and growing:
# common, usually stops by 6 months, a health visitor can help; a GP or 111 if the baby has a
# temperature, is being sick, not feeding, has blood in the poo, or the cry is not the usual ---
COLIC = [
    (
        (
            "宝宝一到晚上就哭，一哭一两个小时，腿往上缩，哄都哄不好",
            (G, "6周"),
            (D, "十来天了"),
            (A, "吃奶好，体重长了，不发烧不吐"),
        ),
        "self_care",
    ),
    (
        (
            "宝宝每天傍晚哭闹好几个钟头，抱着也哄不好",
            (G, "2个月"),
            (D, "一个星期"),
            (A, "哭完就好，白天正常，大便正常"),
        ),
        "self_care",
    ),
    (
        (
            "my 7 week old screams for hours every evening and pulls his legs up, nothing settles him",
            (G, "7 weeks"),
            (D, "about 10 days"),
            (A, "feeding well, putting on weight, no temperature, not being sick"),
        ),
        "self_care",
    ),
]
COLIC_NOT = [
    # a temperature at under 3 months is urgent (nhs.uk High temperature; NICE NG143)
    (
        (
            "宝宝一到晚上就哭，一哭几个小时，哄不好",
            (G, "6周"),
            (D, "两天"),
            (A, "今天发烧38度，吃奶正常"),
        ),
        URGENT_UP,
    ),
    # being sick or not feeding is not colic's
    (
        (
            "宝宝每天傍晚哭好几个小时，哄不好",
            (G, "2个月"),
            (D, "三天"),
            (A, "吃奶以后老是吐，吐得很厉害"),
        ),
        NOT_SELF_CARE,
    ),
    (
        (
            "my 6 week old cries for hours every evening and can't be settled",
            (G, "6 weeks"),
            (D, "3 days"),
            (A, "she's not feeding and keeps vomiting"),
        ),
        NOT_SELF_CARE,
    ),
    # a newborn under 4 weeks crying for hours is for a GP or 111 to judge
    (
        ("宝宝晚上哭好几个小时，哄不好", (G, "3周"), (D, "三天"), (A, "吃奶正常，不发烧")),
        NOT_SELF_CARE,
    ),
]

# --- nhs.uk Roseola: a rash after a few days of high temperature, the child brighter: look
# after them at home; the rash's place ("先是肚子和后背") is no pain going through to the back
# (nhs.uk Acute pancreatitis / AAA read a pain) ---------------------------------------------
ROSEOLA_PLACE = [
    (
        (
            "宝宝发烧三天今天退了，肚子和后背起了红疹子",
            (G, "14个月"),
            (D, "三天"),
            (A, "精神很好，在玩，吃喝正常"),
        ),
        "self_care",
    ),
    (
        (
            "her temperature went yesterday after 3 days and now spots on her tummy and her back",
            (G, "15 months"),
            (D, "3 days"),
            (A, "she's playing and eating normally"),
        ),
        "self_care",
    ),
]
ROSEOLA_PLACE_NOT = [
    # a pain in the tummy going through to the back stays a pain
    (("肚子疼得厉害，往后背钻，身上还起了红疹子", (G, "55"), (D, "今天"), (S, "8分")), URGENT_UP),
]

# --- denials inside a Chinese span: "眼皮不怎么肿", "刷牙不出血", "脚上没有伤口，没有发黑" are
# no swollen eyelid, no bleeding gums, no foot wound (nhs.uk Conjunctivitis: a pharmacist for a
# child 2 or over; nhs.uk Nosebleed: pinch 10-15 minutes, A&E only if it will not stop; nhs.uk
# Peripheral neuropathy: see a GP for numb feet; nhs.uk Hives: a pharmacist, 999 only with a
# swollen lip or tongue or breathing trouble) ---------------------------------------------------
DENIED_SPANS = [
    (
        (
            "孩子两只眼睛都是黄眼屎，早上粘住了",
            (G, "5岁"),
            (D, "两天"),
            (A, "眼皮不怎么肿，不怕光，看得清，不发烧"),
        ),
        "self_care",
    ),
    (
        (
            "孩子流鼻血，按了十分钟止住了，怕是白血病",
            (G, "7岁"),
            (D, "今天早上"),
            (A, "刷牙从来不出血，身上没淤青，精神好"),
        ),
        "self_care",
    ),
    (
        (
            "孩子身上起了一片片风团，痒，一会儿这里一会儿那里",
            (G, "6岁"),
            (D, "今天"),
            (A, "嘴唇眼皮都不肿，不喘，精神好"),
        ),
        "self_care",
    ),
    (
        (
            "我妈糖尿病很多年，两只脚底发麻，像踩棉花",
            (G, "72"),
            (D, "半年了"),
            (A, "脚上没有伤口，也没有发黑"),
            (H, "2型糖尿病"),
        ),
        "routine",
    ),
    (
        (
            "his eyes are red and sticky, glued shut when he wakes",
            (G, "5"),
            (D, "2 days"),
            (A, "eyelids not swollen, no pain, sees fine, no fever"),
        ),
        "self_care",
    ),
    (
        (
            "my diabetic dad has numb tingly feet for months",
            (G, "70"),
            (D, "4 months"),
            (A, "no wounds or sores on his feet, nothing black"),
            (H, "type 2 diabetes"),
        ),
        "routine",
    ),
]
DENIED_SPANS_NOT = [
    # told, not denied: an eyelid swollen with a temperature, a diabetic foot wound turning black
    (("孩子眼皮又红又肿，还发烧", (G, "5岁"), (D, "一天")), URGENT_UP),
    (
        ("我爸糖尿病，脚上的伤口一个月了不愈合，发黑了", (G, "70"), (D, "一个月"), (H, "糖尿病")),
        URGENT_UP,
    ),
    (
        (
            "my dad's diabetic, a sore on his toe won't heal and has gone black",
            (G, "70"),
            (D, "a month"),
            (H, "diabetes"),
        ),
        URGENT_UP,
    ),
    # hives with a swollen lip and breathing trouble is anaphylaxis
    (("孩子起了风团，嘴唇肿了，喘不上气", (G, "6岁"), (D, "半小时")), ("emergency",)),
    # a nosebleed that will not stop after 20 minutes of pressure
    (("孩子流鼻血，按了二十分钟还止不住", (G, "7岁"), (D, "半小时")), URGENT_UP),
]

# --- nhs.uk Iron deficiency anaemia: tiredness, shortness of breath, heart palpitations, pale
# or sallow skin, often with heavy periods - see a GP for a blood test. Palpitations at rest,
# sudden, with chest pain or a faint stay urgent (nhs.uk Heart palpitations) -------------------
ANAEMIA = [
    (
        (
            "最近老是累，爬三楼就心跳得厉害、喘，脸上没血色",
            (G, "30岁，女"),
            (D, "三个月，越来越明显"),
            (A, "月经量很大，没胸痛，没晕倒"),
        ),
        "routine",
    ),
    (
        (
            "上楼就心慌气短，脸色蜡黄，是不是心脏病",
            (G, "26"),
            (D, "两个月"),
            (A, "例假量特别多，没晕过"),
        ),
        "routine",
    ),
    (
        (
            "my heart pounds and I get puffed on the stairs, people say I look pale",
            (G, "29"),
            (D, "2 months, slowly worse"),
            (A, "heavy periods, no chest pain, never fainted"),
        ),
        "routine",
    ),
]
ANAEMIA_NOT = [
    (("坐着不动也心慌气短，胸口闷痛", (G, "30"), (D, "今天"), (A, "月经量大")), URGENT_UP),
    (("爬楼的时候心慌，刚才晕倒了一次", (G, "30"), (D, "两个月"), (A, "月经量大")), URGENT_UP),
    (
        (
            "my heart suddenly started racing while sitting and I'm breathless",
            (G, "30"),
            (D, "an hour"),
            (A, "heavy periods"),
        ),
        URGENT_UP,
    ),
]


@pytest.mark.parametrize(
    ("turns", "urgency"), MASTITIS + COLIC + ROSEOLA_PLACE + DENIED_SPANS + ANAEMIA
)
def test_r10f_family_not_raised(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(
    ("turns", "allowed"),
    MASTITIS_NOT + COLIC_NOT + ROSEOLA_PLACE_NOT + DENIED_SPANS_NOT + ANAEMIA_NOT,
)
def test_r10f_family_look_alikes(turns, allowed):
    assert _u(*turns) in allowed
