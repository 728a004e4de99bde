"""Round 9 (w2r) red flags: passive suicidal thoughts (urgent alone, an emergency with a plan,
means, a time or feeling unsafe now), a rash that faded under the glass, and real emergencies
told next to this round's exclusions (a feared name asked, a denial then a turn, a neck problem,
a farewell, a move abroad). Rows in English and Chinese (zh-hans)."""

# ruff: noqa: E501 -- one conversation per line reads better than wrapped strings.
import pytest

from consult.triage.redflags import urgent_findings
from tests.triage.turns import check_screen_row

NONE = ""

# nhs.uk 'Help for suicidal thoughts': thoughts with no immediate danger - an urgent GP
# appointment, 111 or Samaritans (suicidal_thoughts, urgent); about to act, a plan or the means
# ready - 999 (suicide_self_harm).
PASSIVE_ROWS: list[tuple[list[str], str, str]] = [
    (
        [
            "i'm not going to do anything but lately i keep thinking everyone would be better off if i didn't wake up. not sure if that's normal"
        ],
        NONE,
        "suicidal_thoughts",
    ),
    (
        ["lately i keep thinking everyone would be better off if i didn't wake up"],
        "suicide_self_harm",
        NONE,
    ),
    (["id be better off if i didnt wake up"], "suicide_self_harm", NONE),
    (["i wish i didnt wake up this morning"], "suicide_self_harm", NONE),
    (["i wish i wasn't here anymore"], "suicide_self_harm", NONE),
    (["evryone wud be beter off without me"], "suicide_self_harm", NONE),
    (["i wish i could just disappear"], NONE, "suicidal_thoughts"),
    (
        ["sometimes i wish i could disappear, no plan, i won't do anything"],
        NONE,
        "suicidal_thoughts",
    ),
    (["i wish i'd never been born"], NONE, "suicidal_thoughts"),
    (["what's the point of being here anymore"], NONE, "suicidal_thoughts"),
    (["i wish i could dissapear"], NONE, "suicidal_thoughts"),
    (
        ["my sister keeps saying everyone would be better off without her"],
        NONE,
        "suicidal_thoughts",
    ),
    (["my son told me he wishes he could disappear"], NONE, "suicidal_thoughts"),
    (
        ["everyone would be better off if i didn't wake up, i've saved up my tablets"],
        "suicide_self_harm",
        NONE,
    ),
    (["better off if i didn't wake up and tonight's the night"], "suicide_self_harm", NONE),
    (["i wish i'd never been born, i've saved up my tablets"], "suicide_self_harm", NONE),
    (["i wish i could disappear, I'm not safe right now"], "suicide_self_harm", NONE),
    (
        ["I'm fine, I'm not going to hurt myself. but honestly i wish i didnt wake up"],
        "suicide_self_harm",
        NONE,
    ),
    (["no plan... but i'm standing on the bridge right now"], "suicide_self_harm", NONE),
    (
        [
            "I don't want to hurt myself. but tonight I can't stop thinking about taking all my pills"
        ],
        "suicide_self_harm",
        NONE,
    ),
    (
        ["i keep thinking about taking all my tablets at once to make it stop"],
        "suicide_self_harm",
        NONE,
    ),
    (["活着没意思，但我不会做傻事，没有计划"], NONE, "suicidal_thoughts"),
    (["大家没有我会更好，我不会做什么的"], NONE, "suicidal_thoughts"),
    (["真希望自己消失"], NONE, "suicidal_thoughts"),
    (["好想消失，不会真的做什么"], NONE, "suicidal_thoughts"),
    (["我女儿说大家没有她会更好"], NONE, "suicidal_thoughts"),
    (["活着没意思"], "suicide_self_harm", NONE),
    (["不想醒来"], "suicide_self_harm", NONE),
    (["有时候想睡着了就不要醒来"], "suicide_self_harm", NONE),
    (["要是我明天不醒来就好了"], "suicide_self_harm", NONE),
    (["要是我不在了大家会更好"], "suicide_self_harm", NONE),
    (["真希望自己消失，我现在觉得不安全"], "suicide_self_harm", NONE),
    (["没有计划，但我现在站在天台上"], "suicide_self_harm", NONE),
    (["i hope i don't wake up tomorrow"], "suicide_self_harm", NONE),
    (["i wish i didn't wake up at all"], "suicide_self_harm", NONE),
    # look-alikes that must not fire
    (["i wish i wasn't here, i'd rather be at the beach"], NONE, NONE),
    (["i wish i wasn't here right now, this waiting room is packed"], NONE, NONE),
    (["hope i don't wake up the baby when i cough at night"], NONE, NONE),
    (["hope i don't wake up with a headache again"], NONE, NONE),
    (["wish i didn't wake up so early every day"], NONE, NONE),
    (["thinking about taking all my meds to the pharmacy for a review"], NONE, NONE),
    (["thinking about taking all my tablets with me on holiday"], NONE, NONE),
    (["what's the point of being here if the doctor won't see me"], NONE, NONE),
    (["希望宝宝晚上不醒就好了"], NONE, NONE),
    (["宝宝睡着了就不要叫醒"], NONE, NONE),
    (["I wish I could disappear after that embarrassing meeting lol"], NONE, NONE),
    (["i wish i could disappear for a while, work is so stressful"], NONE, NONE),
    (
        [
            "i forgot my tablets this morning, thinking about taking all of them at once tonight to catch up"
        ],
        NONE,
        NONE,
    ),
    (["尴尬得想消失"], NONE, NONE),
    (["今天开会出丑了，好想消失一会儿"], NONE, NONE),
]


@pytest.mark.parametrize(("messages", "emergency", "urgent"), PASSIVE_ROWS)
def test_r9w_passive_suicidal(messages: list[str], emergency: str, urgent: str) -> None:
    check_screen_row(messages, emergency, urgent)


# nhs.uk 'Meningitis': a rash that fades under a glass is less likely meningitis; fever with the
# other signs (stiff neck, drowsiness, dislike of light) decides, and a rash that does not fade
# is 999.
GLASS_ROWS: list[tuple[list[str], str, str]] = [
    (["my son has a fever and a rash, did the glass test and the spots faded"], NONE, NONE),
    (["did the glass test and the spots faded"], NONE, NONE),
    (["she has red spots on her tummy, i did the glass test and they faded"], NONE, NONE),
    (["孩子发烧，身上有红点，用杯子压了会褪色"], NONE, NONE),
    (["用杯子压了会褪色"], NONE, NONE),
    (
        ["fever 39 and spots, glass test they faded, but he's very drowsy and has a stiff neck"],
        "meningitis",
        NONE,
    ),
    (
        [
            "fever and a rash, did the glass test and it faded, but she's really drowsy and hates the light"
        ],
        "meningitis",
        NONE,
    ),
    (["孩子发烧出疹子，用杯子压了会褪色，但是脖子硬，很嗜睡"], "meningitis", NONE),
    (["孩子发烧出疹子，用杯子压了会褪色，但是怕光，一直睡叫不太醒"], "meningitis", NONE),
    (["fever and spots, did the glass test and they haven't faded"], "meningitis", NONE),
    (["rash, glass test - the spots didn't fade at all"], "meningitis", NONE),
    (["fever, glass test on the rash and it doesnt blanch"], "meningitis", NONE),
    (["fever and a rash, i pressed a glass on it and it didnt fade"], "meningitis", NONE),
    (["孩子发烧，身上有紫色的点，用杯子压不褪色"], "meningitis", NONE),
    (["发烧，身上有出血点，杯子压了褪色了"], "meningitis", NONE),
]


@pytest.mark.parametrize(("messages", "emergency", "urgent"), GLASS_ROWS)
def test_r9w_glass_test_faded(messages: list[str], emergency: str, urgent: str) -> None:
    check_screen_row(messages, emergency, urgent)


# Real emergencies told next to this round's exclusions: the feared name asked with strong signs
# (nhs.uk 'Stroke' FAST, 'Heart attack', 'Anaphylaxis', 'Sepsis'), a self-harm denial with a
# turn, a neck problem with sudden one-sided weakness, asthma with blue lips or no words (nhs.uk
# 'Asthma attack'), a farewell with the person unreachable; a goodbye before a move must not fire.
GENERALISE_ROWS: list[tuple[list[str], str | tuple[str, ...]]] = [
    (["is this a stroke? her face is drooping and she can't lift her arm"], "stroke"),
    (
        ["could it be a stroke?? my dad's speech is slurred and one side of his face dropped"],
        "stroke",
    ),
    (["is it a stroke? mum suddenly can't speak properly and her arm is weak"], "stroke"),
    (
        ["am i having a heart attack? crushing chest pain going down my left arm and i'm sweating"],
        "chest_pain_cardiac",
    ),
    (
        [
            "is this a heart attack or anxiety? chest feels like an elephant sitting on it, sweating buckets"
        ],
        "chest_pain_cardiac",
    ),
    (["是不是心梗 胸口压着疼 一身冷汗"], "chest_pain_cardiac"),
    (["是心梗吗？胸口像石头压着，疼到左胳膊，出冷汗"], "chest_pain_cardiac"),
    (["是不是中风了？我爸嘴歪了，一只手抬不起来"], "stroke"),
    (["会不会是脑梗，她突然说不出话，半边身子没劲"], "stroke"),
    (
        [
            "i'm scared it's sepsis, he's confused, breathing really fast and his skin is blotchy and cold"
        ],
        "sepsis",
    ),
    (
        ["is this anaphylaxis? my throat is closing up and my lips are swelling after peanuts"],
        "anaphylaxis",
    ),
    (["是不是过敏休克，吃了花生喉咙发紧，喘不上气"], "anaphylaxis"),
    (
        ["i googled meningitis, my baby has a fever and a rash that doesn't fade with the glass"],
        "meningitis",
    ),
    (
        ["my dad had a stroke years ago, now his face is drooping again and he can't lift his arm"],
        "stroke",
    ),
    (["我爸几年前中过风，今天突然又嘴歪了说话不清"], "stroke"),
    (
        [
            "i'm not suicidal, but i've been saving up my tablets and i've written letters to my kids"
        ],
        "suicide_self_harm",
    ),
    (
        [
            "no self harm thoughts... actually that's a lie, i cut myself tonight and it won't stop bleeding"
        ],
        "suicide_self_harm",
    ),
    (["i'm not going to kill myself, but i've got the rope ready"], "suicide_self_harm"),
    (["我不想伤害自己，可是控制不住，刚才又割了"], "suicide_self_harm"),
    (["我没有想自杀，但是药已经攒够了"], "suicide_self_harm"),
    (["我不会做傻事的，只是今晚就想结束这一切"], "suicide_self_harm"),
    (
        [
            "i have a stiff neck from sleeping funny but now suddenly my left arm and leg are weak and my face feels numb"
        ],
        "stroke",
    ),
    (
        [
            "neck pain for a week, now all of a sudden i can't move my right arm and my speech is slurred"
        ],
        "stroke",
    ),
    (["落枕了脖子疼，但是刚才突然左边手脚没力气，说话也不清楚"], "stroke"),
    (["颈椎病犯了，突然一侧胳膊腿都动不了"], "stroke"),
    (["my asthma is bad, her lips are turning blue"], "severe_breathing"),
    (
        ["asthma attack, he can't speak in full sentences and the inhaler isn't working"],
        "severe_breathing",
    ),
    (["my son has asthma and he's too breathless to talk"], "severe_breathing"),
    (["哮喘犯了，嘴唇发紫"], "severe_breathing"),
    (["哮喘发作，喘得说不出话，吸了药也不管用"], "severe_breathing"),
    (
        ["she posted a goodbye message on facebook and now she's not answering her phone"],
        "suicide_self_harm",
    ),
    (
        [
            "my brother sent a farewell text to everyone and now nobody can reach him, he's been really depressed"
        ],
        "suicide_self_harm",
    ),
    (["她在朋友圈发了告别的话，现在电话打不通"], "suicide_self_harm"),
    (["我弟给大家发了诀别短信，现在联系不上他"], "suicide_self_harm"),
    # look-alikes that must not fire
    (["said goodbye to all my friends before moving to australia next week"], NONE),
    (["posted a farewell message on facebook because i'm moving abroad"], NONE),
    (["朋友圈发了告别的话，下个月出国了"], NONE),
    (["给同事们发了告别信息，我下周就移民了"], NONE),
    (
        [
            "is this a stroke? i just have a bit of a headache and tingly fingers after sleeping on my arm"
        ],
        NONE,
    ),
    (["是不是心梗？就是胸口偶尔刺一下，按压会疼"], NONE),
]


@pytest.mark.parametrize(("messages", "emergency"), GENERALISE_ROWS)
def test_r9w_emergencies_near_exclusions(messages: list[str], emergency: str) -> None:
    check_screen_row(messages, emergency, NONE)


# Hours of sleep told in an insomnia answer are no palpitations lasting hours (r9z-zh-52; nhs.uk
# Insomnia: self-help first); palpitations told for hours still are (nhs.uk Heart palpitations).
@pytest.mark.parametrize(
    ("messages", "urgent"),
    [
        (["最近失眠还心慌", "一晚上睡四五个小时"], False),
        (["睡不着，心慌", "一晚上只睡三个小时"], False),
        (["心慌三四个小时了，停不下来"], True),
        (["心跳很乱，一晚上都这样"], True),
    ],
)
def test_r9w_sleep_hours_are_no_palpitation_duration(messages: list[str], urgent: bool) -> None:
    codes = {f.code for f in urgent_findings(messages)}
    assert ("palpitations_urgent" in codes) is urgent, (messages, codes)
