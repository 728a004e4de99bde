"""Round-11 over-triage (sets r11u, r11t): alarming words for stories the cited nhs.uk page sends
to a GP or to self-care. Each class in English and Chinese, with the emergency version of the same
words that must still fire (a narrowing never lowers a real emergency)."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from consult.triage.redflags import flag_codes, screen_conversation, urgent_findings

from .turns import A, D, G, H, L, S
from .turns import rules_urgency as _u

URGENT_UP = ("urgent", "emergency")
NOT_URGENT = ("self_care", "routine")


def _flags(*messages: str) -> set[str]:
    return set(flag_codes(screen_conversation(list(messages))))


def _urgent(*messages: str) -> set[str]:
    return set(flag_codes(urgent_findings(list(messages))))


# nhs.uk 'Stroke' / 'Heart attack': a close relative's stroke or heart attack is a risk factor
# for a GP check; 999 is for the signs happening now. Told as family history (dated by the
# relative's age then, or years ago) it is no emergency of the writer's.
RELATIVE_PAST = [
    "A bit overweight, drink a bit much at weekends. Dad had a stroke at 70",
    "Mum had a heart attack in her sixties",
    "Grandad had a stroke aged 74, I'm 50 and want my blood pressure checked",
    "my dad had a stroke when he was 68",
    "我爸70岁那年脑梗 我最近血压有点高",
    "我妈几年前中过风，我想查查血压",
]
RELATIVE_NOW = [
    # the same words, happening now, or with a FAST sign: 999
    "Dad had a stroke at 10 this morning",
    "my dad had a stroke at 9 last night and can't lift his arm",
    "Dad had a stroke, his face dropped on one side",
    "My husband is having a stroke, he can't speak properly",
    "我爸刚才中风了，嘴歪了",
    "Mum had a heart attack an hour ago",
]


@pytest.mark.parametrize("text", RELATIVE_PAST)
def test_relatives_past_event_is_history(text):
    assert not _flags(text) & {"stroke", "chest_pain_cardiac"}, text


@pytest.mark.parametrize("text", RELATIVE_NOW)
def test_relatives_event_now_still_fires(text):
    assert _flags(text) & {"stroke", "chest_pain_cardiac", "heart_attack"}, text


# A fear the writer had at the time ("I thought I was having a stroke") is no symptom: the signs
# told decide (ConText 'hypothetical'; nhs.uk 'Vertigo': BPPV brought on by moving the head - GP).
THOUGHT_FEAR = [
    "The room spun violently when I rolled over in bed this morning, I thought I was having a stroke. It keeps happening",
    "got a fright when everything spun as I lay down, thought i was having a stroke lol",
    "早上起床一翻身天旋地转，我还以为中风了",
]
THOUGHT_FEAR_SIGNS = [
    "I thought I was having a stroke, my arm went numb and my speech was slurred",
    "I thought he was having a stroke, he couldn't lift his arm",
    "早上起来半边手脚没劲，我还以为中风了",
    "I thought I was having a heart attack, my chest was tight and I was sweating",
]


@pytest.mark.parametrize("text", THOUGHT_FEAR)
def test_thought_fear_is_no_stroke(text):
    assert "stroke" not in _flags(text), text


@pytest.mark.parametrize("text", THOUGHT_FEAR_SIGNS)
def test_thought_fear_with_signs_fires(text):
    assert _flags(text) & {"stroke", "chest_pain_cardiac"}, text


# nhs.uk 'Quinsy': a sore throat with a jaw that will not open and a muffled voice (urgent, same
# day); the muffled voice is no slurred speech of a stroke, in any message of the window.
QUINSY_TALK = [
    ["嗓子疼", "一周了 这两天越来越重", "嘴张不大 咽口水都疼 说话含含糊糊的", "左耳朵也疼 烧到38.5", "自己吃了三天阿莫西林 没好", "没有"],
    ["jaw won't open properly and my voice is muffled and slurry"],
    ["it hurts to swallow even my spit, talking sounds slurred like a hot potato"],
]
SLURRED_ALONE = [
    "my speech is slurred",
    "说话含含糊糊的",
    "他突然说话含糊不清，嘴也歪了",
    "my dad's speech went slurry this morning",
]


@pytest.mark.parametrize("messages", QUINSY_TALK)
def test_quinsy_voice_is_no_stroke(messages):
    assert "stroke" not in _flags(*messages[-5:]), messages


@pytest.mark.parametrize("text", SLURRED_ALONE)
def test_slurred_speech_alone_still_stroke(text):
    assert "stroke" in _flags(text), text


def test_quinsy_story_is_urgent():
    assert "quinsy_signs" in _urgent("嗓子疼一周了", "嘴张不大 咽口水都疼 说话含含糊糊的")


# nhs.uk 'Heavy periods': see a GP if you change your pad every 1 to 2 hours or feel tired or
# short of breath. Pads soaked as the usual pattern of heavy periods are no 999 bleed; every hour
# or faster, with dizziness or fainting, or in pregnancy, they stay an emergency.
PERIOD_PATTERN = [
    "soaking a night pad every 2 hrs on heavy days, flooding the sheets. lasts 8 days",
    "every period I soak through a pad in two hours",
    "my periods are really heavy, soaking a pad every 2-3 hours for the last 6 months",
    "每次来月经卫生巾两个小时就湿透",
    "例假量特别大的那两天，卫生巾两三个小时就湿透了",
]
HEAVY_NOW = [
    "soaking through a pad every hour since this morning",
    "soaking a pad every 2 hours on heavy days and I feel dizzy",
    "I'm soaking through pads, it won't stop",
    "卫生巾一个小时就湿透了 头晕",
    "我怀孕8周 卫生巾湿透了",
]


@pytest.mark.parametrize("text", PERIOD_PATTERN)
def test_heavy_period_pattern_no_emergency(text):
    assert "heavy_bleeding" not in _flags(text), text


@pytest.mark.parametrize("text", HEAVY_NOW)
def test_heavy_bleed_now_still_fires(text):
    assert "heavy_bleeding" in _flags(text), text


def test_heavy_periods_story_routine():
    assert _u("period really heavy", (D, "last 6 months or so"), (S, "soaking a night pad every 2 hrs on heavy days. lasts 8 days"), (A, "tired, no bleeding between"), (G, "42")) in ("routine", "urgent")


# nhs.uk 'Heartburn and acid reflux': a burning in the chest eased by an antacid is heartburn
# (pharmacist; GP after 3 weeks) - no urgent chest pain on its own; sweating, an arm or
# breathlessness keep the cardiac rules (nhs.uk 'Heart attack').
REFLUX = [
    "Burning in my chest most nights for about a month, could this be my heart? Gaviscon helps a bit",
    "burning behind my breastbone at night, rennie helps",
    "胸口烧得慌 吃了胃药就好点",
]
REFLUX_CARDIAC = [
    "burning in my chest and sweating, gaviscon didn't help",
    "burning chest pain, rennie helped a little but now my arm is numb and I'm sweating",
    "胸口烧着疼 吃了胃药也不好 出冷汗 喘不上气",
]


@pytest.mark.parametrize("text", REFLUX)
def test_reflux_burn_not_urgent_chest_pain(text):
    assert "chest_pain" not in _urgent(text) and not _flags(text), text


@pytest.mark.parametrize("text", REFLUX_CARDIAC)
def test_burning_with_cardiac_signs_fires(text):
    assert "chest_pain_cardiac" in _flags(text), text


# nhs.uk 'Chest infection': a cough with phlegm and a sore chest is treated at home; the sore
# chest is from the coughing, not urgent chest pain.
COUGH_SORE = [
    "Coughing up green gunk and my chest feels sore and heavy, is it pneumonia?",
    "coughing up yellow phlegm and my chest is sore",
    "咳嗽咳黄痰 胸口有点疼",
]
CHEST_PAIN_NOT_COUGH = [
    "my chest feels sore and heavy",
    "胸口疼 压着一样",
]


@pytest.mark.parametrize("text", COUGH_SORE)
def test_cough_sore_chest_not_urgent(text):
    assert "chest_pain" not in _urgent(text) and not _flags(text), text


@pytest.mark.parametrize("text", CHEST_PAIN_NOT_COUGH)
def test_plain_chest_pain_still_urgent(text):
    assert "chest_pain" in _urgent(text) or _flags(text), text


def test_family_stroke_history_routine():
    assert _u(
        "My new blood pressure machine says 162/98 and I'm panicking, isn't that stroke territory??",
        (S, "I feel completely fine, no symptoms at all"),
        (A, "No headache, no chest pain, no blurred vision, no weakness or numbness"),
        (H, "A bit overweight. Dad had a stroke at 70"),
        (G, "55"),
    ) in ("routine", "self_care")


# nhs.uk 'Menopause': hot flushes (the face going hot, sweating) are no fever; a temperature or
# feeling hot all over still is (NICE NG143 / nhs.uk 'High temperature').
def test_face_hot_flush_is_no_fever():
    assert (
        _u(
            "最近老心慌 一阵一阵脸上发热出汗 晚上还盗汗 是不是心脏病 还是甲亢啊",
            (A, "月经这一年乱了 两三个月来一次 脾气急 没有胸痛 没晕倒"),
            (G, "49"),
            (D, "半年了"),
        )
        in NOT_URGENT
    )


@pytest.mark.parametrize(
    "turns",
    [
        ("发热三天了 浑身疼", (G, "80"), (D, "三天")),
        ("脸上发热 身上也烫 烧到39度", (G, "82岁"), (D, "三天")),
    ],
)
def test_real_fever_still_urgent(turns):
    assert _u(*turns) in URGENT_UP


# nhs.uk 'Fainting': a single faint with an ordinary trigger (a blood test, a needle) needs no
# urgent care; "collapsed" is the same faint in alarming words. Over 65, with chest pain or
# palpitations, or with no trigger, it stays urgent or more.
FAINT_TRIGGER = [
    ("I collapsed at my blood test this morning and everyone panicked, the nurse made me lie on the floor", (S, "out for a few seconds, came round straight away, fine after"), (G, "24")),
    ("blacked out for a second while they were taking my blood, fine now", (G, "30")),
    ("抽血的时候一下子倒地上了 护士让我躺了一会儿", (S, "几秒钟就醒了 现在没事"), (G, "25")),
]
FAINT_RISK = [
    ("I collapsed at my blood test this morning", (A, "had chest pain and palpitations before it"), (G, "24")),
    ("I collapsed at my blood test this morning", (G, "72")),
    ("I collapsed at home this morning", (G, "30")),
    ("抽血的时候晕倒了 之前胸口疼 心慌", (G, "40")),
]


@pytest.mark.parametrize("turns", FAINT_TRIGGER)
def test_triggered_faint_not_urgent(turns):
    assert _u(*turns) in NOT_URGENT


@pytest.mark.parametrize("turns", FAINT_RISK)
def test_faint_with_risk_still_urgent(turns):
    assert _u(*turns) in URGENT_UP


# nhs.uk 'Heart palpitations': urgent with a history of heart problems; a heart attack feared is
# no such history.
FEARED_HEART = [
    "My heart has been racing for weeks and I'm scared I'm going to have a heart attack. It pounds even when I'm sat still",
    "heart pounding on and off, I'm worried I might have a heart attack",
    "心慌 担心是心脏病",
]
KNOWN_HEART = [
    "I've had a heart attack before and now my heart is racing",
    "我有心脏病 最近心慌",
    "heart racing for 3 hours and getting worse",
]


@pytest.mark.parametrize("text", FEARED_HEART)
def test_feared_heart_attack_is_no_heart_history(text):
    assert "palpitations_urgent" not in _urgent(text), text


@pytest.mark.parametrize("text", KNOWN_HEART)
def test_known_heart_condition_palpitations_urgent(text):
    assert "palpitations_urgent" in _urgent(text) or _flags(text), text


# nhs.uk 'Cellulitis': red streaks on the skin from a wound or up a limb are urgent; "bright red
# streaks" of blood spat out or on a tissue are no skin sign.
RED_STREAK_SKIN = [
    "red streaks going up my arm from the cut",
    "my cut is sore and there's a red line running up his leg",
    "the bite on my hand has red streaks coming from it",
]


@pytest.mark.parametrize("text", RED_STREAK_SKIN)
def test_red_streaks_on_skin_urgent(text):
    assert _u(text, (G, "40"), (D, "2 days")) in URGENT_UP


def test_blood_streaks_no_cellulitis():
    assert _u("Bright red streaks of blood on the tissue when I blow my nose", (G, "40"), (D, "2 days")) in NOT_URGENT


# nhs.uk 'Piles': bright red blood on the paper with a soft itchy lump is treated with a
# pharmacist's help; weight loss, dizziness, non-stop bleeding or black poo are not.
PILES_SELF_CARE = [
    ("拉屎出血 吓死了", (D, "这两天"), (S, "擦屁股纸上鲜红的 马桶里滴了几滴 拉完就停"), (A, "肛门口有个小肉疙瘩 有点痒 不怎么疼"), (G, "32")),
    ("There was blood when I wiped, bright red on the paper", (D, "this morning"), (L, "my bottom, there's a small soft lump at the edge, itchy"), (A, "constipated, no tummy pain"), (G, "35")),
]
PILES_NOT = [
    ("拉屎出血", (D, "两个月了"), (S, "纸上鲜红的"), (A, "肛门口有个小肉疙瘩 体重掉了五公斤"), (G, "66")),
    ("拉屎出血", (D, "这两天"), (S, "马桶里一片红 止不住"), (A, "肛门口有个小肉疙瘩 头晕"), (G, "40")),
    ("blood when I wipe", (L, "small soft lump at my bottom"), (A, "poo has been black and tarry"), (G, "50")),
]


@pytest.mark.parametrize("turns", PILES_SELF_CARE)
def test_piles_self_care(turns):
    assert _u(*turns) == "self_care"


@pytest.mark.parametrize("turns", PILES_NOT)
def test_piles_with_warning_not_self_care(turns):
    assert _u(*turns) in URGENT_UP


# nhs.uk 'Burns and scalds': a small burn without blisters, cooled under the cold tap for 20
# minutes, is treated at home; large or blistered all over is A&E.
def test_small_burn_self_care():
    assert _u("burnt my arm", (D, "just now, caught it on the oven shelf"), (S, "stings, red line, no blisters, smaller than a 50p"), (A, "no"), (G, "30")) == "self_care"


def test_large_blistered_burn_not_self_care():
    assert _u("burnt my arm on the oven", (S, "big blisters all over the forearm, bigger than my hand"), (G, "30")) in URGENT_UP


# nhs.uk 'Costochondritis': chest-wall pain that pressing brings on, going on for weeks, is a GP
# matter; a new tender pain, one brought on by walking, one at 50 or over, or one with sweating or
# breathlessness stays urgent or 999 (nhs.uk 'Chest pain', 'Heart attack').
CHEST_WALL_WEEKS = [
    ("Chest pain on the left side for 2 weeks, I'm terrified it's my heart. It hurts when I press on it", (A, "No breathlessness, no sweating, not brought on by walking"), (G, "34")),
    ("胸口左边疼了两个星期 一按就疼", (A, "不喘 不出汗 走路不加重"), (G, "30岁")),
]
CHEST_STILL_URGENT = [
    ("chest pain on and off for 3 weeks when I walk uphill", (G, "45")),
    ("Chest pain for 2 weeks, hurts when I press on it", (G, "62")),
    ("chest hurts when I press on it", (D, "since yesterday"), (G, "30")),
    ("胸口疼了两个星期 走路就疼", (G, "40岁")),
    ("chest pain for 2 weeks, hurts when I press, and I get sweaty and breathless", (G, "35")),
]


@pytest.mark.parametrize("turns", CHEST_WALL_WEEKS)
def test_chest_wall_weeks_routine(turns):
    assert _u(*turns) in NOT_URGENT


@pytest.mark.parametrize("turns", CHEST_STILL_URGENT)
def test_chest_pain_still_urgent(turns):
    assert _u(*turns) in URGENT_UP


# nhs.uk 'Vertigo': vertigo that keeps coming back is for a GP (BPPV: brief spins set off by
# moving the head); "the room spun" is the vertigo told, not a minor symptom for self-care.
def test_recurrent_spin_routine_not_self_care():
    assert (
        _u(
            "The room spun violently when I rolled over in bed this morning, I thought I was having a stroke. It keeps happening",
            (D, "Started 4 days ago"),
            (S, "Lasts under a minute each time, then it settles"),
            (A, "A bit queasy during the spins. No headache, hearing normal, no weakness or numbness, speech fine, no double vision"),
            (G, "61"),
        )
        == "routine"
    )


def test_spin_with_double_vision_still_emergency():
    assert "stroke" in _flags("the room suddenly started spinning and now I'm seeing double and can't walk straight")


def test_piles_bleeding_for_years_is_gp():
    # nhs.uk 'Piles': see a GP if no better after 7 days - bleeding every time for years is routine
    assert _u("每次大便完纸上都有鲜血 吓死了 肛门口有个小肉球 便秘好几年了 没有黑便 体重没变 30岁") == "routine"
