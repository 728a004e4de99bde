"""Round 5: the scope of the emergency red flags on part of the story.

In the product an emergency found on the first messages is sticky (consult/ai/screening.py): the
advice is shown and the interview stops. A rule that needs a discriminating detail must not fire
on a message that lacks it; the interview then asks, and the detail fires it when it comes.
Each class is tested in both languages, with a look-alike that must still fire.
"""

import pytest

from consult.triage.redflags import flag_codes, screen_conversation, urgent_findings


def _codes(*messages: str) -> set[str]:
    return set(flag_codes(screen_conversation(list(messages))))


def _urgent(*messages: str) -> set[str]:
    return set(flag_codes(urgent_findings(list(messages))))


# --- a lot of blood at the time: the discriminator is whether it stopped (nhs.uk Cuts and grazes)
@pytest.mark.parametrize(
    "first",
    [
        "cut my finger with a kitchen knife, there was a lot of blood",
        "切菜切到手指，当时出了不少血",
    ],
)
def test_a_lot_of_blood_at_the_time_waits_for_whether_it_stopped(first: str) -> None:
    assert "heavy_bleeding" not in _codes(first)


@pytest.mark.parametrize(
    ("messages", "fires"),
    [
        (("做饭的时候切到手指了", "当时出了不少血", "现在还在流，止不住"), True),
        (("cut my finger, there was a lot of blood", "it's still bleeding and won't stop"), True),
        (("做饭的时候切到手指了", "当时出了不少血", "用纸巾按了几分钟血就止住了，口子不深"), False),
        (("I cut my arm and there's a lot of blood",), True),
        (("流了很多血",), True),
    ],
)
def test_bleeding_that_goes_on_still_fires(messages: tuple[str, ...], fires: bool) -> None:
    assert ("heavy_bleeding" in _codes(*messages)) is fires


# --- one numb leg with back pain is sciatica (nhs.uk Sciatica), in one message or across two
@pytest.mark.parametrize(
    "messages",
    [
        ("腰疼好几天了，右腿有点麻",),
        ("腰疼好几天了", "右腿有点麻"),
        ("My lower back hurts and my left leg is numb",),
        ("sciatica again", "my right foot is tingling"),
    ],
)
def test_one_numb_leg_with_back_pain_is_not_a_stroke(messages: tuple[str, ...]) -> None:
    assert "stroke" not in _codes(*messages)


@pytest.mark.parametrize(
    "messages",
    [
        ("腰疼好几天了", "突然右腿没劲"),
        ("my left leg went numb and weak suddenly",),
        ("my right arm is numb and my back hurts",),
    ],
)
def test_weakness_or_numbness_elsewhere_is_still_a_stroke(messages: tuple[str, ...]) -> None:
    assert "stroke" in _codes(*messages)


# --- a fish bone stuck is not a blocked airway (nhs.uk Choking)
@pytest.mark.parametrize(
    "messages",
    [
        ("吃鱼被鱼刺卡住了，咳不出来",),
        ("吃鱼被鱼刺卡住了", "咳不出来"),
        ("I've got a fish bone stuck in my throat and can't cough it out",),
        ("孩子被鱼刺卡住了，一直哭",),
    ],
)
def test_a_stuck_fish_bone_is_not_severe_breathing(messages: tuple[str, ...]) -> None:
    assert "severe_breathing" not in _codes(*messages)


@pytest.mark.parametrize(
    "text",
    [
        "鱼刺卡住了，喘不上气，嘴唇发紫",
        "孩子吃果冻噎住了，咳不出声",
        "a grape is stuck in his throat",
    ],
)
def test_choking_and_a_bone_with_breathing_signs_still_fire(text: str) -> None:
    assert "severe_breathing" in _codes(text)


@pytest.mark.parametrize(
    "messages",
    [
        ("鱼刺卡住了", "口子疼", "现在嘴唇发紫"),
        ("fish bone stuck in my throat", "now his lips are going blue"),
    ],
)
def test_a_stuck_bone_with_a_later_breathing_sign_fires(messages: tuple[str, ...]) -> None:
    assert "severe_breathing" in _codes(*messages)


# --- a panic attack told as a bounded episode with a fear of dying (nhs.uk Panic disorder)
def test_a_bounded_panic_episode_is_not_a_breathing_emergency() -> None:
    text = (
        "out of nowhere my heart pounds, I can't breathe, my hands tingle and I think "
        "I'm going to die, lasts about 10 min"
    )
    assert "severe_breathing" not in _codes(text)
    assert "severe_breathing" in _codes("I can't breathe and I think I'm going to die")


# --- a known epilepsy's usual seizure told as over hours ago (nhs.uk Epilepsy)
def test_a_usual_seizure_hours_ago_waits_for_the_danger_signs() -> None:
    first = "my brother had one of his seizures this morning"
    assert "unconscious_seizure" not in _codes(first)
    assert "unconscious_seizure" in _codes(first, "it lasted about ten minutes")
    assert "unconscious_seizure" in _codes("my daughter had a seizure this morning")


# --- a duration of a month is not a one-month-old baby
def test_a_month_as_a_duration_is_not_an_infant() -> None:
    story = (
        "这段时间走几步路就喘，晚上躺平了就憋气，要垫两个枕头，脚脖子肿得一按一个坑",
        "体重涨了，尿少",
        "一个月，越来越重",
    )
    assert _codes(*story) == set()
    assert "severe_breathing" in _codes("孩子一个月，发烧，喘得厉害，不吃奶")


# --- suicidal thoughts without a plan are urgent; a plan or the child: 999
@pytest.mark.parametrize(
    "text",
    [
        "想死但没打算",
        "我最近总是想死，但没有具体计划",
        "I want to die but I have no plans to act on it",
    ],
)
def test_suicidal_thoughts_without_a_plan_are_urgent(text: str) -> None:
    assert _codes(text) == set()
    assert "suicidal_thoughts" in _urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "产后一个月，想带着孩子一起死",
        "I want to take the baby with me, I can't go on",
        "想死，药已经攒好了",
        "我不打算活了",
        "I want to kill myself",
    ],
)
def test_a_plan_or_the_child_is_an_emergency(text: str) -> None:
    assert "suicide_self_harm" in _codes(text)


def test_third_parties_and_hyperbole_do_not_fire() -> None:
    assert _codes("她没有想死的念头") == set()
    assert _codes("I'm going to kill my son if he doesn't tidy his room") == set()
    assert _urgent("I'm going to kill my son if he doesn't tidy his room") == set()


# --- misses found by probes
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("我儿子喝了家里的84消毒液", "overdose_poisoning"),
        ("奶奶吃了柜子里的老鼠药", "overdose_poisoning"),
        ("我爸脸一边耷拉下来了", "stroke"),
        ("孩子身上有压不褪的紫点", "meningitis"),
        ("孩子抽了", "unconscious_seizure"),
        ("宝宝发烧39度，突然抽起来了", "unconscious_seizure"),
        ("孩子发烧抽了好几分钟", "unconscious_seizure"),
    ],
)
def test_probe_misses_fire(text: str, code: str) -> None:
    assert code in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "吃完饭用84消毒液拖地，手有点痒",
        "我没有喝84消毒液，只是闻到了味道",
        "孩子身上的红点压了会褪色",
        "我爸抽烟很多，咳嗽",
        "抽了一根烟就咳嗽",
        "腿抽筋了",
        "今天去抽血了，头晕",
        "我儿子有癫痫，昨天晚上抽了一次，现在已经好了",
    ],
)
def test_probe_look_alikes_do_not_fire(text: str) -> None:
    assert _codes(text) == set()
