"""Round-8 urgency classes (bench r8a/r8b tuning sets): each class in English and Chinese in
several phrasings, with look-alikes that must stay where they are."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import A, D, H, S
from .turns import rules_urgency as _u

# nhs.uk DVT: urgent GP or 111 for pain and swelling in one leg, usually the calf - told as one
# calf thicker or bigger than the other.
DVT = [
    (
        (
            "flew back from australia last week and my right calf is thicker than the other, warm and aching",
        ),
        "urgent",
    ),
    (("my left leg looks a lot bigger than the other since the operation",), "urgent"),
    (("上周坐飞机回来，右小腿又胀又疼", (A, "小腿比左边粗一圈，摸着发热")), "urgent"),
    (("左腿比右边的腿明显粗，按着疼",), "urgent"),
]
DVT_NOT = [
    # both legs alike, or a thigh muscle that is only sore after the gym
    (("两只脚踝都有点肿，坐了很久", (A, "两边一样粗，小腿不痛不红")), ("routine", "self_care")),
    (
        ("my calves are sore after running a half marathon yesterday", (S, "3/10")),
        ("routine", "self_care"),
    ),
    (("my son's legs are getting thicker from football training",), ("routine", "self_care")),
]


@pytest.mark.parametrize(("turns", "urgency"), DVT)
def test_r8_calf_one_side_thicker(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), DVT_NOT)
def test_r8_calf_not_one_side(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Red eye: urgent GP or 111 for a red eye with pain, light sensitivity or changes in sight,
# and in a contact lens wearer (College of Optometrists: contact lens keratitis).
LENS_EYE = [
    (("i wear contact lenses and my right eye is red and sore, light hurts",), "urgent"),
    (
        (
            "red eye for 2 days, I sleep in my contacts",
            (S, "6/10 painful"),
            (A, "blurry and watering"),
        ),
        "urgent",
    ),
    (("戴隐形眼镜的，右眼红了两天，今天疼得睁不开，特别怕光",), "urgent"),
    (("左眼红", (A, "有点疼，看东西有点模糊"), (H, "近视，天天戴月抛")), "urgent"),
]
LENS_EYE_NOT = [
    # lenses with an itchy eye in hay fever, or a lens question with no eye symptom
    (("can i wear my contact lenses while i have a cold?",), ("routine", "self_care")),
    (("戴隐形眼镜久了眼睛有点干",), ("routine", "self_care")),
    (
        ("sticky red eye, no pain, vision fine, i wear glasses not contacts",),
        ("routine", "self_care"),
    ),
]


@pytest.mark.parametrize(("turns", "urgency"), LENS_EYE)
def test_r8_lens_red_eye(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), LENS_EYE_NOT)
def test_r8_lens_eye_not(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Eye injuries: something that flew into the eye (grinding, drilling, work) with pain or
# watering, or an eye that cannot be opened, is for urgent care.
EYE_FB = [
    (
        ("something flew into my eye while grinding at work, it's watering and I can't open it",),
        "urgent",
    ),
    (("a bit of metal went into my eye at work",), "urgent"),
    (("干活时候眼睛里崩进去个东西，现在一直流泪睁不开",), "urgent"),
    (("眼睛里飞进去一粒沙子，揉不出来",), "urgent"),
]
EYE_FB_NOT = [
    (("I think I have something in my throat, no just a tickle",), ("routine", "self_care")),
    (("眼睛有点干涩，看手机久了",), ("routine", "self_care")),
    (("my eyes feel tired after work on the computer",), ("routine", "self_care")),
]


@pytest.mark.parametrize(("turns", "urgency"), EYE_FB)
def test_r8_eye_foreign_body(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), EYE_FB_NOT)
def test_r8_eye_not_foreign_body(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Shingles: see a GP or 111 within 3 days for a band of blisters on one side (NICE CKS
# Shingles: antivirals for anyone immunosuppressed, e.g. on methotrexate or biologics).
SHINGLES = [
    (
        ("got a painful stripy rash with blisters round one side of my waist", (D, "3 days")),
        "urgent",
    ),
    (
        ("blisters round the left side of my chest, burning", (H, "on methotrexate for RA")),
        "urgent",
    ),
    (("右边腰上起了一串水泡，火辣辣地疼", (H, "类风湿，在吃甲氨蝶呤")), "urgent"),
]
SHINGLES_NOT = [
    (
        ("striped shirt gave me a heat rash? tiny red spots all over, itchy",),
        ("routine", "self_care"),
    ),
    (("孩子身上一片红疹子，不痒",), ("routine", "self_care")),
]


@pytest.mark.parametrize(("turns", "urgency"), SHINGLES)
def test_r8_shingles_band(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), SHINGLES_NOT)
def test_r8_shingles_not(turns, allowed):
    assert _u(*turns) in allowed


# The medicines that suppress the immune system are a high-risk history (NICE NG51, CKS Shingles)
@pytest.mark.parametrize(
    "text",
    ["I'm on methotrexate for my RA", "she has adalimumab injections", "在吃甲氨蝶呤", "正在化疗"],
)
def test_r8_immunosuppressant_history(text):
    from consult.triage.facts import find_conditions

    assert "immunosuppression" in find_conditions(text)


@pytest.mark.parametrize("text", ["no chemo, no steroids, nothing like that", "没有化疗过"])
def test_r8_immunosuppressant_denied(text):
    from consult.triage.facts import find_conditions

    assert "immunosuppression" not in find_conditions(text)


# NICE CKS Giant cell arteritis: same-day assessment for a new headache at 50 or over with jaw
# claudication or scalp tenderness (nhs.uk GCA: urgent GP or 111).
GCA = [
    (
        (
            "I'm 71 and have had a headache for 2 weeks, never get them",
            (A, "jaw gets tired chewing steak, eyesight normal"),
        ),
        "urgent",
    ),
    (("new headache at 68, pain in my jaw when eating",), "urgent"),
    (("73岁，最近两周太阳穴这里一直疼，梳头都疼",), "urgent"),
    (("70岁，头疼一周", (A, "吃饭嚼东西下巴累，看东西正常")), "urgent"),
]
GCA_NOT = [
    # a jaw aching from clenching or a tooth, a comb that tangles
    (
        ("my jaw aches in the morning, i think i grind my teeth", (D, "a few months")),
        ("routine", "self_care"),
    ),
    (("梳头的时候头发掉得多",), ("routine", "self_care")),
    (("jaw clicks when i chew gum, no pain", (S, "1/10")), ("routine", "self_care")),
]


@pytest.mark.parametrize(("turns", "urgency"), GCA)
def test_r8_gca_signs(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), GCA_NOT)
def test_r8_gca_not(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Period pain: see a GP for severe period pain or pain that has got worse; nhs.uk
# Endometriosis: a GP. Period pain over months or years, even 8/10 on the day, is routine.
PERIOD_LONG = [
    (
        (
            "my period pains have got so much worse in the last year",
            (D, "getting worse over about a year"),
            (S, "8/10 on the first 2 days"),
            (A, "pain during sex too, not pregnant"),
        ),
        "routine",
    ),
    (
        (
            "periods are brutal and sex hurts deep down",
            (D, "for years"),
            (S, "9/10 on period days"),
        ),
        "routine",
    ),
    (
        ("痛经越来越厉害", (D, "两年多了"), (S, "来月经的时候8分"), (A, "同房也疼，没有发烧")),
        "routine",
    ),
    # a hot water bottle is no burn
    (
        (
            "period pain again",
            (D, "over a year, every month"),
            (S, "8/10"),
            (A, "ibuprofen and a hot water bottle"),
        ),
        "routine",
    ),
]
PERIOD_LONG_NOT = [
    # new, severe lower tummy pain with a fever, or in pregnancy, stays urgent or above
    (
        (
            "really bad lower tummy pain since yesterday, period is late",
            (S, "9/10"),
            (A, "fever 38.5"),
        ),
        ("urgent", "emergency"),
    ),
    (("月经推迟了，下腹剧痛", (D, "今天"), (S, "9分")), ("urgent", "emergency")),
    # a burn from a kettle is still a burn
    (
        ("spilt hot water from the kettle on my hand, it really hurts", (S, "9/10")),
        ("urgent", "emergency"),
    ),
]


@pytest.mark.parametrize(("turns", "urgency"), PERIOD_LONG)
def test_r8_period_pain_long(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), PERIOD_LONG_NOT)
def test_r8_period_pain_not_long(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Earwax build-up: see a GP if drops have not helped after 5 days; a hearing loss told
# sudden (today, woke up with it) stays urgent (nhs.uk Sudden hearing loss).
EARWAX = [
    (
        (
            "右耳朵闷闷的听不清，药店说是耳屎，滴了一周滴耳油还是堵着",
            (D, "一周"),
            (A, "不疼，没有头晕"),
        ),
        "routine",
    ),
    (
        (
            "left ear blocked with wax, can't hear out of my left ear, olive oil drops for a week not doing anything",
            (D, "about 10 days"),
        ),
        "routine",
    ),
]
EARWAX_NOT = [
    (("右耳突然听不清了", (D, "今天早上")), ("urgent",)),
    (
        ("woke up and can't hear out of my right ear, feels blocked", (D, "since this morning")),
        ("urgent",),
    ),
    (("耳朵闷闷的听不清，一夜之间就这样了", (D, "五天")), ("urgent",)),
]


@pytest.mark.parametrize(("turns", "urgency"), EARWAX)
def test_r8_earwax(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), EARWAX_NOT)
def test_r8_hearing_still_sudden(turns, allowed):
    assert _u(*turns) in allowed


# A pharmacist's treatment tried for its course without effect is a GP's (nhs.uk Ringworm: 2
# weeks; Atopic eczema: emollients not controlling it); hives that keep coming back are chronic
# urticaria (nhs.uk Hives: see a GP if the rash keeps coming back).
TREATMENT_FAILED = [
    (
        (
            "round red ring on my arm, pharmacist gave me clotrimazole but after 2 weeks its still there",
            (S, "itchy, 2/10"),
        ),
        "routine",
    ),
    (
        (
            "my daughter's eczema has flared and the emollient isnt cutting it any more",
            (D, "2 weeks"),
            (A, "not weeping, no fever"),
        ),
        "routine",
    ),
    (("脚气抹了两周药膏还是痒",), "routine"),
    (("身上起风团反反复复两个多月了，吃氯雷他定能好一阵", (S, "痒，4分")), "routine"),
    (("hives keep coming back", (D, "for 2 months")), "routine"),
]
TREATMENT_WORKS = [
    (
        (
            "got hives after eating strawberries, antihistamine helped",
            (D, "since this morning"),
            (A, "no lip or tongue swelling, breathing fine"),
        ),
        ("self_care",),
    ),
    (("身上起了风团，痒", (D, "昨天开始"), (A, "没有嘴唇肿，不喘")), ("self_care",)),
    (("using clotrimazole for athlete's foot, it's clearing up", (D, "4 days")), ("self_care",)),
]


@pytest.mark.parametrize(("turns", "urgency"), TREATMENT_FAILED)
def test_r8_treatment_failed(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), TREATMENT_WORKS)
def test_r8_treatment_working(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Mouth ulcers: a pharmacist; a pain told as a word ("疼死了") is no score, and a cause told
# beside it (熬夜, staying up late) adds no pain of its own.
MOUTH = [
    (
        ("嘴里长了两个溃疡，吃东西疼死了，最近熬夜多", (D, "三四天"), (A, "没发烧，能吃饭")),
        "self_care",
    ),
    (
        (
            "mouth ulcer is killing me, been staying up late with work",
            (D, "3 days"),
            (A, "no fever, eating ok"),
        ),
        "self_care",
    ),
]
MOUTH_NOT = [
    (("嘴里溃疡一个多月了还不好", (D, "一个多月")), ("routine", "urgent")),
    (
        ("mouth ulcer and a pounding headache, been staying up late", (S, "9/10"), (D, "2 days")),
        ("routine", "urgent"),
    ),
]


@pytest.mark.parametrize(("turns", "urgency"), MOUTH)
def test_r8_mouth_ulcer(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), MOUTH_NOT)
def test_r8_mouth_ulcer_not(turns, allowed):
    assert _u(*turns) in allowed


# A diagnosis feared, not had, is no history (a tension-type headache with a cancer worry stays
# self-care: nhs.uk Tension headaches); a condition told as had still counts.
@pytest.mark.parametrize(
    "text",
    [
        "googled it and now im convinced its a brain tumour",
        "worried it could be cancer",
        "is it a tumour?",
        "会不会是口腔癌啊",
        "我怕是长了肿瘤",
    ],
)
def test_r8_feared_condition_not_history(text):
    from consult.triage.facts import find_conditions

    assert "cancer" not in find_conditions(text)


@pytest.mark.parametrize(
    "text",
    [
        ("I had breast cancer 5 years ago", "cancer"),
        ("worried because I had bowel cancer before", "cancer"),
        ("我有肺癌，在化疗", "cancer"),
        ("worried cause i've got diabetes", "diabetes"),
        ("担心血糖，我有糖尿病", "diabetes"),
    ],
)
def test_r8_condition_had_is_history(text):
    from consult.triage.facts import find_conditions

    text, condition = text
    assert condition in find_conditions(text)


SELF_CARE = [
    # nhs.uk Tension headaches: a band round the head, paracetamol, no red flags
    (
        (
            "had a headache for 2 days like a tight band round my head, now convinced its a brain tumour",
            (A, "neck stiff from desk, no vomiting, no fever, no weakness"),
            (S, "4/10 dull"),
        ),
        "self_care",
    ),
    # nhs.uk Back pain / Sprains: put the back out lifting, no numbness or bladder change
    (
        (
            "put my back out helping a mate move a sofa yesterday",
            (S, "6/10 when moving"),
            (A, "no numbness, peeing normal, no fever"),
        ),
        "self_care",
    ),
    (("搬家的时候闪了腰", (D, "昨天"), (S, "5分"), (A, "腿不麻，大小便正常")), "self_care"),
    # nhs.uk Heat exhaustion: cooled, resting and drinking water, better within 30 minutes
    (
        (
            "下午在户外跑步，回来头晕恶心出了好多汗，现在在空调房躺了半小时，喝了两瓶水，好多了",
            (S, "现在2分"),
            (A, "意识清楚，体温37.2"),
        ),
        "self_care",
    ),
    # nhs.uk Cystitis: a woman who knows it again, no fever, back pain or blood, not pregnant
    (
        (
            "think ive got cystitis again, burning when i wee",
            (D, "since yesterday"),
            (S, "3/10"),
            (A, "no fever, no back pain, no blood in wee, definitely not pregnant"),
        ),
        "self_care",
    ),
    # nhs.uk Period pain: the usual pain, the same every month
    (
        ("大姨妈第一天肚子疼，跟平时差不多", (S, "5分，和每个月一样"), (A, "没有发烧，量正常")),
        "self_care",
    ),
]
SELF_CARE_NOT = [
    # a back hurt with numbness or a bladder change, a heat illness not better, a man's cystitis
    (
        ("put my back out lifting", (A, "numb around my bottom, can't pee properly")),
        ("urgent", "emergency"),
    ),
    (
        ("在户外干活中暑了，在空调房躺了半小时还是头晕", (A, "出了好多汗，吐了好几次")),
        ("urgent", "emergency"),
    ),
    (
        ("burning when i wee, cystitis again i think", (A, "no fever"), (H, "I'm a man, 45")),
        ("routine", "urgent"),
    ),
    (("put my back against the wall and it hurts", (D, "3 months")), ("routine", "urgent")),
]


@pytest.mark.parametrize(("turns", "urgency"), SELF_CARE)
def test_r8_self_care(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), SELF_CARE_NOT)
def test_r8_self_care_not(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Testicle pain: urgent GP or 111 for pain or swelling over days (epididymitis); A&E for
# sudden, very bad pain (torsion). A sudden severe pain told as denied ("不是突然剧痛") rates none.
TESTICLE = [
    (
        ("right testicle has been getting sore and swollen over the last couple days. no injury",),
        "urgent",
    ),
    (
        ("右边蛋蛋这两天慢慢肿起来了，疼", (S, "5分"), (A, "低烧37.9，不是突然剧痛，没有呕吐")),
        "urgent",
    ),
]
TESTICLE_SUDDEN = [
    (("sudden severe pain in my left testicle an hour ago, feel sick",), "emergency"),
    (("睾丸突然剧痛，半小时前开始的",), "emergency"),
]


@pytest.mark.parametrize(("turns", "urgency"), TESTICLE + TESTICLE_SUDDEN)
def test_r8_testicle(turns, urgency):
    assert _u(*turns) == urgency


# The interview asks a pregnancy's red-flag companions only of a pregnancy told, not denied.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("stinging when I pee, no fever, not pregnant", None),
        ("我没怀孕，尿频尿痛", None),
        ("im definitely not pregnant, tummy ache", "abdomen"),
        ("I am 20 weeks pregnant and have a headache", "pregnancy"),
        ("怀孕了，肚子疼", "pregnancy"),
    ],
)
def test_r8_pregnancy_class_not_denied(text, kind):
    from consult.triage.planner import complaint_class

    assert complaint_class([text]) == kind


def test_r8_hearing_loss_days_not_wax_stays_urgent():
    # a loss of hearing over days with nothing blocked or waxy told (胸闷 is no blocked ear)
    assert _u("左耳听不见了，还有点胸闷", (D, "五天")) in ("urgent", "emergency")


# nhs.uk Sciatica: numbness from the buttock down one leg is sciatica (a GP); nhs.uk Cauda equina
# syndrome: both legs, numbness around the anus or genitals, or bladder/bowel trouble is A&E.
SCIATICA_ONE_LEG = [
    (("lower back pain", (A, "numb in my bum going down my left leg")), ("routine", "urgent")),
    (
        ("back pain for a week, numbness in my buttock down to my right calf",),
        ("routine", "urgent"),
    ),
    (("腰疼", (A, "屁股麻到大腿后面")), ("routine", "urgent")),
    (("腰痛一周，屁股发麻一直到小腿",), ("routine", "urgent")),
]
CAUDA_EQUINA = [
    (("lower back pain", (A, "numb in my bum and down both legs")), "emergency"),
    (("back pain and numbness around my bottom, can't feel when i wipe",), "emergency"),
    (("back pain, numb in my bum and i can't pee",), "emergency"),
    (("腰疼", (A, "屁股周围发麻，两条腿都麻")), "emergency"),
    (("腰疼", (A, "屁股麻，尿不出来")), "emergency"),
    (("腰痛，肛门周围麻",), "emergency"),
]


@pytest.mark.parametrize(("turns", "allowed"), SCIATICA_ONE_LEG)
def test_r8_sciatica_one_leg_not_cauda_equina(turns, allowed):
    assert _u(*turns) in allowed


@pytest.mark.parametrize(("turns", "urgency"), CAUDA_EQUINA)
def test_r8_cauda_equina_stays(turns, urgency):
    assert _u(*turns) == urgency


# nhs.uk Sore throat / Epiglottitis: call 999 for a sore throat with drooling or not being able to
# swallow (their own saliva).
CANT_SWALLOW_SPIT = [
    (("sore throat", (A, "cant even swallow my own spit")), "emergency"),
    (("my throat is so swollen i can't swallow my spit",), "emergency"),
    (("sore throat and drooling cause i can't swallow",), "emergency"),
    (("嗓子疼", (A, "连口水都咽不下去")), "emergency"),
    (("喉咙痛得一直流口水，咽不下",), "emergency"),
]
CANT_SWALLOW_SPIT_NOT = [
    (
        ("sore throat, it hurts to swallow but i can swallow my spit fine",),
        ("routine", "self_care"),
    ),
    (("sore throat, can swallow but it hurts", (A, "no drooling")), ("routine", "self_care")),
    (("嗓子疼，咽口水疼", (A, "没有流口水，能咽下去")), ("routine", "self_care")),
]


@pytest.mark.parametrize(("turns", "urgency"), CANT_SWALLOW_SPIT)
def test_r8_cant_swallow_spit(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), CANT_SWALLOW_SPIT_NOT)
def test_r8_can_swallow_spit(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Generalised anxiety disorder: see a GP for months of worry; chest tightness that is part
# of it, the heart checked normal and nothing else with it, is no urgent chest pain. New or
# changing tightness, or one with breathlessness, sweating, spreading or pain on exertion, stays.
ANXIOUS_CHEST = [
    (
        (
            "天天焦虑，担心这担心那，胸口闷，查了心电图都正常",
            (D, "半年多"),
            (A, "睡不好，没有想轻生"),
        ),
        "routine",
    ),
    (("我焦虑好几个月了，经常胸闷，医院检查都没问题", (A, "睡眠差，没有别的")), "routine"),
    (
        (
            "i've had anxiety for months, worry about everything, my chest feels tight at times, ecg was normal",
            (A, "poor sleep, no thoughts of self-harm"),
        ),
        "routine",
    ),
    (
        (
            "anxious and on edge for the past 6 months, tight chest and neck, had my heart checked and it was fine",
        ),
        "routine",
    ),
]
ANXIOUS_CHEST_STAYS = [
    # new, no check, or with a companion or exertion
    (("焦虑，胸口闷", (D, "两天")), ("urgent", "emergency")),
    (("焦虑半年多了，胸口闷，查心电图正常", (A, "喘不上气，出冷汗")), ("urgent", "emergency")),
    (("焦虑半年多了，心电图正常，最近一爬楼就胸口闷",), ("urgent", "emergency")),
    (("焦虑好几个月，胸闷越来越厉害，心电图正常",), ("urgent", "emergency")),
    (("焦虑半年了，胸口闷",), ("urgent", "emergency")),
    (
        ("anxious for months, ecg normal, but now chest tightness when i walk up stairs",),
        ("urgent", "emergency"),
    ),
    (
        ("anxiety for the past year, ecg was normal, chest tight and short of breath",),
        ("urgent", "emergency"),
    ),
    (
        ("anxious for months, chest tightness spreading to my left arm, ecg normal last year",),
        ("urgent", "emergency"),
    ),
    (("i've been stressed for months and now my chest feels tight",), ("urgent", "emergency")),
    # a new pain told beside long-standing anxiety, or a pain rather than a tightness
    (
        ("chest pain for 3 days, i have had anxiety for years, bloods were fine",),
        ("urgent", "emergency"),
    ),
    (("胸口疼三天了，我焦虑好几年了，检查都正常",), ("urgent", "emergency")),
    (("anxious for months, ecg normal", (D, "chest tight since 2 days")), ("urgent", "emergency")),
    (("焦虑半年多，心电图正常，胸口闷", (D, "这两天开始的")), ("urgent", "emergency")),
    (("焦虑半年多，心电图正常，胸口疼", (D, "半年")), ("urgent", "emergency")),
]


@pytest.mark.parametrize(("turns", "urgency"), ANXIOUS_CHEST)
def test_r8_anxious_chest_routine(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), ANXIOUS_CHEST_STAYS)
def test_r8_anxious_chest_stays(turns, allowed):
    assert _u(*turns) in allowed
