"""Round-9 tuning sets (r9b, r9t) urgency classes: everyday problems told in Chinese that were
raised (period pain, swimmer's ear, nappy rash) and under-triage classes (a man's UTI, diarrhoea
after antibiotics, a first psychosis, croup), each in English and Chinese in several phrasings,
with look-alikes that must stay where they are."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import A, D, G, H, S
from .turns import rules_urgency as _u

SELF = ("self_care",)
NOT_URGENT = ("routine", "self_care")
URGENT_UP = ("urgent", "emergency")

# nhs.uk Period pain: ibuprofen, heat, exercise, a pharmacist; a GP when severe or changed. The
# period's flow told as usual ("出血量正常") is no bleed of its own.
PERIOD_PAIN = [
    (
        (
            "来月经第一天肚子疼，每个月都这样，疼一两天就好了，有啥办法缓解吗",
            (A, "没有发烧，出血量正常，没有性生活"),
            (S, "4分，能上学"),
        ),
        SELF,
    ),
    (("大姨妈第一天肚子痛，每个月都这样", (A, "不发烧，出血跟平时一样")), SELF),
    (("来例假头两天小肚子疼，每次都这样，怎么缓解", (A, "出血量也正常，没发烧")), SELF),
    (("痛经，每个月都这样，第一天最疼", (A, "量和平时差不多，没有发烧")), SELF),
    (
        ("period pain on day 1 like every month, what helps?", (A, "no fever, bleeding is normal")),
        SELF,
    ),
]
PERIOD_PAIN_NOT = [
    # bleeding that is heavy, or a bleed not of the period, still counts
    (("来月经肚子疼", (A, "出血很多，一小时换一片卫生巾，头晕")), URGENT_UP),
    (("手指割破了", (A, "一直出血，止不住")), URGENT_UP),
    (("period pain", (A, "fever 38.5 and bleeding heavily")), URGENT_UP),
]

# nhs.uk Ear infections / Otitis externa: an itchy, sore ear canal after swimming - a pharmacist
# (acidic ear drops); urgent GP or 111 for swelling around or behind the ear, or fluid from it.
SWIMMERS_EAR = [
    (
        (
            "这几天天天去游泳，右耳朵里面有点痒有点疼，按耳屏那块更疼",
            (A, "耳朵有点闷，没有发烧，听力还行，耳朵后面不肿"),
            (S, "有点疼，3分"),
        ),
        SELF,
    ),
    (("游完泳耳朵痒痒的，有点疼", (A, "耳朵后面没有红肿，不发烧")), SELF),
    (("耳朵进水了，游泳回来以后耳道有点疼有点痒", (A, "耳后也不肿")), SELF),
    (("最近下水游泳多，左耳有点痒", (A, "没发烧")), SELF),
    (
        (
            "swimmer's ear? itchy and a bit sore after swimming every day",
            (A, "no fever, no swelling behind the ear"),
        ),
        SELF,
    ),
]
SWIMMERS_EAR_NOT = [
    # swelling behind the ear, or fluid coming out, stays urgent
    (("游泳以后耳朵疼", (A, "耳朵后面红肿，发烧")), URGENT_UP),
    (
        ("孩子耳朵疼发烧", (A, "发烧39度 耳朵流黄色的水 耳朵后面不红不肿 能喝水"), (G, "3岁")),
        URGENT_UP,
    ),
    (("孩子耳朵疼，今天枕头上有黄水", (G, "4岁")), URGENT_UP),
    (("sore ear after swimming", (A, "swelling behind the ear and a fever")), URGENT_UP),
]

# nhs.uk Nappy rash: change nappies often, a barrier cream, a pharmacist; GP when it does not go
# or the baby has a fever. Hot weather is how it comes, not a heat illness.
NAPPY_RASH = [
    (
        ("宝宝4个月 屁屁红了一片 换尿布的时候哭一下 没有破皮没有脓包 不发烧 最近天热尿布换得不勤",),
        SELF,
    ),
    (("宝宝5个月，天太热了，小屁股红了一片，不发烧",), SELF),
    (("孩子8个月 红屁股了 最近天气热 纸尿裤捂的", (A, "不发烧 没破皮")), SELF),
    (
        (
            "my 6 month old has nappy rash, it's been hot and his bum is red",
            (A, "no fever, feeding fine"),
        ),
        SELF,
    ),
]
NAPPY_RASH_NOT = [
    # a rash with a fever, or a baby under 3 months, is for a clinician
    (("宝宝4个月 屁屁红了一片", (A, "发烧38.5，没精神")), URGENT_UP),
    (("宝宝2个月 红屁股", (A, "不发烧")), ("routine", "urgent")),
]

# nhs.uk Urinary tract infections: a man with UTI symptoms asks for an urgent GP appointment or
# NHS 111 (men are not treated by a pharmacist); NICE CKS UTI (lower) - men.
MALE_UTI = [
    (
        (
            "bloke here, 55. burning when i pee and going every half hour since yesterday, pee looks cloudy.",
            (A, "no fever, no back pain"),
        ),
        "urgent",
    ),
    (("I'm a 40 year old man, it burns when I pee", (D, "2 days")), "urgent"),
    (("male, 34, stinging when peeing and going all the time", (A, "no fever")), "urgent"),
    (("我是男的，45岁，尿尿的时候火辣辣的疼，尿频", (A, "不发烧")), "urgent"),
    (("男，50岁，小便疼，尿有点浑浊", (D, "两天")), "urgent"),
    (("我老公尿尿的时候疼，一直想上厕所", (G, "38岁")), "urgent"),
]
MALE_UTI_NOT = [
    # a woman's cystitis stays with the pharmacist; a man without urinary symptoms is no UTI
    (
        ("burning when I pee since yesterday, I'm 30, not pregnant", (A, "no fever, no back pain")),
        NOT_URGENT,
    ),
    (("尿痛两天，女，28岁，没怀孕", (A, "不发烧")), NOT_URGENT),
    (("bloke here, 40, got a cold and a sore throat", (D, "2 days")), NOT_URGENT),
    (("男，30岁，嗓子疼两天", (A, "不发烧")), NOT_URGENT),
    (("since sex with my boyfriend it stings when I pee", (A, "no fever"), (G, "25")), NOT_URGENT),
]

# nhs.uk C. difficile: diarrhoea after taking antibiotics - an urgent GP appointment or NHS 111.
# An allergy to penicillin is no course of antibiotics.
ANTIBIOTIC_DIARRHOEA = [
    (
        (
            "上周拔牙医生给开了克林霉素吃了一个礼拜，这三天一直拉水样便，一天七八次，有股特别臭的味道，肚子绞着疼",
        ),
        "urgent",
    ),
    (("吃了一周抗生素，现在拉肚子，一天拉五六次", (A, "没有便血")), "urgent"),
    (("头孢刚吃完，这两天拉稀水，肚子疼",), "urgent"),
    (("吃消炎药以后拉肚子 一天跑了七八趟厕所",), "urgent"),
    (
        ("finished a course of clindamycin last week and now watery diarrhoea 6 times a day",),
        "urgent",
    ),
    (("been on amoxicillin, now diarrhoea with a temperature", (A, "fever 38.3")), "urgent"),
]
ANTIBIOTIC_DIARRHOEA_NOT = [
    # diarrhoea without antibiotics, an allergy named, or a loose poo once or twice stays as it was
    (("拉肚子两天，一天三四次", (A, "不发烧，能喝水"), (H, "青霉素过敏")), NOT_URGENT),
    (
        (
            "diarrhoea since yesterday, 4 times a day",
            (A, "no fever, drinking fine"),
            (H, "allergic to penicillin"),
        ),
        NOT_URGENT,
    ),
    (("on amoxicillin for my chest, poo a bit loose once today", (A, "no fever")), NOT_URGENT),
]

# nhs.uk Psychosis: hearing voices or beliefs others do not share - an urgent GP appointment or
# NHS 111 (mental health option); 999 only with a risk of harm. A first psychosis is never
# self-care.
PSYCHOSIS = [
    (
        (
            "我儿子最近一个礼拜不对劲，说听到有人在墙里跟他说话，说手机被监控了，整夜不睡。没有要伤害自己或别人的意思",
            (A, "睡不着，很紧张，怀疑人"),
            (H, "最近熬夜打游戏"),
        ),
        "urgent",
    ),
    (("我女儿这几天老说听见墙里有人在骂她", (A, "不睡觉")), "urgent"),
    (("老公最近总说家里被人装了监控，手机被监听了", (A, "睡不好")), "urgent"),
    (("我弟弟说脑子里有人在说话，叫他去做事",), "urgent"),
    (("我妈觉得饭里被下了毒，不肯吃饭",), "urgent"),
    (
        (
            "my son says he hears people talking through the walls and thinks his phone is bugged",
            (A, "not sleeping, no thoughts of harming anyone"),
        ),
        "urgent",
    ),
    (
        ("my brother is convinced his phone is being monitored and hears voices from the ceiling",),
        "urgent",
    ),
]
PSYCHOSIS_NOT = [
    # hearsay, a game's voice chat, denials and worries about being watched are no psychosis
    (("听到有人说布洛芬伤胃，我头疼能吃吗",), NOT_URGENT),
    (("没有幻听，就是最近睡不着", (A, "工作压力大")), NOT_URGENT),
    (
        ("I heard someone say ibuprofen is bad for the stomach, can I take it for a headache?",),
        NOT_URGENT,
    ),
    (("can't sleep, work stress", (A, "no voices, nothing like that")), NOT_URGENT),
]

# nhs.uk Croup: a barking cough, a hoarse voice, a rasping sound on breathing in - an urgent GP
# appointment or 111; 999 if struggling to breathe or blue.
CROUP = [
    (
        (
            "my 2yo has had a runny nose for 2 days and tonight she has this horrible barking seal cough and her voice is hoarse",
        ),
        "urgent",
    ),
    (("toddler with a seal cough at night", (G, "3")), "urgent"),
    (("3岁孩子晚上咳嗽声音像小狗叫，嗓子哑了",), "urgent"),
    (("宝宝咳起来空空的，声音都哑了", (G, "2岁")), "urgent"),
    (("孩子咳得像海豹叫一样", (G, "18个月")), "urgent"),
]
CROUP_NOT = [
    (("hoarse voice after shouting at a concert", (G, "30")), NOT_URGENT),
    (("喊了一晚上嗓子哑了", (G, "25岁")), NOT_URGENT),
]

# nhs.uk Iron deficiency anaemia: tiredness, breathlessness on exertion and pale skin with heavy
# periods - see a GP for a blood test; breathlessness at rest or chest pain stays urgent.
ANAEMIA = [
    (
        (
            "my periods have always been heavy (flooding, changing pads every hour on day 2) and lately im out of breath going up the stairs, pale, tired all the time. 38 f",
        ),
        ("routine",),
    ),
]
ANAEMIA_NOT = [
    (
        (
            "my periods have always been heavy and now I'm out of breath even sitting still",
            (A, "chest pain too"),
        ),
        URGENT_UP,
    ),
]


@pytest.mark.parametrize(
    ("turns", "allowed"),
    PERIOD_PAIN
    + PERIOD_PAIN_NOT
    + SWIMMERS_EAR
    + SWIMMERS_EAR_NOT
    + NAPPY_RASH
    + NAPPY_RASH_NOT
    + MALE_UTI_NOT
    + ANTIBIOTIC_DIARRHOEA_NOT
    + PSYCHOSIS_NOT
    + CROUP_NOT
    + ANAEMIA
    + ANAEMIA_NOT,
)
def test_r9_urgency_within(turns, allowed):
    assert _u(*turns) in allowed


@pytest.mark.parametrize(("turns", "urgency"), MALE_UTI + ANTIBIOTIC_DIARRHOEA + PSYCHOSIS + CROUP)
def test_r9_urgency_urgent(turns, urgency):
    assert _u(*turns) == urgency


# nhs.uk Bipolar disorder: signs of mania (elated, hardly sleeping, grand plans, spending) - an
# urgent GP appointment or NHS 111; 999 only with a risk of harm.
MANIA = [
    (
        (
            "我儿子这几天特别亢奋，几乎不睡觉，说自己要开公司赚一个亿，把信用卡刷爆了，他说自己从没这么好过",
        ),
        "urgent",
    ),
    (("我老公最近异常亢奋，话特别多", (A, "几天都不睡觉，精神特别好")), "urgent"),
    (("女儿这周把信用卡都刷爆了，说要赚大钱", (A, "基本不睡觉")), "urgent"),
    (
        (
            "my son has maxed out his credit cards and says he's never felt this good",
            (A, "hardly sleeping"),
        ),
        "urgent",
    ),
]
MANIA_NOT = [
    (("孩子打完球很兴奋，睡不着", (G, "15岁")), NOT_URGENT),
    (("I feel good today, just a mild cold", (A, "runny nose")), NOT_URGENT),
]

# A condition only feared or read about online ("网上说可能是口腔癌", "could she have a brain
# bleed") is no history and no bleed (nhs.uk Mouth ulcers: self-care; Head injury: a minor bump
# in a child acting normally is looked after at home).
FEARED = [
    (
        (
            "嘴巴里长了个白色的溃疡，网上说可能是口腔癌，我好慌",
            (D, "5天"),
            (A, "不发烧，吃饭有点疼"),
        ),
        SELF,
    ),
    (("口腔溃疡三天了，百度说是口腔癌", (A, "没发烧")), SELF),
    (("嘴里长了个溃疡，会不会是癌", (D, "四天")), SELF),
]
FEARED_NOT = [
    (("口腔溃疡三周了还不好，一直不愈合", (H, "以前得过口腔癌")), ("routine", "urgent")),
    (("my toddler hit her head and now she's bleeding from the ear", (G, "2")), URGENT_UP),
]

# nhs.uk Cellulitis: skin that is red, hot and spreading - an urgent GP appointment or NHS 111.
CELLULITIS = [
    (
        (
            "scratched my shin on the fence and now there's a red hot patch that's spreading up my leg",
            (S, "sore, 5/10, warm to touch"),
            (A, "temp 37.9"),
        ),
        "urgent",
    ),
    (("red and swollen patch on my calf, hot to touch and spreading", (A, "sore")), "urgent"),
]
CELLULITIS_NOT = [
    (("a red patch on my arm, not hot, not sore, itchy", (D, "2 days")), NOT_URGENT),
]


@pytest.mark.parametrize(("turns", "allowed"), MANIA_NOT + FEARED + FEARED_NOT + CELLULITIS_NOT)
def test_r9_urgency_feared_within(turns, allowed):
    assert _u(*turns) in allowed


@pytest.mark.parametrize(("turns", "urgency"), MANIA + CELLULITIS)
def test_r9_urgency_urgent_more(turns, urgency):
    assert _u(*turns) == urgency


# nhs.uk Heat exhaustion and heatstroke: no emergency help is needed if you cool down and feel
# better within 30 minutes; not better, confused or not sweating is heatstroke.
HEAT_COOLED = [
    (
        (
            "think i had heatstroke gardening, went all dizzy and sweaty with a headache. lying in the cool with water",
            (A, "was sweating loads, thirsty"),
            (S, "feeling much better now, headache almost gone"),
        ),
        NOT_URGENT,
    ),
    (("在太阳底下干活头晕出汗，口渴", (A, "在阴凉处喝了水躺了半小时，现在好多了")), NOT_URGENT),
]
HEAT_NOT_BETTER = [
    (
        (
            "dizzy and sweaty after gardening in the heat, very thirsty",
            (A, "lay in the shade an hour, still dizzy"),
        ),
        URGENT_UP,
    ),
    (("高温天干活以后头晕恶心，出了好多汗", (A, "休息了还是晕")), URGENT_UP),
]


@pytest.mark.parametrize(("turns", "allowed"), HEAT_COOLED + HEAT_NOT_BETTER)
def test_r9_urgency_heat(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Nosebleeds: pinch the soft part of the nose for 10 to 15 minutes, self-care; A&E when it
# lasts over 10 to 15 minutes of pressure. nhs.uk Burns and scalds: a small burn, cooled, at home.
NOSE_BURN = [
    (
        (
            "so much blood!! my 8 year old's nose just poured everywhere, all down his shirt",
            (G, "8"),
            (D, "15 mins ago, pinched his nose for 10 mins and it's stopped"),
            (S, "it's stopped now, he's fine"),
        ),
        SELF,
    ),
    (("孩子流鼻血了，流了好多", (G, "7岁"), (D, "捏了十分钟止住了")), SELF),
    (
        (
            "I think I've burnt my hand off lol. grabbed the oven tray without a glove",
            (S, "stings a lot 5/10"),
            (A, "no blisters, skin not white or charred, small area"),
        ),
        SELF,
    ),
    (("touched the hot iron with my finger", (S, "3/10"), (A, "small red mark, no blister")), SELF),
]
NOSE_BURN_NOT = [
    (
        ("my son's nose just poured with blood", (D, "30 minutes, pinching it and it won't stop")),
        URGENT_UP,
    ),
    (
        ("grabbed the hot pan handle", (A, "big blisters across my whole palm, skin looks white")),
        ("routine", "urgent", "emergency"),
    ),
]


@pytest.mark.parametrize(("turns", "allowed"), NOSE_BURN + NOSE_BURN_NOT)
def test_r9_urgency_nose_burn(turns, allowed):
    assert _u(*turns) in allowed
