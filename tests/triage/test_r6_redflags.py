"""Round 6 red flags told across answers (tuning sets r6a-r6c): each row is a conversation of
patient messages, with the emergency code it must raise, or () where no emergency may fire."""

# ruff: noqa: E501 -- one conversation per line reads better than wrapped strings.
import pytest

from consult.triage.redflags import flag_codes, screen_conversation, urgent_findings

SUICIDE = "suicide_self_harm"

# The same emergency raised by urgency.py's registered screen (which speaks before the
# last-resort EXTRA_RULES) under its own code.
SAME_EMERGENCY = {
    "spinal_cord_red": {"cauda_equina"},
    "testicular_pain_lay": {"testicular_pain"},
    "retinal_detachment": {"sight_loss"},
    "head_injury_blood_thinner": {"head_injury_anticoagulant"},
}


def _check(messages: list[str], codes: tuple[str, ...]) -> None:
    fired = set(flag_codes(screen_conversation(messages)))
    if not codes:
        assert fired == set(), (messages, fired)
        return
    for code in codes:
        assert fired & ({code} | SAME_EMERGENCY.get(code, set())), (messages, fired)


# (patient messages, expected emergency codes (a subset), or () for none)
SUICIDE_ROWS: list[tuple[list[str], tuple[str, ...]]] = [
    # NICE NG225 'Self-harm' / nhs.uk 'Help for suicidal thoughts': means saved up, a time
    # chosen, affairs in order, with a low mood in another answer
    (["whats even the point anymore", "bad", "ive got my mums old tablets saved up"], (SUICIDE,)),
    (["feeling really low", "not sleeping", "sorted out who gets my stuff"], (SUICIDE,)),
    (["depressed for months", "no", "been thinking tonight might be the night"], (SUICIDE,)),
    (["i've got paracetamol stockpiled and tonight is the night"], (SUICIDE,)),
    (["can't cope any more", "given away my things to my sister"], (SUICIDE,)),
    (["心情不好", "攒了一些安眠药"], (SUICIDE,)),
    (
        ["最近觉得活着没什么意思", "睡不着", "已经把安眠药攒了两瓶，想着这周末就结束算了"],
        (SUICIDE,),
    ),
    (["感觉活着没啥意思", "东西都分好给谁了"], (SUICIDE,)),
    (["觉得自己是家里的累赘", "药攒了两瓶"], (SUICIDE,)),
    (["情绪低落", "想着结束算了"], (SUICIDE,)),
    (["feeling low", "I've been stockpiling my painkillers"], (SUICIDE,)),
    (["depressed", "I've got enough pills saved to do it"], (SUICIDE,)),
    (["hopeless", "planning to do it this weekend"], (SUICIDE,)),
    (["whats the point", "I've written my will and given my dog to my sister"], (SUICIDE,)),
    (["I feel like a burden to everyone", "I won't be here by Christmas"], (SUICIDE,)),
    (["抑郁", "我囤了好多安眠药"], (SUICIDE,)),
    (["心情低落", "打算这周末动手"], (SUICIDE,)),
    (["活着没什么意思", "把银行卡密码告诉我妈了"], (SUICIDE,)),
    (["生完孩子两周", "我觉得宝宝被人调包了"], (SUICIDE,)),
    (["产后一个月", "总觉得孩子是魔鬼"], (SUICIDE,)),
    # postpartum: jumping with the baby, the baby not hers (nhs.uk 'Postpartum psychosis')
    (["生完孩子以后心情一直不好", "29", "几乎整夜睡不着，老觉得孩子不是我的"], (SUICIDE,)),
    (["昨晚站在阳台上想抱着孩子一起跳下去算了"], (SUICIDE,)),
    (["since the birth i can't sleep", "i think the baby has been swapped"], (SUICIDE,)),
    (["had my baby 2 weeks ago", "she isn't my baby, she's an impostor"], (SUICIDE,)),
    # look-alikes: another person's tablets, no low mood, a relationship ending, denials
    (["my mum's tablets are saved up, she's in a home now"], ()),
    (["tonight might be the night she's born, waters broke"], ()),
    (["depressed", "I collect my tablets from the pharmacy monthly"], ()),
    (["I said goodbye to my friends at the airport"], ()),
    (["no i haven't saved up any tablets, feeling low though"], ()),
    (["我妈攒了很多药，都过期了"], ()),
    (["心情很差", "我和男朋友想着结束算了"], ()),
    (["没有攒药，心情不好"], ()),
    (["my husband says the baby is not his"], ()),
    (["孩子不是我的错，是我没看好"], ()),
    (["those tablets saved my life last year"], ()),
    (["planning to do it this weekend, the garden fence"], ()),
    (["I made my will last year, fine otherwise"], ()),
    (["gave my dog to my sister while i'm in hospital"], ()),
    (["心情不好", "我没有想着结束算了"], ()),
]


@pytest.mark.parametrize(("messages", "codes"), SUICIDE_ROWS, ids=[m[-1] for m, _ in SUICIDE_ROWS])
def test_suicide_told_across_answers(messages: list[str], codes: tuple[str, ...]) -> None:
    _check(messages, codes)


STROKE, MENING = "stroke", "meningitis"

# NICE CG150 / CKS 'Headache': a thunderclap headache peaks within minutes; nhs.uk
# 'Subarachnoid haemorrhage': sudden, very bad headache like a blow to the head -> 999. The
# headache is the first message, the onset or severity a later answer.
HEADACHE_ROWS: list[tuple[list[str], tuple[str, ...]]] = [
    (
        [
            "got a headache came on at the gym",
            "about an hour ago",
            "honestly worst ever, like getting smacked with a bat, went from 0 to 10 instantly",
        ],
        (STROKE,),
    ),
    (["headache", "about an hour ago", "went from 0 to 10 instantly"], (STROKE,)),
    (["headache", "it came on like a switch"], (STROKE,)),
    (["bad headache", "like being hit with a bat"], (STROKE,)),
    (["my head is killing me", "worst ever"], (STROKE,)),
    (["头疼的厉害 能吃布洛芬吗", "一个小时前，搬东西的时候突然一下子疼起来"], (STROKE,)),
    (["头疼", "这辈子从来没这么疼过"], (STROKE,)),
    (["头疼", "像被人拿棍子砸了一下"], (STROKE,)),
    (["headache", "it came on in seconds"], (STROKE,)),
    (["headache", "like someone hit me with a hammer"], (STROKE,)),
    (["head pain", "went from nothing to 10 in a second"], (STROKE,)),
    (["头疼", "一下子就疼到顶了"], (STROKE,)),
    (["头疼", "几秒钟就疼得不行"], (STROKE,)),
    (["头疼", "瞬间疼起来"], (STROKE,)),
    # sudden headache with neck stiffness and light hurting (NICE NG240 / nhs.uk Meningitis)
    (["headache", "threw up, neck feels stiff, lights hurt"], (MENING,)),
    (["头疼", "吐了两回，脖子有点硬，灯光刺眼"], (MENING,)),
    # look-alikes: gradual, chronic, denied, someone else's, another pain, a real blow
    (["headache", "no it built up slowly over the day, not the worst ever"], ()),
    (["headache", "comes and goes for weeks, 4/10"], ()),
    (["头疼", "慢慢疼起来的，不算厉害"], ()),
    (["头疼", "没有突然疼起来，是慢慢的"], ()),
    (["headache", "not sudden, came on gradually"], ()),
    (["偏头痛又犯了", "跟平时一样，慢慢疼起来的"], ()),
    (["headache", "came on over a few hours, like my usual migraine"], ()),
    (["head pain on and off for weeks"], ()),
    (["my dad had a headache like being hit with a bat years ago"], ()),
    (["tummy ache", "went from 0 to 10 instantly"], ()),
    (["headache", "lights in the office are too bright lol but fine"], ()),
]


@pytest.mark.parametrize(
    ("messages", "codes"), HEADACHE_ROWS, ids=[m[-1] for m, _ in HEADACHE_ROWS]
)
def test_thunderclap_told_across_answers(messages: list[str], codes: tuple[str, ...]) -> None:
    _check(messages, codes)


RETINA = "retinal_detachment"

# nhs.uk 'Detached retina (retinal detachment)': floaters or flashes with a dark curtain or
# shadow moving across the sight -> A&E / eye casualty straight away
RETINA_ROWS: list[tuple[list[str], tuple[str, ...]]] = [
    (
        [
            "seeing lots of floaters",
            "started this morning",
            "left eye",
            "flashing lights in the corner and like a dark curtain coming in from the side",
        ],
        (RETINA,),
    ),
    (["my eye", "a shadow coming across from the top"], (RETINA,)),
    (["floaters", "like a veil over part of my vision"], (RETINA,)),
    (["眼前好多飞蚊", "有闪光，还有一块黑影像帘子挡住"], (RETINA,)),
    (["左眼", "像拉了一道帘子挡住了下半边"], (RETINA,)),
    (["眼睛有黑点在飘", "今天早上", "有一片黑影越来越大"], (RETINA,)),
    # look-alikes: old floaters, denials, a real curtain, an x-ray shadow, a camera flash, history
    (["floaters for years, no curtain or shadow"], ()),
    (["floaters", "no flashes, no shadow or curtain"], ()),
    (["I closed the curtain because the light hurts my eyes"], ()),
    (["飞蚊症好多年了，没有黑影挡住"], ()),
    (["x-ray showed a shadow over the lung"], ()),
    (["拍照闪光灯晃眼"], ()),
    (["my mum had a curtain coming down over her eye years ago"], ()),
]


@pytest.mark.parametrize(("messages", "codes"), RETINA_ROWS, ids=[m[-1] for m, _ in RETINA_ROWS])
def test_retinal_detachment(messages: list[str], codes: tuple[str, ...]) -> None:
    _check(messages, codes)


TORSION = "testicular_pain_lay"

# nhs.uk 'Testicle pain' / NICE CKS 'Scrotal pain and swelling': sudden pain that wakes him,
# vomiting, one side riding higher -> A&E now (testicular torsion). The site may be told only
# in the answer to "where?" (r6b-zh-12).
TORSION_ROWS: list[tuple[list[str], tuple[str, ...]]] = [
    (
        [
            "我儿子说下面疼，不好意思讲，明天带去看可以吧",
            "14",
            "睡到半夜疼醒的，大概两个小时了",
            "疼得在床上打滚",
            "蛋蛋左边那个",
            "吐了一次，他说那边好像比右边高一点",
        ],
        (TORSION,),
    ),
    (
        [
            "我儿子说下面疼",
            "蛋蛋左边那个",
            "吐了一次，他说那边好像比右边高一点",
            "没吃",
            "无",
            "没有",
        ],
        (TORSION,),
    ),
    (["下面疼", "睾丸", "疼得满地打滚"], (TORSION,)),
    (["my son's balls hurt", "it woke him up at 2am", "he was sick"], (TORSION,)),
    (["my son's balls hurt", "the left one looks higher than the other"], (TORSION,)),
    # look-alikes: painless swelling, an itch, a lump, a mild knock, a knee, denials
    (["蛋蛋有点胀，好几个礼拜了，不疼", "没吐"], ()),
    (["阴囊有点痒，起了小疹子"], ()),
    (["睾丸不疼，就是摸着有个小疙瘩"], ()),
    (["my son's balls hurt a bit after football, no vomiting, both sides the same"], ()),
    (["半夜疼醒了，膝盖疼"], ()),
    (["头疼", "我比我姐高一点"], ()),
]


@pytest.mark.parametrize(("messages", "codes"), TORSION_ROWS, ids=[m[-1] for m, _ in TORSION_ROWS])
def test_testicular_torsion_told_across_answers(
    messages: list[str], codes: tuple[str, ...]
) -> None:
    _check(messages, codes)


SPINE = "spinal_cord_red"

# nhs.uk 'Cauda equina syndrome': back pain with numbness around the bottom or genitals, or
# problems peeing, or both legs -> A&E. Told in plain words, the back pain first.
CAUDA_ROWS: list[tuple[list[str], tuple[str, ...]]] = [
    (
        [
            "back's flared up again, usual thing, just want some advice on painkillers",
            "pain's about 7/10",
            "since this morning its numb between my legs when i wipe, and i havent been able to pee properly all day",
        ],
        (SPINE,),
    ),
    (["bad back", "can't feel anything when i wipe"], (SPINE,)),
    (["put my back out", "numb down there", "can't feel when i'm peeing"], (SPINE,)),
    (["腰疼", "坐的地方麻，擦屁股没感觉", "尿不出来"], (SPINE,)),
    (["腰又犯了", "两条腿都疼", "小便的时候没感觉"], (SPINE,)),
    (["闪了腰", "擦屁股的时候没感觉"], (SPINE,)),
    # look-alikes: one-leg sciatica with denials, a urine infection, a fall with denials, history
    (
        [
            "腰疼，还往腿上窜，坐久了更难受",
            "小腿外边有点麻，大小便都正常，屁股和下面不麻，腿也有劲",
        ],
        (),
    ),
    (["腰疼", "尿频尿急尿痛"], ()),
    (["my back hurts", "no numbness down there, peeing fine"], ()),
    (["腰疼", "坐的地方不麻，擦屁股有感觉，小便正常"], ()),
    (["早上摔了一跤，屁股着地，腰有点疼", "腿不麻，大小便正常，头没磕着"], ()),
    (["my dad had back pain and couldn't pee properly years ago"], ()),
]


@pytest.mark.parametrize(("messages", "codes"), CAUDA_ROWS, ids=[m[-1] for m, _ in CAUDA_ROWS])
def test_cauda_equina_in_plain_words(messages: list[str], codes: tuple[str, ...]) -> None:
    _check(messages, codes)


BLOOD_THINNER = "head_injury_blood_thinner"

# NICE NG232 'Head injury' (2023): any head injury on an anticoagulant -> CT within 8 hours;
# nhs.uk 'Head injury and concussion': go to A&E. The drug may be named only in the
# medications answer.
ANTICOAG_ROWS: list[tuple[list[str], tuple[str, ...]]] = [
    (
        [
            "took a tumble in the garden earlier, bit sore, what should I do",
            "got a bump, not too bad",
            "knocked my forehead on the patio edge, grazed my hand as well",
            "little bit of a headache",
            "apixaban twice a day, bisoprolol",
        ],
        (BLOOD_THINNER,),
    ),
    (["bumped my head on a cupboard door", "i take rivaroxaban"], (BLOOD_THINNER,)),
    (["hit my head getting into the car, fine", "edoxaban"], (BLOOD_THINNER,)),
    (["I'm on dabigatran", "banged my head on the shelf this morning"], (BLOOD_THINNER,)),
    (["fell over", "head", "on warfarin"], (BLOOD_THINNER,)),
    (["摔了一跤，额头磕了个包", "吃华法林"], (BLOOD_THINNER,)),
    (["磕到脑门了", "在吃利伐沙班"], (BLOOD_THINNER,)),
    (["头撞到门框了", "阿哌沙班"], (BLOOD_THINNER,)),
    (["老人吃达比加群", "后脑勺上起了个包"], (BLOOD_THINNER,)),
    # look-alikes: no blood thinner, another part hit, someone else's past, denials
    (["bumped my head on a cupboard door, no medicines"], ()),
    (["knocked my knee on the table", "on apixaban"], ()),
    (["my dad is on warfarin and bumped his head last year, fine now"], ()),
    (["took a tumble, grazed my knee", "apixaban"], ()),
    (["not on any blood thinners, banged my head"], ()),
]


@pytest.mark.parametrize(
    ("messages", "codes"), ANTICOAG_ROWS, ids=[m[-1] for m, _ in ANTICOAG_ROWS]
)
def test_head_injury_on_a_blood_thinner(messages: list[str], codes: tuple[str, ...]) -> None:
    _check(messages, codes)


# False alarms of r6 that must stay quiet, with the true cases beside them that must still fire:
# the fever of a breastfeeding mother with a sore breast (nhs.uk 'Mastitis': urgent GP) is not
# her baby's (NICE NG143); "not herself" of a baby who still smiles is no altered mental state
# (NICE NG143 green); months of on-and-off chest tightness in an anxiety story is no heart
# attack now, unless it is new, worse, today's or comes with a strong feature (nhs.uk 'Chest
# pain', 'Heart attack').
FALSE_ALARM_ROWS: list[tuple[list[str], tuple[str, ...]]] = [
    (
        [
            "喂奶的时候咪咪疼，还发烧了",
            "烧到38.7，全身酸痛跟感冒似的",
            "宝宝一个半月，昨天开始疼的",
        ],
        (),
    ),
    (["breastfeeding my 5 week old, my boob is sore", "temp 38.4", "she's 5 weeks"], ()),
    (["宝宝一个半月", "发烧38.5"], ("infant_fever",)),
    (["my baby is 6 weeks old", "temp 38.2"], ("infant_fever",)),
    (
        [
            "baby's a bit grizzly and not herself today",
            "since this morning",
            "temp 39.1 under the arm, but she still smiles when i play with her",
        ],
        (),
    ),
    (["宝宝发烧39度，跟平时不一样", "逗她还会笑"], ()),
    (
        ["baby's not herself today", "temp 39.1", "very floppy and won't wake properly"],
        ("sick_child",),
    ),
    (["my 2 year old is not himself", "fever 39.5"], ("sepsis_confusion",)),
    (["dad's got a fever and he's talking rubbish"], ("sepsis_confusion",)),
    (
        [
            "老是心里发慌，什么事都担心",
            "大半年了",
            "影响上班了，总是紧张兮兮的",
            "说不上来，胸口有时候发紧",
            "睡不好，肩膀硬，爱出汗。没想过伤害自己 就是累",
        ],
        (),
    ),
    (["anxious for months, chest tightness on and off", "sweating"], ()),
    (["老是心里发慌", "大半年了", "胸口发紧，今天出了一身冷汗"], ("chest_pain_cardiac",)),
    (
        [
            "anxious for months, chest tightness on and off",
            "today it's much worse and i'm sweating",
        ],
        ("chest_pain_cardiac",),
    ),
    (
        ["anxious for months, chest tightness", "crushing chest pain spreading to my arm"],
        ("chest_pain_cardiac",),
    ),
    (["胸口发紧，出冷汗"], ("chest_pain_cardiac",)),
    (["我平时就爱出汗", "胸口闷，喘不上气"], ("chest_pain_cardiac",)),
]


@pytest.mark.parametrize(
    ("messages", "codes"), FALSE_ALARM_ROWS, ids=[m[-1] for m, _ in FALSE_ALARM_ROWS]
)
def test_r6_false_alarms_stay_quiet(messages: list[str], codes: tuple[str, ...]) -> None:
    _check(messages, codes)


@pytest.mark.parametrize(
    ("messages", "code"),
    [
        (
            ["baby's a bit grizzly and not herself today, temp 39.1, still smiles"],
            "child_fever_not_themselves",
        ),
        (["老是心里发慌，大半年了，胸口有时候发紧"], "chest_pain"),
    ],
)
def test_r6_false_alarms_keep_a_same_day_finding(messages: list[str], code: str) -> None:
    assert code in flag_codes(urgent_findings(messages))


# --- r6d: classes the fresh tuning set showed missing (round 6d) -----------------------------

GLAUCOMA = "acute_glaucoma"

# nhs.uk 'Glaucoma' (acute angle-closure: A&E / eye casualty straight away) and 'Red eye':
# a painful red eye with haloes or rainbow rings round lights, blurred sight, headache, vomiting
GLAUCOMA_ROWS: list[tuple[list[str], tuple[str, ...]]] = [
    (
        [
            "really bad eye ache and headache came on at the cinema, feel sick, migraine?",
            "eye is red, vision blurry and i see rainbow rings round lights, threw up once",
            "came on about 2 hours ago in the dark",
        ],
        (GLAUCOMA,),
    ),
    (["my right eye is really painful and red and my vision's gone blurry"], (GLAUCOMA,)),
    (["sudden pain in my left eye, seeing halos around lights and I've been sick"], (GLAUCOMA,)),
    (["eye ache", "rainbow circles round the street lights"], (GLAUCOMA,)),
    (["painful red eye, feel sick and headache"], (GLAUCOMA,)),
    (["眼睛胀痛 看灯有彩虹圈 视力模糊 头疼呕吐"], (GLAUCOMA,)),
    (["右眼胀痛，眼睛发红，看东西模糊，还吐了"], (GLAUCOMA,)),
    (["眼睛胀痛", "看灯周围有一圈彩虹，恶心"], (GLAUCOMA,)),
    (["晚上看灯有彩虹圈，头疼得厉害，恶心"], (GLAUCOMA,)),
    # look-alikes: conjunctivitis, cataract haloes, denials, glasses, a real rainbow
    (["my eye is red and itchy with sticky discharge"], ()),
    (["red eye, a bit sore and gritty, vision fine"], ()),
    (["I see halos around lights when driving at night, had cataracts diagnosed"], ()),
    (["晚上开车看路灯有光晕，医生说是白内障"], ()),
    (["眼睛红，有点痒，眼屎多"], ()),
    (["no eye pain, no halos, just a headache and feel sick"], ()),
    (["my eye is red", "no pain, vision fine"], ()),
    (["眼睛不疼，看灯没有彩虹圈，就是有点红"], ()),
    (["戴眼镜头疼"], ()),
    (["看到彩虹了，头疼"], ()),
]


@pytest.mark.parametrize(
    ("messages", "codes"), GLAUCOMA_ROWS, ids=[m[-1] for m, _ in GLAUCOMA_ROWS]
)
def test_r6d_acute_glaucoma(messages: list[str], codes: tuple[str, ...]) -> None:
    _check(messages, codes)


OD = "overdose_poisoning"

# nhs.uk 'Poisoning' / CAPT (Child Accident Prevention Trust): a button battery or magnets
# swallowed - A&E straight away, even when the child seems well; the battery may be named only
# by the thing it came out of (the TV remote, a car key fob)
BATTERY_ROWS: list[tuple[list[str], tuple[str, ...]]] = [
    (
        [
            "i think my 2yo swallowed something out of the tv remote. shes fine tho eating a biscuit",
            "dribbling a bit more than normal maybe",
        ],
        (OD,),
    ),
    (["he put a coin battery in his mouth and now I can't find it"], (OD,)),
    (["one of the button batteries is missing and my toddler was playing with the remote"], (OD,)),
    (["she might have swallowed some magnetic balls from her brother's set"], (OD,)),
    (["i think he ate something from the car key fob, seems ok"], (OD,)),
    (["孩子吞了吸铁石"], (OD,)),
    (["女儿好像吞了遥控器里的东西，看着没事"], (OD,)),
    (["遥控器的电池好像被他吞了"], (OD,)),
    (["纽扣电池少了一颗，孩子刚才在玩"], (OD,)),
    (["宝宝把巴克球吞下去了"], (OD,)),
    (["儿子吞了两颗磁力珠，还在玩"], (OD,)),
    # look-alikes: denials, batteries changed or flat, a remote lost, a coin
    (["he didn't swallow the battery, it was under the sofa"], ()),
    (["I put new batteries in the remote"], ()),
    (["my watch battery died"], ()),
    (["the remote control is missing again"], ()),
    (["孩子玩遥控器，电池没吞"], ()),
    (["遥控器没电了，换了电池"], ()),
    (["孩子没有吞吸铁石，找到了"], ()),
]


@pytest.mark.parametrize(("messages", "codes"), BATTERY_ROWS, ids=[m[-1] for m, _ in BATTERY_ROWS])
def test_r6d_button_battery_or_magnet(messages: list[str], codes: tuple[str, ...]) -> None:
    _check(messages, codes)


STONE = "kidney_stone_infected"

# NICE NG118 'Renal and ureteric stones' (immediate referral with signs of infection or
# sepsis) / nhs.uk 'Kidney stones': a stone or loin-to-groin colic with a fever or shivering
STONE_ROWS: list[tuple[list[str], tuple[str, ...]]] = [
    (["肾结石老毛病了 这次疼加发烧", "发烧39度 打寒战 吐了", "疼了两天 昨晚开始烧"], (STONE,)),
    (["kidney stone again, now i've got a temperature of 38.9 and shivering"], (STONE,)),
    (
        ["agonising pain in my left side going down to my groin", "temp 39 and shaking all over"],
        (STONE,),
    ),
    (["I have renal colic and chills"], (STONE,)),
    (["kidney stones", "started yesterday", "fever 38.6 since this morning"], (STONE,)),
    (["左边腰绞痛，往下窜到大腿根", "发烧38.8，打寒战"], (STONE,)),
    (["右边后腰突然绞着疼，往大腿根那边窜", "发烧"], (STONE,)),
    (["输尿管结石，今天开始发烧了"], (STONE,)),
    # look-alikes: colic with vomiting but no fever (urgent, NG118), a stone years ago, a
    # gallstone, a kidney infection's back pain (urgent), denials
    (
        [
            "agonising pain in my left side that comes in waves and goes down towards my groin",
            "threw up, my pee looks pinkish",
            "had a kidney stone 5 years ago",
        ],
        (),
    ),
    (["右边后腰突然绞着疼，往大腿根那边窜", "想吐，尿有点发红，不发烧"], ()),
    (["kidney stone pain, no fever, no shivering"], ()),
    (["肾结石，没发烧，没寒战"], ()),
    (["以前查出有胆结石", "发烧"], ()),
    (["had a kidney stone years ago", "now a fever and cough"], ()),
    (["尿频尿痛好几天了，今天开始发高烧，打冷战，右边后腰疼"], ()),
]


@pytest.mark.parametrize(("messages", "codes"), STONE_ROWS, ids=[m[-1] for m, _ in STONE_ROWS])
def test_r6d_infected_kidney_stone(messages: list[str], codes: tuple[str, ...]) -> None:
    _check(messages, codes)


CARDIAC = "chest_pain_cardiac"

# nhs.uk 'Pleurisy' / 'Pneumonia' (GP or 111 the same day; MTS 'Pleuritic pain' yellow): a
# sharp pain on breathing in, in a chest infection story (cough, phlegm, fever), is no heart
# attack. Crushing or pressing pain with a sweat, and a clot's sudden breathlessness, swollen
# calf or blood coughed up still fire (nhs.uk 'Heart attack', 'Pulmonary embolism').
PLEURITIC_ROWS: list[tuple[list[str], tuple[str, ...]]] = [
    (
        [
            "咳嗽发烧好几天了 吃了感冒药不见好",
            "黄痰 发烧38.7 有点气短 还能走路说话",
            "吸气的时候右边胸口扎着疼",
        ],
        (),
    ),
    (
        [
            "cough and fever for 4 days",
            "sharp pain in my chest when i breathe in, a bit short of breath",
            "yellow phlegm, temp 38.5",
        ],
        (),
    ),
    (["chest infection, stabbing pain in my chest when i take a deep breath, bit breathless"], ()),
    (
        [
            "chesty cough for a week",
            "my chest hurts when i breathe in and im sweating a lot at night",
            "bit breathless",
        ],
        (),
    ),
    (["发烧咳嗽，黄痰", "一吸气胸口就刺痛，有点气短，晚上出汗"], ()),
    # still a heart attack or a clot
    (["crushing chest pain, sweating, i have a cough"], (CARDIAC,)),
    (["chest pain and sweating, bit of a cough and fever"], (CARDIAC,)),
    (["胸口压着疼，出冷汗，最近有点咳嗽"], (CARDIAC,)),
    (["heavy pressure in my chest and short of breath", "i've had a cough for a week"], (CARDIAC,)),
    (["chest pain when i breathe in, short of breath"], (CARDIAC,)),
    (
        [
            "suddenly really short of breath, sharp chest pain when i breathe in, coughed up some blood"
        ],
        (CARDIAC,),
    ),
    (
        ["sharp chest pain when i breathe in and i'm breathless, my left calf is swollen"],
        (CARDIAC,),
    ),
    (["突然喘不上气，吸气胸口疼，咳了血"], ("heavy_bleeding",)),
]


@pytest.mark.parametrize(
    ("messages", "codes"), PLEURITIC_ROWS, ids=[m[-1] for m, _ in PLEURITIC_ROWS]
)
def test_r6d_pleuritic_pain_in_a_chest_infection(
    messages: list[str], codes: tuple[str, ...]
) -> None:
    _check(messages, codes)


def test_r6d_pleuritic_pain_keeps_the_same_day_finding() -> None:
    messages = ["咳嗽发烧好几天了", "黄痰 发烧38.7 有点气短", "吸气的时候右边胸口扎着疼"]
    assert "chest_pain" in flag_codes(urgent_findings(messages))


HTN = "hypertensive_emergency"

# NICE NG136 1.5.4 / nhs.uk 'High blood pressure': 180/120 or more with no symptom or only a
# mild head fullness is a same-day assessment (urgent finding very_high_bp); with a severe
# headache, chest pain, breathlessness, a change in the sight, confusion, weakness or in
# pregnancy it is an emergency (NG136 1.5.1, NG133)
HTN_ROWS: list[tuple[list[str], tuple[str, ...]]] = [
    (["今天量血压185/115 吓死我了", "今天体检发现 回家又量了两次都差不多", "有点头胀"], ()),
    (["我爸量了一下血压190多，要不要紧", "他说就有点头胀，能吃能喝"], ()),
    (["my blood pressure was 190/116 at the pharmacy, I feel fine"], ()),
    (["bp 185 over 115, head feels a bit full"], ()),
    (["blood pressure 185/115 and a bit of a headache"], ()),
    (["血压一百九，头有点胀，不胸痛，看东西清楚"], ()),
    (
        ["my blood pressure is 220 over 130 and I've got a pounding headache and blurry vision"],
        (HTN,),
    ),
    (["血压200/120，头有点胀", "说话有点糊涂"], (HTN,)),
    (["bp 190/120, head feels a bit full", "my right hand feels numb"], ("stroke",)),
    (["血压220/130，头疼得厉害，看东西模糊"], (HTN,)),
    (["blood pressure 200/120 and chest pain"], (HTN,)),
    (["血压190/120，胸口疼"], (HTN,)),
    (["血压185/118", "怀孕34周"], (HTN,)),
    (["血压190，喘不上气"], (HTN,)),
    (["bp 188/121", "a bit confused and muddled"], (HTN,)),
    (["blood pressure 185/115 and a headache"], (HTN,)),
]


@pytest.mark.parametrize(("messages", "codes"), HTN_ROWS, ids=[m[-1] for m, _ in HTN_ROWS])
def test_r6d_very_high_blood_pressure(messages: list[str], codes: tuple[str, ...]) -> None:
    _check(messages, codes)
    assert "very_high_bp" in flag_codes(urgent_findings(messages))


@pytest.mark.parametrize(
    "messages",
    [
        ["my blood pressure was 155 over 95, i feel fine"],
        ["药店量血压155/95，没什么不舒服"],
        ["高压一百五六，低压九十多"],
        ["血压不高，130/80"],
        ["my dad's blood pressure used to be 200/120 years ago, now it's fine"],
    ],
)
def test_r6d_blood_pressure_below_180_120_is_no_finding(messages: list[str]) -> None:
    assert flag_codes(screen_conversation(messages)) == []
    assert "very_high_bp" not in flag_codes(urgent_findings(messages))


# r6e: an overdose told vaguely or calmly, hours later (nhs.uk 'Paracetamol overdose' / 'Overdose':
# A&E even if they seem well); an ordinary dose for a reason is not one
OD = "overdose_poisoning"
OD_ROWS: list[tuple[list[str], tuple[str, ...]]] = [
    (["my 15 yr old just told me she took some tablets last night after a row. she says she's totally fine"], (OD,)),
    (["my daughter is being odd", "she says it was paracetamol, about 16 of them, the 500mg ones"], (OD,)),
    (["he took a few of his mum's pills after an argument, seems fine now"], (OD,)),
    (["took a load of pills yesterday, feel fine now"], (OD,)),
    (["feeling really low lately", "i swallowed a couple of sleeping tablets, more than i should"], (OD,)),
    (["she necked a few tablets after a fight with her bf"], (OD,)),
    (["女儿跟我吵架后吃了一把药，说自己没事"], (OD,)),
    (["昨晚吵完架他吞了几片安眠药，现在看着还好"], (OD,)),
    (["孩子心情不好", "是扑热息痛，大概16片"], (OD,)),
    (["一气之下吃了好多药片"], (OD,)),
    (["took some of her antidepressants after a falling out with her dad"], (OD,)),
    (["she swallowed some pills, she seems fine, no idea how many"], (OD,)),
    (["孩子吃了一堆药，不知道吃了多少"], (OD,)),
    (["took some paracetamol for my headache, didn't help"], ()),
    (["吃了几片止痛药止疼，还是疼"], ()),
    (["had a row with my husband and now i have a headache"], ()),
    (["ibuprofen, 2 of them this morning"], ()),
    (["布洛芬一盒20片，吃了两片"], ()),
]


@pytest.mark.parametrize(("messages", "codes"), OD_ROWS, ids=[m[-1][:40] for m, _ in OD_ROWS])
def test_r6e_overdose_told_vaguely(messages: list[str], codes: tuple[str, ...]) -> None:
    _check(messages, codes)


# r6e: someone on insulin or diabetes tablets who barely responds, is drowsy, cannot swallow the
# sugar or had a fit (nhs.uk 'Low blood sugar (hypoglycaemia)': 999)
HYPO = "diabetes_confused"
HYPO_ROWS: list[tuple[list[str], tuple[str, ...]]] = [
    (["老公打胰岛素的，中午没怎么吃饭，现在叫他他哼哼两声不怎么理人"], (HYPO,)),
    (["我爸有糖尿病", "喊他只是哼，眼睛半睁着，喂糖水喂不进去"], (HYPO,)),
    (["妈妈吃降糖药的，今天没吃早饭", "叫不醒，满头大汗"], (HYPO,)),
    (["my dad is on insulin, skipped lunch and now he is drowsy and sweaty"], (HYPO,)),
    (["she's a type 1 diabetic", "barely responding, sweaty and shaky, won't drink the juice"], (HYPO,)),
    (["打胰岛素的，饭没吃", "说胡话，手抖出汗"], (HYPO,)),
    (["糖尿病", "刚才还抽了一下，满头大汗"], (HYPO,)),
    (["he's on insulin and is sweaty, shaky and confused"], (HYPO,)),
    (["糖尿病人，吃了糖还是不见好，出冷汗"], (HYPO,)),
    (["i'm diabetic, felt a bit shaky before lunch, had a biscuit and i'm fine now"], ()),
    (["打胰岛素的，有点手抖，吃了块糖好了"], ()),
    (["type 2 diabetes", "not drowsy, just tired after work"], ()),
]


@pytest.mark.parametrize(("messages", "codes"), HYPO_ROWS, ids=[m[-1][:40] for m, _ in HYPO_ROWS])
def test_r6e_hypoglycaemia_drowsy(messages: list[str], codes: tuple[str, ...]) -> None:
    # any emergency: a fit or not waking is also unconscious_seizure, urgency.py's hypoglycaemia
    fired = flag_codes(screen_conversation(messages))
    assert bool(fired) == bool(codes), (messages, fired)


# r6e: breathing that stops in sleep with snoring is obstructive sleep apnoea (nhs.uk 'Sleep
# apnoea': see a GP); a breathing emergency now still fires
APNOEA_ROWS: list[tuple[list[str], tuple[str, ...]]] = [
    (["my partner says I stop breathing at night and it scares her. I just thought I snore", "morning headaches, loud snoring, wake up choking sometimes"], ()),
    (["he snores and stops breathing in his sleep for a few seconds"], ()),
    (["老公说我睡觉打呼噜会憋气，有时候停止呼吸"], ()),
    (["睡觉打鼾，经常憋醒，白天犯困"], ()),
    (["my wife says i wake up gasping, loud snorer"], ()),
    (["I snore but right now I can't breathe"], ("severe_breathing",)),
    (["my baby stopped breathing and went blue"], ("severe_breathing",)),
    (["宝宝睡觉时突然不喘气了，脸发紫"], ("severe_breathing",)),
    (["he stopped breathing"], ("severe_breathing",)),
    (["my baby stops breathing in her sleep for a few seconds"], ("severe_breathing",)),
    (["宝宝睡觉有时候不喘气"], ("severe_breathing",)),
    (["my toddler snores a lot"], ()),
    (["孩子打呼噜很响"], ()),
    (["he snores and stopped breathing in his sleep, his lips went blue and he won't wake"], ("severe_breathing",)),
    (["老公打呼噜，刚才睡着了停止呼吸，嘴唇发紫"], ("severe_breathing",)),
    (["我打呼噜", "现在憋得喘不上气，嘴唇发紫"], ("severe_breathing",)),
    (["can't breathe, lips going blue"], ("severe_breathing",)),
]


@pytest.mark.parametrize(("messages", "codes"), APNOEA_ROWS, ids=[m[-1][:40] for m, _ in APNOEA_ROWS])
def test_r6e_sleep_apnoea_is_no_breathing_emergency(messages: list[str], codes: tuple[str, ...]) -> None:
    _check(messages, codes)


# r6e/r6d: fever after travel to a malaria area is urgent (nhs.uk 'Malaria': get medical help
# straight away - urgent GP or 111); with severe signs, in pregnancy or a young child it is 999
TRAVEL = "fever_after_travel"
TRAVEL_ROWS: list[tuple[list[str], tuple[str, ...]]] = [
    (["刚从尼日利亚回来，发烧发冷，估计是飞机上着凉感冒了", "回国一个星期了，发烧两天", "恶心，没胃口，人还清醒，能吃点东西，没有抽搐"], ()),
    (["从非洲出差回来发烧 是不是感冒了", "回来一周 发烧两天", "头疼 浑身疼 有点恶心"], ()),
    (["came back from nigeria 10 days ago, fever and chills"], ()),
    (["back from ghana last week", "temp 39, shivery, headache"], ()),
    (["从非洲出差回来发烧，人有点糊涂"], (TRAVEL,)),
    (["back from kenya, fever, pregnant 20 weeks"], (TRAVEL,)),
    (["my son is 3, we got back from nigeria, he has a fever"], (TRAVEL,)),
    (["从坦桑尼亚回来发烧", "眼睛发黄，尿是浓茶色"], (TRAVEL,)),
    (["back from uganda, fever and shivering", "now struggling to breathe"], (TRAVEL,)),
]


@pytest.mark.parametrize(("messages", "codes"), TRAVEL_ROWS, ids=[m[-1][:40] for m, _ in TRAVEL_ROWS])
def test_r6e_fever_after_travel(messages: list[str], codes: tuple[str, ...]) -> None:
    # with severe signs any emergency (a breathing sign is severe_breathing, confusion sepsis)
    fired = flag_codes(screen_conversation(messages))
    assert bool(fired) == bool(codes), (messages, fired)
    assert "malaria_travel_fever" in flag_codes(urgent_findings(messages))


@pytest.mark.parametrize(
    "messages",
    [
        ["went to kenya last year, no fever"],
        ["从非洲回来没发烧，就是拉肚子"],
        ["my sister came back from nigeria with malaria, I have a cold"],
        ["I have a fever and a cough, haven't been abroad"],
    ],
)
def test_r6e_no_travel_fever_finding(messages: list[str]) -> None:
    assert "malaria_travel_fever" not in flag_codes(urgent_findings(messages))
