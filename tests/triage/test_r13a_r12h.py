"""Round-13 classes from the retired set r12h: a missed necrotising fasciitis (pain out of
proportion to a small wound, dark skin or blisters at it), an infected bite told with its size, a
gallstone pain under the right ribs, and the over-triage of a bump, a near-faint, sunburn, a stye,
piles after a birth, a high reading with headaches that come and go, and a denied bleed after
travel. Each class in English and Chinese, with the look-alikes that must not fire or must not be
lowered."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from consult.triage.facts import duration_days, find_duration
from consult.triage.redflags import flag_codes, screen_conversation

from .turns import A, D, G, H, L, S
from .turns import rules_urgency as _u

NOT_URGENT = ("self_care", "routine")
URGENT_UP = ("urgent", "emergency")


def _flags(*messages: str) -> set[str]:
    return set(flag_codes(screen_conversation(list(messages))))


# --- necrotising fasciitis: a wound far more painful than it should be, or the skin at it gone
# purple, grey or black or with dark blisters, with a fever or shivering (nhs.uk 'Necrotising
# fasciitis': A&E or 999)
NF_FIRES = [
    (
        "Scratched my shin on a rose bush, only a tiny cut but its killing me",
        "9/10, way worse than a scratch should be",
        "temp 39.1 and shivery",
    ),
    (
        "cut my finger on a tin 2 days ago",
        "pain is far worse than a small cut should be",
        "I've got a high temperature",
    ),
    (
        "scratched my leg gardening",
        "the skin round it has gone purple-grey with dark blisters",
        "temp 39, shivering",
    ),
    ("就划了个小口子，却疼得要命", "发烧39度，发抖"),
    ("小腿被玫瑰刺划了一下", "伤口周围的皮肤发紫发黑，还起了几个黑色的水泡", "发烧39度"),
    ("手被罐头划了一下", "比一个小伤口该有的疼厉害多了", "发烧38度5"),
]
NF_LOOKALIKES = [
    # a small cut that hurts no more than it should, or a bruise that went purple, with no fever
    ("only a small cut but it doesn't hurt much", "no fever"),
    ("trapped my finger in the door, it has gone purple", "throbbing 6/10"),
    ("just a tiny cut but it bled a lot", "stopped with pressure"),
    ("只是个小口子，但不疼", "没发烧"),
    ("手指被门夹了，有点发紫", "没发烧"),
    ("blood blister on my finger from a pinch", "a bit sore"),
]


@pytest.mark.parametrize("messages", NF_FIRES)
def test_necrotising_fasciitis_signs_fire(messages: tuple) -> None:
    assert "necrotising_fasciitis_signs" in _flags(*messages)


@pytest.mark.parametrize("messages", NF_LOOKALIKES)
def test_necrotising_fasciitis_lookalikes_do_not_fire(messages: tuple) -> None:
    assert "necrotising_fasciitis_signs" not in _flags(*messages)


# --- a bite gone big and red, hot and sore (nhs.uk 'Insect bites and stings' / 'Cellulitis':
# urgent GP or 111)
BITE_URGENT = [
    ("Horsefly bite on my calf 3 days ago, now its big red hot and sore",),
    ("bitten on my arm by something, it's gone huge and red", (S, "hot to touch and swollen")),
    ("被马蝇咬了，现在又大又红", (S, "摸着发烫，肿了")),
    ("腿上被虫子咬了，又红又肿", (S, "摸着热热的，有点疼")),
]
BITE_LOOKALIKES = [
    ("mosquito bite on my arm, a big red itchy bump", (S, "itchy, not hot or sore")),
    ("被蚊子咬了个大包，又红又痒", (S, "就是痒，不热不疼")),
]


@pytest.mark.parametrize("turns", BITE_URGENT)
def test_big_red_hot_bite_is_urgent(turns: tuple) -> None:
    assert _u(*turns) in URGENT_UP


@pytest.mark.parametrize("turns", BITE_LOOKALIKES)
def test_itchy_bite_is_not_urgent(turns: tuple) -> None:
    assert _u(*turns) in NOT_URGENT


# --- a gallstone pain under the right ribs after a meal or spreading to the shoulder blade
# (nhs.uk 'Gallstones': urgent GP or 111 for tummy pain lasting longer than 30 minutes)
BILIARY_URGENT = [
    (
        "gnawing pain up under my right ribs after a big BBQ",
        (D, "about an hour and a half"),
        (A, "feel sick, no fever"),
    ),
    (
        "pain under my right ribs that goes through to my right shoulder blade",
        (D, "2 hours"),
        (S, "6/10"),
    ),
    ("吃了红烧肉以后右上腹疼", (D, "一个半小时了"), (A, "有点恶心，不发烧")),
    ("右边肋骨下面疼，窜到右肩膀", (D, "两个小时"), (S, "六分")),
]
BILIARY_LOOKALIKES = [
    # told over weeks: a GP's
    ("ache under my right ribs after fatty food", (D, "on and off for 2 months"), (S, "3/10")),
    ("右上腹吃了油腻的东西就隐隐不舒服", (D, "两个多月了"), (S, "两分")),
    # a pain under the right ribs with neither pattern stays as it was
    ("sore under my right ribs after coughing for a week", (D, "a week"), (S, "3/10")),
    # heartburn after a big meal is no pain under the right ribs (nhs.uk Heartburn: self care)
    ("burning feeling in my chest after a big curry, bit of acid in my throat", (D, "last night")),
    ("吃完饭就觉得烧心，老打嗝", (D, "最近几个礼拜，时有时无")),
]


@pytest.mark.parametrize("turns", BILIARY_URGENT)
def test_biliary_pattern_is_urgent(turns: tuple) -> None:
    assert _u(*turns) in URGENT_UP


@pytest.mark.parametrize("turns", BILIARY_LOOKALIKES)
def test_long_or_plain_rib_pain_is_not_biliary(turns: tuple) -> None:
    assert _u(*turns) in NOT_URGENT


# --- a bump on the head in a teenager told "talking and walking normally" (nhs.uk Head injury
# and concussion: care at home); vomiting, a blackout or not acting normally still go up
HEAD_HOME = [
    (
        "My 15yo smacked his head on a cupboard, big egg on his forehead",
        (
            A,
            "Not knocked out, hasn't been sick, remembers everything, talking and walking normally",
        ),
        (G, "15"),
    ),
    ("我儿子15岁，头撞到柜子上，起了个大包", (A, "没晕，没吐，说话走路都正常"), (G, "15")),
]
HEAD_STILL_UP = [
    (
        "My 15yo smacked his head on a cupboard",
        (A, "he's been sick twice, talking and walking normally"),
        (G, "15"),
    ),
    (
        "My 15yo smacked his head on a cupboard",
        (A, "not talking or walking normally, very sleepy"),
        (G, "15"),
    ),
    ("我儿子15岁，头撞到柜子上", (A, "吐了两次，说话走路都正常"), (G, "15")),
]


@pytest.mark.parametrize("turns", HEAD_HOME)
def test_bump_acting_normally_is_home_care(turns: tuple) -> None:
    assert _u(*turns) in NOT_URGENT


@pytest.mark.parametrize("turns", HEAD_STILL_UP)
def test_bump_with_warning_still_goes_up(turns: tuple) -> None:
    assert _u(*turns) in URGENT_UP


# --- "nearly collapsed" is no collapse (nhs.uk 'Fainting'); a collapse still fires
def test_nearly_collapsed_is_no_collapse() -> None:
    assert "unconscious_seizure" not in _flags(
        "My husband nearly collapsed at the cricket, went white and dizzy"
    )
    assert "unconscious_seizure" not in _flags("他刚才差点晕倒，脸色发白")


def test_collapsed_still_fires() -> None:
    assert "unconscious_seizure" in _flags("My husband collapsed at the cricket and went white")
    assert "unconscious_seizure" in _flags("他刚才突然晕倒了，叫了半天才醒")


# --- sunburn told as the redness first and the hours on the beach after it (nhs.uk Sunburn:
# treat at home); blisters or a fever still go up
SUNBURN_HOME = [
    (
        "I look like a boiled lobster after falling asleep on the beach",
        (S, "sore and very red, no blisters"),
        (A, "no fever or chills"),
    ),
    (
        "Got burnt this afternoon, about 3 hours asleep on the beach",
        (S, "red and sore, no blisters"),
        (A, "not dizzy or sick"),
    ),
    ("在沙滩上睡着了，晒成了煮熟的龙虾", (S, "很红很疼，没起泡"), (A, "不发烧，不头晕")),
]
SUNBURN_UP = [
    (
        "I look like a boiled lobster after falling asleep on the beach",
        (S, "blistered all over my back"),
        (A, "fever and chills"),
    ),
    ("在沙滩上睡着了，晒成了煮熟的龙虾", (S, "起了很多水泡"), (A, "发烧38度5，发冷")),
]


@pytest.mark.parametrize("turns", SUNBURN_HOME)
def test_sunburn_told_after_the_redness_is_home_care(turns: tuple) -> None:
    assert _u(*turns) == "self_care"


@pytest.mark.parametrize("turns", SUNBURN_UP)
def test_sunburn_with_blisters_and_fever_goes_up(turns: tuple) -> None:
    assert _u(*turns) in URGENT_UP


def test_kettle_burn_is_no_sunburn() -> None:
    from consult.triage.urgency import features

    assert "sc_sunburn" not in features(
        ["burnt my hand on the kettle while sitting in the sun"], {}
    )
    assert "sc_sunburn" not in features(
        ["ate lobster at the beach and now my lips are swollen"], {}
    )


# --- a red lump on the eyelid is the lid's (a stye), not a red eye; "白眼球不红" denies the red
# eye (nhs.uk Stye: warm compresses); a red eye in a lens wearer with pain still goes up
STYE_HOME = [
    (
        "眼皮上长了个红疙瘩，肿起来了",
        (S, "有点疼，三分"),
        (A, "看东西清楚，白眼球不红，不发烧"),
        (H, "戴隐形眼镜"),
    ),
    (
        "red lump on my upper eyelid",
        (S, "a bit sore"),
        (A, "sight fine, eye itself not red"),
        (H, "I wear contact lenses"),
    ),
]
LENS_RED_EYE_UP = [
    ("戴隐形眼镜，眼睛又红又疼", (A, "怕光，看东西有点模糊")),
    ("I wear contact lenses and my eye is red and painful", (A, "light hurts it")),
]


@pytest.mark.parametrize("turns", STYE_HOME)
def test_stye_in_lens_wearer_is_not_urgent(turns: tuple) -> None:
    assert _u(*turns) in NOT_URGENT


@pytest.mark.parametrize("turns", LENS_RED_EYE_UP)
def test_red_painful_eye_in_lens_wearer_still_urgent(turns: tuple) -> None:
    assert _u(*turns) in URGENT_UP


# --- an ordinal that tells when it began after another event is no duration ("生完第二周开始的",
# "came on day 3 after the operation"); a day count of the complaint still is
@pytest.mark.parametrize(
    "text",
    ["生完第二周开始的", "手术后第三天开始疼的", "It began on day 3 after the operation"],
)
def test_ordinal_onset_is_no_duration(text: str) -> None:
    assert duration_days(find_duration(text, answering=True) or text) is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("发烧第三天了", 3.0),
        ("回来第五天开始发烧，今天第三天了", 3.0),
        ("day 3 of the fever", 3.0),
        ("三天了", 3.0),
    ],
)
def test_day_count_is_still_a_duration(text: str, days: float) -> None:
    assert duration_days(find_duration(text, answering=True)) == days


def test_piles_after_birth_is_home_care() -> None:
    turns = (
        "生完孩子三周，屁股那里长了个肉球，坐着疼",
        (G, "29"),
        (D, "生完第二周开始的"),
        (S, "坐久了疼、痒，三分"),
        (A, "有点便秘。没出血，没发烧"),
    )
    assert _u(*turns) == "self_care"


# --- 180/120 or more with headaches that come and go over days is same-day (nhs.uk 'High blood
# pressure'); with a severe headache told, or a plain headache, it stays 999
BP_SAME_DAY = [
    ("我妈最近老说头疼，今天量血压185/115", (S, "隐隐地疼，能忍"), (A, "胸口不疼，不喘，说话正常")),
    (
        "been having on and off headaches, BP 190/120 today",
        (S, "mild"),
        (A, "no chest pain, sight fine"),
    ),
]
BP_STILL_999 = [
    ("血压190/120，最近老头疼，今天疼得特别厉害",),
    ("BP 185/120, headaches on and off this week, today it is really bad",),
    ("我妈头疼，血压185/120",),
    ("BP 190/125 and a headache",),
]


@pytest.mark.parametrize("turns", BP_SAME_DAY)
def test_high_reading_with_recurrent_headaches_is_urgent(turns: tuple) -> None:
    assert _u(*turns) == "urgent"
    assert "hypertensive_emergency" not in _flags(
        *(t if isinstance(t, str) else t[1] for t in turns)
    )


@pytest.mark.parametrize("turns", BP_STILL_999)
def test_high_reading_with_a_bad_or_plain_headache_stays_999(turns: tuple) -> None:
    assert "hypertensive_emergency" in _flags(*turns)


def test_recurrent_then_severe_answer_fires() -> None:
    assert "hypertensive_emergency" in _flags("我妈最近老说头疼，血压185/115", "疼得受不了")


# --- a bleed denied between the site and the word ("gums not bleeding", "牙龈没出血") is no
# severe-dengue sign (nhs.uk 'Dengue'); told bleeding still fires
TRAVEL_DENIED = [
    "back from Thailand, fever, my gums aren't bleeding",
    "back from Thailand fever, nose hasn't bled",
    "泰国回来发烧，牙龈没出血，也没流鼻血",
    "泰国回来发烧，刷牙不出血",
    "泰国回来发烧，没有鼻血",
]
TRAVEL_BLEED = [
    "back from Thailand with a fever and my gums are bleeding",
    "泰国回来发烧，牙龈一直不停地出血",
    "泰国回来发烧，刷牙的时候牙龈出血",
    "泰国回来发烧，有鼻血",
]


@pytest.mark.parametrize("text", TRAVEL_DENIED)
def test_denied_bleed_after_travel_is_no_flag(text: str) -> None:
    assert "fever_after_travel" not in _flags(text)


@pytest.mark.parametrize("text", TRAVEL_BLEED)
def test_bleed_after_travel_still_fires(text: str) -> None:
    assert "fever_after_travel" in _flags(text)


# L is part of the shared turn vocabulary; keep the import used
assert L == "location"
