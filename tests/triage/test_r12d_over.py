"""Round-12 over-triage (sets r12e, r12m): words read as an emergency or an urgent sign that the
cited nhs.uk page sends to a GP, a pharmacist or self-care. Each class in English and Chinese, with
the emergency or urgent version of the same words that must still fire."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from consult.triage.redflags import flag_codes, screen_conversation
from consult.triage.urgency import features

from .turns import A, D, G, H, L, S
from .turns import rules_urgency as _u

NOT_URGENT = ("self_care", "routine")
URGENT_UP = ("urgent", "emergency")


def _flags(*messages: str) -> set[str]:
    return set(flag_codes(screen_conversation(list(messages))))


def _feature(name: str, *messages: str) -> bool:
    return name in features(list(messages), {})


# --- one hand numb or tingling at night, shaken back to life, in the thumb-side fingers: carpal
# tunnel syndrome (nhs.uk 'Carpal tunnel syndrome': a GP), not FAST. A sudden numbness, a face,
# speech, a whole side, an arm or a leg stays a stroke (nhs.uk 'Stroke': 999).
CARPAL_TUNNEL = [
    (
        "My right hand goes numb and tingly, mostly at night. I have to shake it to get the feeling back.",
    ),
    (
        "My right hand goes numb and tingly at night - thumb, index and middle fingers - and I have to shake it to get the feeling back. It's been happening for about two months.",
    ),
    ("my left hand tingles mostly at night and keeps waking me",),
    ("My right hand goes numb at night", "I shake it and the feeling comes back"),
    ("I think I have carpal tunnel, my right hand is numb",),
    ("右手晚上睡觉老发麻，甩一甩就好了，两个月了",),
    ("右手大拇指、食指、中指发麻，半夜麻醒，一个多月了",),
    ("右手夜里发麻，得甩甩手才能缓过来",),
    ("每天晚上右手都发麻",),
    ("医生说我可能是腕管综合征，右手发麻",),
]
STROKE_STILL = [
    ("My right hand went numb suddenly an hour ago",),
    ("Last night my right hand went numb and it still is",),
    ("My right arm and hand are numb and weak since this morning",),
    ("My right hand has gone numb and my face feels droopy",),
    ("I've had carpal tunnel for years but now my whole right side is numb and weak",),
    ("right hand numb at night for months, but today my right leg went weak too",),
    ("my left hand goes numb at night, I shake it, but now I can't get my words out",),
    ("my right hand is weak and numb",),
    ("右手突然发麻，拿不住东西",),
    ("昨晚右手发麻到现在",),
    ("右手半夜发麻好几个月了，今天右腿也没劲了",),
    ("右手晚上老发麻，甩甩就好，今天突然说话不清楚了",),
    ("我妈左手左腿没力气",),
]


@pytest.mark.parametrize("messages", CARPAL_TUNNEL)
def test_carpal_tunnel_hand_is_no_stroke(messages: tuple[str, ...]) -> None:
    assert "stroke" not in _flags(*messages)


@pytest.mark.parametrize("messages", STROKE_STILL)
def test_sudden_or_wider_numbness_stays_stroke(messages: tuple[str, ...]) -> None:
    assert "stroke" in _flags(*messages)


def test_carpal_tunnel_story_is_routine() -> None:
    assert (
        _u(
            "My right hand goes numb and tingly, mostly at night. I have to shake it to get the feeling back.",
            (D, "About 2 months, came on gradually."),
            (A, "Occasionally drop things. No weakness in my arm or face and my speech is fine."),
        )
        in NOT_URGENT
    )


# --- a denial inside the phrase: "skin and eyes not yellow", "眼睛没发黄" is no jaundice (nhs.uk
# 'Gallstones': yellow skin or eyes with the pain is the emergency sign; without it, a temperature
# with long gallstone pain is an urgent GP or 111 matter)
JAUNDICE_DENIED = [
    "Temperature 38.6, shivery, feel sick; skin and eyes not yellow",
    "eyes aren't yellow",
    "my eyes don't look yellow",
    "skin's not yellow at all",
    "眼睛没发黄",
    "皮肤也不黄",
    "皮肤眼睛都没变黄",
]
JAUNDICE_STILL = [
    "skin and eyes yellow",
    "the whites of my eyes look yellow",
    "my skin is yellow and itchy",
    "眼睛发黄",
    "皮肤和眼睛都黄了",
    "皮肤不知怎么发黄",
]


@pytest.mark.parametrize("text", JAUNDICE_DENIED)
def test_denied_yellow_is_no_jaundice(text: str) -> None:
    assert not _feature("jaundice", text)


@pytest.mark.parametrize("text", JAUNDICE_STILL)
def test_yellow_told_is_jaundice(text: str) -> None:
    assert _feature("jaundice", text)


def test_gallstone_pain_with_fever_and_no_jaundice_is_urgent() -> None:
    assert (
        _u(
            "I've had attacks of this pain before but this time it hasn't stopped - about 16 hours now, under my right ribs, and I've got a temperature and the shivers.",
            (A, "Temperature 38.6, shivery, feel sick; skin and eyes not yellow"),
        )
        == "urgent"
    )


def test_gallstone_pain_with_jaundice_stays_emergency() -> None:
    assert (
        _u(
            "pain under my right ribs for 16 hours with a temperature",
            (A, "Temperature 38.6, shivery, and my eyes have gone yellow"),
        )
        == "emergency"
    )


# --- "没有呼吸停顿/暂停/困难/急促" denies a pause or a struggle; it is not "没有呼吸" (not
# breathing). NHS Healthier Together 'Bronchiolitis': pauses in breathing are red (999); poor
# feeding and working harder to breathe are amber (a doctor today).
BREATH_DENIED = [
    "孩子5个月，没有呼吸停顿",
    "宝宝8个月，咳嗽，没有呼吸困难",
    "宝宝8个月，咳嗽，没呼吸急促",
    "宝宝8个月，咳嗽，没有呼吸暂停",
    "my 5 month old has a cough, no pauses in his breathing",
]
BREATH_STOPS = [
    "宝宝8个月，刚才突然没有呼吸了",
    "宝宝8个月，没有呼吸了",
    "宝宝8个月，呼吸停了几秒",
    "宝宝8个月，有呼吸停顿",
    "宝宝没呼吸了，叫不醒",
    "my baby stopped breathing for a few seconds",
]


@pytest.mark.parametrize("text", BREATH_DENIED)
def test_denied_breathing_pause_is_no_emergency(text: str) -> None:
    assert "severe_breathing" not in _flags(text)


@pytest.mark.parametrize("text", BREATH_STOPS)
def test_breathing_that_stops_stays_emergency(text: str) -> None:
    assert "severe_breathing" in _flags(text)


def test_bronchiolitis_amber_is_urgent() -> None:
    assert (
        _u(
            "孩子5个月，感冒三天了，这两天咳得越来越多，喘气比平时快，吃奶只吃平时一半都不到。",
            (A, "流鼻涕、咳嗽、低烧37.9，吃奶不到平时一半；没有呼吸停顿"),
        )
        == "urgent"
    )


# --- "a blotchy rash" names a rash's look (Kawasaki disease, a viral rash, hives), not the blotchy
# skin of sepsis (nhs.uk 'Sepsis': skin blue, grey, pale or blotchy); 花斑癣 is a fungal patch
BLOTCHY_RASH = [
    "Blotchy rash on his body",
    "a blotchy red rash on her tummy",
    "blotchy raised rash",
    "背上有花斑癣",
]
BLOTCHY_SKIN = [
    "his skin is blotchy",
    "her knees look blotchy and purplish",
    "blotchy and pale",
    "a blotchy purple rash",
    "皮肤发花",
    "膝盖上有花斑",
]


@pytest.mark.parametrize("text", BLOTCHY_RASH)
def test_blotchy_rash_is_no_mottled_skin(text: str) -> None:
    assert not _feature("blotchy_skin", text)


@pytest.mark.parametrize("text", BLOTCHY_SKIN)
def test_blotchy_skin_is_mottled(text: str) -> None:
    assert _feature("blotchy_skin", text)


def test_kawasaki_with_blotchy_rash_is_urgent() -> None:
    assert (
        _u(
            "My little boy has had a fever for nearly a week. Now his eyes are red and his lips are all cracked.",
            (G, "3."),
            (A, "Blotchy rash on his body, a lump in his neck, tongue bright red."),
        )
        == "urgent"
    )


def test_fever_with_mottled_skin_stays_emergency() -> None:
    assert (
        _u(
            "my son has had a fever since yesterday",
            (A, "his knees look blotchy and he's very sleepy"),
        )
        == "emergency"
    )


# --- the burning of a stomach told as a habit ("胃老是烧着疼") is heartburn or an ulcer's pain,
# not a fever (nhs.uk 'Stomach ulcer', 'Heartburn and acid reflux': a GP or pharmacist)
STOMACH_BURN = [
    "这两三个月胃老是烧着疼，饿的时候最明显",
    "心口一直烧得慌",
    "胃里老是烧",
]
FEVER_BURN = [
    "孩子一直烧，39度",
    "老是烧，退了又烧",
    "他一直烧着",
    "反复发烧",
]


@pytest.mark.parametrize("text", STOMACH_BURN)
def test_stomach_burning_is_no_fever(text: str) -> None:
    assert not _feature("fever", text)


@pytest.mark.parametrize("text", FEVER_BURN)
def test_bare_burning_fever_stays(text: str) -> None:
    assert _feature("fever", text)


def test_ulcer_pattern_is_routine() -> None:
    assert (
        _u(
            "这两三个月胃老是烧着疼，饿的时候最明显，吃点东西能好些，半夜有时候疼醒。",
            (A, "反酸、打嗝；没吐过血，大便颜色正常，体重没掉"),
            (G, "38岁"),
        )
        in NOT_URGENT
    )


# --- red spots or bumps that feel hot are the skin's own heat (nhs.uk 'Rosacea': the skin may
# feel hot - a GP), not a fever; a body, forehead or child that feels hot stays a fever
LESION_HEAT = [
    "这半年脸上鼻子两边和脸颊老是发红，还冒出些小红疙瘩，摸着烫烫的。",
    "脸上长了些痘痘，摸着有点烫",
    "the spots on my cheeks are red and warm to the touch",
]
BODY_HEAT = [
    "身上起了红疹子，摸着烫烫的",
    "孩子出疹子，额头烫",
    "脸上长了些疙瘩，摸着烫，也发烧了",
    "rash all over and he feels hot to the touch",
    "my cheeks have red spots, hot to the touch, and I've got a temperature of 38.5",
]


@pytest.mark.parametrize("text", LESION_HEAT)
def test_hot_spots_are_no_fever(text: str) -> None:
    assert not _feature("fever", text)


@pytest.mark.parametrize("text", BODY_HEAT)
def test_hot_body_stays_fever(text: str) -> None:
    assert _feature("fever", text)


@pytest.mark.parametrize(
    "text",
    ["red patch on my leg, hot to touch, getting bigger", "小腿上一块皮肤红肿，摸着发烫，越来越大"],
)
def test_cellulitis_still_urgent(text: str) -> None:
    assert _u(text) in URGENT_UP


# --- self-care classes told in words the classes missed
SELF_CARE = [
    # nhs.uk 'Period pain': the usual first-day cramps into the back, normal bleeding
    (
        "Bad period cramps again this month, like always on the first day. Anything better than ibuprofen?",
        (G, "19."),
        (S, "6/10, hot water bottle helps."),
        (L, "Low tummy, both sides, into my back."),
        (A, "Normal period bleeding. No fainting, no shoulder pain. Not pregnant."),
    ),
    (
        "痛经，跟以前一样第一天最疼",
        (G, "20岁"),
        (S, "5分"),
        (A, "月经量跟平时一样，没有头晕"),
    ),
    # nhs.uk 'Heat exhaustion and heatstroke': cooled, rested and better within 30 minutes
    (
        "今天在外面跑了一上午，中午有点头晕恶心，出了好多汗。现在在空调屋里躺了二十分钟，喝了淡盐水，好一些了。",
        (A, "出汗多，口渴。没有糊涂，没抽筋，说话清楚。"),
    ),
    # nhs.uk 'Ringworm': a scaly-edged patch clearer in the middle, a pet with a bald patch
    (
        "I've got a round red itchy patch on my forearm that's getting bigger. It's scaly round the edge and clearer in the middle.",
        (D, "About 2 weeks"),
        (A, "No other rashes, I feel well"),
    ),
    # nhs.uk 'Indigestion': full and bloated after eating too much
    (
        "最近一吃多就胃胀，上腹部撑得慌，老打嗝，偶尔有点恶心。",
        (D, "一个礼拜左右"),
        (S, "2到3分"),
        (A, "没吐，大便正常，没有黑便，体重没掉"),
    ),
    # nhs.uk 'Neck pain': woke with a twisted neck; 长期低头 is the posture, not months of pain
    (
        "早上起来脖子像扭了一样，一转头就疼。",
        (S, "5分"),
        (A, "手不麻，不发烧，不头疼，没受过伤"),
        (H, "长期低头对着电脑"),
    ),
    # nhs.uk 'Piles': a small lump told in the next clause, a little blood on the paper, days
    (
        "这几天大便完纸上有鲜红的血，肛门那儿有点痒，摸着有个小肉疙瘩。最近便秘。",
        (D, "四五天"),
        (A, "鲜血在纸上，没有黑便，体重没变"),
    ),
]
SELF_CARE += [
    # the English versions of the heat, neck and indigestion classes
    (
        "been out running in the heat, felt dizzy and sick and sweaty, lay down in the shade for 20 minutes and had some water, feeling a bit better now",
        (A, "thirsty, not confused, no cramps"),
    ),
    (
        "I woke up and my neck was stiff, can't turn my head to the right",
        (S, "5/10"),
        (A, "no fever, no headache, no numbness"),
    ),
    (
        "I feel bloated and full whenever I eat too much, burping a lot",
        (D, "a week"),
        (S, "2/10"),
        (A, "no vomiting, no weight loss, swallowing fine"),
        (G, "28"),
    ),
]
NOT_SELF_CARE = [
    # heavy or changed periods, heat with confusion, a tick bite, a neck with fever, piles for weeks
    (
        "period pain, and the bleeding is much heavier than usual, soaking a pad every hour",
        (G, "30"),
    ),
    ("痛经，这次出血特别多，还头晕", (G, "30岁")),
    ("今天在外面跑了一上午，头晕恶心，现在在空调屋里躺着，人有点糊涂",),
    (
        "a round red patch that's getting bigger, clearer in the middle, after a tick bite last week",
    ),
    ("早上起来脖子像扭了一样，还发烧头疼",),
    ("I woke up and my neck was stiff, with a fever and a headache, light hurts my eyes",),
    (
        "been out running in the heat, lay down in the shade for 20 minutes, feeling a bit better but still confused",
    ),
    ("肛门那儿有点痒，摸着有个小肉疙瘩，大便带血", (D, "一个多月")),
]


@pytest.mark.parametrize("turns", SELF_CARE)
def test_self_care_classes(turns: tuple) -> None:
    assert _u(*turns) == "self_care"


@pytest.mark.parametrize("turns", NOT_SELF_CARE)
def test_not_self_care_look_alikes(turns: tuple) -> None:
    assert _u(*turns) != "self_care"
