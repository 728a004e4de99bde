"""Round-9 urgency classes (r9a, r9y, r9z misses): a limb out of shape after an injury told in lay
words, an asthma's tight chest, a memory failing over months, a child's head bump told well after
a list of denials, and a feared slipped disc - en and zh in several phrasings, with the look-alikes
that must stay where they are."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import A, D, G, H, S
from .turns import rules_urgency as _u

URGENT_UP = ("urgent", "emergency")
NOT_URGENT = ("self_care", "routine")

# nhs.uk Broken arm or wrist: go to A&E if the arm or wrist is an odd shape (possible_fracture,
# urgent), and at once if a bone is sticking out or the hand is numb, pale or cold
# (deformed_limb_injury, emergency); a swollen sprain that moves stays below it.
DEFORMED = [
    (
        (
            "我妈下楼梯滑了一下用手撑地，手腕现在肿得像馒头，形状有点歪，她说扭一下而已贴个膏药就好了",
            (G, "67岁"),
            (S, "一动就疼得叫，8分"),
            (A, "手腕看着有点变形，手指有点麻"),
        ),
        "emergency",
    ),
    (("孩子从滑梯上摔下来，胳膊看着有点变形，手指发白", (G, "6")), "emergency"),
    (("骑车摔了，小腿歪了，骨头都戳出来了", (G, "30")), "emergency"),
    (
        ("fell on my outstretched hand, my wrist looks bent and my fingers are numb", (G, "45")),
        "emergency",
    ),
    (
        (
            "my son fell off the trampoline, his arm is at a funny angle and his hand has gone pale",
            (G, "8"),
        ),
        "emergency",
    ),
    (("came off my motorbike and there's bone sticking out of my leg", (G, "25")), "emergency"),
    # out of shape without numbness or a bone through the skin: A&E / urgent treatment centre
    (("摔了一跤，手腕形状有点歪，肿了", (G, "40"), (A, "手指不麻，能动")), "urgent"),
    (("打球的时候摔倒了，手指形状不对", (G, "20"), (A, "不麻")), "urgent"),
    (
        (
            "tripped on the stairs, my wrist has gone a wrong shape and it's swollen",
            (G, "50"),
            (A, "fingers not numb"),
        ),
        "urgent",
    ),
    (("fell off my bike, my finger looks wonky", (G, "25"), (A, "no numbness")), "urgent"),
]
DEFORMED_NOT = [
    # a swollen sprain without a shape change, or a shape denied, stays below 999
    (
        ("下楼梯崴了脚，脚踝肿了，能走路", (G, "30"), (A, "形状没变，能动")),
        NOT_URGENT + ("urgent",),
    ),
    (
        ("fell on my wrist, it's swollen but it doesn't look bent and I can move it", (G, "30")),
        NOT_URGENT + ("urgent",),
    ),
    (
        (
            "twisted my ankle playing football, swollen, can walk on it",
            (G, "22"),
            (A, "no odd shape"),
        ),
        NOT_URGENT + ("urgent",),
    ),
    # a crooked toe for years, or a mole's wonky edge, with no injury, is no fracture
    (
        ("my big toe has always looked crooked, it aches in tight shoes", (G, "50"), (D, "years")),
        NOT_URGENT,
    ),
    (("脚趾一直有点歪，穿鞋磨得疼", (G, "55"), (D, "好几年了")), NOT_URGENT),
    (
        ("mole on my back, its edge is wonky and it's got darker", (G, "41"), (D, "a month")),
        ("routine",),
    ),
]

# nhs.uk Asthma: an urgent GP appointment or 111 when the reliever is needed more often or the
# symptoms are worse; 999 when the reliever does not help or they cannot speak, eat or sleep.
ASTHMA = [
    (
        (
            "哮喘最近老犯，喷的蓝色那个一天要用好几次",
            (S, "能说完整的句子，喷完能管几个小时"),
            (A, "晚上咳醒，有点喘"),
            (H, "小时候就有哮喘"),
            ("location", "胸口发紧"),
        ),
        "urgent",
    ),
    (
        ("我有哮喘，这几天胸口有点闷，蓝色喷雾用得比平时多", (G, "25"), (A, "能说话，有点喘")),
        "urgent",
    ),
    (
        (
            "asthma's playing up, chest feels tight, using my blue inhaler a few times a day",
            (G, "19"),
            (A, "a bit wheezy, can talk fine"),
        ),
        "urgent",
    ),
    (
        (
            "I have asthma and my chest is tight this week, needing the reliever more",
            (G, "30"),
            (A, "a bit short of breath"),
        ),
        "urgent",
    ),
]
ASTHMA_NOT = [
    # a crushing chest pain with a sweat in someone with asthma is still the heart's
    (("I have asthma but this is a crushing chest pain with sweating", (G, "60")), ("emergency",)),
    (("有哮喘，但是这次胸口压着疼，出冷汗", (G, "62")), ("emergency",)),
    # a tight chest with no asthma keeps the chest pain rules
    (("chest feels tight and I'm short of breath", (G, "58")), ("emergency",)),
    # an asthma that the reliever does not help, or with no speech, is 999
    (("哮喘发作，喷了好几次蓝色的都不管用，说不出完整的话", (G, "20")), ("emergency",)),
]

# nhs.uk Dementia: see a GP if you are worried about someone's memory; sudden confusion, or
# confusion in someone with diabetes, is 999 (nhs.uk Confusion / Low blood sugar).
MEMORY = [
    (
        (
            "我妈最近记性越来越差，刚说的事转头就忘，炒菜忘关火好几次了，是老糊涂了还是要看病",
            (G, "76"),
            (D, "大半年了，慢慢越来越明显，不是突然的"),
            (H, "高血压，糖尿病"),
        ),
        "routine",
    ),
    (
        ("我爸这一年记性变差了，老忘事，是不是老年痴呆", (G, "80"), (D, "一年多"), (H, "糖尿病")),
        "routine",
    ),
    (
        (
            "my mum is getting more and more forgetful over the past year, keeps forgetting things",
            (G, "78"),
            (H, "diabetes"),
        ),
        "routine",
    ),
    (
        (
            "dad's memory has been getting worse over the last few months, is it dementia?",
            (G, "82"),
        ),
        "routine",
    ),
]
MEMORY_NOT = [
    # confusion that came on suddenly, or today with diabetes, stays an emergency
    (("我妈今天突然糊涂了，说胡话", (G, "76"), (H, "糖尿病")), ("emergency",)),
    (("我爸有糖尿病，人有点糊涂了，叫他反应慢", (G, "70")), ("emergency",)),
    (("my mum is suddenly confused today and she has diabetes", (G, "75")), ("emergency",)),
    (
        (
            "grandad's memory has been getting worse but today he's suddenly very confused and drowsy",
            (G, "85"),
            (H, "diabetes"),
        ),
        ("emergency",),
    ),
]

# nhs.uk Head injury and concussion: a minor bump in a child acting normally is looked after at
# home; A&E for vomiting, drowsiness or a loss of consciousness.
HEAD_BUMP = [
    (
        (
            "my toddler smacked her head on the coffee table, theres a massive egg on her forehead!! could she have a brain bleed",
            (A, "no vomiting, not drowsy, playing and chatting normal, no loss of consciousness"),
            (G, "2"),
            (D, "30 minutes ago"),
            (S, "she cried straight away then was fine after a cuddle"),
        ),
        "self_care",
    ),
    (
        (
            "my son bumped his head on the table, big lump",
            (A, "no sick, not sleepy, acting normally"),
            (G, "3"),
            (D, "1 hour"),
        ),
        "self_care",
    ),
    (
        ("孩子头撞到茶几上，起了个大包", (A, "没吐，不困，玩得好好的"), (G, "2"), (D, "半小时")),
        "self_care",
    ),
    (
        (
            "宝宝脑袋磕到床头了，鼓了个包",
            (A, "没有呕吐，没有嗜睡，说话走路都正常"),
            (G, "3"),
            (D, "一个小时"),
        ),
        "self_care",
    ),
]
HEAD_BUMP_NOT = [
    # a well sign itself denied, or a vomit or drowsiness told, stays urgent or above
    (
        (
            "my toddler hit his head, big lump",
            (A, "no vomiting but not playing normally, very quiet"),
            (G, "2"),
        ),
        URGENT_UP,
    ),
    (("my daughter banged her head, she's vomited twice and is drowsy", (G, "4")), ("emergency",)),
    (("孩子头撞了，吐了两次，老想睡觉", (G, "3")), ("emergency",)),
]

# nhs.uk Back pain / Slipped disc: most get better by keeping active and painkillers; 999 / A&E
# for numbness around the bottom, bladder or bowel changes, or both legs weak.
DISC = [
    (
        (
            "pretty sure I've slipped a disc, can hardly get off the sofa, will I end up paralysed??",
            (G, "39"),
            (D, "bent to pick up washing basket yesterday"),
            (S, "7/10 when I move, better still"),
            ("location", "lower back, middle"),
            (A, "no numbness in my bum or privates, peeing and pooing normal, legs fine, no fever"),
        ),
        "self_care",
    ),
    (
        (
            "think I slipped a disc bending over, my lower back aches",
            (G, "35"),
            (D, "2 days"),
            (S, "6/10"),
            (A, "legs fine, no numbness"),
        ),
        "self_care",
    ),
    (
        (
            "感觉是腰椎间盘突出了，弯腰捡东西以后腰疼得起不来",
            (G, "40"),
            (D, "昨天"),
            (S, "6分"),
            (A, "腿不麻，大小便正常"),
        ),
        "self_care",
    ),
]
DISC_NOT = [
    (
        ("I've slipped a disc and now I'm numb around my bum and can't pee", (G, "45")),
        ("emergency",),
    ),
    (("slipped disc, both my legs are weak and numb", (G, "50")), ("emergency",)),
    (("腰椎间盘突出，现在屁股周围发麻，尿不出来", (G, "48")), ("emergency",)),
    # a slip on the ice is still a fall
    (("slipped on the ice and now I can't put any weight on my ankle", (G, "40")), URGENT_UP),
]


@pytest.mark.parametrize(("turns", "urgency"), DEFORMED + ASTHMA + MEMORY + HEAD_BUMP + DISC)
def test_r9w_classes(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(
    ("turns", "allowed"), DEFORMED_NOT + ASTHMA_NOT + MEMORY_NOT + HEAD_BUMP_NOT + DISC_NOT
)
def test_r9w_look_alikes(turns, allowed):
    assert _u(*turns) in allowed
