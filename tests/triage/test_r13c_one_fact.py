"""Round 13 (r13t, "the one fact that decides the urgency"): the classes the tuning set r13t
showed, each in English and Chinese, with the look-alikes that must keep their level.

- fewer wees told as "barely weeing" / "几乎不怎么尿" with diarrhoea and vomiting: dehydration
  (nhs.uk 'Dehydration': urgent GP or 111 when peeing less, or dizzy on standing and it does not
  go away);
- a baby "still looks yellow" / "宝宝还是黄黄的": jaundice (nhs.uk 'Newborn jaundice');
- chickenpox told by the patient: the age is asked, an adult's is urgent (nhs.uk 'Chickenpox');
- the ribs "not pulling in" / "肋骨下面没有往里凹" deny the recession (nhs.uk 'Bronchiolitis');
- an adult's "人软绵绵的" / "all floppy" is weakness, not a floppy child (MTS; NICE NG143);
- no pee for hours while fluids will not stay down is no urinary retention (nhs.uk
  'Dehydration', 'Urinary retention');
- known asthma's tight chest that the reliever clears is no urgent chest pain (nhs.uk 'Asthma');
- one or two painkiller tablets over the dose by mistake is self-care (nhs.uk 'Paracetamol for
  adults');
- heat exhaustion cooled and the score fallen ("was 6/10, now 2/10") is self-care (nhs.uk 'Heat
  exhaustion and heatstroke').
"""

from __future__ import annotations

import pytest

from consult.triage.planner import InterviewState, decide
from consult.triage.redflags import flag_codes, screen_conversation, urgent_findings
from consult.triage.urgency import features
from tests.triage.turns import A, D, G, S, rules_urgency

M = "medications"

# --- dehydration told as barely weeing -------------------------------------------------------


@pytest.mark.parametrize(
    "turns",
    [
        ("my mums had diarrhoea and been sick for 2 days, she's barely weeing and it's dark",),
        ("I've had the runs and been throwing up since yesterday, hardly peeing at all",),
        ("我妈拉肚子又吐了两天，几乎不怎么尿，站起来就晕",),
        ("上吐下泻两天了，很少小便，颜色很深",),
    ],
)
def test_barely_weeing_with_diarrhoea_and_vomiting_is_urgent(turns):
    assert rules_urgency(*turns) == "urgent"


@pytest.mark.parametrize(
    "turns",
    [
        # a real emergency stays one: confused, not peed all day, with an infection (sepsis)
        ("my dad has a chest infection, confused and hasn't peed since yesterday",),
        ("我爸肺炎，从昨天到现在都没尿，人也糊涂了",),
        # a baby barely weeing and floppy
        ("my baby has been sick all day, barely weeing and he's floppy",),
        ("宝宝吐了一天，几乎不怎么尿，软绵绵的",),
    ],
)
def test_barely_weeing_emergencies_stay(turns):
    assert rules_urgency(*turns) == "emergency"


@pytest.mark.parametrize(
    "text",
    ["我平时很少尿路感染", "以前很少尿床", "I rarely get urine infections", "平时很少尿频"],
)
def test_a_wee_habit_is_no_dehydration(text):
    assert "dehydration" not in features([text], {})


# --- newborn jaundice told as still yellow ---------------------------------------------------


@pytest.mark.parametrize(
    "turns",
    [
        ("my baby still looks yellow, especially the whites of his eyes", (G, "3 weeks")),
        ("newborn is still yellow, midwife said it would fade", (G, "18 days")),
        ("宝宝还是黄黄的，眼白也有点黄", (G, "3周")),
        ("孩子到现在还有点黄，满月了", (G, "4周")),
    ],
)
def test_a_baby_still_yellow_is_urgent(turns):
    assert rules_urgency(*turns) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "宝宝拉的还是黄的便便",
        "宝宝的大便还是黄的",
        "宝宝还是黄色的鼻涕",
        "his poo is still yellow",
        "my baby still looks pale",
    ],
)
def test_yellow_poo_or_snot_is_no_jaundice(text):
    assert "jaundice" not in features([text], {})


@pytest.mark.parametrize(
    "turns",
    [
        ("my baby is still yellow and now floppy and won't wake for feeds", (G, "2 weeks")),
        ("宝宝还是黄黄的，叫不醒，也不吃奶", (G, "2周")),
    ],
)
def test_a_yellow_baby_hard_to_wake_stays_an_emergency(turns):
    assert rules_urgency(*turns) == "emergency"


# --- chickenpox: the age is asked ------------------------------------------------------------


def _asked(first: str) -> list[str]:
    turns: list[object] = [("patient", first)]
    asked: list[str] = []
    for _ in range(12):
        decision = decide(InterviewState.from_turns(turns))
        if decision.action != "ask":
            break
        asked.append(decision.fact)
        turns += [{"role": "assistant", "text": "?", "asked": decision.fact}, ("patient", "ok")]
    return asked


@pytest.mark.parametrize(
    "first",
    [
        "I think I've caught chickenpox off my kids, spots on my tummy and face",
        "spots everywhere, pretty sure it's chicken pox",
        "我好像被孩子传染了水痘，肚子上脸上都起了疹子",
        "身上起了好多水泡，应该是水痘",
    ],
)
def test_chickenpox_asks_the_age(first):
    assert "age" in _asked(first)


@pytest.mark.parametrize(
    "first",
    ["I have a sore throat and a cold", "I've got shingles on my side", "我嗓子疼，感冒了"],
)
def test_other_complaints_of_ones_own_do_not_ask_the_age_first(first):
    assert _asked(first)[:1] != ["age"]


@pytest.mark.parametrize(
    "turns, level",
    [
        (("I think I've caught chickenpox, itchy spots", (G, "34"), (S, "5/10")), "urgent"),
        (("我好像被孩子传染了水痘，痒得很", (G, "34岁"), (S, "5分")), "urgent"),
        # a child's chickenpox is looked after at home (nhs.uk 'Chickenpox')
        (("my son has chickenpox, itchy spots", (G, "5"), (D, "2 days")), "self_care"),
        (("儿子出水痘了，很痒", (G, "5岁"), (D, "两天")), "self_care"),
        # chickenpox in pregnancy stays urgent
        (("chickenpox spots, I'm 20 weeks pregnant", (G, "29")), "urgent"),
    ],
)
def test_chickenpox_by_age(turns, level):
    assert rules_urgency(*turns) == level


# --- a denied recession ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "messages",
    [
        ["宝宝8周，感冒三天，喝奶不到平时一半", "没有憋气停顿，嘴唇不紫，肋骨下面没有往里凹"],
        ["宝宝呼吸的时候肚子没有一吸一吸的"],
        ["baby 8 weeks with a cold, his ribs are not pulling in when he breathes"],
        ["锁骨上面不往里陷，胸口没有凹进去"],
    ],
)
def test_a_denied_recession_is_no_emergency(messages):
    assert "severe_breathing" not in flag_codes(screen_conversation(messages))


@pytest.mark.parametrize(
    "messages",
    [
        ["宝宝8周，肋骨下面往里凹"],
        ["宝宝没发烧，但是肋骨下面往里凹"],
        ["宝宝一吸气肋骨就往里凹"],
        ["宝宝肋骨不停地往里凹"],
        ["宝宝肚子不停地一吸一吸的"],
        ["baby 8 weeks, his ribs are pulling in when he breathes"],
        ["his ribs are really pulling in when he breathes"],
    ],
)
def test_a_told_recession_stays_an_emergency(messages):
    assert "severe_breathing" in flag_codes(screen_conversation(messages))


def test_a_baby_feeding_under_half_with_recession_denied_is_urgent():
    turns = (
        "宝宝8周，感冒三天了，鼻子堵，今天喝奶只有平时一半都不到，喘气比平时快一点",
        (A, "咳嗽，体温37.6，没有憋气停顿，嘴唇不紫，肋骨下面没有往里凹"),
    )
    assert rules_urgency(*turns) == "urgent"


# --- an adult's weakness is no floppy child --------------------------------------------------


@pytest.mark.parametrize(
    "turns",
    [
        ("怀孕9周，这两天吐得什么都吃不进，喝口水都吐，尿很少颜色很深，人软绵绵的",),
        ("怀孕8周，吐得厉害，浑身发软，喝水都吐",),
        ("I'm 9 weeks pregnant, can't keep water down, barely weeing and feel all floppy",),
    ],
)
def test_pregnant_and_drained_is_urgent(turns):
    assert rules_urgency(*turns) == "urgent"


@pytest.mark.parametrize(
    "turns",
    [
        ("宝宝发烧，软绵绵的",),
        ("怀孕9周，人软绵绵的，叫不醒",),
        ("怀孕30周，人软绵绵的，嗜睡",),
        ("my son is floppy and hot", (G, "3")),
        ("人软绵绵的，发烧", (G, "12岁")),
        ("我妈浑身发软，叫她也不怎么应", (G, "80岁")),
        ("I'm pregnant, my toddler is floppy and won't wake properly",),
    ],
)
def test_a_floppy_child_or_an_unresponsive_adult_stays_an_emergency(turns):
    assert rules_urgency(*turns) == "emergency"


# --- no pee while fluids will not stay down is no retention ----------------------------------


@pytest.mark.parametrize(
    "messages",
    [
        [
            "怀孕9周，这两天吐得什么都吃不进",
            "24小时一口水都留不住",
            "7分，站起来头晕",
            "从早上到现在10个小时没尿，嘴很干，没肚子疼",
        ],
        ["can't keep anything down, even water", "8/10", "not peed for 10 hours, dry mouth"],
    ],
)
def test_no_pee_while_vomiting_is_no_retention(messages):
    assert "urinary_retention_acute" not in flag_codes(screen_conversation(messages))


@pytest.mark.parametrize(
    "messages",
    [
        ["我爸尿不出来", "8分"],
        ["从早上到现在10个小时没尿", "8分"],
        ["喝水都吐", "从早上到现在10个小时没尿，小肚子胀得疼"],
        [
            "can't keep anything down",
            "haven't peed since this morning, lower tummy swollen and hard",
        ],
    ],
)
def test_retention_stays_an_emergency(messages):
    assert "urinary_retention_acute" in flag_codes(screen_conversation(messages))


# --- asthma's tight chest cleared by the reliever --------------------------------------------


@pytest.mark.parametrize(
    "turns",
    [
        (
            "哮喘最近控制得不太好，这一个月每周要用四五次蓝色的喷雾，晚上偶尔咳醒",
            (S, "不严重，喷完就好，3分"),
            ("location", "胸口发紧"),
        ),
        (
            "my asthma's not well controlled, using my blue inhaler 4 times a week",
            (S, "mild, my inhaler sorts it, 3/10"),
            ("location", "chest feels tight"),
        ),
    ],
)
def test_asthma_tightness_cleared_by_the_reliever_is_routine(turns):
    assert rules_urgency(*turns) == "routine"


@pytest.mark.parametrize(
    "messages",
    [
        ["哮喘又犯了，喷了好几下蓝色的喷雾还是喘，胸口发紧"],
        ["哮喘，胸口发紧", "喷了就好，但是一会儿又紧"],
        ["哮喘，胸口疼", "喷完就好"],
        ["哮喘，胸口发紧，喘不上气", "喷完就好"],
        ["胸口发紧", "喷完就好"],
        ["asthma, chest feels tight and short of breath", "inhaler helps"],
        ["asthma, chest pain", "inhaler helps"],
        ["asthma, chest feels tight", "my inhaler helps but it comes back within the hour"],
    ],
)
def test_other_asthma_chests_stay_urgent_or_more(messages):
    urgent = flag_codes(urgent_findings(messages))
    assert "chest_pain" in urgent or screen_conversation(messages)


@pytest.mark.parametrize(
    "messages",
    [
        ["asthma, chest feels tight", "my inhaler isn't helping"],
        ["哮喘，胸闷出冷汗", "喷完就好"],
    ],
)
def test_asthma_chest_emergencies_stay(messages):
    assert screen_conversation(messages)


# --- one extra painkiller tablet by mistake --------------------------------------------------


@pytest.mark.parametrize(
    "turns",
    [
        (
            "今天牙疼吃止痛药，刚发现算错了，比说明书多吃了一片对乙酰氨基酚，会不会伤肝",
            (A, "不恶心，肚子不疼"),
            (M, "今天一共吃了5片500毫克的"),
        ),
        ("多吃了一片布洛芬，头疼，会有事吗", (A, "没有别的不舒服")),
        ("I accidentally took one extra paracetamol today for my headache", (A, "nothing else")),
        ("took 2 extra paracetamol tablets by mistake for my back", (A, "feel fine")),
    ],
)
def test_one_extra_tablet_by_mistake_is_self_care(turns):
    assert rules_urgency(*turns) == "self_care"


@pytest.mark.parametrize(
    "turns, level",
    [
        # a count over the day's 8 tablets is A&E even if well (nhs.uk 'Paracetamol overdose')
        (("took 20 of the 500mg paracetamol last night, feel fine",), "emergency"),
        (("吃了一整盒对乙酰氨基酚，现在没什么感觉",), "emergency"),
        # a child's extra dose, or another medicine, is not this class
        (("孩子多吃了一次泰诺林", (G, "4岁")), "routine"),
        (("took one extra warfarin tablet",), "routine"),
        (("多吃了一片降压药",), "routine"),
        (("比说明书多吃了一片对乙酰氨基酚", (M, "今天一共吃了10片")), "routine"),
    ],
)
def test_extra_dose_look_alikes(turns, level):
    assert rules_urgency(*turns) != "self_care"
    if level == "emergency":
        assert rules_urgency(*turns) == "emergency"


# --- heat exhaustion cooled, the score fallen ------------------------------------------------


@pytest.mark.parametrize(
    "turns",
    [
        (
            "Went for a run in the heat, came back dizzy, headachy and sweating. Been lying in "
            "the shade with a fan and water for 20 mins and already feel loads better.",
            (S, "was 6/10, now about 2/10"),
        ),
        (
            "大热天跑步回来头晕头疼出了一身汗，在阴凉处吹风喝水躺了二十分钟，已经好多了",
            (S, "刚才6分，现在2分"),
        ),
    ],
)
def test_heat_exhaustion_cooled_with_the_score_fallen_is_self_care(turns):
    assert rules_urgency(*turns) == "self_care"


@pytest.mark.parametrize(
    "turns",
    [
        # still high after cooling
        (
            "Went for a run in the heat, dizzy and headachy. Lying in the shade with water for 20 "
            "mins and feel a bit better.",
            (S, "was 9/10, now 8/10"),
        ),
        # a headache that eased but came on like a thunderclap
        ("sudden worst headache of my life while running in the heat", (S, "was 10/10, now 4/10")),
        ("跑步时突然头痛，像被打了一棒，这辈子最痛", (S, "刚才10分，现在4分")),
        # confused after the heat (heatstroke)
        ("been in the sun all day, now confused and not sweating", (S, "was 7/10, now 3/10")),
    ],
)
def test_heat_look_alikes_are_not_self_care(turns):
    assert rules_urgency(*turns) != "self_care"


@pytest.mark.parametrize(
    "turns",
    [
        ("sudden worst headache of my life while running in the heat", (S, "was 10/10, now 4/10")),
        ("跑步时突然头痛，像被打了一棒，这辈子最痛", (S, "刚才10分，现在4分")),
        ("been in the sun all day, now confused and not sweating", (S, "was 7/10, now 3/10")),
    ],
)
def test_heat_emergencies_stay(turns):
    assert rules_urgency(*turns) == "emergency"
