"""Round 8h red-flag class: acute urinary retention. Not able to pee at all now (with a time or
"at all"), or not peeing for hours with a swollen, hard lower tummy or bad pain there, told in
any message and for someone else too, is an emergency (nhs.uk 'Urinary retention': call 999 or
go to A&E if you cannot pee at all; NICE CKS 'LUTS in men'). Peeing less from drinking little,
slow or hard-to-start peeing for years, shyness in public toilets, a urine infection, a baby's
fewer wet nappies and denials are not."""

# ruff: noqa: E501 -- one conversation per line reads better than wrapped strings.
import pytest

from .turns import check_screen_row, rules_urgency

# the redflags rule, or urgency.py's registered screen that speaks first with its own code
AUR = ("urinary_retention_acute", "urinary_retention")
NONE = ""

RETENTION_ROWS: list[tuple[list[str], str | tuple[str, ...], str]] = [
    (
        ["my father in law hasnt been able to go for a wee today, he says he'll drink more water"],
        AUR,
        NONE,
    ),
    (["I can't pee at all"], AUR, NONE),
    (["cant pee at all since last night"], AUR, NONE),
    (["haven't been able to wee since 6am"], AUR, NONE),
    (["my husband has not been able to urinate for 10 hours"], AUR, NONE),
    (["my dad can't pee, his lower tummy is swollen and hard"], AUR, NONE),
    (["grandad couldn't pee, lower belly is rock hard and bulging"], AUR, NONE),
    (["I haven't peed since this morning and the bottom of my belly is killing me"], AUR, NONE),
    (["can't pee, my bladder feels like it's going to burst"], AUR, NONE),
    (["my bladder is bursting but I can't go"], AUR, NONE),
    # the key fact told in an answer
    (["my dad's not peed since breakfast", "lower tummy, it's swollen and hard"], AUR, NONE),
    (["hasn't been able to pee", "74", "lower tummy, swolen and tight"], AUR, NONE),
    (
        [
            "bit embarrassing, a question for my dad",
            "he can't wee, nothing comes out",
            "lower tummy, it's swollen and hard",
        ],
        AUR,
        NONE,
    ),
    (
        [
            "his belly hurts",
            "last passed urine at about 6am, now 5pm",
            "lower tummy is swollen and hard",
        ],
        AUR,
        NONE,
    ),
    # Chinese
    (["我爸尿不出来了"], AUR, NONE),
    (["憋着尿尿不出来"], AUR, NONE),
    (["一滴尿都尿不出"], AUR, NONE),
    (["我爸一天没尿了，小肚子胀得硬"], AUR, NONE),
    (["我爸一天尿不出来，小肚子胀得硬"], AUR, NONE),
    (["我岳父从早上到现在没尿，下腹胀得厉害"], AUR, NONE),
    (["我爸尿不出来，小肚子疼得厉害"], AUR, NONE),
    (["老爷子十几个小时解不出小便"], AUR, NONE),
    (["我爸前列腺增生", "从昨晚到现在尿不出", "小肚子鼓起来硬硬的"], AUR, NONE),
    # look-alikes and denials
    (["I'm peeing less because I'm not drinking much"], NONE, NONE),
    (["weeing normally, no trouble peeing"], NONE, NONE),
    (["no problems passing urine"], NONE, NONE),
    (["I can't pee in public toilets"], NONE, NONE),
    (["I can't pee when someone is standing next to me"], NONE, NONE),
    (["it's been hard to start peeing for years"], NONE, NONE),
    (["slow to pee for years, getting up at night to wee"], NONE, NONE),
    (["can't pee properly, stings when I wee, lower tummy aches"], NONE, NONE),
    (["my lower tummy is bloated before my period"], NONE, NONE),
    (["lower tummy pain, 3/10, weeing fine"], NONE, NONE),
    (["尿不出来"], NONE, NONE),
    (["小便正常，没有尿不出来"], NONE, NONE),
    (["不是尿不出来，就是尿频"], NONE, NONE),
    (["尿频尿急，想尿又尿不出来，小肚子有点疼"], NONE, NONE),
    (["这几年尿得慢，起夜两三次"], NONE, NONE),
    (["小肚子胀，尿还正常"], NONE, NONE),
    (["在公共厕所尿不出"], NONE, NONE),
]


@pytest.mark.parametrize(("messages", "emergency", "urgent"), RETENTION_ROWS)
def test_r8h_urinary_retention(
    messages: list[str], emergency: str | tuple[str, ...], urgent: str
) -> None:
    check_screen_row(messages, emergency, urgent)


# A baby's fewer wet nappies stays its own class (dehydration), not urinary retention.
def test_r8h_baby_nappies_not_retention() -> None:
    from consult.triage.redflags import flag_codes, screen_conversation

    for messages in (
        ["my 4 month old has had fewer wet nappies today"],
        ["宝宝今天尿不湿都是干的"],
    ):
        assert not set(AUR) & set(flag_codes(screen_conversation(messages))), messages


# The interview: the whole conversation of an older man told by a relative is an emergency.
def test_r8h_retention_interview() -> None:
    assert (
        rules_urgency(
            "my father in law hasnt been able to go for a wee today",
            ("age", "74"),
            ("onset_duration", "last passed urine at about 6am, now 5pm"),
            ("severity", "he says 8/10 and he's pacing"),
            ("location", "lower tummy, it's swollen and hard"),
        )
        == "emergency"
    )
