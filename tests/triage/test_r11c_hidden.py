"""Round-11 missed emergencies told calmly (r11e): the decisive fact comes in one later answer,
in passing, after a first message about something ordinary. Each class in English and Chinese,
with look-alikes (denials, the everyday version) that must not become emergencies."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import A, D, G, H, L, S
from .turns import rules_urgency as _u

NOT_EMERGENCY = ("self_care", "routine", "urgent")

# nhs.uk 'Help for suicidal thoughts': call 999 or go to A&E now if you do not feel you can keep
# yourself safe; NICE NG225 'Self-harm' and Samaritans warning signs: a plan with the means
# gathered and a time chosen is the highest risk. Told in passing in the answer about anything
# else, after a request for sleeping tablets.
SUICIDE_PLAN = [
    (
        "Haven't been sleeping for weeks, can I get some sleeping tablets",
        (G, "52"),
        (D, "couple of months"),
        (A, "no appetite. honestly I've been saving up my old tramadol and I'll do it Sunday when my daughter's away. anyway the sleep is the main thing"),
    ),
    (
        "my husband wants something to help him sleep",
        (G, "60"),
        (D, "since he lost his job"),
        (A, "he told me he's been stashing his codeine and has picked a date for it. he says no one cares anyway"),
    ),
    (
        "cant sleep, need zopiclone",
        (G, "34"),
        (A, "nobody cares any more. got a stash of co-codamol"),
    ),
    (
        "need something for sleep please",
        (G, "41"),
        (A, "lost interest in everything. i've worked out when i'll do it, the pills are saved up"),
    ),
    (
        "最近一直失眠，有没有好一点的安眠药",
        (G, "20"),
        (D, "一个多月了"),
        (A, "没胃口，干啥都没意思。我攒了一些药，想好了考完最后一门那天晚上就全吃了，反正也没人在乎"),
    ),
    (
        "我爸最近老睡不着，想给他开点安眠药",
        (G, "58岁"),
        (A, "他说攒了一些药，等我妈出差那天就全吃了"),
    ),
    ("睡不好，想开点药", (G, "29"), (A, "对什么都提不起兴趣，药攒够了，日子都想好了")),
]
SUICIDE_PLAN_NOT = [
    # painkillers kept back for the bad days of a pain, with a low mood: no plan in it
    (
        "my back is bad again",
        (G, "55"),
        (A, "feeling low with it. I'm saving my tramadol for the bad days"),
    ),
    # a day chosen for something ordinary, no means and no low mood
    ("can I have my blood test done?", (G, "40"), (A, "I'll do it Sunday when the clinic's open")),
    # insomnia with no pleasure in anything and nothing more: the GP's
    ("最近失眠，想开点安眠药", (G, "30"), (D, "两周"), (A, "干啥都没意思，没有想伤害自己")),
    ("can't sleep for weeks", (G, "45"), (D, "3 weeks"), (A, "lost interest in everything, no thoughts of harming myself")),
    # saving money, not medicine
    ("睡不着，是不是压力大", (G, "33"), (A, "在攒钱买房，等我妈出差那天就搬家")),
]

# nhs.uk 'Vomiting in children and babies': call 999 or go to A&E if the vomit is green or
# yellow-green (a blocked bowel, e.g. malrotation in a newborn).
GREEN_VOMIT = [
    (
        "Our 3 week old keeps being sick after feeds, is this reflux?",
        (G, "3 weeks"),
        (D, "since this morning"),
        (A, "the sick is bright green, like highlighter pen, not milky. no temperature"),
    ),
    ("baby keeps throwing up", (G, "6 weeks"), (A, "green sick twice now, she's sleepy")),
    ("my toddler has been sick", (G, "2"), (A, "her vomit looks yellowy green, tummy bit swollen")),
    ("宝宝吐奶好几次了，是不是吃多了", (G, "20天"), (A, "吐了好几次绿色的水，肚子有点鼓")),
    ("孩子一直吐", (G, "1岁"), (A, "吐奶是绿的，不发烧")),
    ("宝宝今天吐了", (G, "2个月"), (A, "呕吐物黄绿色的")),
]
GREEN_VOMIT_NOT = [
    # green poo, snot or phlegm with milky sick; milky posseting
    ("baby has been sick after feeds", (G, "3 months"), (A, "milky sick, her poo is green, feeding fine, plenty of wet nappies")),
    ("my toddler was sick once", (G, "2"), (A, "sick after eating green beans, fine now, playing")),
    ("宝宝吐奶了", (G, "2个月"), (A, "吐了两次奶，大便绿色，吃奶正常，尿也多")),
    ("孩子吐了一次", (G, "3岁"), (A, "吐了一次，痰是绿色的，精神好")),
]

# nhs.uk 'Testicle pain': go to A&E for sudden, very bad pain in the testicles (torsion); the boy
# too embarrassed to say names the testicle, with its side, only in the answer about where.
TESTICLE_SIDE = [
    (
        "my son has tummy ache, what can I give him",
        (G, "13"),
        (D, "woke him up 2 hours ago, came on suddenly"),
        (L, "lower tummy he said, then admitted it's actually his left testicle that hurts"),
    ),
    ("my boy's got a stomach ache", (G, "15"), (L, "one of his balls hurts, he says"), (D, "started suddenly an hour ago")),
    ("儿子肚子疼", (G, "14岁"), (D, "突然疼起来的，一个小时"), (L, "后来才说是右边蛋蛋疼")),
]
TESTICLE_SIDE_NOT = [
    # a sore testicle that came on over days with a temperature: the urgent GP's, not A&E
    ("my son has a sore ball", (G, "19"), (D, "came on slowly over 3 days"), (L, "his left testicle, a bit sore"), (A, "slight temperature, stings to pee")),
    ("I play ball with my left hand and my wrist aches", (G, "30"), (D, "a week")),
]


@pytest.mark.parametrize("turns", SUICIDE_PLAN + GREEN_VOMIT + TESTICLE_SIDE)
def test_r11c_hidden_emergency(turns):
    assert _u(*turns) == "emergency", turns


@pytest.mark.parametrize("turns", SUICIDE_PLAN_NOT + GREEN_VOMIT_NOT + TESTICLE_SIDE_NOT)
def test_r11c_look_alikes_not_emergency(turns):
    assert _u(*turns) in NOT_EMERGENCY, turns


def test_r11c_severity_answer_alone_does_not_decide():
    # the plan told in the severity answer works as well as in "anything else?"
    assert _u("need sleeping pills", (G, "50"), (S, "awful. saving up my diazepam, I'll do it tonight")) == "emergency"
    # the same answer with the plan denied and the tablets kept for the bad nights is not
    assert _u("need sleeping pills", (G, "50"), (H, "depression years ago"), (S, "awful, 3 hours a night")) != "emergency"


# other ways to tell the same: several packs from different shops, tablets put aside, a day
# for taking them all at once, a sick that is greenish or 发绿
MORE_WAYS = [
    ("can't sleep", (G, "40"), (A, "bought 4 packs of paracetamol from different shops, I'll do it on Friday")),
    ("need sleeping tablets", (G, "40"), (A, "I've been putting my sleeping tablets aside and I know when I'll do it")),
    ("can't sleep", (G, "40"), (A, "no one would notice if I was gone. got my insulin saved up")),
    ("我失眠", (G, "40"), (A, "我把安眠药都存起来了，打算周五晚上一次吃完")),
    ("睡不着", (G, "40"), (A, "买了好几盒药，准备等周末一次性吃完")),
    ("baby sick", (G, "5 weeks"), (A, "his sick was greenish")),
    ("宝宝吐", (G, "1个月"), (A, "吐的东西发绿")),
]
MORE_WAYS_NOT = [
    ("my knee hurts", (G, "60"), (A, "I'm going to take all my tablets on holiday with me")),
    ("感冒了", (G, "30"), (A, "买了好几盒药，家里人都感冒了")),
    ("肠镜前的准备", (G, "50"), (A, "医生让我打算周五晚上把药一次吃完，是肠镜的泻药")),
    ("my back", (G, "50"), (A, "I keep my tramadol back for the bad days")),
]


@pytest.mark.parametrize("turns", MORE_WAYS)
def test_r11c_more_ways_emergency(turns):
    assert _u(*turns) == "emergency", turns


@pytest.mark.parametrize("turns", MORE_WAYS_NOT)
def test_r11c_more_ways_not_emergency(turns):
    assert _u(*turns) in NOT_EMERGENCY, turns
