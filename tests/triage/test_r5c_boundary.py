"""r5c: the emergency/urgent boundary told over several answers (bench/vignettes_r5c.json classes).

Who the patient is (pregnant, diabetic, asthmatic), told once, combines with a symptom in any
answer, not only the last ones; bleeding that stopped with pressure is not heavy bleeding; a bone
through the skin is 999; bleeding gums or a nosebleed in pregnancy are not bleeding in pregnancy.
Sources: nhs.uk 'Vaginal bleeding in pregnancy' (999 for heavy bleeding or pain), 'Cuts and
grazes' (999/A&E if the bleeding will not stop), 'Broken arm or wrist' (999 if the bone is
sticking out), 'Bleeding gums' / 'Nosebleed' (common in pregnancy); 中国红十字会 创伤救护.
"""

import pytest

from consult.triage.redflags import flag_codes, screen_conversation, urgent_findings


def _codes(messages: list[str]) -> set[str]:
    return set(flag_codes(screen_conversation(messages)))


@pytest.mark.parametrize(
    "messages",
    [
        # bleeding told early, then several more answers: still bleeding in pregnancy
        [
            "I'm 29 weeks pregnant",
            "bleeding, bright red",
            "since this morning",
            "31",
            "none",
            "none",
        ],
        ["怀孕了，今天不太舒服", "下面出血了，是鲜红的", "从早上开始", "30", "叶酸", "无"],
        ["怀孕30周", "见红了，还挺多", "今天早上", "28岁", "没有", "没有"],
    ],
)
def test_bleeding_in_pregnancy_told_early_is_an_emergency(messages: list[str]) -> None:
    assert "pregnancy_bleeding_pain" in _codes(messages)


@pytest.mark.parametrize(
    "messages",
    [
        ["I'm 30 weeks pregnant", "my gums bleed when I brush my teeth", "a week", "none", "none"],
        ["怀孕了", "刷牙的时候牙龈出血", "一周", "没有", "没有"],
        ["I'm 20 weeks pregnant", "had a nosebleed that stopped", "yesterday", "none"],
    ],
)
def test_gums_or_nose_bleeding_in_pregnancy_is_not_an_emergency(messages: list[str]) -> None:
    assert _codes(messages) == set()
    assert "pregnancy_spotting" not in flag_codes(urgent_findings(messages))


@pytest.mark.parametrize(
    ("messages", "heavy"),
    [
        (
            [
                "cut my finger with a kitchen knife, there was a lot of blood",
                "20 minutes ago",
                "it stopped bleeding after I pressed on it for 10 minutes, it's a small cut",
            ],
            False,
        ),
        (["做饭切到手指了，流了好多血", "二十分钟前", "用纸巾按了几分钟血就止住了"], False),
        (["cut my arm, lots of blood", "ten minutes ago", "it's still pouring out"], True),
        (["切到手腕了，流了好多血", "十分钟前", "按了十几分钟还是止不住"], True),
        (["切到手指，流了好多血", "刚才", "按住不流了"], False),
        (["gashed my leg, blood everywhere", "just now", "it hasn't stopped"], True),
    ],
)
def test_a_lot_of_blood_is_an_emergency_until_it_stops(messages: list[str], heavy: bool) -> None:
    assert ("heavy_bleeding" in _codes(messages)) is heavy


@pytest.mark.parametrize(
    "messages",
    [
        ["孩子玩滑板摔了，手摔伤了", "12", "胳膊明显弯了变形，有一截骨头好像从皮肤里戳出来了"],
        ["my son fell off the trampoline", "8", "there's bone pushing through the skin of his arm"],
    ],
)
def test_a_bone_through_the_skin_is_an_emergency(messages: list[str]) -> None:
    assert _codes(messages) & {"open_fracture", "eye_chemical_or_open_fracture"}


@pytest.mark.parametrize(
    "messages",
    [
        ["孩子摔了一跤，手腕肿了", "12", "没有骨头露出来，手指能动"],
        ["twisted my ankle", "30", "no bone sticking out, just swollen"],
    ],
)
def test_no_bone_through_the_skin_is_no_open_fracture(messages: list[str]) -> None:
    assert not _codes(messages) & {"open_fracture", "eye_chemical_or_open_fracture"}


@pytest.mark.parametrize(
    ("messages", "flagged"),
    [
        (
            [
                "my 80 year old mum has had diarrhoea for 3 days",
                "she hasn't passed any urine since yesterday and she's very sleepy and confused",
            ],
            True,
        ),
        (["妈妈拉肚子三天了", "从昨天到现在都没尿，人迷迷糊糊的"], True),
        (["still got diarrhoea", "my wee is dark and I'm not going as much, but I'm alert"], False),
        (["拉肚子两天", "尿少了一点，颜色深，精神还可以"], False),
    ],
)
def test_no_urine_all_day_with_drowsiness_is_an_emergency(
    messages: list[str], flagged: bool
) -> None:
    assert ("no_urine_drowsy" in _codes(messages)) is flagged


def test_hot_drink_over_a_toddler_blistering_face_is_an_emergency() -> None:
    messages = [
        "my 2 year old pulled a cup of tea over himself",
        "his face and chest",
        "his face is red and blistering",
    ]
    assert "burn_serious" in _codes(messages)


@pytest.mark.parametrize(
    ("messages", "codes"),
    [
        # the injury told first, the detail that makes it 999 in a middle answer, then more answers
        (
            [
                "my wife hit her head getting out of the car",
                "an hour ago",
                "she was knocked out for a minute and can't remember what happened",
                "none",
                "none",
                "none",
            ],
            {"head_injury_red"},
        ),
        (
            [
                "my eye got hit by an elastic band",
                "an hour ago",
                "sore",
                "the vision in that eye has gone dark, there's blood in the coloured part",
                "none",
                "none",
                "none",
            ],
            {"eye_injury_vision"},
        ),
        (
            [
                "I burnt my hand on the oven",
                "just now",
                "agony",
                "it's blistered across my whole hand",
                "none",
                "none",
                "none",
            ],
            {"burn_serious"},
        ),
        (
            [
                "孩子被开水烫了",
                "6",
                "刚刚",
                "胸口和肚子",
                "起了很多水泡，面积比他的手掌大多了",
                "无",
                "无",
                "无",
            ],
            {"burn_serious"},
        ),
        (
            ["切菜的时候割到手了", "十分钟前", "用毛巾按了十几分钟还是止不住", "无", "无", "无"],
            {"bleeding_despite_pressure", "heavy_bleeding"},
        ),
    ],
)
def test_the_complaint_told_first_combines_with_any_later_answer(
    messages: list[str], codes: set[str]
) -> None:
    assert _codes(messages) & codes


@pytest.mark.parametrize(
    "messages",
    [
        [
            "banged my head on a cupboard",
            "an hour ago",
            "I didn't black out, I feel normal",
            "none",
            "none",
            "none",
        ],
        [
            "got poked in the eye by my toddler",
            "this morning",
            "watering, a bit blurry",
            "none",
            "none",
            "none",
        ],
        [
            "burnt my finger on the iron",
            "just now",
            "small red patch, no blisters",
            "none",
            "none",
            "none",
        ],
        ["手指划破了", "刚才", "按了一会儿就不流了", "无", "无", "无"],
    ],
)
def test_minor_injuries_told_over_answers_stay_off_the_red_flags(messages: list[str]) -> None:
    assert _codes(messages) == set()


@pytest.mark.parametrize(
    ("messages", "flagged"),
    [
        # a fall told first, the head named as where, a blood thinner in a later answer
        (["我奶奶早上摔了", "83", "早上", "磕破了", "头", "她长期吃华法林"], True),
        (["my nan had a fall", "84", "this morning", "head", "she's on apixaban"], True),
        # not the head, or no blood thinner
        (["my nan had a fall", "84", "this morning", "her hip", "she's on apixaban"], False),
        (["奶奶摔了一跤", "80", "早上", "膝盖", "华法林"], False),
        (["fell over at the shops", "30", "head", "I feel fine", "none"], False),
    ],
)
def test_a_fall_on_the_head_on_a_blood_thinner_is_an_emergency(
    messages: list[str], flagged: bool
) -> None:
    codes = _codes(messages)
    assert bool(codes & {"head_injury_blood_thinner", "head_injury_anticoagulant"}) is flagged


def test_a_fall_on_the_head_then_vomiting_and_drowsy_is_an_emergency() -> None:
    assert "head_injury_red" in _codes(["摔了一跤", "70", "头", "一直想睡，吐了两次"])


@pytest.mark.parametrize(
    ("messages", "flagged"),
    [
        # nhs.uk Epilepsy: a known epilepsy's usual short seizure that is over is no 999 call
        (
            [
                "my brother had one of his seizures this morning",
                "it lasted about a minute",
                "he came round and he's back to normal now",
                "he has had epilepsy since he was 10",
            ],
            False,
        ),
        (["他有癫痫，刚才抽了一分钟", "现在醒过来了，跟平时一样了"], False),
        # ... but over 5 minutes, not come round, a head injury, or a first seizure stay 999
        (
            [
                "my brother had one of his seizures",
                "it lasted 7 minutes",
                "he came round",
                "epilepsy",
            ],
            True,
        ),
        (
            ["my brother had one of his seizures", "about a minute", "he hasn't come round yet"],
            True,
        ),
        (["he has epilepsy and had a fit", "he's back to normal now but he hit his head"], True),
        (["他有癫痫，刚才抽了十分钟", "现在醒过来了"], True),
        (["my son had a fit", "he came round", "never had one before"], True),
        (["我老公在抽搐，停不下来", "有癫痫"], True),
    ],
)
def test_a_known_epilepsys_usual_seizure_that_is_over(messages: list[str], flagged: bool) -> None:
    assert ("unconscious_seizure" in _codes(messages)) is flagged
