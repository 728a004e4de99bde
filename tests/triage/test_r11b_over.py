"""Round-11 over-triage (sets r11u, r11t): alarming words for stories the cited nhs.uk page sends
to a GP or to self-care. Each class in English and Chinese, with the emergency version of the same
words that must still fire (a narrowing never lowers a real emergency)."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from consult.triage.redflags import flag_codes, screen_conversation, urgent_findings

from .turns import A, D, G, H, S
from .turns import rules_urgency as _u


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
