"""Round 5b: emergencies told mildly or indirectly (bench/vignettes_r5b.json, a tuning set), by
class of phrasing and in both languages, and the self-care safety net (learned.self_care_floor)."""

from __future__ import annotations

import pytest

from consult.triage import context, learned, redflags
from consult.triage.redflags import flag_codes, screen_conversation

from .turns import urgency_of


def _codes(*messages: str) -> set[str]:
    return set(flag_codes(screen_conversation(list(messages))))


# --- the presenting complaint combines with the companions told in later answers -------------


@pytest.mark.parametrize(
    "messages",
    [
        # nhs.uk Heart attack: it can feel like indigestion; NICE CG95: atypical in older people
        # and people with diabetes
        (
            "我爸说胃不太舒服，像是消化不良，吃了胃药也没用",
            "大概一个小时了",
            "他说不怎么疼，就是闷",
            "有点气短，出了一身冷汗，手也凉",
        ),
        (
            "probably just indigestion, sorry to bother you",
            "about 40 minutes",
            "maybe 4 out of 10",
            "she's a bit short of breath and gone clammy",
        ),
    ],
)
def test_indigestion_told_first_with_sweat_and_breathlessness_later_is_cardiac(messages):
    assert "chest_pain_cardiac" in _codes(*messages)


def test_indigestion_told_first_without_cardiac_companions_is_not_flagged():
    assert _codes("burning indigestion after a curry", "since last night", "2 out of 10") == set()
    assert _codes("胃不舒服，消化不良", "两天了", "没有出汗，也不气短") == set()


def test_a_clumsy_hand_told_first_with_a_droopy_mouth_later_is_a_stroke():
    messages = ("my dad's a bit clumsy with his right hand this morning", "since breakfast",
                "his mouth looks a bit droopy when he smiles")  # fmt: skip
    assert "stroke" in _codes(*messages)


def test_a_clumsy_hand_for_months_alone_is_not_a_stroke():
    assert _codes("my right hand has been a bit clumsy lately", "a couple of months") == set()


def test_no_wind_told_later_with_vomiting_is_bowel_obstruction():
    messages = ("我爸这两天肚子胀，没大便，可能就是便秘", "他说能忍",
                "从昨天开始连屁也不放了，吐了好几次")  # fmt: skip
    assert _codes(*messages) == {"bowel_obstruction"}
    assert urgency_of(*messages, learned=False) == "emergency"


def test_constipation_with_wind_and_no_vomiting_is_not_an_emergency():
    messages = ("这几天大便不太通，肚子有点胀", "三四天没大便了", "有放屁，没有吐，胃口还行")
    assert _codes(*messages) == set()
    assert urgency_of(*messages, learned=False) != "emergency"


# --- negation, other uses of the same words ---------------------------------------------------


@pytest.mark.parametrize(
    "before",
    ["没有想过伤害自己或者", "没有胸闷、气短或者", "从来没有头晕和", "否认胸痛及"],
)
def test_a_denial_spans_the_items_it_coordinates(before):
    assert context.negated_zh_list(before)


@pytest.mark.parametrize("before", ["想过伤害自己或者", "没有发烧但是咳嗽和", "头晕和", "没有"])
def test_an_affirmed_list_is_not_denied(before):
    assert not context.negated_zh_list(before)


def test_denied_suicidal_thoughts_in_a_list_raise_no_flag_but_affirmed_ones_do():
    assert _codes("睡得不好，没有想过伤害自己或者轻生") == set()
    assert _codes("睡得不好，想过伤害自己或者轻生") == {"suicide_self_harm"}


def test_charcoal_for_heating_is_not_a_suicide_method_told():
    assert "suicide" not in redflags._affirmed("最近天冷在屋里烧炭盆取暖，窗户关着")
    assert "suicide" in redflags._affirmed("他说想烧炭")


def test_a_teenager_is_not_a_child_under_five():
    assert "child_under5" not in redflags._affirmed("my 14 year old has tummy pain")
    assert "child_under5" in redflags._affirmed("my 4 year old has tummy pain")


# --- the self-care safety net -----------------------------------------------------------------


def test_floor_leaves_every_urgency_but_self_care_unchanged(monkeypatch):
    monkeypatch.setattr(learned, "emergency_probability", lambda messages: 0.99)
    for urgency in ("routine", "urgent", "emergency"):
        floor = learned.self_care_floor(urgency, ["anything"])
        assert floor.urgency == urgency and not floor.raised


def test_floor_raises_self_care_to_urgent_never_to_emergency(monkeypatch):
    threshold = learned.SELF_CARE_FLOOR_THRESHOLD
    monkeypatch.setattr(learned, "emergency_probability", lambda messages: threshold)
    floor = learned.self_care_floor("self_care", ["anything"])
    assert floor.urgency == "urgent" and floor.raised
    assert "Safety net" in floor.reason_en and "安全兜底" in floor.reason_zh
    monkeypatch.setattr(learned, "emergency_probability", lambda messages: threshold - 0.01)
    floor = learned.self_care_floor("self_care", ["anything"])
    assert floor.urgency == "self_care" and not floor.raised


def test_the_learned_threshold_for_emergency_is_unchanged_and_above_the_floor():
    assert learned.EMERGENCY_THRESHOLD == 0.80  # bench/learned_fresh.py (round 7)
    assert 0 < learned.SELF_CARE_FLOOR_THRESHOLD < learned.EMERGENCY_THRESHOLD


@pytest.mark.parametrize(
    "messages",
    [
        ["I have a mild runny nose and a bit of a sore throat since yesterday, no fever"],
        ["喉咙有点痛，流鼻涕，两天了，疼痛2分"],
        ["got stung by a wasp on my hand, it's a bit swollen and itchy", "breathing fine"],
    ],
)
def test_floor_keeps_plain_self_care(messages):
    assert learned.self_care_floor("self_care", messages).urgency == "self_care"


def test_floor_stops_an_emergency_the_rules_leave_at_self_care():
    # bowel obstruction told in words no rule knows (faeculent vomiting, no wind): the model's
    # P(emergency) is above the floor, below the emergency threshold
    messages = ["my grandad's belly is tight as a drum and he is vomiting dark brown stuff",
                "nothing has come out of his back passage for 3 days, not even wind"]  # fmt: skip
    floor = learned.self_care_floor("self_care", messages)
    assert floor.probability >= learned.SELF_CARE_FLOOR_THRESHOLD
    assert floor.urgency == "urgent"


# --- downplaying is not a denial; "just" ends a denial's scope --------------------------------


@pytest.mark.parametrize(
    ("before", "negated"),
    [
        ("no big deal, just some ", False),
        ("nothing serious i think, her ", False),
        ("no chest pain, just ", False),
        ("没什么大事就是", False),
        ("不想麻烦医生，", False),
        ("no ", True),
        ("no big deal, but no ", True),
        ("没有", True),
    ],
)
def test_downplaying_and_just(before, negated):
    from consult.triage.lang import is_negated

    assert is_negated(context._undownplayed(before)) is negated


@pytest.mark.parametrize(
    ("messages", "code"),
    [
        (("my baby's a bit grumpy today", "she keeps doing a high pitched cry"), "sick_child"),
        (("宝宝今天有点闹", "哭声特别尖，跟平时不一样"), "sick_child"),
        (
            ("really thirsty and weeing loads", "now she's throwing up and breathing fast"),
            "diabetic_emergency",
        ),
        (("怀孕35周，头有点痛", "右边肋骨下面痛"), "pre_eclampsia_signs"),
    ],
)
def test_mild_first_message_with_the_danger_in_a_later_answer(messages, code):
    assert code in _codes(*messages)


def test_a_young_child_told_in_the_first_message_is_still_the_patient_answers_later():
    messages = ("my baby has a temperature", "since this morning", "all over", "moderate",
                "nothing", "she has gone floppy")  # fmt: skip
    assert "sick_child" in _codes(*messages)
    messages = (
        "宝宝今天有点闹",
        "早上开始",
        "说不清",
        "哄不好",
        "没吃药",
        "哭声特别尖，跟平时不一样",
    )
    assert "sick_child" in _codes(*messages)


def test_an_adult_told_first_is_not_made_a_child_by_later_answers():
    messages = ("I have a headache", "since this morning", "forehead", "moderate", "nothing",
                "I feel a bit floppy and tired")  # fmt: skip
    assert _codes(*messages) == set()
