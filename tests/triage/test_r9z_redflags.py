"""Round 9z red flags from the Chinese tuning sets r9z/r9y, each class with rows in English and
Chinese (zh-hans): spoken phrasings, misspellings, look-alikes that must still fire and denials or
fears that must not."""

# ruff: noqa: E501 -- one conversation per line reads better than wrapped strings.
import pytest

from consult.triage.redflags import flag_codes, screen_conversation

NONE = ""


def check_emergency(messages: list[str], emergency: str | tuple[str, ...]) -> None:
    """The emergency code (or one of the codes) the messages must raise; with none, no
    emergency at all."""
    fired = set(flag_codes(screen_conversation(messages)))
    if emergency:
        codes = {emergency} if isinstance(emergency, str) else set(emergency)
        assert fired & codes, (messages, fired)
    else:
        assert fired == set(), (messages, fired)


# A rash that does not fade under a pressed glass, or red spots of which some are purple, with a
# fever: nhs.uk 'Meningitis' and 'Sepsis' (call 999); NICE NG240. Told with the glass first or
# the spots first; a rash that fades, or one that has lasted days, is not.
MENINGITIS_ROWS: list[tuple[list[str], str]] = [
    (["孩子3岁半，发烧一天了，身上有好多小红点，有的是紫色的，好害怕"], "meningitis"),
    (["发烧", "我用玻璃杯压了一下，红点不褪色"], "meningitis"),
    (["孩子发烧，用杯子按了一下，那些点点还是不褪色"], "meningitis"),
    (["宝宝烧到39度，腿上有出血点"], "meningitis"),
    (["发烧，身上起了瘀点"], "meningitis"),
    (["孩子发高烧，身上的疹子压了不褪"], "meningitis"),
    (["发烧，红疹按压不消退"], "meningitis"),
    (["发烧了，肚子上的红点一点也不褪色"], "meningitis"),
    (["孩子发烧，腿上有紫色的点"], "meningitis"),
    (["吐了两次，手脚冰凉，怕光，脖子好像不愿意低头"], "meningitis"),
    (["fever since last night", "I pressed a glass on it and the spots didn't fade"], "meningitis"),
    (["my son has a temperature and lots of red spots, some of them are purple"], "meningitis"),
    (["temp of 39, a rash that doesnt fade when i press a glass on it"], "meningitis"),
    (["she has a fever and purple spots on her legs"], "meningitis"),
    # look-alikes that must not fire
    (["孩子发烧，身上起了小红点，用玻璃杯压了一下，红点褪色了"], NONE),
    (["疹子三天了还不退，有点痒"], NONE),
    (["孩子发烧，身上起了小红点，按压可以消退"], NONE),
    (["脖子疼，低头就疼"], NONE),
    (["my son has a fever and a red rash that fades when I press it"], NONE),
]


@pytest.mark.parametrize(("messages", "emergency"), MENINGITIS_ROWS)
def test_r9z_nonblanching_rash(messages: list[str], emergency: str) -> None:
    check_emergency(messages, emergency)


# A denial of self-harm is the screening answer "no" (nhs.uk 'Help for suicidal thoughts' asks
# about the writer's own thoughts): 不想/不会/不打算 before the self-harm words, in both languages.
# The wish itself ("不想活了", "想伤害自己") and a turn after the denial still fire.
SELF_HARM_ROWS: list[tuple[list[str], str]] = [
    (["最近失眠", "白天有点困；情绪还行，不想伤害自己；心慌就是躺床上紧张的时候，白天没有"], NONE),
    (["我35岁，这几个月老是心慌。没有胸痛，没晕倒过，不想伤害自己。没吃药，不过敏。"], NONE),
    (["没想过伤害自己"], NONE),
    (["没有轻生的念头"], NONE),
    (["不会做傻事的，放心"], NONE),
    (["我不会伤害自己的"], NONE),
    (["心情不好，但是不想自杀"], NONE),
    (["绝对不会自杀"], NONE),
    (["从来没想过自杀"], NONE),
    (["I don't want to hurt myself"], NONE),
    (["no thoughts of harming myself"], NONE),
    (["low mood but I have no thoughts of hurting myself"], NONE),
    # the wish itself, and a turn after the denial
    (["不想活了"], "suicide_self_harm"),
    (["有时候想伤害自己"], "suicide_self_harm"),
    (["我不想伤害自己，可是控制不住"], "suicide_self_harm"),
    (["不想再这样下去了，想自杀"], "suicide_self_harm"),
    (["活着没意思，不想活"], "suicide_self_harm"),
    (["I want to hurt myself"], "suicide_self_harm"),
    (["I keep thinking about killing myself"], "suicide_self_harm"),
]


@pytest.mark.parametrize(("messages", "emergency"), SELF_HARM_ROWS)
def test_r9z_self_harm_denial(messages: list[str], emergency: str) -> None:
    check_emergency(messages, emergency)


# The name of an emergency asked as a fear or a question, with no symptom of it and no sudden
# event in the message, is a worry, not a symptom (ConText 'hypothetical'; nhs.uk 'High
# cholesterol': a GP; nhs.uk 'Bell's palsy': 999 only for FAST signs). The symptoms told with it
# still fire, and so does the name told as happening.
FEARED_NAME_ROWS: list[tuple[list[str], str]] = [
    (
        [
            "单位体检报告出来了，总胆固醇6.8，低密度4.9，吓死我了，会不会马上中风心梗？我46岁，没有任何不舒服。"
        ],
        NONE,
    ),
    (["血压有点高，担心会中风"], NONE),
    (["胆固醇高，会不会得心梗啊"], NONE),
    (["怕是心梗"], NONE),
    (["体检说血脂高，是不是容易心梗"], NONE),
    (["my cholesterol came back high, am I going to have a heart attack?"], NONE),
    (["worried I'll have a stroke like my dad"], NONE),
    (["blood pressure is a bit high, is it a stroke risk?"], NONE),
    # symptoms told with the fear, and the name told as happening, fire
    (["我怕是心梗，胸口压着疼出冷汗"], "chest_pain_cardiac"),
    (["胸口疼得厉害，出冷汗，是不是心梗"], "chest_pain_cardiac"),
    (["我爸突然说话不清楚，是不是中风了"], "stroke"),
    (["我爸右边手脚没劲，是不是中风了"], "stroke"),
    (["他中风了"], "stroke"),
    (["心梗了，快叫救护车"], "chest_pain_cardiac"),
    (["chest pain and sweating, is it a heart attack?"], "chest_pain_cardiac"),
    (["my mum can't lift her arm, could it be a stroke?"], "stroke"),
    (["I think I'm having a heart attack"], "chest_pain_cardiac"),
    (["my dad is having a stroke"], "stroke"),
]


@pytest.mark.parametrize(("messages", "emergency"), FEARED_NAME_ROWS)
def test_r9z_feared_name(messages: list[str], emergency: str) -> None:
    check_emergency(messages, emergency)


# A face that droops told with "会不会是中风" stays with the face-droop rules (Bell's features told
# in the conversation: urgent, nhs.uk 'Bell's palsy'); the question adds no flag.
def test_r9z_bells_question_adds_no_stroke() -> None:
    messages = [
        "早上刷牙发现漱口水从右边嘴角漏出来，右眼也闭不严，是不是面瘫了？会不会是中风啊",
        "今天早上发现的，昨天晚上右耳后面有点疼",
        "右边整张脸，连额头都皱不起来",
        "手脚都正常，说话清楚，没头疼",
    ]
    assert flag_codes(screen_conversation(messages)) == []


# One numb hand or arm told with a long-standing neck problem is cervical radiculopathy, not a
# stroke (nhs.uk 'Neck pain': pins and needles in the arm -> a GP); a sudden one, or one with a
# face, speech or a whole side, stays a stroke (nhs.uk 'Stroke').
CERVICAL_ROWS: list[tuple[list[str], str]] = [
    (["颈椎病犯了，脖子疼了好几个月，现在右手有点麻，是不是压迫神经了"], NONE),
    (["脖子疼了半年，最近左手指头发麻"], NONE),
    (["颈椎不好，右手大拇指和食指发麻"], NONE),
    (["颈推病", "脖子疼半年，手麻一个月", "脖子右边到肩膀，右手大拇指和食指发麻"], NONE),
    (["I've had neck pain for months and now my right hand is a bit numb"], NONE),
    (["trapped nerve in my neck, left hand tingling"], NONE),
    # sudden, or with the face or speech: a stroke
    (["颈椎病多年，今天突然右边手脚没劲"], "stroke"),
    (["颈椎不好，突然左手没劲了，说话不清楚"], "stroke"),
    (["右手有点麻"], "stroke"),
    (["突然右手麻了"], "stroke"),
    (["my right arm suddenly went numb"], "stroke"),
    (["neck pain for years, but this morning my left arm suddenly went weak"], "stroke"),
]


@pytest.mark.parametrize(("messages", "emergency"), CERVICAL_ROWS)
def test_r9z_cervical_numb_hand(messages: list[str], emergency: str) -> None:
    check_emergency(messages, emergency)


# Chest tightness in known asthma with breathlessness or a cough and nothing of a heart attack is
# the asthma (nhs.uk 'Asthma attack': urgent GP when the reliever is needed more often); chest
# pain, or a sweat, spreading or severe pain with it, stays `chest_pain_cardiac` (nhs.uk 'Heart
# attack').
ASTHMA_ROWS: list[tuple[list[str], str]] = [
    (
        [
            "哮喘最近老犯，喷的蓝色那个一天要用好几次",
            "最近一个礼拜，感冒以后开始的",
            "胸口发紧",
            "能说完整的句子，喷完能管几个小时",
            "晚上咳醒，有点喘",
        ],
        NONE,
    ),
    (["哮喘犯了，胸口发紧，有点喘"], NONE),
    (["有哮喘，胸口闷，有点喘不过气，喷了沙丁胺醇好一点"], NONE),
    (["孝喘又犯了", "胸口憋得慌，有点喘"], NONE),
    (["I'm asthmatic, chest feels tight and a bit wheezy and short of breath"], NONE),
    (["using my blue inhaler a lot, chest is tight and I'm a bit breathless"], NONE),
    # pain, a sweat or spreading: cardiac
    (["哮喘病人，胸口疼，有点喘"], "chest_pain_cardiac"),
    (["哮喘犯了，胸口发紧，出冷汗"], "chest_pain_cardiac"),
    (["胸口发紧，有点喘"], "chest_pain_cardiac"),
    (["有哮喘，胸口压着疼，喘不上气，出冷汗"], "chest_pain_cardiac"),
    (["my chest is tight and I'm short of breath"], "chest_pain_cardiac"),
    (
        ["I have asthma, chest tightness spreading to my left arm, short of breath"],
        "chest_pain_cardiac",
    ),
]


@pytest.mark.parametrize(("messages", "emergency"), ASTHMA_ROWS)
def test_r9z_asthma_tight_chest(messages: list[str], emergency: str) -> None:
    check_emergency(messages, emergency)


# A denial between the skin and its colour ("皮肤没有发白发黑", "the skin isn't white") is no
# deep burn (nhs.uk 'Burns and scalds': A&E for white or charred skin); white or charred skin
# told as it is still fires.
BURN_DEEP_ROWS: list[tuple[list[str], str]] = [
    (["被开水烫了，皮肤没有发白发黑"], NONE),
    (["烫了一下，红红的，皮肤不发白"], NONE),
    (["被开水烫了，皮肤发白了"], ("burn_serious", "severe_burn")),
    (["烫伤了，皮都烧焦了"], ("burn_serious", "severe_burn")),
    (["burnt my arm, the skin has gone white and leathery"], ("burn_serious", "severe_burn")),
]


@pytest.mark.parametrize(("messages", "emergency"), BURN_DEEP_ROWS)
def test_r9z_burn_deep_denied(messages: list[str], emergency: str | tuple[str, ...]) -> None:
    check_emergency(messages, emergency)


# An older parent's memory failing over months (记性越来越差, 老糊涂了) is no acute confusion in
# diabetes (nhs.uk 'Dementia': see a GP); confusion told as sudden or with drowsiness stays
# (nhs.uk 'Low blood sugar (hypoglycaemia)': 999).
MEMORY_ROWS: list[tuple[list[str], str | tuple[str, ...]]] = [
    (
        [
            "我妈最近记性越来越差，刚说的事转头就忘，炒菜忘关火好几次了，是老糊涂了还是要看病",
            "76",
            "大半年了，慢慢越来越明显，不是突然的",
            "高血压，糖尿病",
            "降压药降糖药，有时候忘了吃没吃",
        ],
        NONE,
    ),
    (["我妈有糖尿病，这半年记性越来越差，老忘事"], NONE),
    (
        [
            "my mum has diabetes and her memory has been getting worse for months, she keeps forgetting things"
        ],
        NONE,
    ),
    # sudden, or drowsy: an emergency (this rule or urgency.py's hypoglycaemia screen)
    (["我爸有糖尿病，今天突然人糊涂了"], ("diabetes_confused", "hypoglycaemia")),
    (["我爸有糖尿病，今天人有点糊涂了"], ("diabetes_confused", "hypoglycaemia")),
    (
        ["我妈有糖尿病，刚才人迷糊了，叫不太醒"],
        ("diabetes_confused", "hypoglycaemia", "unconscious_seizure"),
    ),
    (
        ["my dad has diabetes and is suddenly confused"],
        ("diabetes_confused", "hypoglycaemia", "stroke"),
    ),
    (["my mum has diabetes and is getting confused"], ("diabetes_confused", "hypoglycaemia")),
]


@pytest.mark.parametrize(("messages", "emergency"), MEMORY_ROWS)
def test_r9z_gradual_memory_not_confusion(
    messages: list[str], emergency: str | tuple[str, ...]
) -> None:
    check_emergency(messages, emergency)


# "会不会" after a stop asks about a feared diagnosis, not about the sign before it: the eye that
# will not close is still a Bell's feature ("右眼也闭不严，是不是面瘫了？会不会是中风啊": urgent,
# nhs.uk 'Bell's palsy'); a droop with a weak arm stays a stroke (nhs.uk 'Stroke').
BELLS_ROWS: list[tuple[list[str], str]] = [
    (["早上刷牙发现漱口水从右边嘴角漏出来，右眼也闭不严，是不是面瘫了？会不会是中风啊"], NONE),
    (["右眼闭不严，嘴角漏水，会不会是中风"], NONE),
    (["my mouth is drooping on the right and I can't close my right eye, is it a stroke?"], NONE),
    (["右边脸动不了，左手也没劲"], "stroke"),
    (["嘴歪了，说话也不清楚，会不会是中风"], "stroke"),
    (["my face is drooping and my arm is weak, could it be a stroke?"], "stroke"),
]


@pytest.mark.parametrize(("messages", "emergency"), BELLS_ROWS)
def test_r9z_bells_question(messages: list[str], emergency: str) -> None:
    check_emergency(messages, emergency)
