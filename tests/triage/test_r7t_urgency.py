"""Round-7t urgency classes (bench r7t tuning set): each class in English and Chinese in several
phrasings, with look-alikes that must stay where they are."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import D
from .turns import rules_urgency as _u

M = "medications"


# nhs.uk Kidney stones: pain in the side or back that can spread to the groin and comes and goes;
# urgent GP appointment or NHS 111 for severe pain.
RENAL_COLIC = [
    (
        (
            "had pain in my right side coming in waves since this morning going down to my groin, painkillers taking the edge off",
        ),
        "urgent",
    ),
    (("sharp pain in my left flank that comes and goes, really bad",), "urgent"),
    (("agonising pain in my loin coming in waves",), "urgent"),
    (("pain in my side that goes down into my groin",), "urgent"),
    (("早上开始右边腰一阵一阵绞着疼 往下窜到大腿根 吃了止痛药好一点",), "urgent"),
    (("左边腰疼得厉害 一阵一阵的 还往下腹股沟那里窜",), "urgent"),
    (("右侧腰眼绞痛 疼到蛋蛋",), "urgent"),
]
RENAL_COLIC_NOT = [
    (("groin strain from football, pain in my groin",), ("self_care", "routine")),
    (("period cramps coming in waves",), ("self_care", "routine")),
    (("lower back pain after lifting boxes, goes down into my groin",), ("self_care", "routine")),
    (("my back went when lifting, pain down to my groin",), ("self_care", "routine")),
    (("腰酸 久坐以后更明显",), ("self_care", "routine")),
]


@pytest.mark.parametrize(("turns", "urgency"), RENAL_COLIC)
def test_r7t_renal_colic(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), RENAL_COLIC_NOT)
def test_r7t_renal_colic_look_alikes(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Dental abscess: see a dentist urgently (NHS 111 if you cannot reach one) - a toothache
# with the cheek, face or jaw swelling, or pus.
DENTAL = [
    (
        (
            "throbbing toothache kept me up all night, gum is swollen and theres a bad taste, my cheek is starting to puff up a bit",
        ),
        "urgent",
    ),
    (("wisdom tooth throbbing and my jaw is swollen",), "urgent"),
    (("toothache kept me up, my face has swollen up on one side",), "urgent"),
    (("got a gum abscess, pus coming out",), "urgent"),
    (("牙疼得一晚上没睡 牙龈肿了 嘴里有股怪味 脸也开始有点肿",), "urgent"),
    (("智齿一跳一跳地疼 半边脸都肿了",), "urgent"),
    (("牙疼得睡不着 腮帮子肿起来了",), "urgent"),
    (("牙龈上长了个脓包",), "urgent"),
]
DENTAL_NOT = [
    (("toothache for two days, no swelling in my face",), ("self_care", "routine")),
    (("牙疼两天了 脸不肿",), ("self_care", "routine")),
    (("toothache on and off for a week",), ("self_care", "routine")),
    # round 5a look-alike kept: the face a bit swollen alone with a toothache (see the report)
    (("牙疼，脸有点肿",), ("self_care", "routine")),
    (("my baby is teething and her cheek is a bit swollen",), ("self_care", "routine")),
]


@pytest.mark.parametrize(("turns", "urgency"), DENTAL)
def test_r7t_dental_abscess(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), DENTAL_NOT)
def test_r7t_dental_look_alikes(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Shingles: urgent GP or NHS 111 if the rash is near the eye; a rash told as "blistery" or
# "blistering", or with the tingling told "for a couple of days before", is the shingles of
# round 6's shingles_eye class.
SHINGLES_EYE = [
    (
        (
            "got a painful blistery rash on my forehead and its spreading down towards my eye, tingled for a couple of days before",
        ),
        "urgent",
    ),
    (("blistering rash above my eyebrow, hurts",), "urgent"),
    (("tingled for two days before then a rash came up on my forehead",), "urgent"),
    (("额头上起了一片水疱 很疼 往眼睛那边长",), "urgent"),
    (("眼皮上长了几个小水泡 之前刺痛了两天",), "urgent"),
]
SHINGLES_EYE_NOT = [
    (("blistery rash on my hands from gardening",), ("self_care", "routine")),
    (("spotty rash on my forehead from new face cream, itchy",), ("self_care", "routine")),
    (("额头长了几个痘痘",), ("self_care", "routine")),
    (("cold sore on my lip again, tingling",), ("self_care", "routine")),
]


@pytest.mark.parametrize(("turns", "urgency"), SHINGLES_EYE)
def test_r7t_shingles_near_eye(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), SHINGLES_EYE_NOT)
def test_r7t_shingles_look_alikes(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Diarrhoea and vomiting: usually better in a few days at home, drinking fluids; lay names
# of diarrhoea ("runny tummy", "the trots", "watery poo") read as diarrhoea.
DIARRHOEA = [
    (
        ("runny tummy since last night after a dodgy kebab, keeping fluids down, no blood",),
        "self_care",
    ),
    (("got the trots after a takeaway, drinking fine",), "self_care"),
    (("watery poo since yesterday, no blood, keeping water down",), "self_care"),
    (("吃了路边摊 拉肚子一晚上 水能喝下去 没有血",), "self_care"),
    (("吃坏东西了 一直窜稀 能喝水",), "self_care"),
]
DIARRHOEA_NOT = [
    (("runny tummy with blood in it and a high fever",), ("urgent", "emergency")),
    (("拉肚子 拉的都是血",), ("urgent", "emergency")),
]


@pytest.mark.parametrize(("turns", "urgency"), DIARRHOEA)
def test_r7t_lay_diarrhoea(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), DIARRHOEA_NOT)
def test_r7t_diarrhoea_warnings(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Cold sores: they often come back; a pharmacist can help (GP if not healed in 10 days).
# "get them every few months" is how often, not how long; "每隔几个月就来一次" of a cold sore is no
# irregular period.
COLD_SORE = [
    (("cold sore coming on my lip again, tingling, get them every few months",), "self_care"),
    (("唇疱疹又长了 嘴唇刺刺的 每隔几个月就来一次",), "self_care"),
    (("cold sore starting again, I get one every couple of months",), "self_care"),
]


@pytest.mark.parametrize(("turns", "urgency"), COLD_SORE)
def test_r7t_recurrent_cold_sore(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("get them every few months", None),
        ("every couple of weeks i get it", None),
        ("for a few days", "for a few days"),
        ("a few weeks ago", "a few weeks ago"),
    ],
)
def test_r7t_frequency_is_no_duration(text, duration):
    from consult.triage.facts import find_duration

    assert find_duration(text) == duration


def test_r7t_irregular_periods_still_read():
    assert _u("大姨妈两三个月才来一次") == "routine"
    assert _u("月经一年只来三四次") == "routine"


# nhs.uk Ibuprofen for adults / Paracetamol for adults: they can be taken together, a pharmacist
# can advise - a question about it for an everyday ache is self-care.
MED_QUESTION = [
    (
        (
            "was watching a documentary about overdoses so wanted to check, can i take ibuprofen and paracetamol together for my sore back",
        ),
        "self_care",
    ),
    (("is it safe to take paracetamol and ibuprofen together for a headache",), "self_care"),
    (("can i take paracetamol and ibuprofen together for my sore back",), "self_care"),
    (("布洛芬和扑热息痛能一起吃吗 头疼",), "self_care"),
    (("腰疼 布洛芬跟泰诺可以同时吃吗",), "self_care"),
]
MED_QUESTION_NOT = [
    (
        ("can i take ibuprofen and paracetamol together, I have crushing chest pain",),
        ("emergency",),
    ),
    (
        (
            "can i take paracetamol and ibuprofen together for my back, it's been 8 weeks",
            (D, "8 weeks"),
        ),
        ("routine",),
    ),
]


@pytest.mark.parametrize(("turns", "urgency"), MED_QUESTION)
def test_r7t_painkiller_question(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), MED_QUESTION_NOT)
def test_r7t_painkiller_question_look_alikes(turns, allowed):
    assert _u(*turns) in allowed


# A relative's past illness told as the reason for the writer's worry is the relative's (0e2ccbb
# covered those who died of it and a family history; ConText 'experiencer: other'): a mouth ulcer
# of 5 days stays a pharmacist's (nhs.uk Mouth ulcers: GP after 3 weeks). A relative told of with
# he/she after it may be the patient, so it stays; a changed mole is a GP's on its own.
FAMILY_WORRY = [
    (
        (
            "got a mouth ulcer for 5 days, sore when i eat, my dad had mouth cancer so im a bit paranoid",
        ),
        "self_care",
    ),
    (("嘴里长了个溃疡三四天了 吃饭疼 我爸以前得过口腔癌 有点担心",), "self_care"),
    (("嘴巴溃疡好几天了，我爸以前得过口腔癌，有点担心",), "self_care"),
    (("cough for a week, my mum had lung cancer so I'm worried",), "self_care"),
    (("咳嗽几天了 我妈有过肺癌 有点害怕",), "self_care"),
]
FAMILY_WORRY_NOT = [
    (("my dad has diabetes and he's confused and vomiting, I'm worried",), ("emergency",)),
    (("我爸有糖尿病 他现在迷迷糊糊的 很担心",), ("emergency",)),
    (("mouth ulcer for 5 days, I had mouth cancer before so I'm worried",), ("routine", "urgent")),
    (
        ("mouth ulcer for 5 weeks, my dad had mouth cancer so im worried", (D, "5 weeks")),
        ("routine", "urgent"),
    ),
    (
        ("mole on my back looks different, my mum had cancer so im freaking out",),
        ("routine", "urgent"),
    ),
    (("背上的痣最近变大了 颜色也变黑了",), ("routine", "urgent")),
]


@pytest.mark.parametrize(("turns", "urgency"), FAMILY_WORRY)
def test_r7t_relatives_illness_worry(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), FAMILY_WORRY_NOT)
def test_r7t_relatives_illness_look_alikes(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Fainting: no need to see a GP after a single faint with a known trigger (a blood test,
# an injection, the sight of blood) that came round quickly; the faint may be told first.
FAINT_TRIGGER = [
    (
        (
            "fainted for a few seconds while having a blood test, came round straight away, fine now",
        ),
        "self_care",
    ),
    (("fainted for a second during my blood test, fine now",), "self_care"),
    (("抽血的时候晕过去了几秒 马上就醒了 现在没事",), "self_care"),
    (("刚才抽血 晕过去了 一下就醒了",), "self_care"),
    (("我晕针 刚才打针晕了一下 很快就缓过来了",), "self_care"),
]
FAINT_TRIGGER_NOT = [
    (("fainted while having a blood test and hit my head, still confused",), ("emergency",)),
    (("fainted at the gym for no reason",), ("urgent", "emergency")),
]


@pytest.mark.parametrize(("turns", "urgency"), FAINT_TRIGGER)
def test_r7t_faint_with_trigger(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), FAINT_TRIGGER_NOT)
def test_r7t_faint_look_alikes(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Heat exhaustion and heatstroke: cooled, resting and drinking water, someone should feel
# better within 30 minutes and needs no medical help; 999 if not, or confused / not sweating.
HEAT_RECOVERED = [
    (
        (
            "felt dizzy and sweaty after a run in the heat, sat in the shade and drank water, back to normal within 20 mins",
        ),
        "self_care",
    ),
    (
        (
            "dizzy and sweating a lot after gardening in the sun, had a drink in the shade and felt fine again after half an hour",
        ),
        "self_care",
    ),
    (("天热跑完步有点头晕出汗 在阴凉处喝了水 二十分钟就缓过来了",), "self_care"),
    (("大热天在外面干活 头晕恶心出汗 在空调屋里歇了一会儿就好了",), "self_care"),
]
HEAT_NOT = [
    (
        ("dizzy and sweaty in the heat, still dizzy after an hour in the shade",),
        ("urgent", "emergency"),
    ),
    (("in the heat all day, confused and not sweating",), ("emergency",)),
    (("天热 头晕 出汗 还想吐",), ("urgent", "emergency")),
    (("dizzy in the heat, back to normal now but I had chest pain",), ("urgent", "emergency")),
]


@pytest.mark.parametrize(("turns", "urgency"), HEAT_RECOVERED)
def test_r7t_heat_exhaustion_recovered(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), HEAT_NOT)
def test_r7t_heat_look_alikes(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Indigestion and heartburn in pregnancy: common after meals, a pharmacist can advise on
# antacids safe in pregnancy; heartburn antacids do not help, or with headache, vision or face
# swelling, is pre-eclampsia's (nhs.uk Pre-eclampsia).
PREGNANCY_HEARTBURN = [
    (("24 weeks pregnant and getting heartburn after dinner, whats safe to take",), "self_care"),
    (("I'm 30 weeks pregnant, acid reflux at night, can I take gaviscon",), "self_care"),
    (("怀孕24周 晚上吃完饭烧心 能吃点啥药",), "self_care"),
    (("孕28周 吃完饭有点反酸 能吃什么药",), "self_care"),
]
PREGNANCY_HEARTBURN_NOT = [
    (
        ("32 weeks pregnant with heartburn that gaviscon isnt touching",),
        ("routine", "urgent", "emergency"),
    ),
    (("怀孕30周 烧心 吃了达喜也没用",), ("routine", "urgent", "emergency")),
    (
        ("34 weeks pregnant, heartburn and a bad headache and swollen face",),
        ("urgent", "emergency"),
    ),
    (
        ("pregnant and heartburn with severe pain under my ribs",),
        ("routine", "urgent", "emergency"),
    ),
]


@pytest.mark.parametrize(("turns", "urgency"), PREGNANCY_HEARTBURN)
def test_r7t_pregnancy_heartburn(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), PREGNANCY_HEARTBURN_NOT)
def test_r7t_pregnancy_heartburn_look_alikes(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Underactive thyroid: always cold with weight gain or thinning hair, tired - see a GP for a
# blood test; one sign alone with tiredness is not the pattern.
THYROID = [
    (
        (
            "cold all the time, tired, put on weight and my hair is thinning, blood tests last done years ago",
        ),
        "routine",
    ),
    (("always cold, gained weight and my hair is falling out",), "routine"),
    (("总是怕冷 没精神 胖了十几斤 头发掉得厉害",), "routine"),
    (("最近老觉得冷 长胖了 还掉头发",), "routine"),
]


@pytest.mark.parametrize(("turns", "urgency"), THYROID)
def test_r7t_thyroid_pattern(turns, urgency):
    assert _u(*turns) == urgency


def test_r7t_thyroid_one_sign_not_pattern():
    from consult.triage.urgency import features

    assert "thyroid_pattern" not in features(["tired and always cold lately"], {})
    assert "thyroid_pattern" not in features(["最近胖了几斤"], {})


# nhs.uk Low blood pressure: see a GP if you keep getting dizzy on standing; a medicine (blood
# pressure tablets) may cause it. A single dizzy spell on standing up too fast stays self-care.
POSTURAL_GP = [
    (
        (
            "keep getting dizzy for a few secs when i stand up quickly, happens most days since they upped my blood pressure tablets",
        ),
        "routine",
    ),
    (("go light-headed every morning when i get up too fast",), "routine"),
    (("自从降压药加量以后 站起来快了几乎天天眼前发黑晕几秒",), "routine"),
    (("换了降压药以后 蹲久了站起来就头晕",), "routine"),
]
POSTURAL_ONCE = [
    (("stood up too fast and went dizzy for a second",), "self_care"),
    (("蹲久了猛一站起来眼前发黑 几秒就好了",), "self_care"),
]


@pytest.mark.parametrize(("turns", "urgency"), POSTURAL_GP + POSTURAL_ONCE)
def test_r7t_postural_dizziness(turns, urgency):
    assert _u(*turns) == urgency


# nhs.uk Iron deficiency anaemia: tired, a bit breathless on exertion, pale, heavy periods - see a
# GP; breathless at rest or suddenly, or with chest pain or a faint, stays urgent.
ANAEMIA = [
    (
        (
            "tired all the time, heavy periods, bit breathless on the stairs and people say im pale, think i might be anaemic",
        ),
        "routine",
    ),
    (
        ("my periods are really heavy and i get out of breath walking up hills, look pale",),
        "routine",
    ),
    (("月经量大 老是累 爬楼就喘 别人说我脸色发白",), "routine"),
    (("可能贫血 上楼就喘 脸色苍白",), "routine"),
]
ANAEMIA_NOT = [
    (("heavy periods and suddenly very breathless at rest",), ("urgent", "emergency")),
    (("pale and breathless on the stairs with chest pain",), ("urgent", "emergency")),
    (("月经量大 现在坐着都喘不上气",), ("urgent", "emergency")),
]


@pytest.mark.parametrize(("turns", "urgency"), ANAEMIA)
def test_r7t_anaemia_gp(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), ANAEMIA_NOT)
def test_r7t_anaemia_look_alikes(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Period pain: see a GP if painkillers do not help or it keeps you off work or school
# (nhs.uk Endometriosis); nhs.uk PCOS / Infertility: irregular periods with excess hair, or a year
# of trying for a baby - see a GP. The usual period pain that ibuprofen helps stays self-care.
GYN_GP = [
    (
        (
            "my periods are so painful painkillers dont touch it, been off work a few times, wondering if its endometriosis",
        ),
        "routine",
    ),
    (("period pain so bad i miss school every month",), "routine"),
    (("痛经特别厉害 吃止痛药也不管用 每个月都要请假",), "routine"),
    (("月经老不准 脸上长痘 嘴边长毛 备孕一年没怀上",), "routine"),
    (("trying to conceive for over a year, periods irregular, facial hair",), "routine"),
    (("备孕两年了还没怀上",), "routine"),
]
GYN_SELF_CARE = [
    (("period pain, usual, ibuprofen helps",), "self_care"),
    (("痛经 第一天疼 吃布洛芬就好",), "self_care"),
]


@pytest.mark.parametrize(("turns", "urgency"), GYN_GP + GYN_SELF_CARE)
def test_r7t_period_and_fertility(turns, urgency):
    assert _u(*turns) == urgency
