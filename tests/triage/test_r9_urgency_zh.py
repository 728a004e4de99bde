"""Round-9 Chinese over-triage classes (r9y, r9z): a denial inside a phrase's gap (尿尿不疼,
没有尿血, 摔了一跤没磕到头), a feared illness (会不会变成肺炎), everyday names (嗓子发炎, 擦屁股纸上有,
落枕 told as 早上起来脖子转不动, 把腰闪了), each with look-alikes that must still count."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import A, D, G, H, S
from .turns import rules_urgency as _u

SELF = ("self_care",)
NOT_URGENT = ("routine", "self_care")
URGENT_UP = ("urgent", "emergency")

# nhs.uk Benign prostate enlargement: getting up at night to pee, a weak flow - see a GP. A denied
# urine symptom (没有尿血, 尿尿不疼) is no symptom and no dry nappy-like dehydration.
PROSTATE = [
    (
        (
            "我爸夜里要起来尿四五次，尿尿要等半天才出来，还尿不干净",
            (G, "72岁"),
            (A, "没有尿血尿疼，不发烧"),
        ),
        ("routine",),
    ),
    (
        ("我爸晚上要起来尿三四次，尿得慢", (G, "68岁"), (A, "没有尿血，尿尿不疼，没发烧")),
        ("routine",),
    ),
    (("老爷子起夜多，尿线细", (G, "75岁"), (A, "小便不痛，也没有血")), ("routine",)),
]
PROSTATE_NOT = [
    (("我爸一天没尿了，小肚子胀", (G, "70岁")), URGENT_UP),
    (("宝宝拉肚子，今天一直没有尿", (G, "10个月")), URGENT_UP),
    (("男，60岁，尿尿疼，尿频", (A, "发烧38.5，腰疼")), URGENT_UP),
]

# nhs.uk Head injury: A&E after a head injury with the warning signs; a fall where the head was
# spared is no head injury (nhs.uk Low blood pressure: dizzy on standing - a GP).
FALL_HEAD_SPARED = [
    (
        (
            "我爸蹲下站起来就头晕眼前发黑",
            (G, "77岁"),
            (A, "前天站起来眼前一黑摔了一跤，没磕到头，就膝盖青了一块"),
        ),
        ("routine",),
    ),
    (("我妈摔了一跤，头没事，手腕有点疼", (G, "60岁"), (A, "能动，不肿")), NOT_URGENT),
]
FALL_HEAD_SPARED_NOT = [
    (("我爸摔了一跤磕到头了，现在一直吐", (G, "80岁")), URGENT_UP),
    (("孩子摔了一下，后脑勺着地", (G, "2岁"), (A, "吐了两次，想睡觉")), URGENT_UP),
]

# nhs.uk Iron deficiency anaemia: breathless on the stairs, pale and tired - see a GP.
ANAEMIA_ZH = [
    (
        (
            "最近总是头晕没力气，爬两层楼就喘，同事都说我脸色发白",
            (G, "35岁"),
            (D, "两个月"),
            (H, "子宫肌瘤，月经量大"),
        ),
        ("routine",),
    ),
    (("月经量特别大，爬三楼就喘，脸色苍白", (G, "40岁"), (D, "半年")), ("routine",)),
]
ANAEMIA_ZH_NOT = [
    (("月经量大，脸色发白，现在坐着都喘不上气", (A, "胸口疼")), URGENT_UP),
]

# nhs.uk Sore throat / Common cold: self-care, a pharmacist; a feared pneumonia is no infection.
THROAT_COLD = [
    (("嗓子发炎了，咽口水都疼，是不是要吃头孢？", (D, "2天"), (A, "不发烧")), SELF),
    (("感冒三天了，鼻塞流鼻涕，嗓子有点疼，会不会变成肺炎？", (A, "不发烧，能吃能喝")), SELF),
    (("喉咙发炎两天了，有点疼", (A, "没发烧")), SELF),
    (("咳嗽流鼻涕，怕是肺炎", (D, "三天"), (A, "不发烧")), SELF),
]
THROAT_COLD_NOT = [
    (("医生说我得了肺炎", (A, "发烧39度，喘")), URGENT_UP),
    (("伤口发炎了，红肿流脓", (A, "发烧")), URGENT_UP),
]

# nhs.uk Bleeding from the bottom: blood on the toilet paper - see a GP (not urgent).
RECTAL_PAPER = [
    (
        ("最近大便带血，有时候擦屁股纸上有，是不是肠癌？", (D, "一个多月了"), (A, "不疼，不发烧")),
        ("routine",),
    ),
    (("拉完擦的时候手纸上有点红", (D, "两周")), NOT_URGENT),
]
RECTAL_PAPER_NOT = [
    (("拉肚子，大便带血", (A, "发烧，一天拉了七八次")), URGENT_UP),
]

# nhs.uk Neck pain / Back pain: a neck cricked in the night, a back put out lifting - self-care
# and painkillers; numb arms, a fever or a fall still count.
NECK_BACK = [
    (
        (
            "早上起来脖子转不动了，一转就疼得要命，是不是颈椎病很严重了？我32岁，昨晚在沙发上歪着睡着的。手不麻，没发烧",
            (S, "疼得要命"),
        ),
        SELF,
    ),
    (("一觉醒来脖子僵了，转头就疼", (G, "28岁"), (A, "手不麻，不发烧")), SELF),
    (("woke up with a stiff neck, slept funny", (G, "30"), (A, "no numbness, no fever")), SELF),
]
NECK_BACK_NOT = [
    (("早上起来脖子转不动了", (A, "发烧39度，头疼得厉害")), URGENT_UP),
    (("搬东西闪了腰，站不起来", (G, "45"), (D, "今天")), ("routine",)),
]

# nhs.uk Period pain: the same every month since the first period - self-care (a pharmacist).
PERIOD_EACH_TIME = [
    (
        (
            "我19岁，每次来月经第一天肚子就疼得要命，吃了一片布洛芬就好多了，从初潮开始就一直这样",
            (A, "月经规律，量正常，没发烧"),
            (S, "疼得要命"),
        ),
        SELF,
    ),
    (("每回来例假都肚子疼，今天又来了", (G, "20岁"), (A, "不发烧")), SELF),
]
PERIOD_EACH_TIME_NOT = [
    # a fever or a score of 9 is no longer the usual pain: a GP at least
    (
        ("每次来月经都疼，这次特别疼", (S, "9分"), (A, "发烧38.5")),
        ("routine", "urgent", "emergency"),
    ),
]


@pytest.mark.parametrize(
    ("turns", "allowed"),
    PROSTATE
    + PROSTATE_NOT
    + FALL_HEAD_SPARED
    + FALL_HEAD_SPARED_NOT
    + ANAEMIA_ZH
    + ANAEMIA_ZH_NOT
    + THROAT_COLD
    + THROAT_COLD_NOT
    + RECTAL_PAPER
    + RECTAL_PAPER_NOT
    + NECK_BACK
    + NECK_BACK_NOT
    + PERIOD_EACH_TIME
    + PERIOD_EACH_TIME_NOT,
)
def test_r9_urgency_zh(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Cold sores: a cluster of small blisters on the lip, usually clear in 10 days - a
# pharmacist; a band of blisters on one side of the body stays shingles (urgent).
COLD_SORE = [
    (
        (
            "嘴角起了一簇小水泡，又痒又疼，是不是上火了？",
            (D, "昨天开始"),
            (H, "以前感冒的时候也起过"),
        ),
        SELF,
    ),
    (("上嘴唇长了几个小水泡，有点痒", (G, "25岁"), (D, "两天")), SELF),
    (("嘴唇边上起泡了，感冒以后老这样", (A, "不发烧")), SELF),
    (("cold sore on my lip again, tingly", (G, "30"), (D, "2 days")), SELF),
]
COLD_SORE_NOT = [
    (("右边腰上起了一簇小水泡，很疼", (G, "60岁")), URGENT_UP),
    (("左边胸口一片水泡，火辣辣地疼", (D, "两天")), URGENT_UP),
]

# nhs.uk Acne / Atopic eczema: a GP when pharmacy treatment has not worked, or for a baby's
# eczema (prescribed emollients).
SKIN_GP = [
    (
        (
            "我儿子16岁，脸上痘痘越来越多，有些有脓头。药店买的过氧苯甲酰凝胶用了三个月没啥用",
            (D, "三个月"),
        ),
        ("routine",),
    ),
    (("脸上长痘，药膏抹了一个月也不管用", (G, "18岁")), ("routine",)),
    (
        (
            "宝宝4个月，脸蛋和脖子上红红的，一块块很干，摸着粗糙。没有流水，不发烧，吃奶正常",
            (G, "4个月"),
        ),
        ("routine",),
    ),
    (("宝宝长奶癣了，脸上一片", (G, "5个月"), (A, "不发烧")), ("routine",)),
]
SKIN_GP_NOT = [
    (("脸上长了几个痘痘", (G, "16岁"), (D, "一周")), SELF),
    (("宝宝5个月，屁屁红了一片", (A, "不发烧")), SELF),
]

# nhs.uk Back pain: a back put out lifting - painkillers and keeping active; a word like 疼死了
# is no score, numbness or not being able to walk still count.
BACK_STRAIN = [
    (
        (
            "搬家搬箱子把腰闪了，疼死了，会不会是腰椎间盘突出？",
            (D, "3天前"),
            (S, "疼死了"),
            (A, "腿不麻，大小便正常"),
            (H, "没什么病"),
        ),
        SELF,
    ),
    (("搬东西腰扭了，疼得要命", (G, "35岁"), (A, "腿不麻")), SELF),
]
BACK_STRAIN_NOT = [
    (("搬东西闪了腰，站不起来", (G, "45"), (D, "今天")), ("routine",)),
    (("搬箱子把腰闪了", (S, "9分"), (A, "腿麻，大小便控制不住")), URGENT_UP),
]


@pytest.mark.parametrize(
    ("turns", "allowed"),
    COLD_SORE + COLD_SORE_NOT + SKIN_GP + SKIN_GP_NOT + BACK_STRAIN + BACK_STRAIN_NOT,
)
def test_r9_urgency_zh_everyday(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Meningitis / Sepsis: 999 for a rash that does not fade under a glass, or purple spots,
# told with words between (玻璃杯压了一下，红点不褪色; 小红点，有的是紫色的).
RASH_NOT_FADING = [
    (
        ("孩子3岁半，发烧一天了，刚才给他换衣服发现身上有好多小红点，有的是紫色的，好害怕",),
        "emergency",
    ),
    (("宝宝发烧，身上起了疹子", (A, "我用玻璃杯压了一下，红点不褪色")), "emergency"),
    (("孩子身上长了些小点点，有几个发紫了", (G, "2岁")), "emergency"),
    (
        ("my son has a fever and a rash, I pressed a glass on the spots and can still see them",),
        "emergency",
    ),
]
RASH_FADES = [
    (("宝宝身上起了红点，用杯子压了一下，褪色了", (A, "不发烧，吃奶好")), NOT_URGENT),
    (("身上的疹子不是紫色的，压一下会褪色", (G, "6岁"), (A, "不发烧，精神好")), NOT_URGENT),
]

# nhs.uk Febrile seizures: a fit only feared ("会不会烧起来抽风") is none; teething with a
# temperature under 38 is self-care (nhs.uk Teething). A fit that happened stays 999.
FIT_FEARED = [
    (
        (
            "宝宝一直流口水啃手，晚上哭闹，体温37.6，会不会烧起来抽风啊？",
            (G, "7个月"),
            (A, "吃奶正常，精神好"),
        ),
        SELF,
    ),
    (("孩子低烧37.5，担心会抽风", (G, "3岁"), (A, "精神好，能吃能喝")), SELF),
    (("孩子低烧37.5，会不会烧到抽搐，要不要去医院", (G, "3岁"), (A, "精神好，能吃能喝")), SELF),
]
FIT_HAPPENED = [
    (("孩子发烧，刚才抽风了", (G, "2岁")), ("emergency",)),
    (("宝宝烧到39度，抽了一下，翻白眼", (G, "1岁")), ("emergency",)),
]

# nhs.uk Head injury and concussion: a child acting normally after a bump ("说话走路都正常") is
# looked after at home; vomiting or drowsiness stay.
HEAD_BUMP_WELL = [
    (
        (
            "孩子在沙发上蹦，摔下来额头磕到茶几角上了，起了个大包",
            (A, "没晕过去，没吐，说话走路都正常，也不犯困"),
            (G, "4岁"),
        ),
        SELF,
    ),
    (("宝宝头撞到桌角，鼓了个包", (A, "吃饭玩耍都正常，没吐"), (G, "3岁")), SELF),
]
HEAD_BUMP_NOT = [
    (("孩子头撞到桌角了", (A, "吐了两次，老想睡觉"), (G, "3岁")), URGENT_UP),
]


@pytest.mark.parametrize(
    ("turns", "allowed"),
    RASH_FADES + FIT_FEARED + FIT_HAPPENED + HEAD_BUMP_WELL + HEAD_BUMP_NOT,
)
def test_r9_urgency_zh_fears(turns, allowed):
    assert _u(*turns) in allowed


@pytest.mark.parametrize(("turns", "urgency"), RASH_NOT_FADING)
def test_r9_urgency_rash_not_fading(turns, urgency):
    assert _u(*turns) == urgency


# nhs.uk Testicle pain: urgent GP or 111 for pain or swelling that came on over days
# (epididymitis); A&E for sudden, very bad pain. "尿尿也有点烧" is the burn of peeing, not a fever.
TESTICLE_DAYS = [
    (
        ("右边睾丸肿了好几天，有点疼，尿尿也有点烧", (D, "好几天"), (A, "低烧37.8，没吐")),
        ("urgent",),
    ),
    (("左边蛋蛋肿了四五天了，有点疼", (D, "五天"), (A, "不发烧")), ("urgent",)),
    (("my left testicle has been swollen and a bit sore for 5 days", (D, "5 days")), ("urgent",)),
]
TESTICLE_SUDDEN = [
    (("右边睾丸突然剧痛，还吐了", (D, "一个小时")), ("emergency",)),
    (("sudden severe pain in my right testicle, feel sick", (D, "1 hour")), ("emergency",)),
]


@pytest.mark.parametrize(("turns", "allowed"), TESTICLE_DAYS + TESTICLE_SUDDEN)
def test_r9_urgency_testicle(turns, allowed):
    assert _u(*turns) in allowed


def test_r9_peeing_burn_is_no_fever():
    from consult.triage.facts import findings

    assert "mild fever" not in findings(["尿尿也有点烧"])[0]
    assert "mild fever" not in findings(["小便有点烧"])[0]
    assert "mild fever" in findings(["孩子有点烧"])[0]


# nhs.uk Roseola: a high temperature for 3 to 5 days, then a rash as it goes - care at home; a
# baby under 6 months with a fever, or a rash that does not fade, stays with a clinician.
ROSEOLA = [
    (
        (
            "宝宝烧了三天，最高39.5，今天烧退了，身上一下子出了好多小红疹子，是不是过敏了",
            (G, "11个月"),
            (S, "疹子不痒，压一下会褪色，精神好多了，奶也吃得好"),
        ),
        SELF,
    ),
    (("孩子发烧三天，退烧以后身上起了红疹", (G, "1岁半"), (A, "精神好，能吃能喝")), SELF),
    (
        (
            "my 10 month old had a high temperature for 3 days, the fever broke this morning and then a rash came out",
            (A, "feeding well, happy"),
        ),
        SELF,
    ),
]
ROSEOLA_NOT = [
    (("宝宝4个月，发烧两天，今天烧退了，身上起了疹子", (G, "4个月")), URGENT_UP),
    (("孩子烧退了以后出疹子，有的是紫色的", (G, "1岁")), ("emergency",)),
]


@pytest.mark.parametrize(("turns", "allowed"), ROSEOLA + ROSEOLA_NOT)
def test_r9_urgency_roseola(turns, allowed):
    assert _u(*turns) in allowed
