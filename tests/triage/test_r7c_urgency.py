"""Round-7c urgency classes (bench r7c tuning set): each class in English and Chinese in several
phrasings, with look-alikes that must stay where they are."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from consult.triage import context

from .turns import rules_urgency as _u


def _negated(text: str, mention: str) -> bool:
    start = text.rindex(mention)
    end = start + len(mention)
    by_scope = context.scope(text, start, end)[0]
    assert by_scope == context.negation_scope(text, start, end)[0]
    return by_scope


# A space between two Chinese clauses ends a negation's scope like a comma (NegEx: a trigger's
# scope ends at the clause boundary, Chapman et al. 2001/2013); a denial inside its own clause and
# a bare negator before a stray space ("没有 发烧") still deny.
SPACE_SCOPE = [
    ("不疼", "疼", True),
    ("不喘", "喘", True),
    ("没发烧", "发烧", True),
    ("胸口疼 不喘", "喘", True),
    ("胸口疼 不喘 没发烧", "发烧", True),
    ("头疼 没有发烧", "发烧", True),
    ("没有 发烧", "发烧", True),
    ("也没有 发烧", "发烧", True),
    ("不 疼", "疼", True),
    ("没有胸闷、 气短", "气短", True),
    ("心跳不齐 胸口疼", "胸口疼", False),
    ("心跳不齐 一上午了", "一上午", False),
    ("嘴张不开了 说话像含着东西", "说话像含着东西", False),
    ("吃奶只吃一点点就不吃了 一直哼哼", "哼哼", False),
    ("不想吃饭 肚子疼", "肚子疼", False),
    ("睡不好 头疼", "头疼", False),
    ("没力气 胸口闷", "胸口闷", False),
    ("心跳不齐，胸口疼", "胸口疼", False),
]


@pytest.mark.parametrize(("text", "mention", "negated"), SPACE_SCOPE)
def test_r7c_space_ends_zh_negation(text, mention, negated):
    assert _negated(text, mention) is negated


SPACE_TRIAGE = [
    (("心跳不齐 胸口疼",), ("emergency",)),
    (("心跳不齐 胸口疼 出冷汗",), ("emergency",)),
    (("没有胸口疼 就是心跳不齐",), ("self_care", "routine")),
    (("不发烧 不咳嗽 就是嗓子疼",), ("self_care",)),
]


@pytest.mark.parametrize(("turns", "allowed"), SPACE_TRIAGE)
def test_r7c_space_negation_triage(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Carbon monoxide poisoning: several people in one home with headache, nausea or dizziness,
# flu-like without a high temperature - a cold or flu the writer only guesses at is no sign of an
# infection; a told fever, a told cold with its own signs, or diarrhoea is a shared infection.
CO_HOUSEHOLD = [
    (("家里几个人都头疼恶心 是不是一起感冒了",), "emergency"),
    (("全家都头疼恶心 可能是感冒了",), "emergency"),
    (("家里好几个人都头疼 想吐 是不是感冒",), "emergency"),
    (("我和我老公孩子都头晕恶心 是不是感冒了",), "emergency"),
    (("我们一家人都头疼 恶心 会不会是流感",), "emergency"),
    (("we all have headaches and feel sick, maybe we all have a bug",), "emergency"),
    (
        ("everyone in the house has a headache and feels sick, is it a cold going round?",),
        "emergency",
    ),
    (("me and my kids all have headaches and feel sick, maybe a cold?",), "emergency"),
    (("several of us at home have a headache and nausea, could it be flu?",), "emergency"),
]
CO_HOUSEHOLD_NOT = [
    (("全家都感冒了 流鼻涕 嗓子疼 头有点疼",), ("self_care", "routine")),
    (("全家都发烧 头疼",), ("self_care", "routine", "urgent")),
    (("全家都拉肚子 恶心",), ("self_care", "routine")),
    (("the whole family has flu, headache and temperature 38.5",), ("self_care", "routine")),
    (("the whole family has a cold, runny noses and headaches",), ("self_care", "routine")),
    (("我同事都头疼 是不是感冒了",), ("self_care", "routine")),
]


@pytest.mark.parametrize(("turns", "urgency"), CO_HOUSEHOLD)
def test_r7c_co_household_guessed_cold(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), CO_HOUSEHOLD_NOT)
def test_r7c_co_household_look_alikes(turns, allowed):
    assert _u(*turns) in allowed


G = "age"

# nhs.uk Fever in children: a fever for 5 days or more, or one that keeps coming back, is an
# urgent GP's or 111 (NICE NG143 amber; nhs.uk Kawasaki disease) - told as a count of days, as
# "day 6 now", or as a temperature that keeps coming back.
CHILD_FEVER_LONG = [
    (
        (
            "my daughter's had a temp for 5 days now, paracetamol brings it down but it keeps coming back",
            (G, "3"),
        ),
        "urgent",
    ),
    (("my son has had a fever for five days, calpol helps but it comes back", (G, "4")), "urgent"),
    (("toddler's temperature keeps coming back, it's day 6 now", (G, "2")), "urgent"),
    (("my little boy has had a high temperature on and off for a week", (G, "5")), "urgent"),
    (("孩子发烧五天了 吃了退烧药能退 但是过几个小时又烧起来", (G, "3岁")), "urgent"),
    (("女儿反反复复发烧快一个星期了", (G, "4岁")), "urgent"),
    (("儿子烧了5天了 退了又烧", (G, "2岁")), "urgent"),
    (("宝宝发烧第六天了", (G, "1岁半")), "urgent"),
]
CHILD_FEVER_LONG += [
    (
        (
            "my daughter's had a temp for 5 days now, paracetamol brings it down but it keeps coming back",
            (G, "3"),
            ("severity", "she's grumpy and not herself but drinking and weeing"),
            ("location", "not really one spot"),
            (
                "associated_symptoms",
                "her eyes are red without any gunk, lips are red and cracked, hands look a bit swollen, rash on her body",
            ),
        ),
        "urgent",
    ),
    (("my son has got a temp, day 5 of it now", (G, "6")), "urgent"),
    (("she's been running a temp for 5 days", (G, "2")), "urgent"),
]
CHILD_FEVER_LONG_NOT = [
    (
        ("my son had a temp yesterday, calpol brought it down, he's playing", (G, "4")),
        ("self_care",),
    ),
    (("孩子昨天发烧 吃了退烧药退了 精神挺好", (G, "3岁")), ("self_care",)),
    (("I've had a cold for 5 days, bit of a temperature", (G, "30")), ("self_care",)),
]


@pytest.mark.parametrize(("turns", "urgency"), CHILD_FEVER_LONG)
def test_r7c_child_fever_five_days(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), CHILD_FEVER_LONG_NOT)
def test_r7c_child_fever_look_alikes(turns, allowed):
    assert _u(*turns) in allowed


def test_r7c_keeps_coming_back_is_no_location():
    from consult.triage.facts import find_duration, find_locations

    assert find_locations("the temperature keeps coming back") == []
    assert find_locations("pain in my back") == ["back"]
    assert find_duration("toddler's temperature keeps coming back, it's day 6 now") == "it's day 6"


D = "onset_duration"
S = "severity"
A = "associated_symptoms"

# nhs.uk Hearing loss / Sudden hearing loss: an urgent GP or 111 for hearing lost in one ear
# suddenly (woke up with it, since yesterday), even when the patient guesses wax; the deficit told
# of "it" after the ear ("can barely hear anything out of it") or as a muffled ear. Wax over weeks,
# water after swimming or a blocked ear with a cold stay with the pharmacist or GP.
EAR_SUDDEN = [
    (
        (
            "my right ear feels blocked, maybe wax? can I use olive oil",
            (G, "47"),
            (D, "woke up with it yesterday"),
            (S, "I can barely hear anything out of it, it was fine before"),
            (A, "a bit of ringing, slightly dizzy, no pain, no discharge"),
        ),
        "urgent",
    ),
    (
        ("woke up this morning and can't hear out of my left ear, think it's wax", (G, "50")),
        "urgent",
    ),
    (
        (
            "my ear's gone completely muffled since yesterday, can hardly hear anything with it",
            (G, "40"),
        ),
        "urgent",
    ),
    (
        (
            "left ear suddenly blocked and I can't hear much out of it, since this morning",
            (G, "55"),
        ),
        "urgent",
    ),
    (("昨天早上起来右耳朵像堵住了 几乎听不见 是不是耳屎", (G, "47")), "urgent"),
    (("耳朵突然闷住了 听不太清 是耵聍吗", (G, "45")), "urgent"),
]
EAR_SUDDEN_NOT = [
    (
        ("my ear feels blocked for a few weeks, probably wax, hearing a bit muffled", (G, "60")),
        ("self_care", "routine"),
    ),
    (
        (
            "my right ear feels blocked, maybe wax? can I use olive oil",
            (G, "47"),
            (D, "a few weeks"),
            (S, "a bit muffled, can still hear"),
        ),
        ("self_care", "routine"),
    ),
    (("ear feels blocked after swimming, water in it", (G, "30")), ("self_care", "routine")),
    (("blocked ear with a cold, bit muffled", (G, "30")), ("self_care", "routine")),
    (("耳朵堵了好几周了 可能是耳屎", (G, "60")), ("self_care", "routine")),
]


@pytest.mark.parametrize(("turns", "urgency"), EAR_SUDDEN)
def test_r7c_sudden_hearing_loss_guessed_wax(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), EAR_SUDDEN_NOT)
def test_r7c_blocked_ear_look_alikes(turns, allowed):
    assert _u(*turns) in allowed


L = "location"

# nhs.uk Sunburn: treated at home (cool the skin, aftersun, painkillers, a pharmacist); urgent GP
# or 111 for blistering or swelling, a high temperature, dizziness or sickness, or a child. Burnt
# skin that feels hot ("摸着烫", "hot to touch") is no fever, and the day in the sun is its cause.
SUNBURN = [
    (
        (
            "去海边晒伤了 后背通红 火辣辣的",
            (G, "22"),
            (D, "昨天晒的"),
            (L, "后背和肩膀"),
            (S, "疼 摸着烫"),
            (A, "没起大水泡 不发烧 不头晕"),
        ),
        "self_care",
    ),
    (("晒伤了 肩膀红红的 有点疼", (G, "30")), "self_care"),
    (("昨天在太阳底下晒了一天 脸和胳膊都晒红了 火辣辣地疼", (G, "25")), "self_care"),
    (
        (
            "got sunburnt at the beach, my back is bright red and stings",
            (G, "22"),
            (A, "no blisters, no fever, not dizzy"),
        ),
        "self_care",
    ),
    (("badly sunburned shoulders, hot to touch and sore", (G, "28")), "self_care"),
    (("burnt my back in the sun yesterday, red and sore", (G, "35")), "self_care"),
]
SUNBURN_NOT = [
    (("晒伤了 后背起了很多大水泡 还发烧 头晕", (G, "22")), ("routine", "urgent")),
    (("晒伤了 摸着烫 还发烧了", (G, "22")), ("routine", "urgent")),
    (("my 8 month old got sunburnt at the park", (G, "8 months")), ("routine", "urgent")),
    (
        ("sunburn all over my back with lots of blisters, feel feverish and sick", (G, "20")),
        ("routine", "urgent"),
    ),
    (("孩子晒伤了 起水泡 发烧", (G, "3岁")), ("routine", "urgent")),
    (("在太阳底下晒了一天 晒伤了 现在头晕 恶心", (G, "30")), ("routine", "urgent", "emergency")),
    (("宝宝刚满月，摸着很烫", (G, "1个月")), ("urgent", "emergency")),
]


@pytest.mark.parametrize(("turns", "urgency"), SUNBURN)
def test_r7c_sunburn_self_care(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), SUNBURN_NOT)
def test_r7c_sunburn_look_alikes(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Insomnia: a few bad nights and a request for sleep tips is self-help (regular times,
# winding down), a pharmacist can advise; a GP for months of it, low mood or anxiety with it, or
# a child. Someone else's suicide read in the news is no suicidal thought of the writer's own;
# the writer's own thoughts are the red flags' (emergency through the screen).
INSOMNIA = [
    (
        (
            "read about a suicide in the news and its been on my mind, now sleeping badly, any tips to get to sleep",
        ),
        "self_care",
    ),
    (("看新闻说有人自杀 心里有点堵 这两天睡不好 想问怎么调节睡眠",), "self_care"),
    (
        (
            "a friend of a friend killed himself last month, can't stop thinking about it and I'm not sleeping well, how can I sleep better",
        ),
        "self_care",
    ),
    (("saw a documentary about suicide and now I can't sleep, any tips?",), "self_care"),
    (("同事的朋友自杀了 这几天一直想着这事 晚上睡不着 有什么办法能睡好",), "self_care"),
    (("刷到一个跳楼的新闻 晚上老做噩梦睡不好 怎么改善睡眠",), "self_care"),
    (("struggling to sleep lately, any tips",), "self_care"),
]
INSOMNIA_NOT = [
    (
        (
            "read about a suicide in the news and now I keep thinking about killing myself, can't sleep",
        ),
        ("emergency",),
    ),
    (("看新闻说有人自杀 我也有点想死 睡不着",), ("emergency",)),
    (("can't sleep for months, exhausted all day, it's affecting work",), ("routine",)),
    (("can't sleep, feeling really low and anxious for weeks",), ("routine",)),
    (("最近情绪低落 睡不着 什么都不想干",), ("routine",)),
    (("my 5 year old can't sleep, any tips",), ("routine",)),
    (("孩子5岁 晚上睡不着",), ("routine",)),
    (("can't sleep because of the chest pain",), ("urgent", "emergency")),
    (("can't sleep lying flat, I get breathless and have to sit up",), ("urgent", "emergency")),
    (("睡不着 心慌 胸口闷",), ("urgent", "emergency")),
    (
        ("hasn't slept for days and is talking nonstop with loads of energy",),
        ("urgent", "emergency"),
    ),
    (("toothache so bad I can't sleep",), ("routine", "urgent")),
]


@pytest.mark.parametrize(("turns", "urgency"), INSOMNIA)
def test_r7c_insomnia_self_help(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), INSOMNIA_NOT)
def test_r7c_insomnia_look_alikes(turns, allowed):
    assert _u(*turns) in allowed


# NICE NG143 / nhs.uk Fever in children: urgent GP or 111 for a fever still there on day 5; a
# fever told gone ("it's gone now", "烧已经退了") is no fever lasting 5 days. A fever that came
# back ("退了又烧", "went down then came back up") or only dipped ("gone down a bit") still is.
FEVER_GONE = [
    (("my daughter had a fever 5 days ago, it's gone now", (G, "4")), ("self_care", "routine")),
    (("she had a fever 5 days ago, temperature's gone now", (G, "3")), ("self_care", "routine")),
    (
        ("my son had a temperature five days ago, it's all gone now and he's playing", (G, "2")),
        ("self_care", "routine"),
    ),
    (("女儿5天前发烧 现在已经退了", (G, "4岁")), ("self_care", "routine")),
    (("孩子五天前发烧 现在烧已经退了", (G, "3岁")), ("self_care", "routine")),
    (("5天前发过烧 烧退了 现在就是有点咳嗽", (G, "4岁")), ("self_care", "routine")),
]
FEVER_GONE_NOT = [
    (("fever for 5 days and still going", (G, "4")), ("urgent",)),
    (("fever for 5 days, it went down then came back up", (G, "4")), ("urgent",)),
    (("my son's fever has gone down a bit but it's been 5 days", (G, "4")), ("urgent",)),
    (("发烧5天了 还在烧", (G, "4岁")), ("urgent",)),
    (("发烧5天了 退了又烧", (G, "4岁")), ("urgent",)),
    (("烧了5天 烧退了又烧起来", (G, "4岁")), ("urgent",)),
    (("烧了五天了", (G, "4岁")), ("urgent",)),
]


@pytest.mark.parametrize(("turns", "allowed"), FEVER_GONE)
def test_r7c_fever_gone_not_long(turns, allowed):
    assert _u(*turns) in allowed


@pytest.mark.parametrize(("turns", "allowed"), FEVER_GONE_NOT)
def test_r7c_fever_gone_look_alikes(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Sunburn: urgent GP or 111 when the skin blisters or swells badly, with a high temperature
# or feeling hot and shivery, or for a baby or young child (kept routine here: test_r6_urgency's
# label); heat stroke signs stay 999 / A&E. A few small blisters stay routine; plain sunburn, or an
# older child's, stays self-care (above).
SUNBURN_URGENT = [
    (("sunburn all over my back with lots of blisters", (G, "25")), ("urgent",)),
    (("sunburnt, my skin is blistering all over my shoulders and back", (G, "30")), ("urgent",)),
    (("sunburn, now I have a high temperature and chills", (G, "30")), ("urgent",)),
    (("bad sunburn and I feel hot and shivery", (G, "30")), ("urgent",)),
    (("晒伤了 后背起了一大片水泡", (G, "25")), ("urgent",)),
    (("晒伤了 还发高烧 发冷", (G, "25")), ("urgent",)),
    (("晒伤了 浑身发冷 打寒颤", (G, "25")), ("urgent",)),
]
SUNBURN_URGENT_NOT = [
    (("sunburn, a couple of small blisters on my nose", (G, "30")), ("routine",)),
    (("晒伤了 鼻子上起了两个小水泡", (G, "30")), ("routine",)),
    (("sunburnt, no blisters, no fever", (G, "30")), ("self_care",)),
    (("my 2 year old got sunburnt at the beach", (G, "2")), ("routine", "urgent")),
    (("my baby got sunburnt", (G, "10 months")), ("routine", "urgent")),
    (("孩子两岁 晒伤了", (G, "2岁")), ("routine", "urgent")),
    (("宝宝晒伤了", (G, "8个月")), ("routine", "urgent")),
    (("晒伤了 没起水泡 不发烧", (G, "30")), ("self_care",)),
    (("my 10 year old got sunburnt, red and sore", (G, "10")), ("self_care",)),
    (("晒伤了 摸着烫", (G, "28")), ("self_care",)),
    (
        (
            "sunburnt after a day at the beach, now confused, stopped sweating, very hot, 40 degrees",
            (G, "30"),
        ),
        ("emergency",),
    ),
    (("晒了一天太阳 晒伤了 现在神志不清 不出汗 体温40度", (G, "30")), ("emergency",)),
]


@pytest.mark.parametrize(("turns", "allowed"), SUNBURN_URGENT)
def test_r7c_sunburn_warning_urgent(turns, allowed):
    assert _u(*turns) in allowed


@pytest.mark.parametrize(("turns", "allowed"), SUNBURN_URGENT_NOT)
def test_r7c_sunburn_warning_look_alikes(turns, allowed):
    assert _u(*turns) in allowed
