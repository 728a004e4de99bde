"""Blood told after what it is in: "vomiting since yesterday, blood in it", "threw up" ...
"some blood in it", "吐的东西里有血", "coughing a lot, blood in it", "拉的里面有血".

nhs.uk 'Vomiting blood (haematemesis)': go to A&E or call 999; nhs.uk 'Coughing up blood':
urgent GP appointment or NHS 111; nhs.uk 'Diarrhoea and vomiting': urgent GP or 111 for bloody
diarrhoea, and a GP when being sick lasts more than 2 days; nhs.uk 'Motion sickness': it comes
with a journey. Each pronoun phrasing gets the level the plain phrasing gets.
"""

import pytest

from consult.triage.redflags import flag_codes, screen_conversation, urgent_findings

from .turns import urgency_of

Turn = str | tuple[str, str]

# vomiting, then blood told without a place: an emergency (gi_bleed)
VOMIT_BLOOD: list[tuple[Turn, ...]] = [
    ("vomiting since yesterday, blood in it",),
    ("threw up a few times", ("associated_symptoms", "some blood in it")),
    ("I get car sick", ("associated_symptoms", "vomiting for 3 days even at home, blood in it")),
    ("我一坐车就吐", ("associated_symptoms", "在家也吐了三天了，吐的东西里有血")),
    ("I've been throwing up since last night and there was some blood",),
    ("been sick three times, bit of blood",),
    ("puking all morning, it had blood in it",),
    ("threw up, it was bloody",),
    ("vomiting with blood",),
    ("retching hard and there were streaks of blood",),
    ("coughing so hard I threw up, blood in it",),
    (
        "my son keeps vomiting",
        ("onset_duration", "since yesterday"),
        ("severity", "moderate"),
        ("associated_symptoms", "there was blood in it this time"),
    ),
    ("吐了一晚上，里面有血",),
    ("吐的有血",),
    ("吐出来的有血丝",),
    ("呕吐，吐出来的东西带血",),
    ("孩子一直吐", ("associated_symptoms", "里面有血丝")),
    (
        "孩子一直吐",
        ("onset_duration", "昨天开始"),
        ("severity", "中等"),
        ("associated_symptoms", "吐的里面有血"),
    ),
]

# a cough or a poo, then blood told without a place: the same day, as "blood in my phlegm",
# "痰里有血", "bloody diarrhoea", "大便带血"
SAME_DAY: list[tuple[Turn, ...]] = [
    ("coughing a lot, blood in it",),
    ("coughing for a week, there's some blood in it",),
    ("bad cough for a week", ("associated_symptoms", "some blood in it")),
    ("咳的痰里有血",),
    ("咳嗽一个星期了", ("associated_symptoms", "里面有点血丝")),
    ("吐了口痰，里面有血丝",),
    ("diarrhoea, blood in it",),
    ("diarrhoea with blood",),
    ("poo has blood in it",),
    ("diarrhoea since monday", ("associated_symptoms", "blood in it")),
    ("vomiting and diarrhoea, blood in it",),
    ("拉的里面有血",),
    ("拉肚子，拉的里面有血",),
    ("拉肚子两天了", ("associated_symptoms", "有血")),
]

# denied blood, and words that are no blood in anything: no gi_bleed, not an emergency by the rules
NOT_BLOOD: list[tuple[Turn, ...]] = [
    ("vomiting since yesterday, no blood in it",),
    ("threw up a few times, there wasn't any blood",),
    ("threw up a few times", ("associated_symptoms", "no blood in it")),
    ("吐了几次，没有血",),
    ("一直吐", ("associated_symptoms", "里面没有血")),
    ("吐了，吐的东西里没看到血",),
    ("coughing, no blood in it",),
    ("diarrhoea but no blood",),
    ("拉肚子，没有血",),
    ("vomited twice, had a blood test this morning",),
    ("vomiting, they checked my blood pressure",),
    ("vomiting, blood sugar is 15",),
    ("I feel sick, blood test came back fine",),
    ("threw up, eyes are really bloodshot from it",),
    ("吐了两次，眼睛里有血丝",),
    ("吐了，量了血压正常",),
    ("吐了两次，验了血没问题",),
    ("吃了番茄炒蛋后吐了，吐出来红红的",),
    ("喝了红色饮料，吐出来是红色的",),
    ("threw up after eating beetroot, it was red",),
    ("threw up red wine last night",),
    ("throwing up all bloody night",),
    ("I'm bloody sick of throwing up",),
    # blood from somewhere else in a story of being sick
    ("threw up, then cut my finger and there was blood",),
    ("I was sick yesterday, blew my nose this morning, blood in it",),
    ("vomited once", ("associated_symptoms", "nosebleed this morning, bit of blood")),
    ("吐了两次，流鼻血了，纸上有血",),
    ("吐了，刷牙的时候有血",),
    ("刷牙的时候牙龈出血，吐了口带血丝的口水",),
    ("吐槽一下，我的血压有点高",),
]

# being sick for days or also at home is no travel sickness: never self-care
LASTING_VOMIT: list[tuple[Turn, ...]] = [
    ("I get car sick", ("associated_symptoms", "vomiting for 3 days even at home")),
    ("我一坐车就吐", ("associated_symptoms", "在家也吐了三天了")),
    ("I get travel sick", ("associated_symptoms", "still throwing up even at home")),
    ("晕车", ("associated_symptoms", "下车以后还一直吐")),
    ("been throwing up for four days",),
    ("吐了好几天了",),
]


def _texts(turns: tuple[Turn, ...]) -> list[str]:
    return [t[1] if isinstance(t, tuple) else t for t in turns]


@pytest.mark.parametrize("turns", VOMIT_BLOOD, ids=[str(t[-1]) for t in VOMIT_BLOOD])
def test_blood_after_vomiting_is_an_emergency(turns: tuple[Turn, ...]) -> None:
    assert "gi_bleed" in flag_codes(screen_conversation(_texts(turns)))
    assert urgency_of(*turns, learned=False) == "emergency"


@pytest.mark.parametrize("turns", SAME_DAY, ids=[str(t[-1]) for t in SAME_DAY])
def test_blood_after_a_cough_or_poo_is_same_day(turns: tuple[Turn, ...]) -> None:
    assert "gi_bleed" not in flag_codes(screen_conversation(_texts(turns)))
    assert urgency_of(*turns, learned=False) == "urgent"


@pytest.mark.parametrize("turns", NOT_BLOOD, ids=[str(t[-1]) for t in NOT_BLOOD])
def test_no_blood_in_anything(turns: tuple[Turn, ...]) -> None:
    texts = _texts(turns)
    assert screen_conversation(texts) == [] and urgent_findings(texts) == []
    assert urgency_of(*turns, learned=False) != "emergency"


@pytest.mark.parametrize("turns", LASTING_VOMIT, ids=[str(t[-1]) for t in LASTING_VOMIT])
def test_lasting_vomiting_is_never_self_care(turns: tuple[Turn, ...]) -> None:
    assert urgency_of(*turns, learned=False) != "self_care"


def test_travel_sickness_alone_stays_self_care() -> None:
    assert urgency_of("I get car sick", learned=False) == "self_care"
    assert urgency_of("我一坐车就吐", learned=False) == "self_care"
