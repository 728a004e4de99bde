"""Round 13 (r12bh, people with long-term conditions and their carers): a soft lump is not a
floppy child; no pee while being sick in pregnancy is dehydration, not retention; a type 2
diabetes on tablets with a tummy bug is a same-day call, not ketoacidosis; a long-term condition
that does not change a self-care class's advice keeps it self-care; asthma told by how often a
week the reliever is needed is a review; contact with measles or chickenpox on chemotherapy, and
a diabetes on tablets with sugars staying high, are urgent. Each lowering has look-alikes that
stay emergencies."""

import pytest

from .turns import A, D, G, H, S, urgency_of

M = "medications"


def rules(*turns: str | tuple[str, str]) -> str:
    return urgency_of(*turns, learned=False)


# --- a soft lump is not a floppy child (nhs.uk Piles in pregnancy, Skin tags) ------------------


@pytest.mark.parametrize(
    "text",
    [
        "I have a small floppy bit of skin near my bottom, it itches a bit. What cream can I use?",
        "there's a floppy skin tag on my neck that catches on my collar",
        "怀孕30周，肛门口有个软软的小肉球，有点痒，拉的时候疼。没出血",
        "脖子上长了个软软的小肉疙瘩，不疼不痒",
    ],
)
def test_a_soft_lump_is_not_floppy(text):
    assert rules(text) != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "宝宝发烧，整个人软软的",
        "宝宝今天软软的，不爱吃奶",
        "孩子软软的没精神",
        "宝宝软软的，叫不太醒",
        "孩子发烧，整个人软软的像一团泥",
        "my baby is floppy and not feeding",
        "he's floppy, skin is pale",
        "my son has a fever and is floppy and hard to wake",
    ],
)
def test_a_floppy_child_still_fires(text):
    assert rules(text) == "emergency"


# --- no pee while being sick in pregnancy (nhs.uk Severe vomiting in pregnancy: urgent) --------


def test_being_sick_in_pregnancy_without_a_pee_for_hours_is_urgent():
    assert (
        rules(
            "I'm 9 weeks pregnant and I can't keep anything down, not even water, since "
            "yesterday morning. My wee is really dark.",
            (A, "dizzy when I stand up, dark wee, haven't weed since this morning"),
            (S, "being sick 10+ times a day, 7/10 miserable"),
            ("location", "my stomach"),
            (M, "lamotrigine, I've vomited both doses; folic acid"),
            ("allergies", "none"),
        )
        == "urgent"
    )
    assert (
        rules(
            "怀孕9周，吐得厉害，喝水都吐",
            (A, "头晕，尿是浓茶色，从早上到现在都没解过小便"),
            (S, "吐了十几次，难受，8分"),
        )
        == "urgent"
    )


@pytest.mark.parametrize(
    "turns",
    [
        ("I'm 14 weeks pregnant and I can't pee, haven't weed since this morning", (S, "8/10")),
        ("haven't weed since this morning", (S, "being sick with the pain, 8/10")),
        (
            "haven't weed since this morning, lower tummy is swollen and hard",
            (S, "being sick, 8/10"),
        ),
        ("从早上到现在都没解过小便", (S, "吐了，疼得厉害，8分")),
        ("老公从早上到现在尿不出来", (S, "小肚子疼得厉害，8分")),
        ("怀孕14周，从早上到现在尿不出来", (A, "小肚子胀得硬硬的，吐了")),
    ],
)
def test_a_bladder_that_cannot_empty_still_fires(turns):
    assert rules(*turns) == "emergency"


# --- a type 2 diabetes on tablets with a tummy bug (nhs.uk Dehydration; NICE CKS sick days) ----


@pytest.mark.parametrize(
    "turns",
    [
        (
            "我妈78了，前天开始上吐下泻，今天还在拉，吃什么吐什么，水也只能喝几口。尿很少，"
            "颜色跟浓茶一样，站起来就说头晕。人还清醒，说话都正常。",
            (G, "78岁"),
            (A, "头晕、口干、尿少颜色深，没发烧，说话清楚"),
            (H, "高血压、2型糖尿病"),
            (M, "二甲双胍、氢氯噻嗪、缬沙坦"),
        ),
        (
            "Mum is 78 and has had diarrhoea and vomiting for 2 days, can't keep anything down, "
            "dry mouth, dizzy when she stands, still talking normally",
            (H, "type 2 diabetes, high blood pressure"),
            (M, "metformin and ramipril"),
        ),
    ],
)
def test_a_type2_diabetes_on_tablets_with_a_tummy_bug_is_urgent(turns):
    assert rules(*turns) == "urgent"


@pytest.mark.parametrize(
    "turns",
    [
        # insulin or type 1: ketoacidosis (nhs.uk Diabetic ketoacidosis: A&E)
        ("我妈2型糖尿病，打胰岛素，上吐下泻两天，吃什么吐什么，口干",),
        ("My son has type 1 diabetes, diarrhoea and vomiting, can't keep anything down",),
        # an SGLT2 medicine: ketoacidosis with a normal sugar (MHRA)
        (
            "Dad is type 2 on metformin and dapagliflozin, diarrhoea and vomiting, "
            "can't keep anything down",
        ),
        ("我爸2型糖尿病，吃二甲双胍和达格列净，拉肚子，吃什么吐什么",),
        # a high sugar, drowsiness, fast breathing, ketones, or vomiting without diarrhoea
        (
            "Mum is type 2 on metformin, diarrhoea and vomiting, can't keep anything down, "
            "sugar is 25",
        ),
        ("我妈2型糖尿病吃二甲双胍，上吐下泻两天，吃什么吐什么，血糖测了25",),
        (
            "Mum is type 2 on metformin, diarrhoea and vomiting, can't keep anything down, "
            "very drowsy",
        ),
        ("Mum is type 2 on metformin, diarrhoea and vomiting, breathing fast and deep",),
        ("我爸2型糖尿病吃二甲双胍，拉肚子，一直吐，尿酮三个加号",),
        ("Mum is type 2 on metformin, keeps vomiting, can't keep anything down, no diarrhoea",),
    ],
)
def test_ketoacidosis_signs_still_fire(turns):
    assert rules(*turns) == "emergency"


# --- a long-term condition that does not change the self-care advice ---------------------------


@pytest.mark.parametrize(
    "turns",
    [
        (
            "Sneezing, runny nose and itchy eyes every morning since the pollen got bad. Which "
            "antihistamine is ok with my blood thinner?",
            (D, "this year for 2 weeks"),
            (S, "annoying, 3/10"),
            (A, "no wheeze, no breathlessness"),
            (M, "apixaban, bisoprolol"),
            (H, "atrial fibrillation"),
        ),
        (
            "前几天吃饭咬到腮帮子，现在里面起了个口腔溃疡，白白的一个，吃东西疼。我有糖尿病",
            (D, "四天"),
            (S, "3分"),
            (A, "就一个，没发烧"),
            (M, "二甲双胍"),
        ),
        (
            "The GP gave me a 5 day course of steroids for my asthma flare. Breathing's loads "
            "better now but I'm wide awake till 3am every night. Anything I can do?",
            (A, "bit wired and hungry, chest is fine now"),
            (M, "prednisolone 40mg each morning (day 3 of 5), salbutamol"),
        ),
        ("每天晚上躺到凌晨三点还很清醒，有什么办法", (H, "高血压，心脏病")),
    ],
)
def test_a_long_term_condition_keeps_self_care(turns):
    assert rules(*turns) == "self_care"


@pytest.mark.parametrize(
    "turns",
    [
        # a cold sore with diabetes (nhs.uk Cold sores: a GP for a weakened immune system)
        ("I have diabetes and a cold sore on my lip", (S, "2/10")),
        # a mouth ulcer on chemotherapy, or lasting past 3 weeks
        ("mouth ulcer inside my cheek, I'm on chemo for breast cancer", (S, "3/10")),
        ("嘴里溃疡一个月了还没好，我有糖尿病", (S, "3分")),
        # a nosebleed on a blood thinner (nhs.uk Nosebleed)
        ("hay fever and now a nosebleed, I'm on apixaban", (S, "3/10")),
        # hay fever with COPD
        ("hay fever from the pollen, sneezing", (H, "COPD"), (S, "3/10")),
    ],
)
def test_a_condition_that_matters_is_not_self_care(turns):
    assert rules(*turns) != "self_care"


@pytest.mark.parametrize(
    "turns",
    [
        ("hay fever, I'm on apixaban, and now my lips and tongue are swelling up",),
        ("I'm on apixaban for my AF and I hit my head on a cupboard, now I've been sick twice",),
        ("有糖尿病，嘴里溃疡，现在嘴唇舌头突然肿起来，喘不上气",),
        ("on a steroid course and can't sleep, now crushing chest pain and sweating",),
    ],
)
def test_emergencies_beside_a_self_care_class_still_fire(turns):
    assert rules(*turns) == "emergency"


# --- asthma told by how often a week (nhs.uk Asthma: a review for a reliever 3+ times a week) ---


def test_an_asthma_control_pattern_is_a_review():
    assert (
        rules(
            "Using my blue inhaler 4-5 times a week lately and waking up coughing a couple nights "
            "a week. Not too bad in the day.",
            (A, "night-time cough, wheezy after running"),
            (D, "about the last 6 weeks"),
        )
        == "routine"
    )
    assert (
        rules("蓝色喷雾一周要用四五次，一周有两三个晚上咳醒", (A, "晚上咳嗽，跑步后有点喘"))
        == "routine"
    )


@pytest.mark.parametrize(
    "turns",
    [
        ("Using my blue inhaler 4-5 times a week", (A, "breathless and wheezy today")),
        ("Using my blue inhaler 4-5 times a week", (A, "wheezy after running and getting worse")),
        (
            "Using my blue inhaler 4-5 times a week",
            (A, "breathless even sitting still after running"),
        ),
    ],
)
def test_a_breathless_spell_now_stays_urgent(turns):
    assert rules(*turns) == "urgent"


@pytest.mark.parametrize(
    "turns",
    [
        (
            "Using my blue inhaler 4-5 times a week",
            (A, "now I'm short of breath at rest and can't finish sentences"),
        ),
        ("蓝色喷雾一周要用四五次", (A, "今天突然喘得厉害，说话都说不完整")),
        ("my blue inhaler isn't helping, used it 10 times today, very breathless",),
    ],
)
def test_an_asthma_attack_still_fires(turns):
    assert rules(*turns) == "emergency"


# --- contact with measles or chickenpox on a weakened immune system (nhs.uk Measles, Chickenpox) -


@pytest.mark.parametrize(
    "turns",
    [
        (
            "school sent a text saying a child in my son's class has measles. He seems totally "
            "fine at the moment.",
            (G, "7"),
            (H, "acute lymphoblastic leukaemia, maintenance chemotherapy"),
            (A, "nothing, no rash, no fever"),
        ),
        ("学校说同班同学得了水痘，孩子现在没事", (H, "白血病，在化疗")),
        (
            "my daughter was in class with a boy who has chickenpox",
            (M, "methotrexate for arthritis"),
        ),
    ],
)
def test_contact_on_a_weakened_immune_system_is_urgent(turns):
    assert rules(*turns) == "urgent"


@pytest.mark.parametrize(
    "turns",
    [
        ("a child in my son's class has measles, he's had both MMR jabs and is fine",),
        ("my son is on methotrexate, should he have the MMR?",),
        ("同班同学得了水痘，孩子打过疫苗，没什么症状",),
    ],
)
def test_contact_or_a_question_alone_is_not_urgent(turns):
    assert rules(*turns) not in ("urgent", "emergency")


# --- diabetes told by its tablets, sugars staying high (nhs.uk High blood sugar) ---------------


@pytest.mark.parametrize(
    "turns",
    [
        (
            "我爸慢阻肺加重，前几天医生开了激素片吃五天。这两天他的血糖一直降不下来，早上空腹都"
            "十五六，饭后测到22，口渴尿多。吃饭正常，也没吐。",
            (G, "69岁"),
            (M, "泼尼松龙每天30毫克（第四天），二甲双胍，格列齐特"),
        ),
        (
            "On a steroid course for COPD, blood sugar has been over 20 for 2 days, really thirsty",
            (M, "metformin and gliclazide, prednisolone"),
        ),
    ],
)
def test_a_diabetes_on_tablets_with_sugars_staying_high_is_urgent(turns):
    assert rules(*turns) == "urgent"


def test_metformin_without_a_high_sugar_is_not_urgent():
    assert rules("I take metformin for PCOS, got a cold and a sore throat") not in (
        "urgent",
        "emergency",
    )


# --- constipation on iron tablets (nhs.uk Constipation; Iron deficiency anaemia) --------------


def test_constipation_on_iron_is_self_care():
    assert (
        rules(
            "Started iron tablets 2 weeks ago and now I only go every 3 or 4 days and it's hard "
            "work. Poo is darker too which the leaflet says is normal. Anything I can take?",
            (S, "uncomfortable, 3/10"),
            ("location", "bottom / lower tummy"),
            (A, "bit bloated, no bleeding, no vomiting, stools dark but not sticky or tarry"),
            (M, "ferrous fumarate 210mg once a day"),
            (H, "heavy periods, iron deficiency anaemia diagnosed last month"),
        )
        == "self_care"
    )
    assert rules("吃补铁的药两周了，大便发黑，三四天才拉一次，有点费劲", (S, "2分")) == "self_care"


@pytest.mark.parametrize(
    "turns",
    [
        ("on iron tablets, my poo is black and sticky like tar and I feel dizzy",),
        ("on iron tablets, poo is darker, and I've been vomiting blood this morning",),
        ("吃铁剂，大便黑得像柏油，头晕，心慌",),
    ],
)
def test_a_bleed_on_iron_still_fires(turns):
    assert rules(*turns) == "emergency"
