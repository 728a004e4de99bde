"""Round-12 under-triage (sets r12e, r12m): emergencies and same-day problems easy to miss - the
deciding fact told only in an answer, in lay words, or downplayed. Each class in English and
Chinese, with look-alikes that must not fire."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from consult.triage.facts import find_medications
from consult.triage.planner import InterviewState, needs_age, needs_testicles
from consult.triage.redflags import flag_codes, screen_conversation, urgent_findings

from .turns import A, G, S
from .turns import rules_urgency as _u

NOT_URGENT = ("self_care", "routine")


def _flags(*messages: str) -> set[str]:
    return set(flag_codes(screen_conversation(list(messages))))


def _urgent(*messages: str) -> set[str]:
    return set(flag_codes(urgent_findings(list(messages))))


# --- a paracetamol overdose counted in an answer without a verb, or as doses a day (nhs.uk
# 'Paracetamol for adults': more than 8 x 500mg in 24 hours - A&E even if you feel well)
PARA_COUNT = [
    "About 14 paracetamol 500mg and then 8 co-codamol 30/500 on top, so roughly 22 tablets with paracetamol in them within 24 hours.",
    "14 paracetamol and 8 co-codamol over the day",
    "Maybe 12 co-codamol since yesterday.",
    "so about 20 tablets with paracetamol in them",
    "took paracetamol 6 times yesterday, 2 each time",
    "2 paracetamol 6 times yesterday",
    "大概十四片对乙酰氨基酚，还有八片氨酚待因。",
    "扑热息痛每次两片，一天吃了六七次",
    "泰诺一天吃了6次，每次2片",
    "扑热息痛，一天大概吃十来片",
]
PARA_NOT = [
    "there are 16 paracetamol in a pack",
    "I bought 32 paracetamol",
    "16 paracetamol in the cupboard at home",
    "about 20 paracetamol over the last week",
    "Paracetamol 500mg, 2 tablets four times a day.",
    "2 paracetamol 4 times yesterday",
    "I took 2 paracetamol this morning",
    "家里有20片扑热息痛",
    "买了20片扑热息痛",
    "扑热息痛一天吃了4次，每次2片",
]


@pytest.mark.parametrize("text", PARA_COUNT)
def test_paracetamol_count_fires(text: str) -> None:
    assert "overdose_poisoning" in _flags(text)


@pytest.mark.parametrize("text", PARA_NOT)
def test_paracetamol_stock_or_dose_no_flag(text: str) -> None:
    assert "overdose_poisoning" not in _flags(text)


# painkillers in an amount not counted leave the medicines question open (its answer carries the
# count); a named medicine or a plain dose answers it
@pytest.mark.parametrize(
    "text",
    [
        "Had a horrible toothache yesterday so I took quite a few painkillers through the day.",
        "I took loads of painkillers for my back",
        "昨天牙疼吃了好多片止痛药，今天有点恶心",
        "牙疼了三天，一直吃止疼药，今天有点恶心。",
        "I have been taking painkillers for my back",
    ],
)
def test_uncounted_painkillers_leave_meds_open(text: str) -> None:
    assert (
        InterviewState.from_turns([{"role": "patient", "text": text}]).facts.get("medications")
        is None
    )


@pytest.mark.parametrize(
    "text, meds",
    [
        ("I took some ibuprofen for it", "some ibuprofen for it"),
        ("吃了点布洛芬", "布洛芬"),
        ("I take ibuprofen painkillers", "ibuprofen painkillers"),
    ],
)
def test_named_medicine_answers_meds(text: str, meds: str) -> None:
    assert find_medications(text) == meds


def test_uncounted_answer_still_read_when_asked() -> None:
    assert find_medications("I took quite a few painkillers", answering=True)


# --- an infected bite or broken skin: gone red, with hot sore skin or growing (nhs.uk 'Insect
# bites and stings' / 'Cellulitis': urgent GP or 111)
BITE_RED = [
    "小腿被蚊子咬了挠破了，这两天红了一大片，又热又疼，涂点红霉素软膏行不？",
    "跑步脚上磨破了，红了一片，又热又疼",
    "Got bitten by a mosquito on my shin and scratched it open, the last two days it's gone red over a big patch, hot and sore.",
    "Scratched a bite on my leg and now it's red and hot and getting bigger",
]
BITE_MINOR = [
    "蚊子咬了个包，有点痒，挠了挠",
    "被蚊子咬了，红了一个包，很痒",
    "手被划破了，有点红，不疼",
    "Mosquito bite on my arm, itchy, bit red",
    "I scratched my arm and it's red",
]


@pytest.mark.parametrize("text", BITE_RED)
def test_infected_bite_urgent(text: str) -> None:
    assert _u(text) == "urgent"


@pytest.mark.parametrize("text", BITE_MINOR)
def test_plain_bite_not_urgent(text: str) -> None:
    assert _u(text) in NOT_URGENT


# --- a fever after travel to a dengue area (nhs.uk 'Dengue': urgent GP or 111)
DENGUE = [
    "刚从泰国玩回来三天，发高烧，浑身骨头疼，眼眶后面疼，身上还起了红疹子。是不是水土不服？",
    "去巴厘岛度假回来，发烧39度，头疼",
    "Back from Bali last week and now I've got a temperature of 39 and a headache",
    "Just got back from Sri Lanka and I have a high fever",
    "Back from Bali last week, got a temperature of 39 and a headache",
]
DENGUE_NOT = [
    "刚从泰国回来，有点拉肚子",
    "下个月去泰国，需要打什么疫苗",
    "Going to Thailand next month, what vaccines do I need?",
    "Back from Bali last week, bit of a cold, no fever",
    "Got back from Bali last month and had a fever there, fine now",
]


@pytest.mark.parametrize("text", DENGUE)
def test_dengue_travel_fever_urgent(text: str) -> None:
    assert "dengue_travel_fever" in _urgent(text)


def test_malaria_fever_told_after_the_return_time() -> None:
    assert "malaria_travel_fever" in _urgent("Back from Ghana last week, got a temperature of 39")


@pytest.mark.parametrize("text", DENGUE_NOT)
def test_dengue_travel_no_fever(text: str) -> None:
    assert "dengue_travel_fever" not in _urgent(text)


# --- spinning vertigo with vomiting (nhs.uk 'Vertigo': urgent GP or 111 when being sick)
VERTIGO = [
    "前天感冒刚好，今天早上起来天旋地转，一直转个不停，闭上眼也转，吐了三回，只能躺着。",
    "天旋地转，吐了好几次",
    "Got over a cold last week, woke up this morning with the room spinning non-stop, even with my eyes closed, been sick three times.",
    "The room is spinning and I've been vomiting since this morning",
]
VERTIGO_NOT = [
    "The room spins for a few seconds when I roll over in bed, and I was sick this morning",
    "起床的时候天旋地转几秒钟，吐了一次",
    "Bit dizzy and light-headed, no vomiting",
    "晕车，坐车天旋地转，吐了",
]


@pytest.mark.parametrize("text", VERTIGO)
def test_vertigo_vomiting_urgent(text: str) -> None:
    assert _u(text) == "urgent"


@pytest.mark.parametrize("text", VERTIGO_NOT)
def test_brief_or_travel_vertigo_not_urgent(text: str) -> None:
    assert _u(text) in NOT_URGENT


# --- a swollen, bruised wrist after a fall on an outstretched hand (nhs.uk 'Broken arm or wrist':
# urgent treatment centre the same day)
WRIST = [
    "Slipped on the ice and landed on my outstretched hand about an hour ago. My wrist is swollen, bruising and really sore when I try to move it, but it looks straight.",
    "Fell off my bike and put my hand out to break my fall, wrist is swollen and hurts to move it",
    "昨天下雪路滑摔了一跤，手撑地，现在手腕肿了，有点淤青，一动就疼",
]
WRIST_NOT = [
    "Sprained my wrist at the gym lifting, it's a bit sore",
    "Fell on my hand yesterday, small graze on my palm, wrist fine",
    "摔了一跤，手撑了一下地，手掌擦破点皮",
    "My wrist is swollen from typing all day",
    "滑了一下用手撑地，手腕有点肿，活动没问题",
    "Slipped and landed on my outstretched hand, wrist a bit swollen but moves fine and doesn't hurt much",
]


@pytest.mark.parametrize("text", WRIST)
def test_wrist_after_foosh_urgent(text: str) -> None:
    assert _u(text) == "urgent"


@pytest.mark.parametrize("text", WRIST_NOT)
def test_wrist_minor_not_urgent(text: str) -> None:
    assert _u(text) in NOT_URGENT


# --- "my sons tummy" (no apostrophe) is a boy: the age and the testicles are asked (NICE CKS
# Scrotal pain and swelling: torsion may present as tummy pain)
def _state(*turns: str | tuple[str, str]) -> InterviewState:
    rows: list[dict[str, str]] = []
    for turn in turns:
        if isinstance(turn, tuple):
            rows += [
                {"role": "assistant", "text": "?", "asked": turn[0]},
                {"role": "patient", "text": turn[1]},
            ]
        else:
            rows.append({"role": "patient", "text": turn})
    return InterviewState.from_turns(rows)


@pytest.mark.parametrize(
    "first",
    [
        "my sons got sudden bad tummy pain and has been sick",
        "My sons tummy suddenly really hurts low down",
    ],
)
def test_sons_is_a_boy(first: str) -> None:
    assert needs_age(_state(first))
    assert needs_testicles(_state(first, (A, "sick twice"), (G, "13")))


def test_daughters_tummy_no_testicles() -> None:
    assert not needs_testicles(_state("my daughters tummy hurts", (A, "no"), (G, "13")))


# --- widened from r12e's caught emergencies: the other language's lay words
@pytest.mark.parametrize(
    "messages",
    [
        # a heavy feeling in the chest with a cold sweat (nhs.uk 'Heart attack')
        [
            "My mum's had a funny tummy since this morning and a heavy feeling in her chest, took two omeprazole which did nothing.",
            "Cold sweat, pale, sick, vomited once.",
        ],
        # muddled words (nhs.uk 'Stroke' FAST)
        ["我爸早饭的时候说话有点乱，杯子也拿不住掉了，他说就是没睡好，现在好像好点了。"],
        ["我爸早上说话突然不利索，手里的杯子掉了"],
        # sudden severe pain low on the right with vomiting (nhs.uk 'Appendicitis')
        [
            "Sudden really bad pain low on my right side while playing badminton this afternoon, had to crouch down, still very painful and I've been sick."
        ],
    ],
)
def test_widened_emergencies(messages: list[str]) -> None:
    assert _u(*messages) == "emergency"


@pytest.mark.parametrize(
    "messages",
    [
        ["我嗓子哑了，说话有点疼"],
        ["他说话一直很快，乱七八糟的事情很多"],
        [
            "我儿子最近一个礼拜不对劲，说听到有人在墙里跟他说话，整夜不睡",
            (S, "说话有点乱，但是还能正常吃饭"),
        ],
        ["a stitch low on my right side when I run, goes when I stop"],
        ["my tooth low on the right side hurts"],
        ["最近上班老想睡，是不是没睡够"],
    ],
)
def test_widened_look_alikes(messages: list) -> None:
    assert _u(*messages) != "emergency"


def test_croup_child_getting_sleepier_zh() -> None:
    assert (
        _u(
            "2岁女儿今晚开始咳嗽像小狗叫一样，能喝点止咳糖浆吗？",
            (A, "体温38.3，流口水，不肯喝水，越来越想睡。"),
        )
        == "emergency"
    )
