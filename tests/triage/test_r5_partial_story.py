"""Over-triage on a partial story (round 5): the screen after each patient message is sticky
(consult/ai/screening.py), so an urgent finding on the opening message must be justified by
what it says; a discriminator that needs a detail the opening lacks waits for the answer.

Classes, each from its public source:
- a bare knock to the head (nhs.uk Head injury and concussion: a minor bump in someone acting
  normally is cared for at home) waits for the companion question; warning signs still count;
- out of breath with exercise, settling with a rest (nhs.uk Shortness of breath: see a GP when it
  happens regularly or is worse when active; nhs.uk Asthma: see a GP);
- a pain where the ribs join the breastbone that pressing reproduces, without cardiac features
  (nhs.uk Costochondritis; nhs.uk Chest pain: pain worse when you press on the chest);
- attacks at the same time every day or night (nhs.uk Cluster headaches: see a GP);
- a sore throat with swollen neck glands and a temperature for up to 3 weeks (nhs.uk Glandular
  fever: see a GP)."""

from __future__ import annotations

import pytest

from .turns import urgency_of

RULES = {"learned": False}  # the rules alone: these classes are the rules'


# --- 1. a bare head injury on the opening message ---------------------------------------------

BARE_HEAD_KNOCKS = [
    "banged my head on an open cupboard door",
    "I hit my head on the car door getting out",
    "knocked my head on a shelf in the kitchen",
    "起身的时候头撞到门框了",
    "弯腰的时候头磕到桌角了",
    "刚才撞到头了，在柜子门上",
]


@pytest.mark.parametrize("opening", BARE_HEAD_KNOCKS)
def test_a_bare_head_knock_is_not_urgent_on_the_opening_message(opening: str) -> None:
    assert urgency_of(opening, **RULES) in ("routine", "self_care")


@pytest.mark.parametrize(
    ("opening", "answer"),
    [
        (
            "banged my head on an open cupboard door",
            "no sickness, I feel totally normal and I'm back at work",
        ),
        ("起身的时候头撞到门框了", "没吐，不晕，精神挺好的"),
    ],
)
def test_a_bare_head_knock_acting_normally_is_not_urgent(opening: str, answer: str) -> None:
    assert urgency_of(opening, ("associated_symptoms", answer), **RULES) in ("routine", "self_care")


@pytest.mark.parametrize(
    ("opening", "answer"),
    [
        ("banged my head on an open cupboard door", "I don't know"),
        ("起身的时候头撞到门框了", "不知道"),
    ],
)
def test_a_head_knock_without_an_answer_is_urgent_once_asked(opening: str, answer: str) -> None:
    assert urgency_of(opening, ("associated_symptoms", answer), **RULES) == "urgent"


@pytest.mark.parametrize(
    "opening",
    [
        "banged my head on a cupboard door and now I feel dizzy",
        "头撞到门框了，现在有点头晕",
    ],
)
def test_a_head_knock_with_a_warning_sign_stays_urgent_at_once(opening: str) -> None:
    assert urgency_of(opening, **RULES) in ("urgent", "emergency")


def test_a_head_knock_with_vomiting_stays_an_emergency() -> None:
    assert urgency_of("my son banged his head and has been sick twice", **RULES) == "emergency"


# --- 2. out of breath with exercise, settling with a rest -------------------------------------

EXERTION_SETTLES = [
    "跑完步总觉得有点喘，歇一会就好了，想问问我是不是有哮喘",
    "运动完有点喘不上气，休息几分钟就好了",
    "i get out of breath when i run but it settles after a rest",
    "I'm breathless after climbing the stairs, fine once I stop",
    "I get wheezy during football training, it goes away after a short rest",
]


@pytest.mark.parametrize("opening", EXERTION_SETTLES)
def test_breathless_with_exercise_that_settles_is_not_urgent(opening: str) -> None:
    assert urgency_of(opening, **RULES) == "routine"


@pytest.mark.parametrize(
    "opening",
    [
        "I get out of breath when I run and now even at rest",
        "i'm suddenly short of breath",
        "跑步的时候气短，现在坐着也喘不上气",
        "我现在喘不上气",
    ],
)
def test_breathless_at_rest_or_sudden_stays_urgent(opening: str) -> None:
    assert urgency_of(opening, **RULES) in ("urgent", "emergency")


# --- 3. a chest-wall pain that pressing reproduces -------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "sharp pain at the front of my chest where the ribs join the breastbone, it hurts when i "
        "press on it",
        "pain next to my breastbone that is sore when I press on it",
        "sore next to my breastbone, tender to the touch",
    ],
)
def test_a_tender_chest_wall_is_not_urgent_on_the_opening(opening: str) -> None:
    assert urgency_of(opening, **RULES) == "routine"


@pytest.mark.parametrize(
    "opening",
    [
        "chest pain that hurts when I press on it, and I'm sweating",
        "胸口疼，一按就疼，还出冷汗",
        "pain in my chest, it hurts when I press, and it spreads to my left arm",
    ],
)
def test_a_tender_chest_with_cardiac_features_stays_an_emergency(opening: str) -> None:
    assert urgency_of(opening, **RULES) == "emergency"


def test_a_tender_chest_at_fifty_or_over_stays_urgent() -> None:
    told = urgency_of(
        "pain at the front of my chest, it hurts when I press on it",
        ("chest_companions", "no sweating, not breathless"),
        ("age", "62"),
        **RULES,
    )
    assert told in ("urgent", "emergency")


@pytest.mark.parametrize(
    "opening", ["sharp pain in my chest", "chest pain, tender to touch", "胸口疼，按着疼"]
)
def test_chest_pain_elsewhere_or_untender_stays_urgent(opening: str) -> None:
    assert urgency_of(opening, **RULES) in ("urgent", "emergency")


# --- 4. attacks at the same time every day or night (cluster headache) ------------------------


@pytest.mark.parametrize(
    "turns",
    [
        (
            "stabbing pain behind my right eye every night at about the same time, the eye waters "
            "and my nose runs, i can't sit still",
            ("severity", "10/10"),
        ),
        ("terrible pain around my left eye at the same time every evening", ("severity", "9/10")),
        ("每天晚上差不多同一个时间右眼后面剧痛，流眼泪流鼻涕，坐不住", ("severity", "10分")),
    ],
)
def test_clockwork_eye_attacks_are_not_urgent_for_severity(turns: tuple) -> None:
    assert urgency_of(*turns, **RULES) == "routine"


@pytest.mark.parametrize(
    "turns",
    [
        ("a sudden terrible headache every night at the same time", ("severity", "10/10")),
        ("the worst headache of my life, it started at the same time every night",),
    ],
)
def test_clockwork_attacks_that_are_sudden_or_the_worst_stay_raised(turns: tuple) -> None:
    assert urgency_of(*turns, **RULES) in ("urgent", "emergency")


def test_severe_pain_without_a_pattern_stays_urgent() -> None:
    assert urgency_of("stabbing pain behind my right eye", ("severity", "10/10"), **RULES) in (
        "urgent",
        "emergency",
    )


# --- 5. a sore throat with swollen neck glands and a temperature ------------------------------


@pytest.mark.parametrize(
    "turns",
    [
        (
            "my son is wiped out, really sore throat and big swollen glands in his neck, he's had "
            "a temperature",
            ("onset_duration", "about 10 days"),
            ("age", "16"),
        ),
        ("sore throat, a fever and my neck glands are swollen", ("onset_duration", "a week")),
        ("嗓子特别疼，脖子两边淋巴结肿了，一直发烧", ("onset_duration", "一个多星期")),
    ],
)
def test_glandular_fever_course_is_not_urgent_for_its_length(turns: tuple) -> None:
    assert urgency_of(*turns, **RULES) == "routine"


@pytest.mark.parametrize(
    "turns",
    [
        ("sore throat and a fever", ("onset_duration", "10 days")),
        (
            "sore throat, a fever and swollen glands in my neck",
            ("onset_duration", "a month"),
        ),
        (
            "my daughter has a sore throat, swollen glands and a fever",
            ("onset_duration", "6 days"),
            ("age", "3"),
        ),
    ],
)
def test_a_long_fever_outside_the_pattern_stays_urgent(turns: tuple) -> None:
    assert urgency_of(*turns, **RULES) in ("urgent", "emergency")


# --- coughed-up blood: streaks in the phlegm are urgent, a lot of blood stays 999 --------------
# nhs.uk Coughing up blood: an urgent GP appointment or NHS 111; 999 / A&E for more than a few
# teaspoons, or with breathlessness.

HAEMOPTYSIS_STREAKS = [
    "coughing up some blood in my phlegm",
    "I've been coughing up blood-streaked phlegm",
    "there's blood in my sputum when I cough",
    "咳血丝",
    "咳嗽，痰里有血丝",
    "这两天咳出一点血点",
]


@pytest.mark.parametrize("text", HAEMOPTYSIS_STREAKS)
def test_streaks_of_blood_coughed_up_are_urgent(text: str) -> None:
    assert urgency_of(text, **RULES) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "I am coughing up a lot of blood",
        "coughed up a cupful of blood",
        "coughing up blood and I can't breathe",
        "coughing up some blood in my phlegm and I'm really short of breath",
        "咳了很多血",
        "咳血，喘不上气",
        "吐血了",
    ],
)
def test_a_lot_of_blood_coughed_up_stays_emergency(text: str) -> None:
    assert urgency_of(text, **RULES) == "emergency"


def test_no_blood_coughed_up_is_no_haemoptysis() -> None:
    assert urgency_of("just a cough, no blood in my phlegm", **RULES) != "urgent"
    assert urgency_of("咳嗽，没有咳血", **RULES) != "urgent"


# --- a known epilepsy's usual seizure told as hours ago -----------------------------------------
# nhs.uk Epilepsy / What to do if someone has a seizure: 999 for a first seizure, one over 5
# minutes, one after another, an injury or breathing trouble; otherwise the GP or epilepsy team.


@pytest.mark.parametrize(
    "text",
    [
        "my brother had one of his seizures this morning",
        "she had one of her usual fits last night",
        "my son had his usual seizure a few hours ago",
    ],
)
def test_a_usual_seizure_told_as_hours_ago_is_not_999(text: str) -> None:
    assert urgency_of(text, **RULES) != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "my brother had one of his seizures this morning and it lasted 10 minutes",
        "my brother had one of his seizures this morning and hit his head",
        "she had one of her fits this morning and hasn't come round",
        "my son had a seizure this morning, his first ever seizure",
        "he had one of his seizures this morning and then another one",
        "他癫痫又发作了，抽了十几分钟还没醒",
    ],
)
def test_a_seizure_with_a_999_sign_stays_emergency(text: str) -> None:
    assert urgency_of(text, **RULES) == "emergency"


# --- look-alikes of sciatica and a faint that must stay 999 -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # nhs.uk Cauda equina syndrome: both legs, numbness around the bottom, bladder or bowel
        "my lower back hurts and both legs are numb and I can't control my bladder",
        "back pain, numb between my legs and I've wet myself",
        "腰痛，两条腿都麻了，小便失禁",
        # nhs.uk Stroke: a numb arm or face with it
        "my lower back hurts and my left leg and left arm are numb",
        # nhs.uk Fainting: not waking up
        "went for a blood test, fainted and I can't wake him up",
    ],
)
def test_dangerous_look_alikes_stay_emergency(text: str) -> None:
    assert urgency_of(text, **RULES) == "emergency"


# --- a panic attack told as a bounded episode ---------------------------------------------------
# nhs.uk Panic disorder: a racing heart, feeling you cannot breathe, tingling fingers and a fear of
# dying, usually 5 to 20 minutes; see a GP.


@pytest.mark.parametrize(
    "text",
    [
        "out of nowhere my heart pounds, I can't breathe, my hands tingle and I think I'm going "
        "to die, lasts about 10 min",
        "毫无征兆地心跳得很厉害，喘不过气，手发麻，觉得自己要死了，持续大约10分钟",
    ],
)
def test_a_bounded_panic_episode_is_routine(text: str) -> None:
    assert urgency_of(text, **RULES) == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "my heart pounds and I think I'm going to die, lasts about 10 min, now crushing chest pain",
        "I can't breathe and I think I'm going to die",
        "heart pounding, I think I'm going to die, I fainted, lasts about 10 min",
        "喘不上气，觉得自己要死了，嘴唇发紫",
    ],
)
def test_panic_look_alikes_with_a_999_sign_stay_emergency(text: str) -> None:
    assert urgency_of(text, **RULES) == "emergency"
