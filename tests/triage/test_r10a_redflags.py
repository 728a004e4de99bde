"""Round 10 (helper a) red-flag and urgency classes from the tuning sets r10a/r10y/r10z/r9h, each
with rows in English and Chinese (zh-hans) written for these tests: phrasings that must fire, and
look-alikes, denials or fears that must not."""

# ruff: noqa: E501 -- one conversation per line reads better than wrapped strings.
import pytest

from consult.triage.facts import find_severity

from .turns import A, D, S, check_screen_row
from .turns import rules_urgency as _u

NONE = ""
BREATH = "severe_breathing"
STROKE = "stroke"
CARDIAC = "chest_pain_cardiac"
PALP = "palpitations_red"
PALSY = "facial_palsy"

# --- A child struggling to breathe, told in lay words (r10y-zh-35). nhs.uk 'Croup' and
# 'Bronchiolitis': go to A&E or call 999 if the child is struggling to breathe (the tummy sucking in
# under the ribs) or the lips or skin look blue or grey. Lips coloured by food, a drink or a dye
# are no sign; a denial is none.
CHILD_BREATHING_ROWS: list[tuple[list[str], str, str]] = [
    (["宝宝3岁，喘气的时候肚子一吸一吸的"], BREATH, NONE),
    (["孩子咳嗽", "吸气的时候肚皮往里瘪"], BREATH, NONE),
    (["女儿两岁，喘得厉害，脖子下面一吸气就出个坑"], BREATH, NONE),
    (["孩子咳得跟狗叫似的，嘴唇有点发乌"], BREATH, NONE),
    (["宝宝嘴唇有点发灰"], BREATH, NONE),
    (["儿子喘不上气嘴唇发紫"], BREATH, NONE),
    (["孩子吸不进气嘴唇都紫了"], BREATH, NONE),
    (["my toddler's tummy sucks in every time she breathes"], BREATH, NONE),
    (["my 2 year old has a barking cough and his lips look a bit bluish"], BREATH, NONE),
    (["his lips are tinged blue and he's wheezy"], BREATH, NONE),
    (["ate blueberries earlier but now she's wheezing and her lips are blue"], BREATH, NONE),
    # look-alikes: a stain, a cramp, a denial
    (["刚吃了一大碗桑葚，孩子嘴唇紫紫的"], NONE, NONE),
    (["喝了葡萄汁，嘴唇有点紫"], NONE, NONE),
    (["his lips went purple from the blackcurrant ice lolly"], NONE, NONE),
    (["her lips are blue from the blueberries she ate"], NONE, NONE),
    (["肚子一抽一抽的疼"], NONE, NONE),
    (["孩子咳嗽，嘴唇不发紫，也没有喘不上气"], NONE, NONE),
    (["barking cough but his lips are not blue and he isn't struggling"], NONE, NONE),
]


@pytest.mark.parametrize(("messages", "emergency", "urgent"), CHILD_BREATHING_ROWS)
def test_r10a_child_breathing(messages: list[str], emergency: str, urgent: str) -> None:
    check_screen_row(messages, emergency, urgent)


# A trend of no pain ("咳成这样……越来越厉害") is no severity rating: the severity question, where the
# work of breathing is told, is still asked; a pain told getting worse still rates the pain.
@pytest.mark.parametrize(
    ("text", "rated"),
    [
        ("今晚开始咳成这样，越来越厉害", False),
        ("喘得越来越严重", False),
        ("疼了三天，这两天越来越厉害", True),
        ("嗓子疼得越来越厉害", True),
        ("疼得厉害", True),
    ],
)
def test_r10a_trend_is_no_severity(text: str, rated: bool) -> None:
    assert (find_severity(text) is not None) is rated, (text, find_severity(text))


# --- Chest pain on coughing in a chest infection (h9-zh-04). nhs.uk 'Pneumonia' and 'Pleurisy':
# a cough with a fever and chest pain when coughing or breathing in needs a GP or 111 the same
# day; a sweat with it is the fever's. Pain not tied to the cough, with a sweat, stays 999
# (nhs.uk 'Heart attack').
COUGH_PAIN_ROWS: list[tuple[list[str], str, str]] = [
    (["咳嗽一周了，发烧38度5，黄痰", "出汗发冷", "右边胸口咳的时候疼"], NONE, "chest_pain"),
    (["咳嗽发烧", "一咳就胸口疼，还出虚汗"], NONE, "chest_pain"),
    (
        ["chesty cough and a fever of 38.6, sweating", "my chest hurts on the left when coughing"],
        NONE,
        "chest_pain",
    ),
    (["胸口压着疼，出了一身冷汗"], CARDIAC, NONE),
    (["crushing pain in my chest and i'm sweating"], CARDIAC, NONE),
]


@pytest.mark.parametrize(("messages", "emergency", "urgent"), COUGH_PAIN_ROWS)
def test_r10a_cough_chest_pain(messages: list[str], emergency: str, urgent: str) -> None:
    check_screen_row(messages, emergency, urgent)


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        (
            (
                "咳嗽一个礼拜越来越重，发烧",
                (A, "39度，黄痰，出汗发冷"),
                (S, "咳得睡不好"),
                ("location", "右边胸口咳的时候疼"),
            ),
            "urgent",
        ),
        (
            (
                "bad cough and fever for 5 days",
                (A, "38.8, green phlegm, sweating and shivery"),
                ("location", "right side of my chest hurts when coughing"),
            ),
            "urgent",
        ),
    ],
)
def test_r10a_cough_chest_pain_urgency(turns, urgency) -> None:
    assert _u(*turns) == urgency


# --- Recurrent palpitations and chest tightness in an anxiety story with the heart checked
# normal (r10a-zh-22, r10z-zh-55). nhs.uk 'Generalised anxiety disorder': a racing heart, chest
# tightness and sweating with constant worry - see a GP; nhs.uk 'Heart palpitations': 999 with
# chest pain, fainting or severe breathlessness. Sweaty palms are no heart-attack sweat. A faint,
# exertion, today's episode or pain (not tightness) keeps the 999 flag.
ANXIOUS_HEART_ROWS: list[tuple[list[str], str, str]] = [
    (["老是心慌胸闷，心电图查了好几次都正常，是不是有查不出来的心脏病"], NONE, NONE),
    (
        [
            "经常心慌胸口发紧，手心出汗，心电图正常，可我还是很担心",
            "一年多了",
            "运动的时候反而没事",
        ],
        NONE,
        NONE,
    ),
    (
        [
            "i often get palpitations and a tight chest, my ecg was normal twice, i'm so anxious",
            "running doesn't bring it on, nothing to do with exercise",
        ],
        NONE,
        NONE,
    ),
    # still 999
    (["经常心慌胸闷，心电图正常，担心心脏", "今天心慌得厉害还晕倒了"], PALP, NONE),
    (["经常心慌胸闷，心电图正常，很焦虑，一上楼就胸口压着疼"], (PALP, CARDIAC), NONE),
    (["焦虑半年多，心电图正常，胸口闷，心慌"], PALP, NONE),
    (["my heart is racing and my chest feels tight right now"], PALP, NONE),
    (["胸口闷，出了一身冷汗"], CARDIAC, NONE),
]


@pytest.mark.parametrize(("messages", "emergency", "urgent"), ANXIOUS_HEART_ROWS)
def test_r10a_anxious_heart(messages: list[str], emergency, urgent: str) -> None:
    check_screen_row(messages, emergency, urgent)


def test_r10a_sweaty_palms_are_no_sweat() -> None:
    from consult.triage.redflags import _affirmed

    for text in ("手心出汗", "手心冒汗", "sweaty palms", "my palms are sweating"):
        assert "sweating" not in _affirmed(text), text
    for text in ("出了一身冷汗", "胸口疼还出汗", "sweating a lot", "cold sweat"):
        assert "sweating" in _affirmed(text), text


# --- A feared stroke with only brief positional vertigo (r10a-zh-14). nhs.uk 'Benign paroxysmal
# positional vertigo': spinning for seconds when turning over or getting up - see a GP; nhs.uk
# 'Stroke': sudden dizziness with face, arm or speech signs is 999.
POSITIONAL_ROWS: list[tuple[list[str], str, str]] = [
    (["一躺下翻身就天旋地转，十几秒就好了，会不会是脑梗啊"], NONE, NONE),
    (["起床的时候转得厉害，不到一分钟就停，怕是中风"], NONE, NONE),
    (
        ["the room spins for a few seconds whenever i roll over in bed, could it be a stroke?"],
        NONE,
        NONE,
    ),
    # still 999
    (["头晕得厉害，会不会是脑梗"], STROKE, NONE),
    (["突然天旋地转，会不会是中风"], STROKE, NONE),
    (["翻身就晕，几秒就好，但是右手也麻了，会不会是脑梗"], STROKE, NONE),
]


@pytest.mark.parametrize(("messages", "emergency", "urgent"), POSITIONAL_ROWS)
def test_r10a_positional_vertigo(messages: list[str], emergency: str, urgent: str) -> None:
    check_screen_row(messages, emergency, urgent)


# --- Bell's palsy guessed with its story (r10a-zh-29). nhs.uk 'Bell's palsy': weakness on one side
# of the face - urgent GP or 111; 999 with arm weakness or speech problems (stroke). The writer's
# own guess of a palsy from a draught is no Bell's sign: a face droop stays FAST (999), as the
# round-7 rows lock ("早上起来发现脸有点歪"); the palsy's names told as such are Bell's features.
BELLS_ROWS: list[tuple[list[str], str, str]] = [
    (["今早发现右边嘴角漏水，脸也歪了，是不是吹风扇吹的面瘫？"], STROKE, NONE),
    (["左边脸动不了，会不会是着凉面瘫了"], STROKE, NONE),
    (["医生说是面神经炎，左边脸动不了，眼睛闭不严"], NONE, PALSY),
    # still 999
    (["脸歪了，说话也不清楚，是不是吹空调吹的面瘫"], STROKE, NONE),
    (["吹了空调，脸歪了，右手也没劲"], STROKE, NONE),
    (["脸歪了，不是吹风吹的面瘫"], STROKE, NONE),
    (["早上起来发现脸有点歪"], STROKE, NONE),
    (["my face has dropped, it is not bell's palsy"], STROKE, NONE),
]


@pytest.mark.parametrize(("messages", "emergency", "urgent"), BELLS_ROWS)
def test_r10a_bells_guess(messages: list[str], emergency: str, urgent: str) -> None:
    check_screen_row(messages, emergency, urgent)


# the interview: the croup toddler's severity answer is asked and fires
def test_r10a_croup_interview_reaches_the_work_of_breathing() -> None:
    turns = (
        "孩子晚上咳得跟小狗叫一样，嗓子里呼呼响",
        (A, "有点烧，38度"),
        (D, "感冒三天了，今晚越来越厉害"),
        (S, "坐着不动也响，肚子一吸一吸的，嘴唇有点发青"),
    )
    assert _u(*turns) == "emergency"
