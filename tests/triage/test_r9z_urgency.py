"""Round-9 Chinese tuning sets (r9z, r9y) urgency classes: everyday problems told in worried
Chinese (口语, 吓死了, 是不是癌) that are self-care or a GP's, each in Chinese and English in
several phrasings, with the look-alikes carrying the signs that must stay urgent or emergency."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import A, D, G, S
from .turns import rules_urgency as _u

URGENT_UP = ("urgent", "emergency")
NOT_URGENT = ("self_care", "routine")

# nhs.uk Sore throat: usually better within a week, a pharmacist (lozenges, painkillers);
# antibiotics are not needed. nhs.uk Common cold: rest, fluids, a pharmacist; antibiotics do
# not help. "嗓子发炎" is the lay name of the sore throat; "会不会变成肺炎" is a fear.
THROAT_COLD = [
    (
        (
            "嗓子发炎了，咽口水都疼，是不是要吃头孢？",
            (G, "22"),
            (D, "2天"),
            (A, "流鼻涕，有点咳，37.4"),
        ),
        "self_care",
    ),
    (("喉咙发炎了好疼，要不要吃消炎药", (G, "30"), (D, "两天"), (A, "有点流鼻涕")), "self_care"),
    (("嗓子发炎，吞口水疼，吓死了会不会很严重", (G, "25"), (D, "1天"), (A, "没发烧")), "self_care"),
    (
        (
            "感冒三天了，鼻塞流鼻涕，会不会变成肺炎？要不要去医院挂水？",
            (G, "34"),
            (D, "3天"),
            (A, "有点咳，不喘，能吃能喝"),
        ),
        "self_care",
    ),
    (
        ("感冒了两天，流鼻涕嗓子疼，怕是会拖成肺炎", (G, "28"), (D, "两天"), (A, "不发烧，不喘")),
        "self_care",
    ),
    (
        (
            "cold for 3 days, runny nose, worried it'll turn into pneumonia, do I need antibiotics?",
            (G, "34"),
            (D, "3 days"),
            (A, "no breathlessness, eating fine"),
        ),
        "self_care",
    ),
]
THROAT_COLD_NOT = [
    # a pneumonia told as a diagnosis, or breathless with the cold, stays above self-care
    (("医生说我是肺炎，咳嗽发烧", (G, "34"), (D, "3天")), ("routine", "urgent", "emergency")),
    (("感冒三天，现在喘不上气，胸口疼", (G, "34"), (D, "3天")), URGENT_UP),
    # a sore throat that cannot swallow saliva, with a muffled voice, is quinsy-like
    (("嗓子一边特别疼，嘴都张不开，口水都咽不下去", (G, "25"), (D, "3天")), URGENT_UP),
]

# nhs.uk Cold sores: tingling then a cluster of small blisters at the lip, clear in 10 days; a
# pharmacist's antiviral cream. Shingles near the eye, or a baby, stay urgent.
COLD_SORE = [
    (
        (
            "嘴角起了一簇小水泡，又痒又疼，是不是上火了？",
            (G, "27"),
            (D, "昨天开始"),
            (A, "没发烧，眼睛没事"),
        ),
        "self_care",
    ),
    (("嘴唇上长了一串小水泡，好难受", (G, "30"), (D, "两天"), (A, "没别的")), "self_care"),
    (("上火了嘴边冒了一小片水泡", (G, "35"), (D, "1天"), (A, "不发烧")), "self_care"),
    (
        (
            "little cluster of blisters on my lip, tingled yesterday",
            (G, "27"),
            (D, "1 day"),
            (A, "nothing else"),
        ),
        "self_care",
    ),
]
COLD_SORE_NOT = [
    # a cluster of blisters on one side of the forehead near the eye is shingles near the eye
    (("额头一侧起了一簇小水泡，眼睛也红了疼", (G, "60"), (D, "两天")), URGENT_UP),
    (
        ("a band of blisters across one side of my chest, burning pain", (G, "60"), (D, "2 days")),
        URGENT_UP,
    ),
]

# nhs.uk Neck pain: a stiff neck on waking (slept awkwardly) gets better in a few days with
# painkillers and heat; "疼得要命" is no score. With a fever and a headache it is not this.
STIFF_NECK = [
    (
        (
            "早上起来脖子转不动了，一转就疼得要命，是不是颈椎病很严重了？我32岁，昨晚在沙发上歪着睡着的。手不麻，没发烧，没头疼。",
        ),
        "self_care",
    ),
    (
        ("今早起来脖子僵了，疼死了，吓死我了", (G, "40"), (D, "今天早上"), (A, "手不麻，不发烧")),
        "self_care",
    ),
    (("一觉醒来脖子动不了，疼得要命", (G, "28"), (D, "今天"), (A, "没有别的")), "self_care"),
    (
        (
            "woke up with a stiff neck, can't turn my head, agony",
            (G, "35"),
            (D, "this morning"),
            (A, "no fever, arms fine"),
        ),
        "self_care",
    ),
]
STIFF_NECK_NOT = [
    (("早上起来脖子僵硬疼，发高烧39度，头疼得厉害，怕光", (G, "20"), (D, "今天")), URGENT_UP),
    (
        ("早上起来脖子疼得要命，手也麻了", (G, "50"), (D, "今天")),
        ("routine", "urgent", "emergency"),
    ),
    (
        ("stiff neck this morning with a fever of 39 and a bad headache, light hurts", (G, "20")),
        URGENT_UP,
    ),
]

# nhs.uk Back pain: a back strained lifting - keep active, painkillers, heat; a pharmacist.
# Numb legs, trouble peeing or numbness around the bottom are cauda equina (999/A&E).
BACK_STRAIN = [
    (
        (
            "搬家搬箱子把腰闪了，疼死了，会不会是腰椎间盘突出？",
            (G, "41"),
            (D, "3天前"),
            (A, "腿不麻不疼，大小便正常，不发烧"),
        ),
        "self_care",
    ),
    (("昨天搬东西把腰闪了，疼得要命", (G, "35"), (D, "1天"), (A, "腿不麻，不发烧")), "self_care"),
    (("腰闪了一下，疼死了，会不会很严重", (G, "30"), (D, "两天"), (A, "腿没事")), "self_care"),
    (
        (
            "did my back in lifting boxes, it's killing me",
            (G, "41"),
            (D, "2 days"),
            (A, "legs fine, no numbness"),
        ),
        "self_care",
    ),
]
BACK_STRAIN_NOT = [
    (("搬箱子把腰闪了，现在两条腿都麻了，尿不出来", (G, "41"), (D, "1天")), URGENT_UP),
    (("did my back in lifting, now numb around my bottom and can't pee", (G, "41")), URGENT_UP),
    # a score of 10 is no self-care (nhs.uk Back pain: a GP if it does not improve)
    (
        ("搬东西把腰闪了，疼得10分", (G, "41"), (D, "1天"), (S, "10分")),
        ("routine", "urgent", "emergency"),
    ),
]

# nhs.uk Period pain: the usual pain, eased by ibuprofen, is self-care; a GP when it changes or
# is severe by a score; a fever or a possible pregnancy stays.
PERIOD_PAIN = [
    (
        (
            "我19岁，每次来月经第一天肚子就疼得要命，今天又来了，吃了一片布洛芬就好多了。从初潮开始就一直这样，月经规律，没发烧。",
        ),
        "self_care",
    ),
    (
        ("痛经，每次来例假都疼死了，吃了布洛芬好点", (G, "20"), (D, "今天"), (A, "不发烧")),
        "self_care",
    ),
    (("从来月经开始就痛经，这次又疼得要命", (G, "22"), (D, "一天"), (A, "没别的")), "self_care"),
]
PERIOD_PAIN_NOT = [
    (
        ("每次来月经都疼，这次疼得10分，还发烧39度", (G, "25"), (D, "一天"), (S, "10分")),
        ("routine", "urgent", "emergency"),
    ),
    (
        ("period pain every month but this time 9/10 and I'm vomiting", (G, "25"), (S, "9/10")),
        ("routine", "urgent", "emergency"),
    ),
]

# nhs.uk Head injury and concussion: a child's bump acting normally is cared for at home;
# vomiting, drowsiness or knocked out is A&E.
HEAD_BUMP = [
    (
        (
            "孩子在沙发上蹦，摔下来额头磕到茶几角上了，起了个大包",
            (A, "没晕过去，没吐，说话走路都正常，也不犯困"),
            (G, "4岁"),
            (D, "一个小时前"),
            (S, "哭了一会儿就好了，现在在玩"),
        ),
        "self_care",
    ),
    (
        (
            "儿子额头撞到桌角，鼓了个大包，吓死了",
            (A, "没吐，说话走路都正常"),
            (G, "5岁"),
            (D, "半小时前"),
        ),
        "self_care",
    ),
    (("女儿摔了一跤额头磕了个包", (A, "跟没事人一样，没吐"), (G, "3岁"), (D, "刚才")), "self_care"),
]
HEAD_BUMP_NOT = [
    (
        ("孩子额头磕到茶几角，起了个大包", (A, "吐了两次，一直想睡"), (G, "4岁"), (D, "一小时前")),
        URGENT_UP,
    ),
    (("孩子摔下来磕到头，晕过去了一会儿", (G, "3岁"), (D, "刚才")), URGENT_UP),
    (("my son bumped his head, now vomiting and very sleepy", (G, "4")), URGENT_UP),
]

# nhs.uk Benign prostate enlargement: peeing at night, a slow stream, dribbling -> a GP; "没有尿血"
# denies blood and is no dehydration. Unable to pee at all stays urgent/emergency.
PROSTATE = [
    (
        (
            "我爸晚上要起来尿三四次，尿得慢，尿完还滴答，是不是前列腺癌？",
            (G, "68"),
            (D, "大半年了"),
            (A, "没有尿血，尿尿不疼，没发烧"),
        ),
        "routine",
    ),
    (
        (
            "我爸夜里要起来尿四五次，尿尿要等半天才出来，还尿不干净",
            (G, "72"),
            (A, "没有尿血尿疼，不发烧"),
        ),
        "routine",
    ),
    (
        ("老公公晚上老起夜，尿不干净，会不会很严重", (G, "70"), (D, "一年多"), (A, "没有尿痛")),
        "routine",
    ),
    (
        (
            "my dad gets up 4 times a night to pee, weak stream, is it prostate cancer?",
            (G, "70"),
            (D, "a year"),
            (A, "no blood in his pee"),
        ),
        "routine",
    ),
]
PROSTATE_NOT = [
    (("我爸一天都尿不出来了，小肚子胀得硬", (G, "72")), URGENT_UP),
    (("我爸没有尿", (G, "72"), (D, "一天")), URGENT_UP),
]

# nhs.uk Iron deficiency anaemia: tired, pale, breathless on the stairs -> a GP's blood test.
# Breathless at rest or with chest pain stays urgent.
ANAEMIA = [
    (
        (
            "最近总是头晕没力气，爬两层楼就喘，同事都说我脸色发白",
            (A, "月经量一直很多"),
            (S, "不至于晕倒，就是累"),
            (G, "38"),
        ),
        "routine",
    ),
    (("爬三层楼就喘，脸色发白，老是累", (G, "40"), (D, "两个月")), "routine"),
]
ANAEMIA_NOT = [
    (("坐着不动也喘不上气，脸色发白，胸口疼", (G, "40")), URGENT_UP),
]

# nhs.uk Low blood pressure: dizzy on standing since a new blood-pressure tablet -> a GP's review;
# "摔了一跤，没磕到头" is a fall without a head injury.
POSTURAL = [
    (
        (
            "我爸最近早上起床或者蹲下站起来就眼前发黑头晕，要扶着墙站一会才好",
            (G, "77"),
            (S, "几秒钟就好；前天起夜站起来眼前一黑摔了一跤，没磕到头，就膝盖青了一块"),
            (A, "躺着坐着不晕，说话手脚都正常"),
        ),
        "routine",
    ),
]
POSTURAL_NOT = [
    (("我爸摔了一跤，头磕到了地上，现在有点迷糊", (G, "77")), URGENT_UP),
    (("老人摔了一跤，后脑勺着地", (G, "80")), URGENT_UP),
]

# nhs.uk Testicle pain / Epididymitis: a testicle swollen for days with burning pee -> urgent GP
# or 111; sudden severe pain stays A&E.
TESTIS = [
    (("右边睾丸肿了好几天，有点疼，尿尿也有点烧",), "urgent"),
    (("蛋蛋肿了三天了，胀痛", (G, "26")), "urgent"),
]
TESTIS_NOT = [
    (("睾丸突然剧痛，还吐了", (G, "15")), ("emergency",)),
    (("sudden severe pain in my testicle, feel sick", (G, "16")), ("emergency",)),
]

# nhs.uk Acne: a GP when pharmacy treatments have not worked. A new cream started days ago is not that.
ACNE = [
    (
        ("我儿子16岁，脸上痘痘越来越多，药店买的过氧苯甲酰凝胶用了三个月没啥用，能不能开点别的药",),
        "routine",
    ),
    (("脸上长痘痘，抹了两个月药膏也没用", (G, "18")), "routine"),
]

# nhs.uk Bleeding from the bottom / Bowel cancer: bright blood on the paper is a GP's; with weight
# loss, or a changed bowel habit at 60 or over, it is urgent (NICE NG12 1.3.1); bloody
# diarrhoea stays urgent, and faintness emergency.
RECTAL = [
    (
        (
            "最近大便带血，有时候擦屁股纸上有，是不是肠癌？",
            (G, "56"),
            (D, "一个多月了"),
            (S, "量不多，鲜红的"),
            (A, "大便比以前稀，次数多了，一天两三次；不疼，没瘦，不头晕"),
        ),
        "routine",
    ),
    (("擦屁股纸上有点血，是不是肠癌？吓死了", (G, "35"), (D, "一周"), (A, "没别的")), "routine"),
    (("拉完大便纸巾上沾了点鲜红的血", (G, "40"), (D, "三天"), (A, "不疼")), "routine"),
    (
        (
            "blood on the toilet paper when I wipe, is it bowel cancer?",
            (G, "40"),
            (D, "a week"),
            (A, "nothing else"),
        ),
        "routine",
    ),
]
RECTAL_NOT = [
    (("大便带血，最近瘦了十斤", (G, "65"), (D, "一个多月")), URGENT_UP),
    (("擦屁股纸上有血，大便习惯也变了", (G, "68"), (D, "一个月")), URGENT_UP),
    (
        ("blood on the toilet paper when I wipe, losing weight", (G, "65"), (D, "a month")),
        URGENT_UP,
    ),
    (
        (
            "blood on the paper when I wipe and a change in my bowel habits",
            (G, "70"),
            (D, "a month"),
        ),
        URGENT_UP,
    ),
    (("拉肚子带血，一天拉了七八次", (G, "30"), (D, "两天")), URGENT_UP),
    (("宝宝大便带血", (G, "8个月")), URGENT_UP),
    (("my 2 year old has bright red blood in his poo", (G, "2")), URGENT_UP),
    (("大便带血，头晕，快晕倒了", (G, "40")), URGENT_UP),
]

# nhs.uk Atopic eczema: a baby's suspected eczema (dry, rough, itchy patches) is for a GP to
# diagnose and plan emollients; not self-care.
INFANT_ECZEMA = [
    (
        (
            "宝宝4个月，脸蛋和脖子上红红的，一块块很干，摸着粗糙，老去蹭。没有流水，不发烧，吃奶正常。网上说是奶癣，需要去医院吗？",
        ),
        "routine",
    ),
    (("宝宝8个月，脸上干干的很粗糙，是不是湿疹", (G, "8个月")), "routine"),
    (("baby 6 months, dry rough patches on his cheeks, eczema?", (G, "6 months")), "routine"),
]

INFANT_ECZEMA_NOT = [
    # a red nappy area asked about by name is nappy rash (nhs.uk Nappy rash: a pharmacist)
    (
        ("宝宝屁股红了一片 是不是湿疹", (G, "5个月"), (D, "两三天"), (A, "不发烧 吃奶正常")),
        ("self_care",),
    ),
    (
        ("baby's bottom is red in the nappy area, is it eczema?", (G, "5 months"), (D, "2 days")),
        ("self_care",),
    ),
]

# nhs.uk Roseola: a rash once a young child's 3-day fever has gone, the child brighter, is cared
# for at home. A fever still there, a baby under 6 months, or a drowsy child is not this.
ROSEOLA = [
    (
        (
            "宝宝烧了三天，最高39.5，今天烧退了，身上一下子出了好多小红疹子，是不是过敏了",
            (A, "有点流鼻涕，拉了两次稍微稀一点"),
            (G, "11个月"),
            (S, "疹子不痒，压一下会褪色，宝宝精神比前几天好多了"),
        ),
        "self_care",
    ),
    (
        (
            "宝宝烧了三天，今天烧退了，身上出了好多小红疹子",
            (G, "1岁"),
            (S, "疹子压了会褪色，精神很好"),
        ),
        "self_care",
    ),
    (
        (
            "my 1 year old had a fever for 3 days, it went today and now a rash on his tummy",
            (G, "1"),
            (S, "fine, playing"),
        ),
        "self_care",
    ),
]
ROSEOLA_NOT = [
    (("宝宝烧退了，出了疹子，但是一直睡叫不醒", (G, "1岁")), URGENT_UP),
    (("宝宝4个月，发烧39度，身上出疹子", (G, "4个月")), URGENT_UP),
    (("宝宝身上出了紫色的点点，压了不褪色，还发烧", (G, "1岁")), URGENT_UP),
]


@pytest.mark.parametrize(
    ("turns", "urgency"),
    THROAT_COLD + COLD_SORE + STIFF_NECK + BACK_STRAIN + PERIOD_PAIN + HEAD_BUMP + ROSEOLA,
)
def test_r9z_self_care(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(
    ("turns", "urgency"), PROSTATE + ANAEMIA + POSTURAL + ACNE + TESTIS + RECTAL + INFANT_ECZEMA
)
def test_r9z_gp_or_urgent(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(
    ("turns", "allowed"),
    THROAT_COLD_NOT
    + COLD_SORE_NOT
    + STIFF_NECK_NOT
    + BACK_STRAIN_NOT
    + PERIOD_PAIN_NOT
    + HEAD_BUMP_NOT
    + PROSTATE_NOT
    + ANAEMIA_NOT
    + POSTURAL_NOT
    + TESTIS_NOT
    + RECTAL_NOT
    + INFANT_ECZEMA_NOT
    + ROSEOLA_NOT,
)
def test_r9z_look_alikes(turns, allowed):
    assert _u(*turns) in allowed
