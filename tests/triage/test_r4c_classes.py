"""Round-4 classes fixed on set r4c (issue 8): ectopic signs told in lay words, sudden versus
gradual testicle pain, antiplatelets and anticoagulants with a head injury, a child's minor head
bump, a simple faint in the heat, a settled panic attack, piles that bleed, confusion about a
choice, hot flushes, sudden one-sided hearing loss, shingles on one side, an eye scratched by a
branch and a tingling cold sore. New phrasings in both languages, not copies of the set's cases."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from consult.triage.urgency import classify

from .turns import urgency_of


def _urgency(*turns: str | tuple[str, str]) -> str:
    # the rules alone: the learned second opinion (learned.py) is tested on its own
    return urgency_of(*turns, learned=False)


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk Ectopic pregnancy: late period + tummy pain + pallor / near-fainting / shoulder tip -> 999
        (
            [
                "my wife's period is nearly a week late, she's got pain low down on the right and has gone really pale",
                ("age", "31"),
            ],
            "emergency",
        ),
        (["例假晚了十来天，今天小肚子一边疼，刚才差点昏过去", ("age", "26")], "emergency"),
        # nhs.uk Testicle pain: sudden -> A&E; gradual -> urgent GP / 111
        (
            ["my son woke up in the night with a really bad ache in his balls", ("age", "16")],
            "emergency",
        ),
        (["睾丸忽然疼起来了，半个小时了", ("age", "22")], "emergency"),
        (
            [
                "one of my testicles has slowly got more tender over the past week",
                ("age", "35"),
                ("onset_duration", "a week"),
            ],
            "urgent",
        ),
        (["阴囊这几天逐渐有点胀疼", ("age", "40"), ("onset_duration", "五天")], "urgent"),
        # NICE NG232: anticoagulants and antiplatelets other than aspirin alone
        (
            [
                "dad slipped and hit his head on the cupboard, he's on ticagrelor after his stent",
                ("age", "70"),
            ],
            "emergency",
        ),
        (["我爸在浴室滑倒磕到了后脑勺，他一直吃波立维", ("age", "72")], "emergency"),
        # nhs.uk Head injury: a child's minor bump, acting normally -> home care
        (
            [
                "my daughter banged her head on the coffee table, little bump but she's playing fine",
                ("age", "5"),
                ("onset_duration", "an hour ago"),
                ("severity", "mild"),
            ],
            "self_care",
        ),
        (
            [
                "女儿额头撞到桌角了，起了个小包，跟平时一样",
                ("age", "6"),
                ("onset_duration", "刚才"),
                ("severity", "不严重"),
            ],
            "self_care",
        ),
        # nhs.uk Panic disorder: a settled panic attack -> GP
        (
            [
                "had what I think was an anxiety attack on the train, heart suddenly pounding, gone after 15 minutes",
                ("age", "30"),
                ("onset_duration", "yesterday"),
            ],
            "routine",
        ),
        # nhs.uk Piles: bleeding piles beyond a week -> GP (A&E only for heavy, non-stop bleeding)
        (
            [
                "my haemorrhoids have been bleeding when I go to the toilet for about 10 days",
                ("age", "45"),
                ("onset_duration", "10 days"),
            ],
            "routine",
        ),
        (["痔疮又犯了，大便带血十来天了", ("age", "50"), ("onset_duration", "十来天")], "routine"),
        # MTS altered conscious level: being confused about a choice is not confusion
        (
            [
                "I'm a bit confused about whether to take my tablets with food, I've had a cough",
                ("age", "40"),
                ("onset_duration", "3 days"),
            ],
            "self_care",
        ),
        # NICE CKS Menopause: hot flushes are not a fever
        (
            ["最近总是阵阵出汗发热，月经也不规律了", ("age", "50"), ("onset_duration", "三个月")],
            "routine",
        ),
        # nhs.uk Sudden hearing loss -> urgent GP / 111
        (["can't hear anything out of my left ear since I woke up", ("age", "50")], "urgent"),
        (
            ["since this morning I can't hear people on my right side at all", ("age", "44")],
            "urgent",
        ),
        # nhs.uk Shingles -> urgent GP / 111
        (
            ["burning on one side of my chest and now little blisters have come up", ("age", "60")],
            "urgent",
        ),
        # nhs.uk Eye injuries: scratched eye -> urgent care
        (["眼睛被猫爪子刮了一下，一直流泪", ("age", "30")], "urgent"),
        # nhs.uk Cold sores: a pharmacist
        (
            [
                "itchy spot on my bottom lip, I get cold sores now and then",
                ("age", "28"),
                ("onset_duration", "today"),
                ("severity", "mild"),
            ],
            "self_care",
        ),
    ],
)
def test_r4c_classes(turns: list[str | tuple[str, str]], urgency: str) -> None:
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    ("messages", "codes"),
    [
        # nhs.uk Fainting / Heatstroke: a single faint in the heat that came round at once is no
        # heatstroke for the urgency discriminators (999 when still confused, fitting, or not recovering)
        (
            [
                "I passed out at the festival in the heat, came round in a few seconds and feel fine now"
            ],
            [],
        ),
        (["在太阳底下晕倒了，几秒钟就醒过来了，现在没事了"], []),
        (["he collapsed in the heat and is still muddled"], ["heatstroke"]),
        (["高温下干活晕倒了，现在说胡话"], ["heatstroke"]),
    ],
)
def test_heat_faint_discriminator(messages: list[str], codes: list[str]) -> None:
    found = [c for c in classify(messages, {"age": "30"}).codes if c == "heatstroke"]
    assert found == codes


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # MTS 'altered conscious level': disorientation told as "confused about where he is" stays
        (
            [
                "my dad is confused about where he is and what day it is",
                ("onset_duration", "today"),
            ],
            "urgent",
        ),
        (
            [
                "I'm confused by the instructions on my inhaler, I've got a cold",
                ("onset_duration", "2 days"),
            ],
            "self_care",
        ),
        # nhs.uk Head injury / NICE NG232: a bump at 65 or over, or under 1, still needs a clinician
        (
            [
                "my 80 year old mum bumped her head on the door, she is acting normally",
                ("onset_duration", "today"),
            ],
            "urgent",
        ),
        (["我80岁的妈妈头磕了一下，跟平时一样", ("onset_duration", "今天")], "urgent"),
        # a negated testicle pain is no testicle pain
        (["蛋蛋不疼，就是大腿根有点痒", ("onset_duration", "两天")], "self_care"),
    ],
)
def test_r4c_boundaries(turns: list[str | tuple[str, str]], urgency: str) -> None:
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk Shingles: urgent GP / 111 when the rash is near the eyes
        (
            [
                "painful blisters on my forehead going into my eyebrow, it burned for 2 days first",
                ("onset_duration", "2 days"),
                ("severity", "5"),
            ],
            "urgent",
        ),
        (
            [
                "眉毛上面起了几个水泡，之前那块皮火辣辣地疼",
                ("onset_duration", "三天"),
                ("severity", "5"),
            ],
            "urgent",
        ),
        # nhs.uk Sudden hearing loss: urgent GP / 111
        (
            [
                "my hearing went in one ear overnight, everything is muffled on the left",
                ("onset_duration", "since yesterday"),
            ],
            "urgent",
        ),
        (["左耳突然嗡的一下，什么都听不清了", ("onset_duration", "今天早上")], "urgent"),
        # earwax after a cold stays self-care (nhs.uk Earwax build-up)
        (
            [
                "ears feel a bit blocked and muffled after my cold",
                ("onset_duration", "a week"),
                ("severity", "2"),
            ],
            "self_care",
        ),
        # nhs.uk Eye injuries: metal or glass in the eye
        (["干活时眼睛崩进了铁渣，一直流眼泪", ("onset_duration", "今天")], "urgent"),
    ],
)
def test_r4c_ear_eye_skin(turns: list[str | tuple[str, str]], urgency: str) -> None:
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk Testicular lumps and swellings: a painless swelling or lump is a GP matter
        (
            [
                "one of my balls looks a bit swollen but it doesn't hurt",
                ("onset_duration", "a few weeks"),
            ],
            "routine",
        ),
        (["阴囊有点肿，不疼不痒，好几个月了", ("onset_duration", "几个月")], "routine"),
        # painful swelling that did not come on gradually stays an emergency (nhs.uk Testicle pain)
        (
            [
                "his testicle is swollen and painful since this morning",
                ("onset_duration", "this morning"),
                ("severity", "6"),
            ],
            "emergency",
        ),
    ],
)
def test_r4c_testicle_swelling(turns: list[str | tuple[str, str]], urgency: str) -> None:
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk Cauda equina syndrome: A&E for numbness when wiping ("can't really feel")
        (
            [
                "back pain for a week and now I can't really feel it when I wipe",
                ("onset_duration", "a week"),
            ],
            "emergency",
        ),
        # nhs.uk Jaundice: A&E with a high temperature, shivering or tummy pain
        (
            [
                "gone completely yellow and shivering, with pain under my right ribs",
                ("onset_duration", "two days"),
            ],
            "emergency",
        ),
        (["she's gone a bit yellow and has a fever", ("onset_duration", "2 days")], "emergency"),
        # nhs.uk DVT: one swollen, tender calf -> urgent GP / 111
        (
            [
                "小腿肚子一边肿了，按着疼，前几天刚做完膝盖手术",
                ("onset_duration", "两天"),
                ("severity", "5"),
            ],
            "urgent",
        ),
        # nhs.uk Appendicitis: lower-right pain with loss of appetite ("不想吃饭")
        (["肚子右下边疼了一天了，越来越疼，不想吃饭", ("onset_duration", "一天")], "emergency"),
        # yellow phlegm is no jaundice
        (
            [
                "my phlegm has gone really yellow and I have a temperature",
                ("onset_duration", "4 days"),
            ],
            "urgent",
        ),
    ],
)
def test_r4c_lay_emergencies(turns: list[str | tuple[str, str]], urgency: str) -> None:
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk Blood in urine: see a GP; urgent GP / 111 with a temperature or side pain
        (
            [
                "there's blood in my wee but it doesn't hurt",
                ("onset_duration", "today"),
                ("severity", "0"),
            ],
            "routine",
        ),
        (["小便是红色的，不疼不痒", ("onset_duration", "今天"), ("severity", "不疼")], "routine"),
        (
            [
                "peeing blood with a fever and pain in my side",
                ("onset_duration", "today"),
                ("severity", "6"),
            ],
            "urgent",
        ),
        (["尿血，还发烧，腰疼", ("onset_duration", "今天"), ("severity", "5")], "urgent"),
        # nhs.uk Urinary retention: unable to pee now (clots) -> A&E; slow to start -> GP
        (["尿里全是血块，尿不出来了", ("onset_duration", "今天")], "emergency"),
        (["尿不出来了要等好久，尿线细", ("onset_duration", "半年")], "routine"),
        # nhs.uk Post-menopausal bleeding: see a GP
        (
            [
                "some spotting again, I went through the menopause years ago",
                ("onset_duration", "a week"),
                ("severity", "1"),
            ],
            "routine",
        ),
        (
            ["绝经三年了，这两天内裤上有点血", ("onset_duration", "两天"), ("severity", "不疼")],
            "routine",
        ),
    ],
)
def test_r4c_gp_bleeding(turns: list[str | tuple[str, str]], urgency: str) -> None:
    assert _urgency(*turns) == urgency


@pytest.mark.parametrize(
    ("turns", "urgency"),
    [
        # nhs.uk Gout: a flare in someone known to have gout is for a GP
        (
            [
                "toe is red hot and swollen, can't bear the sheet on it, had gout before",
                ("onset_duration", "yesterday"),
                ("severity", "8"),
            ],
            "routine",
        ),
        # nhs.uk Joint pain / Septic arthritis / Gout: hot or swollen joint with a temperature -> urgent GP or 111
        (
            [
                "my knee is hot, swollen and I feel feverish, can't bend it",
                ("onset_duration", "2 days"),
                ("severity", "7"),
            ],
            "urgent",
        ),
        (
            ["膝盖又红又肿发烫，还发烧38度5", ("onset_duration", "两天"), ("severity", "7")],
            "urgent",
        ),
        (
            ["痛风又犯了，脚趾红肿，还发冷发烧", ("onset_duration", "一天"), ("severity", "7")],
            "urgent",
        ),
        # no known gout: red, hot, swollen skin stays cellulitis (urgent)
        (
            [
                "could this be gout? my shin is red hot and swollen",
                ("onset_duration", "2 days"),
                ("severity", "5"),
            ],
            "urgent",
        ),
        (["是不是痛风？小腿红肿发热", ("onset_duration", "两天"), ("severity", "5")], "urgent"),
        (
            [
                "never had gout but my foot is red hot and swollen",
                ("onset_duration", "2 days"),
                ("severity", "5"),
            ],
            "urgent",
        ),
    ],
)
def test_r4c_joints(turns: list[str | tuple[str, str]], urgency: str) -> None:
    assert _urgency(*turns) == urgency
