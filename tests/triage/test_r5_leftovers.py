"""Classes left over from tuning set r5b: the testicle question for a boy or young man with tummy
or groin pain (NICE CKS Scrotal pain and swelling; nhs.uk Testicular torsion), a gradual onset told
in Chinese, black poo on iron tablets (nhs.uk Iron deficiency anaemia) and swollen ankles in
pregnancy (nhs.uk Swollen ankles, feet and fingers in pregnancy)."""

from __future__ import annotations

import pytest

from consult.triage import planner
from consult.triage.facts import TESTICLES, answer_about_testicles, find_onset
from consult.triage.planner import InterviewState, decide
from consult.triage.urgency import first_line_emergencies

from .turns import urgency_of


def _asked(*turns: str | tuple[str, str]) -> list[str]:
    """The facts the planner asks, answering every question with the next scripted answer."""
    rows: list[dict[str, str]] = []
    for turn in turns:
        if isinstance(turn, tuple):
            rows.append({"role": "assistant", "text": "?", "asked": turn[0]})
            rows.append({"role": "patient", "text": turn[1]})
        else:
            rows.append({"role": "patient", "text": turn})
    asked = [r["asked"] for r in rows if r["role"] == "assistant"]
    decision = decide(InterviewState.from_turns(rows))
    return [*asked, decision.fact] if decision.action == "ask" else asked


# --- 1. the testicle question ---------------------------------------------------------------

ASKS_TESTICLES = [
    (
        "my 14 year old has tummy pain and has been sick once",
        ("associated_symptoms", "he threw up again"),
    ),
    ("my son has sudden pain in his lower tummy", ("associated_symptoms", "no"), ("age", "12")),
    ("I'm a 19 year old guy with sudden pain in my groin", ("associated_symptoms", "felt sick")),
    ("儿子13岁，突然肚子痛，吐了一次", ("associated_symptoms", "没有别的")),
    ("我家男孩十五岁，小肚子疼得厉害", ("associated_symptoms", "他吐了")),
    ("我20岁，男的，大腿根突然疼", ("associated_symptoms", "有点恶心")),
]


@pytest.mark.parametrize("turns", ASKS_TESTICLES)
def test_boy_or_young_man_with_tummy_or_groin_pain_is_asked_about_testicles(turns):
    assert TESTICLES in _asked(*turns)


NOT_ASKED = [
    ("my daughter has tummy pain", ("associated_symptoms", "she was sick"), ("age", "12")),
    ("I'm 55 and he... no, I have tummy pain", ("associated_symptoms", "no")),
    ("my 60 year old husband has stomach pain, he was sick", ("associated_symptoms", "no")),
    ("女儿12岁，肚子痛", ("associated_symptoms", "她吐了")),
    ("my 14 year old son has a sore throat", ("associated_symptoms", "no")),
    # "he" in a woman's own message is someone else, not the patient
    (
        "I'm 22 and have tummy pain, my boyfriend thinks he gave me a bug",
        ("associated_symptoms", "no"),
    ),
    ("我22岁，肚子痛，月经推迟了", ("associated_symptoms", "他说让我来问问")),
    ("I'm 20 and have sudden tummy pain, he says it's nothing", ("associated_symptoms", "no")),
    (
        "my 14 year old son has pain in his left testicle and tummy",
        ("associated_symptoms", "he was sick"),
    ),
]


@pytest.mark.parametrize("turns", NOT_ASKED)
def test_testicle_question_not_asked_outside_the_class(turns):
    assert TESTICLES not in _asked(*turns)


def test_testicle_question_does_not_use_up_a_question():
    rows = [{"role": "patient", "text": "my 14 year old son has tummy pain and was sick"}]
    for _ in range(12):
        state = InterviewState.from_turns(rows)
        decision = decide(state)
        if decision.action != "ask":
            break
        rows += [
            {"role": "assistant", "text": "?", "asked": decision.fact},
            {"role": "patient", "text": "no"},
        ]
    asked = [r["asked"] for r in rows if r["role"] == "assistant"]
    assert TESTICLES in asked
    assert len(asked) <= planner.MAX_QUESTIONS + 2  # the age and testicle questions are extra
    assert len([a for a in asked if a not in (TESTICLES, "age")]) <= planner.MAX_QUESTIONS


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("yes, his left one is swollen", "yes"),
        ("one side looks swollen and sits a bit higher", "yes"),
        ("右边的蛋蛋肿了", "yes"),
        ("有点疼，一边高一点", "yes"),
        ("no", "none"),
        ("no pain or swelling there", "none"),
        ("没有，不肿也不疼", "none"),
        ("I don't know", None),
    ],
)
def test_testicle_answer(answer, expected):
    value = answer_about_testicles(answer)
    assert (value.split(":")[0] if value else None) == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # torsion told as tummy pain: a yes with sudden pain or vomiting is A&E
        (
            (
                "my 14 year old has tummy pain and was sick",
                (TESTICLES, "one side is swollen and higher"),
                ("onset_duration", "came on suddenly 2 hours ago"),
            ),
            "emergency",
        ),
        (
            (
                "儿子14岁，肚子痛，吐了",
                (TESTICLES, "左边蛋蛋肿了，很疼"),
                ("onset_duration", "突然开始的，两个小时"),
            ),
            "emergency",
        ),
        # the look-alike: a no to the testicle question leaves a tummy bug
        (
            (
                "my 14 year old has tummy pain and was sick",
                (TESTICLES, "no, nothing there"),
                ("onset_duration", "since this morning"),
            ),
            "not_emergency",
        ),
        (
            (
                "儿子14岁，肚子痛，吐了",
                (TESTICLES, "没有，不肿也不疼"),
                ("onset_duration", "今天早上开始"),
            ),
            "not_emergency",
        ),
    ],
)
def test_testicle_answer_triage(turns, expected):
    got = urgency_of(*turns, learned=False)
    assert got == expected if expected != "not_emergency" else got != "emergency"


# --- 2. gradual onset told in Chinese -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "onset"),
    [
        ("不是突然痛起来的", "gradual"),
        ("并不是一下子疼的", "gradual"),
        ("慢慢开始的", "gradual"),
        ("it wasn't sudden", "gradual"),
        ("it didn't come on suddenly", "gradual"),
        ("突然痛起来的", "sudden"),
        ("it came on suddenly", "sudden"),
    ],
)
def test_denied_sudden_onset_is_gradual(text, onset):
    assert find_onset(text) == onset


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("右边蛋蛋有点肿痛，两三天了", ("associated_symptoms", "有点发烧，不是突然痛起来的")),
            "urgent",
        ),
        (
            ("右边蛋蛋有点肿痛", ("onset_duration", "两三天了"), ("associated_symptoms", "没有")),
            "urgent",
        ),
        (("左边睾丸肿痛", ("onset_duration", "慢慢开始的，三天")), "urgent"),
        (
            (
                "my right testicle is swollen and sore",
                ("onset_duration", "it wasn't sudden, over a few days"),
            ),
            "urgent",
        ),
        # the dangerous look-alikes stay 999/A&E
        (("右边蛋蛋突然剧痛", ("onset_duration", "一个小时前突然痛起来的")), "emergency"),
        (("右边蛋蛋肿痛，还吐了", ("onset_duration", "半夜突然痛醒")), "emergency"),
        (("my left testicle suddenly started hurting badly an hour ago",), "emergency"),
        # told with no onset at all, a swollen painful testicle stays an emergency
        (("my right testicle is swollen and sore",), "emergency"),
        (("右边蛋蛋又肿又痛",), "emergency"),
    ],
)
def test_testicle_pain_onset(turns, expected):
    assert urgency_of(*turns, learned=False) == expected


# --- 3. self-care classes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            (
                "这几天大便有点黑",
                ("onset_duration", "吃补铁药以后"),
                ("associated_symptoms", "不头晕，胃也不痛"),
            ),
            "self_care",
        ),
        (("大便发黑，在吃硫酸亚铁", ("associated_symptoms", "没有别的不舒服")), "self_care"),
        (
            (
                "my poo has gone black since I started iron tablets",
                ("associated_symptoms", "no, I feel fine"),
            ),
            "self_care",
        ),
        (
            (
                "black stools for a week",
                ("medications", "ferrous sulfate for anaemia"),
                ("associated_symptoms", "nothing else"),
            ),
            "self_care",
        ),
        # look-alikes: tarry poo with dizziness or pain, black poo without iron: not self-care
        (("大便黑得像柏油，头晕，心慌", ("medications", "在吃补铁药")), "not_self_care"),
        (("black tarry stools and I feel dizzy", ("medications", "iron tablets")), "not_self_care"),
        (
            (
                "这几天大便有点黑",
                ("medications", "没有吃药"),
                ("associated_symptoms", "胃痛，头晕"),
            ),
            "not_self_care",
        ),
    ],
)
def test_black_stool_on_iron(turns, expected):
    got = urgency_of(*turns, learned=False)
    assert got == expected if expected != "not_self_care" else got != "self_care"


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("怀孕32周，这几天傍晚脚有点肿", ("associated_symptoms", "没有头痛，看东西清楚")),
            "self_care",
        ),
        (("孕30周，两只脚踝都肿了，早上就消了", ("associated_symptoms", "没有")), "self_care"),
        (
            (
                "I'm 34 weeks pregnant and my ankles are swollen by the evening",
                ("associated_symptoms", "no headache, vision fine"),
            ),
            "self_care",
        ),
        # look-alikes: pre-eclampsia signs or one swollen leg are not self-care
        (
            ("怀孕34周，脚肿，脸和手也突然肿了", ("associated_symptoms", "头痛，看东西模糊")),
            "emergency",
        ),
        (
            ("34 weeks pregnant, feet swollen, a bad headache and blurred vision",),
            "emergency",
        ),
        (("怀孕32周，脚肿", ("associated_symptoms", "头很痛")), "not_self_care"),
        (
            ("I'm 30 weeks pregnant and my face and hands have suddenly swollen up",),
            "not_self_care",
        ),
        (("怀孕28周，一条腿小腿肚肿，很疼",), "not_self_care"),
    ],
)
def test_swollen_ankles_in_pregnancy(turns, expected):
    got = urgency_of(*turns, learned=False)
    assert got == expected if expected != "not_self_care" else got != "self_care"


@pytest.mark.parametrize(
    ("message", "at_once"),
    [
        # sudden, severe or with vomiting: 999/A&E from the first message
        ("早上起来右边睾丸剧痛，又硬又肿", True),
        ("睾丸肿痛，疼得受不了", True),
        ("my left testicle is swollen and hurts, it came on suddenly", True),
        ("右边蛋蛋突然肿痛，还吐了", True),
        # no onset told yet: the interview asks before it decides (gradual is urgent GP / 111)
        ("右边蛋蛋有点肿痛", False),
        ("my right testicle is swollen and sore", False),
    ],
)
def test_testicle_pain_first_line(message, at_once):
    assert ("testicular_pain" in first_line_emergencies([message])) is at_once


# --- r5c: a known epilepsy's usual seizure that has ended (urgency.py's discriminator) ------------


@pytest.mark.parametrize(
    ("messages", "emergency"),
    [
        (
            [
                "my brother had one of his seizures this morning",
                "this morning, it lasted about a minute",
                "he came round after a few minutes and he's back to normal now",
                "he has had epilepsy since he was 10",
            ],
            False,
        ),
        (
            [
                "I have epilepsy and had my usual kind of fit, it stopped after a minute",
                "I'm back to normal",
            ],
            False,
        ),
        (["他有癫痫，今天早上又抽搐了一次，一分钟左右就停了，现在醒过来了，跟平时一样"], False),
        # the 999 look-alikes (nhs.uk Epilepsy): first seizure, over 5 minutes, not come round,
        # one after another, injury, breathing trouble, or no known epilepsy
        (
            [
                "my brother had a seizure, he came round after a minute",
                "first seizure he's ever had",
            ],
            True,
        ),
        (["he has epilepsy, the seizure lasted 10 minutes, he came round now"], True),
        (["she has epilepsy, had a fit and hasn't come round yet"], True),
        (["he has epilepsy, had one of his seizures and came round, then had another one"], True),
        (["他有癫痫，抽搐了五分钟多，现在醒过来了"], True),
        (["他有癫痫，刚才抽搐了一下，磕到头了，现在醒了"], True),
        (["my son had a seizure, he's back to normal now"], True),
        (["孩子第一次抽搐，一分钟就停了，现在醒了"], True),
    ],
)
def test_usual_seizure_in_known_epilepsy(messages, emergency):
    from consult.triage.urgency import classify

    assert (classify(messages, {}).level == "emergency") is emergency
