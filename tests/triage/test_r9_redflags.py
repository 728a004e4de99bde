"""Round 9 red-flag classes (r9b). Each row: the messages, the emergency code they must raise
(or "" for none), and the urgent finding they must give when no emergency fires ("": none)."""

# ruff: noqa: E501 -- one conversation per line reads better than wrapped strings.
import pytest

from .turns import check_screen_row, rules_urgency

SUICIDE = "suicide_self_harm"
NONE = ""

# A farewell to everyone (a goodbye post, 朋友圈发了告别的话), "sorry for everything" or things
# given away, with the person out of reach or low: nhs.uk 'Help for suicidal thoughts' (if
# someone's life is at risk now, call 999); Samaritans warning signs. Goodbyes before a move, a
# party or a graduation are not.
FAREWELL_ROWS: list[tuple[list[str], str, str]] = [
    (
        [
            "我女儿16岁，刚在朋友圈发了告别的话，说对不起大家，现在打她电话不接，她房间门锁着，我该怎么办"
        ],
        SUICIDE,
        NONE,
    ),
    (
        [
            "my 16 year old daughter just posted goodbye messages on instagram saying sorry for everything and she's not answering her phone"
        ],
        SUICIDE,
        NONE,
    ),
    (
        ["my son posted a goodbye on facebook and now his door is locked and he won't answer"],
        SUICIDE,
        NONE,
    ),
    (
        ["my friend texted me goodbye, sorry for everything, and now her phone is off"],
        SUICIDE,
        NONE,
    ),
    (
        ["my daughter sent me a text saying goodbye and sorry for everything, not answering"],
        SUICIDE,
        NONE,
    ),
    (["he wrote goodbye to everyone on snapchat, we can't reach him"], SUICIDE, NONE),
    (["I've posted my goodbye on facebook, I'm sorry for everything"], SUICIDE, NONE),
    (
        [
            "my sister has been giving her things away and saying goodbye to everyone, she's been really depressed"
        ],
        SUICIDE,
        NONE,
    ),
    # misspellings
    (["my daughter posted a goodby mesage on insta and isnt answring her phone"], SUICIDE, NONE),
    (["my son posted a farwell message and his door is locked"], SUICIDE, NONE),
    (["我女儿在朋友圈发了告別的话，电话不接"], SUICIDE, NONE),
    # Chinese
    (["我儿子发了一条告别的朋友圈，电话打不通"], SUICIDE, NONE),
    (["我朋友在微博上跟大家告别，现在联系不上"], SUICIDE, NONE),
    (["她把自己的东西都送人了，跟大家说再见，最近一直很抑郁"], SUICIDE, NONE),
    (["我发了告别的话，对不起大家"], SUICIDE, NONE),
    (["她发了条朋友圈说永别了，电话关机"], SUICIDE, NONE),
    (["我女儿刚发微信跟我说对不起，说再见了，现在电话打不通"], SUICIDE, NONE),
    (["我儿子发了一段道别的视频，现在找不到他"], SUICIDE, NONE),
    # told across answers
    (["我女儿刚在朋友圈发了告别的话", "16岁", "打电话不接，门锁着"], SUICIDE, NONE),
    (
        [
            "my son posted a goodbye message on facebook an hour ago",
            "15",
            "he's not answering his phone",
        ],
        SUICIDE,
        NONE,
    ),
    # look-alikes, denials, history
    (
        [
            "my daughter posted a goodbye post before moving abroad, she's not answering, probably on the plane"
        ],
        NONE,
        NONE,
    ),
    (
        [
            "she posted a farewell message on facebook before her leaving party and now isn't answering"
        ],
        NONE,
        NONE,
    ),
    (["said goodbye to everyone at the airport, not answering now"], NONE, NONE),
    (["went to a farewell party last night, now I have a sore throat"], NONE, NONE),
    (["my mum said sorry for everything after our argument"], NONE, NONE),
    (["my son isn't answering his phone, he has a fever"], NONE, NONE),
    (
        [
            "my friend posted a goodbye message last year when she was depressed, she's fine now, I have a cough"
        ],
        NONE,
        NONE,
    ),
    (["朋友圈发了告别单身的动态，今晚不接电话了"], NONE, NONE),
    (["他发了毕业告别的话，电话打不通"], NONE, NONE),
    (["我女儿发朋友圈跟大家告别，明天出国留学，现在电话打不通"], NONE, NONE),
    (["她没有发告别的话，只是不接电话"], NONE, NONE),
    (["昨天参加了告别会，今天嗓子疼"], NONE, NONE),
]


@pytest.mark.parametrize(("messages", "emergency", "urgent"), FAREWELL_ROWS)
def test_r9_farewell(messages: list[str], emergency: str, urgent: str) -> None:
    check_screen_row(messages, emergency, urgent)


def test_r9_farewell_interview() -> None:
    assert (
        rules_urgency(
            "我女儿16岁，刚在朋友圈发了告别的话，说对不起大家，现在打她电话不接，她房间门锁着，我该怎么办",
            ("age", "16岁"),
            ("onset_duration", "这一个月她情绪一直很差，刚刚20分钟前发的"),
        )
        == "emergency"
    )


# Orbital cellulitis (r9b-en-27): a red swollen eyelid with pain moving the eye, the sight changed
# or the eye bulging (nhs.uk 'Cellulitis': A&E for cellulitis around the eyes with changes to the
# vision, pain moving the eye or the eye bulging; NICE CKS 'Cellulitis - acute'). A stye, an insect
# bite, hay fever, conjunctivitis, shingles near the eye with clear sight are not.
ORBIT = "orbital_cellulitis"
ORBITAL_ROWS: list[tuple[list[str], str, str]] = [
    (
        [
            "My 4 yr old's eyelid has swollen right up over a day after a cold, it's red and shut and now he says it hurts to look around and he can't see properly out of it"
        ],
        ORBIT,
        NONE,
    ),
    (["my son's eyelid is red and swollen, he cries when he moves his eye"], ORBIT, NONE),
    (["her eye is swollen shut and looks like it's bulging, fever 39"], ORBIT, NONE),
    (["eyelid swollen and red after a cold, now seeing double"], ORBIT, NONE),
    (["the skin round his eye is red and swollen, hurts to move his eye"], ORBIT, NONE),
    (["my daughters eyelid is swolen and red and it hurts when she looks up"], ORBIT, NONE),
    (["孩子感冒后眼皮红肿得睁不开，转眼睛就疼"], ORBIT, NONE),
    (["儿子眼睛周围红肿，眼球有点往外突出，发烧39度"], ORBIT, NONE),
    (["眼皮肿得厉害，那只眼睛看不清东西"], ORBIT, NONE),
    (["4岁孩子右眼皮红肿，看东西重影"], ORBIT, NONE),
    (
        [
            "my 4 year old's eyelid is red and swollen since yesterday",
            "4",
            "he's crying when he moves his eye",
        ],
        ORBIT,
        NONE,
    ),
    # look-alikes and denials
    (["small painful red lump on the edge of my eyelid like a spot, vision fine"], NONE, NONE),
    (["mosquito bite on his eyelid, it's swollen and he can't open it fully"], NONE, NONE),
    (["eyes puffy and itchy from hay fever, vision a bit blurry from watering"], NONE, NONE),
    (["my eyes are red and sticky, eyelids a bit swollen, vision fine"], NONE, NONE),
    (["eyelid swollen and red, no pain moving the eye, can see fine"], NONE, NONE),
    (
        ["my mum had orbital cellulitis years ago, my eyelid is a bit puffy this morning"],
        NONE,
        NONE,
    ),
    (["眼皮边上长了个小红疙瘩，一按就疼，看东西清楚"], NONE, NONE),
    (["眼皮被蚊子咬了，肿起来了"], NONE, NONE),
    (["花粉过敏，眼皮肿，眼睛痒，看东西有点模糊"], NONE, NONE),
    (["眼睛红，有眼屎，眼皮有点肿，视力正常"], NONE, NONE),
    (["眼皮红肿，转眼睛不疼，看东西也清楚"], NONE, NONE),
]


@pytest.mark.parametrize(("messages", "emergency", "urgent"), ORBITAL_ROWS)
def test_r9_orbital_cellulitis(messages: list[str], emergency: str, urgent: str) -> None:
    check_screen_row(messages, emergency, urgent)


# "can't see properly out of it" is the eye's sight, not a drowsy child ("out of it")
def test_r9_out_of_it_is_not_drowsy_after_see() -> None:
    from consult.triage.redflags import _affirmed

    assert "hypo_unresponsive" not in _affirmed("he can't see properly out of it")
    assert "hypo_unresponsive" in _affirmed("she's really out of it and won't wake properly")


# Light bleeding in early pregnancy told in other words (a few drops, blood only when wiping, on
# the toilet paper) with mild, period-type cramps is a same-day call to the GP, midwife, early
# pregnancy unit or 111 (nhs.uk 'Vaginal bleeding in pregnancy', 'Miscarriage', 'Ectopic
# pregnancy'); severe or one-sided sharp pain, shoulder-tip pain, dizziness or fainting, heavy
# bleeding stay 999 (r9b-en-01).
PREG = "pregnancy_bleeding_pain"
SPOT = "pregnancy_spotting"
PREGNANCY_ROWS: list[tuple[list[str], str, str]] = [
    (
        [
            "I'm 8 weeks pregnant and just noticed some light bleeding when I wiped, plus mild period-type cramps. Should I worry?"
        ],
        NONE,
        SPOT,
    ),
    (["7 weeks pregnant, a little bit of blood when I wipe and mild cramps"], NONE, SPOT),
    (
        ["9 weeks pregnant, some blood on the toilet paper when I wiped, mild period pains"],
        NONE,
        SPOT,
    ),
    (["pregnant 6 weeks, bit of pink when I wipe, slight cramping"], NONE, SPOT),
    (
        ["10 weeks pregnant, a few drops of blood in my knickers, mild crampy pain like a period"],
        NONE,
        SPOT,
    ),
    (["8 weeks pergnant, light bleeding, cramps 3/10"], NONE, SPOT),
    (["怀孕8周，擦的时候纸上有一点血，肚子有点像来月经那样隐隐的疼"], NONE, SPOT),
    (["怀孕7周，内裤上有一点点血，轻微肚子疼"], NONE, SPOT),
    (["孕9周，少量出血，小肚子有点坠，像来例假一样"], NONE, SPOT),
    (["怀孕六周 擦屁股纸上有点粉色的血 肚子微微有点疼"], NONE, SPOT),
    # still 999
    (["8 weeks pregnant, light bleeding and severe cramps"], PREG, NONE),
    (["8 weeks pregnant, light bleeding, sharp pain on my left side"], PREG, NONE),
    (["8 weeks pregnant, light bleeding, mild cramps and pain in my shoulder tip"], PREG, NONE),
    (["8 weeks pregnant, light bleeding and mild cramps, feeling dizzy and faint"], PREG, NONE),
    (["8 weeks pregnant, bleeding heavily, soaking a pad an hour, mild cramps"], PREG, NONE),
    (["8 weeks pregnant, bleeding and cramps"], PREG, NONE),
    (["怀孕8周，少量出血，肚子疼得厉害"], PREG, NONE),
    (["怀孕8周，有一点出血，左下腹一侧剧痛"], PREG, NONE),
    (["怀孕8周，一点点血，肩膀尖疼，头晕"], PREG, NONE),
    (["怀孕8周，出血很多，像来月经一样多，有血块"], PREG, NONE),
]


@pytest.mark.parametrize(("messages", "emergency", "urgent"), PREGNANCY_ROWS)
def test_r9_early_pregnancy_light_bleeding(
    messages: list[str], emergency: str, urgent: str
) -> None:
    check_screen_row(messages, emergency, urgent)


def test_r9_light_bleeding_interview_is_urgent() -> None:
    assert (
        rules_urgency(
            "I'm 8 weeks pregnant and just noticed some light bleeding when I wiped, plus mild period-type cramps. Should I worry?",
            ("age", "36"),
            ("severity", "cramps 3/10, just spotting, not even filling a liner"),
            ("associated_symptoms", "no dizziness, no shoulder pain"),
        )
        == "urgent"
    )


# Negation scope (context.py): "no urine for 12 hours" is the finding (no output), not a denial
# whose list reaches the next clause, and a denial does not reach a clause with its own verb after
# a comma ("no fever, bladder feels like it's going to burst"). nhs.uk 'Urinary retention': 999 /
# A&E if you cannot pee at all or have a swollen, painful lower tummy.
AUR = ("urinary_retention_acute", "urinary_retention")
SCOPE_ROWS: list[tuple[list[str], str | tuple[str, ...], str]] = [
    (["no urine for 12 hours, bladder feels like it's going to burst"], AUR, NONE),
    (["my dad has had no pee since this morning, his lower tummy is swollen and hard"], AUR, NONE),
    (["no wee for 10 hours, bladder is really full and hard"], AUR, NONE),
    (["no urine at all today, bladder bursting"], AUR, NONE),
    (["no urine for 12 hours, blader feels like it's going to burst"], AUR, NONE),
    (["no fever, bladder feels like it's going to burst and can't pee"], AUR, NONE),
    (["12个小时没尿，膀胱胀得要爆了"], AUR, NONE),
    (["十几个小时没有尿，小肚子胀得像要爆了"], AUR, NONE),
    (["我爸从早上到现在都没有尿，膀胱胀得很疼"], AUR, NONE),
    # denials stay denials
    (["no urine infection, bladder feels full"], NONE, NONE),
    (["no pain passing urine, lower tummy bloated before my period"], NONE, NONE),
    (["no fever, no urine infection, tummy a bit bloated"], NONE, NONE),
    (["no trouble peeing, weeing normally"], NONE, NONE),
    (["no fever, cough or chest pain"], NONE, NONE),
    (["no fever, chest pain"], NONE, NONE),
    (["没有尿频尿急，小肚子有点胀"], NONE, NONE),
    (["没有尿不出来，就是小肚子有点胀"], NONE, NONE),
    # someone else's past
    (["my dad had urinary retention years ago, I have a cough"], NONE, NONE),
]


@pytest.mark.parametrize(("messages", "emergency", "urgent"), SCOPE_ROWS)
def test_r9_negation_scope(
    messages: list[str], emergency: str | tuple[str, ...], urgent: str
) -> None:
    check_screen_row(messages, emergency, urgent)


def test_r9_denial_stops_at_a_clause_of_its_own() -> None:
    from consult.triage.context import negation_scope

    text = "no fever, her lips are blue"
    start = text.index("lips")
    assert negation_scope(text, start, len(text))[0] is False
    text = "no fever, cough or chest pain"
    start = text.index("chest")
    assert negation_scope(text, start, len(text))[0] is True


# An emergency named as a question about the symptoms told ("could this be a mini stroke??", "is
# this anaphylaxis??", "heart attack or something??", 会不会马上中风心梗, 会不会烧起来抽风) is no
# finding: the symptoms decide (ConText hypothetical; nhs.uk 'Health anxiety'). A denial of
# self-harm with 不想/不会 (不想伤害自己) and of a deep burn (皮肤没有发白) is a denial.
ASKED_ROWS: list[tuple[list[str], str, str]] = [
    (["HELP is this anaphylaxis?? itchy raised welts all over my arms and tummy"], NONE, NONE),
    (["my hand keeps going numb at night, could this be a mini stroke??"], NONE, NONE),
    (
        ["keep waking up drenched and my heart racing at night, heart attack or something??"],
        NONE,
        NONE,
    ),
    (["宝宝一直流口水啃手，晚上哭闹，体温37.6，会不会烧起来抽风啊？"], NONE, NONE),
    (["体检胆固醇6.8，会不会马上中风心梗？我46岁，没有任何不舒服"], NONE, NONE),
    (["我35岁，老是心慌，睡不着。没有胸痛，没晕倒过，不想伤害自己"], NONE, NONE),
    (["我不想自杀，只是睡不着"], NONE, NONE),
    (["她说不会伤害自己，就是情绪不好"], NONE, NONE),
    (["倒开水烫到手背了，硬币那么大，红红的，皮肤没有发白发黑"], NONE, NONE),
    # the signs told with the question still fire; the name told as what is happening stays
    (["is this anaphylaxis? my throat is closing and I can't breathe"], "anaphylaxis", NONE),
    (["could this be a stroke? her face is drooping and she can't lift her arm"], "stroke", NONE),
    (["heart attack or something?? crushing chest pain and sweating"], "chest_pain_cardiac", NONE),
    (["I think I'm having a heart attack"], "chest_pain_cardiac", NONE),
    (["my dad is having a stroke"], "stroke", NONE),
    (["会不会是中风啊，我爸突然说话不清楚"], "stroke", NONE),
    (["宝宝发烧抽风了"], "unconscious_seizure", NONE),
    (["我想伤害自己"], SUICIDE, NONE),
    (["我不想活了"], SUICIDE, NONE),
    (["开水烫了手，皮肤发白"], "severe_burn", NONE),
]


@pytest.mark.parametrize(("messages", "emergency", "urgent"), ASKED_ROWS)
def test_r9_named_as_question_and_denials(messages: list[str], emergency: str, urgent: str) -> None:
    if emergency:
        check_screen_row(messages, emergency, urgent)
    else:
        from consult.triage.redflags import flag_codes, screen_conversation

        assert flag_codes(screen_conversation(messages)) == [], messages


# One hand numb from a trapped nerve in the neck told (nhs.uk 'Cervical spondylosis', NICE CKS
# 'Neck pain - cervical radiculopathy': GP) is no stroke; a face, speech or sudden sign with it,
# or plain neck pain with a suddenly weak arm, stays. A faint at the sight of a needle with a
# quick recovery is a simple faint (nhs.uk 'Fainting'); a fit or not coming round stays 999.
NECK_FAINT_ROWS: list[tuple[list[str], str, str]] = [
    (["颈椎病犯了，脖子疼了好几个月，现在右手有点麻，是不是压迫神经了"], NONE, NONE),
    (["I've got a trapped nerve in my neck, my left hand is numb and tingly"], NONE, NONE),
    (["my right hand is numb", "47", "cervical spondylosis, neck pain for months"], NONE, NONE),
    (
        [
            "刚才抽血的时候我晕倒了！！",
            "20岁",
            "十分钟前看到针头就晕过去了几秒钟",
            "现在躺了一会已经完全好了",
        ],
        NONE,
        NONE,
    ),
    (["fainted at my blood test, came round straight away"], NONE, NONE),
    (["颈椎病，右手麻，突然说话不清楚"], "stroke", NONE),
    (["my right arm is numb and weak"], "stroke", NONE),
    (["右手突然麻了没劲"], "stroke", NONE),
    (["my neck hurts and my left arm suddenly went weak"], "stroke", NONE),
    (["刚才抽血晕倒了，醒了以后还在抽搐"], "unconscious_seizure", NONE),
    (["晕倒了，叫不醒"], "unconscious_seizure", NONE),
]


@pytest.mark.parametrize(("messages", "emergency", "urgent"), NECK_FAINT_ROWS)
def test_r9_neck_nerve_and_simple_faint(messages: list[str], emergency: str, urgent: str) -> None:
    if emergency:
        check_screen_row(messages, emergency, urgent)
    else:
        from consult.triage.redflags import flag_codes, screen_conversation

        assert flag_codes(screen_conversation(messages)) == [], messages


# 老糊涂 is the old word for a failing memory over months (nhs.uk 'Dementia': see a GP), not the
# sudden confusion of a low sugar (nhs.uk 'Low blood sugar': 999 if confused); 人有点糊涂了 stays.
def test_r9_old_forgetfulness_is_no_confusion() -> None:
    from consult.triage.redflags import _affirmed, flag_codes, screen_conversation

    messages = ["我妈最近记性越来越差，炒菜忘关火，是老糊涂了还是要看病", "76", "高血压，糖尿病"]
    assert "diabetes_confused" not in flag_codes(screen_conversation(messages))
    assert "confusion_lay" in _affirmed("糖尿病，人有点糊涂了")


# A panic attack told as a bounded, recurring episode with a fear of dying or of going mad
# (nhs.uk 'Panic disorder': a pounding heart, feeling you can't breathe, tingling, 5 to 20
# minutes, then it passes) is no breathing or palpitations emergency (r9a-en-29); with no
# bounded course, or with blue lips, it stays.
PANIC_ROWS: list[tuple[list[str], str, str]] = [
    (
        [
            "I genuinely thought I was DYING in the supermarket yesterday. heart pounding, couldn't breathe, hands tingling, felt like i was going mad. third time this month"
        ],
        NONE,
        NONE,
    ),
    (
        [
            "I genuinely thought I was DYING in the supermarket yesterday. heart pounding, couldn't breathe",
            "24",
            "each one lasts about 10-15 min then goes completely",
        ],
        NONE,
        NONE,
    ),
    (["heart pounding and I can't breathe, I think I'm dying"], "severe_breathing", NONE),
    (["my heart is racing and I can't breathe, lips going blue"], "severe_breathing", NONE),
]


@pytest.mark.parametrize(("messages", "emergency", "urgent"), PANIC_ROWS)
def test_r9_panic_attack_bounded(messages: list[str], emergency: str, urgent: str) -> None:
    if emergency:
        check_screen_row(messages, emergency, urgent)
    else:
        from consult.triage.redflags import flag_codes, screen_conversation

        assert flag_codes(screen_conversation(messages)) == [], messages
