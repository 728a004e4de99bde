"""Round-8 single-message set (r8t) urgency classes: each class in English and Chinese in
several phrasings, with look-alikes that must stay where they are."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from consult.triage.facts import find_age, find_severity, severity_score
from consult.triage.urgency import classify

from .turns import rules_urgency as _u

# NICE CG185 / nhs.uk Bipolar disorder: a relapse of mania (no sleep for nights without needing
# it, feeling great, fast talk, spending) - contact the care team or GP urgently, or 111.
MANIA = [
    (
        (
            "haven't slept in 3 nights and I don't need to, I feel amazing, my sister says I'm talking too fast",
        ),
        "urgent",
    ),
    (
        ("my son has not slept for 3 nights, says he's not tired and he's talking so fast",),
        "urgent",
    ),
    (("I have bipolar, haven't slept for days, full of energy, spent £3000 online",), "urgent"),
    (("三天没睡觉了 一点都不困 说话特别快 还花了两万块",), "urgent"),
    (("我老公好几天没睡 精力特别旺盛 有双相",), "urgent"),
]
MANIA_NOT = [
    # no sleep from pain, a baby or a cough is not mania
    (("haven't slept in 3 nights because of the baby, I'm exhausted",), ("routine", "self_care")),
    (("两个晚上没睡 咳得厉害 嗓子疼",), ("routine", "self_care")),
    (("三天没睡好 很累",), ("routine", "self_care")),
]


@pytest.mark.parametrize(("turns", "urgency"), MANIA)
def test_r8t_mania(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), MANIA_NOT)
def test_r8t_mania_not(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Migraine: the usual attacks, told as years of them ("since uni", "6 times a month",
# 以前也犯过), are no MTS severe pain even as "the worst headaches ever"; more frequent attacks are
# for a GP. A sudden or a first worst headache stays urgent or worse.
USUAL_HEADACHE = [
    (
        (
            "I get the worst headaches ever, one side, throbbing, zigzag lines before, have to lie in the dark. Had them since uni but now it's like 6 times a month",
        ),
        ("routine", "self_care"),
    ),
    (
        (
            "worst headaches, one side, sick with them, been getting them since school, 3 times a month now",
        ),
        ("routine", "self_care"),
    ),
    (("头疼得要命 一边跳着疼 上大学就开始有 现在一个月犯五六次",), ("routine", "self_care")),
]
USUAL_HEADACHE_NOT = [
    (("worst headache of my life, came on suddenly 10 minutes ago",), ("emergency",)),
    (("I've got the worst headache ever, pain 9/10 since this morning",), ("urgent", "emergency")),
]

# nhs.uk Mouth ulcers: a pharmacist can help; GP if it lasts over 3 weeks. "烂了个洞" is an ulcer
# and "疼死了" of it is no pain score.
MOUTH_ULCER = [
    (("嘴里烂了个洞 疼死了 吃饭喝水都疼 长了三天了 以前上火也长过",), "self_care"),
    (("舌头上破了个口子 疼死了 两天了",), "self_care"),
    (("there's a hole in my cheek inside, really sore, 3 days, had them before",), "self_care"),
]
MOUTH_ULCER_NOT = [
    (("嘴里烂了个洞 一个多月了 一直不好",), ("routine", "urgent")),
]

# nhs.uk Neck pain: a stiff neck on waking (落枕, a cricked neck) gets better with self-care in a
# few days; a word like "疼死了" is no score. A numb arm or a fever is not this.
WRY_NECK = [
    (("落枕了 脖子疼死了 头转不过来 早上起来就这样 手不麻 不发烧",), "self_care"),
    (("cricked my neck in the night, agony, can't turn my head",), "self_care"),
    (("落枕了 脖子疼得要命 转不了头",), "self_care"),
]
WRY_NECK_NOT = [
    (("脖子疼死了 手也麻了 落枕了吧",), ("routine", "urgent", "emergency")),
    (("落枕了 脖子疼死了 发烧39度",), ("routine", "urgent", "emergency")),
    (("neck pain killing me and my arm is numb and tingling",), ("routine", "urgent", "emergency")),
]


@pytest.mark.parametrize(
    ("turns", "allowed"),
    USUAL_HEADACHE + USUAL_HEADACHE_NOT + MOUTH_ULCER_NOT + WRY_NECK_NOT,
)
def test_r8t_allowed(turns, allowed):
    assert _u(*turns) in allowed


@pytest.mark.parametrize(("turns", "urgency"), MOUTH_ULCER + WRY_NECK)
def test_r8t_self_care(turns, urgency):
    assert _u(*turns) == urgency


# nhs.uk Head lice and nits: treat at home with wet combing or a pharmacy lotion. Lice told as
# little bugs in the hair and white eggs stuck to it are this, not a hallucination.
HEAD_LICE = [
    (("女儿头发里有小虫子在爬 还有好多白色的小卵粘在头发上 天天挠头 吓死我了",), "self_care"),
    (
        (
            "my son has tiny bugs crawling in his hair and little white eggs stuck to his hair, itchy",
        ),
        "self_care",
    ),
]
HEAD_LICE_NOT = [
    (("I see bugs crawling on the walls that aren't there",), ("routine", "urgent", "emergency")),
]

# nhs.uk Athlete's foot / Fungal nail infection: see a GP when the pharmacy treatment has not
# worked after 2 weeks (用了两周也没好); a treatment just started or helping stays self-care.
# A toenail gone yellow is no jaundice; skin or eyes gone yellow still are.
TREATMENT_FAILED = [
    (("脚趾缝又痒又脱皮 用了药店的达克宁两周也没好 现在脚趾甲也变黄变厚了",), "routine"),
    (
        (
            "athlete's foot, used the cream from the chemist for 2 weeks, not cleared, and now my toenail has gone yellow and thick",
        ),
        "routine",
    ),
]
TREATMENT_FAILED_NOT = [
    (("脚趾缝痒 脱皮 用了达克宁三天了 好多了",), ("self_care",)),
    (("athlete's foot, itchy between my toes, started the cream yesterday",), ("self_care",)),
    (("I've gone yellow and my wee is dark",), ("urgent", "emergency")),
    (("his eyes have turned yellow",), ("urgent", "emergency")),
]


@pytest.mark.parametrize(("turns", "urgency"), HEAD_LICE + TREATMENT_FAILED)
def test_r8t_lice_treatment(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), HEAD_LICE_NOT + TREATMENT_FAILED_NOT)
def test_r8t_lice_treatment_not(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Sprains and strains / Ottawa ankle rules: a rolled ankle, swollen and bruised, that can be
# walked on is treated at home; "I think I've broken it" is the patient's fear, not a sign. Unable to
# bear weight, a bent shape or a break told plainly stays urgent.
ANKLE = [
    (
        (
            "I think I've broken my ankle! rolled it on a kerb, it's swollen and bruised but I can walk on it with a limp. didn't hear a crack",
        ),
        "self_care",
    ),
    (("崴了脚 肿了 青了 是不是骨折了 还能走 一瘸一拐的",), "self_care"),
]
ANKLE_NOT = [
    (
        ("I think I've broken my ankle, fell down the stairs, can't put any weight on it",),
        ("urgent", "emergency"),
    ),
    (
        ("my ankle, rolled it on a step, can't put any weight on it at all",),
        ("urgent", "emergency"),
    ),
    (("I think I've broken my wrist, it looks bent",), ("urgent", "emergency")),
    (("I've broken my ankle, fell off a ladder",), ("urgent", "emergency")),
]


@pytest.mark.parametrize(("turns", "urgency"), ANKLE)
def test_r8t_ankle_sprain(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), ANKLE_NOT)
def test_r8t_ankle_not(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Flu: a sudden temperature with an aching body, a dry cough, a headache in a well adult is
# treated at home (rest, fluids, paracetamol) - also when flu is not named; 65 or over, a long-term
# condition, or breathlessness is not.
FLU_SIGNS = [
    (
        (
            "I'm dying. Fever 38.2, aching everywhere, headache, dry cough since yesterday. 32, no health problems, breathing fine, drinking ok",
        ),
        "self_care",
    ),
    (("发烧38度5 浑身酸痛 干咳 头疼 昨天开始的",), "self_care"),
]
FLU_SIGNS_NOT = [
    (("I'm 78 years old, fever and aching all over, cough",), ("routine", "urgent", "emergency")),
    (("我78岁 发烧 浑身酸痛",), ("routine", "urgent", "emergency")),
    (("fever and aching all over but I have COPD",), ("routine", "urgent", "emergency")),
    (("fever, aching everywhere, struggling to breathe",), ("urgent", "emergency")),
    (("fever 39, aching all over, stiff neck and a rash that doesn't fade",), ("emergency",)),
]

# nhs.uk Diarrhoea and vomiting: several loose poos a day ("拉了五六次") with stomach cramps
# ("一阵阵绞痛"), no blood, drinking - self-care; a colic down to the groin is not this.
GASTRO_CRAMPS = [
    (("昨天吃了火锅 今天拉了五六次 肚子一阵阵绞痛 没发烧 大便没有血 水能喝下去",), "self_care"),
    (("diarrhoea 6 times today, stomach cramps, no blood, drinking fine",), "self_care"),
]
GASTRO_CRAMPS_NOT = [
    (("腰一阵阵绞痛 窜到大腿根 拉了三四次",), ("urgent", "emergency")),
    (("今天拉了五六次 大便有血 发烧39度",), ("urgent", "emergency")),
]


@pytest.mark.parametrize(("turns", "urgency"), FLU_SIGNS + GASTRO_CRAMPS)
def test_r8t_flu_gastro(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), FLU_SIGNS_NOT + GASTRO_CRAMPS_NOT)
def test_r8t_flu_gastro_not(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Heartburn and acid reflux: a burning in the chest after meals that antacids ease is
# reflux (a GP when it keeps coming back); urgency.py's own assessment (redflags.urgent_findings
# is read apart). Antacids not helping with weight loss, burning on exertion, or with sweating and
# a spreading pain stay urgent or emergency.
HEARTBURN = [
    (
        "burning in my chest after every meal for about a month, worse lying down, antacids help a bit. no trouble swallowing, not losing weight, 40",
        ("routine",),
    ),
    ("每次吃完饭胸口烧得慌 一个月了 躺下更厉害 吃胃药管用", ("routine", "self_care")),
    (
        "burning in my chest after every meal, antacids don't help, losing weight",
        ("urgent", "emergency"),
    ),
    ("burning chest pain when I walk up hills, goes with rest", ("urgent", "emergency")),
    ("burning chest pain after a meal, sweating and pain down my left arm", ("emergency",)),
]


@pytest.mark.parametrize(("text", "allowed"), HEARTBURN)
def test_r8t_heartburn_assessment(text, allowed):
    assert classify([text], {}).level in allowed


# nhs.uk Common cold: a blocked nose told as "can't breathe" (鼻子堵死了 喘不过气) is no
# breathlessness when nothing past the nose is told; asthma, wheeze or the mouth not helping is.
NOSE_BREATH = [
    (
        (
            "I literally can't breathe!! nose totally blocked for 3 days, sneezing, bit of a sore throat. no fever, chest fine",
        ),
        "self_care",
    ),
    (("鼻子堵死了 完全喘不过气来 流鼻涕打喷嚏 嗓子有点疼 感冒第三天 不发烧",), "self_care"),
]
NOSE_BREATH_NOT = [
    (("nose blocked, can't breathe, chest tight and wheezy",), ("urgent", "emergency")),
    (("鼻子堵了 喘不过气 我有哮喘",), ("urgent", "emergency")),
    (("nose blocked and I can't breathe even through my mouth",), ("urgent", "emergency")),
]


@pytest.mark.parametrize(("turns", "urgency"), NOSE_BREATH)
def test_r8t_nose_breath(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), NOSE_BREATH_NOT)
def test_r8t_nose_breath_not(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Cuts and grazes: a small cut (a shaving nick, 刮胡子刮破了) is treated at home even when
# it bleeds a lot at first; bleeding that pressure does not stop is not a minor cut.
MINOR_CUT = [
    (
        (
            "cut myself shaving and theres blood everywhere, its been going for 5 min. its a tiny nick on my chin, nothing else wrong",
        ),
        "self_care",
    ),
    (("刮胡子刮破了 血流了好几分钟 一个小口子",), "self_care"),
    (("cut my finger chopping onions, small cut, stopped bleeding now",), "self_care"),
]
MINOR_CUT_NOT = [
    (
        ("cut myself shaving, blood is pumping out and won't stop after 20 minutes of pressure",),
        ("routine", "urgent", "emergency"),
    ),
    (
        ("nicked my leg shaving, it hasn't stopped bleeding for half an hour",),
        ("routine", "urgent", "emergency"),
    ),
    (("刮胡子刮破了 按了十几分钟还在流血",), ("routine", "urgent", "emergency")),
]


@pytest.mark.parametrize(("turns", "urgency"), MINOR_CUT)
def test_r8t_minor_cut(turns, urgency):
    assert _u(*turns) == urgency


@pytest.mark.parametrize(("turns", "allowed"), MINOR_CUT_NOT)
def test_r8t_minor_cut_not(turns, allowed):
    assert _u(*turns) in allowed


# nhs.uk Flu: 65 or over with flu symptoms -> GP/111, not self-care. An age opening the message or
# told as "I'm 70, ..." is read; temperatures, durations, scores, weights and doses are not ages.
AGE_ROWS = [
    ("I'm 70, fever and aching everywhere", "70 years"),
    ("70, fever and aching everywhere", "70 years"),
    ("im 70 and shivery", "70 years"),
    ("Im 68, temperature and cough", "68 years"),
    ("70，发烧 浑身酸痛", "70 years"),
    ("我70了，发烧 浑身酸痛", "70 years"),
    ("我都七十多了 发烧", "70 years"),
    ("38.2, fever and aching everywhere", None),
    ("3 days, fever", None),
    ("10/10, worst pain", None),
    ("70kg, fever", None),
    ("70 mg, fever", None),
    ("I'm 70kg", None),
    ("20, maybe 30 minutes", None),
    ("7, it's bad", None),
    ("I'm 12, 13 weeks pregnant", None),
    ("我烧到39了", None),
    ("我70公斤了", None),
    # a temperature opening the message is no age
    ("39, shivering, aching all over", None),
    ("40, fever and aching everywhere since yesterday", None),
    ("38，发烧 浑身酸痛", None),
    ("43, cough for a week", "43 years"),
]


@pytest.mark.parametrize(("text", "age"), AGE_ROWS)
def test_r8t_age_with_comma(text, age):
    assert find_age(text) == age


OLDER_FLU = [
    (("I'm 70, fever and aching everywhere",), ("urgent", "routine")),
    (("70, fever and aching everywhere",), ("urgent", "routine")),
    (("im 70 and fever and aching everywhere",), ("urgent", "routine")),
    (("70，发烧 浑身酸痛",), ("urgent", "routine")),
    (("我70了，发烧 浑身酸痛",), ("urgent", "routine")),
    (("fever and aching everywhere",), ("self_care",)),
    (("I'm 30, fever and aching everywhere",), ("self_care",)),
    (("38.2, fever and aching everywhere",), ("self_care",)),
    (("发烧 浑身酸痛",), ("self_care",)),
]


@pytest.mark.parametrize(("turns", "allowed"), OLDER_FLU)
def test_r8t_older_flu(turns, allowed):
    assert _u(*turns) in allowed


# A pain score told before or after the pain word (10分疼, 疼得有8分, 疼痛8分) is the severity;
# 十分疼 is "very painful" (a word, 7) and minutes (10分钟) are no score.
SEVERITY_ROWS = [
    ("10分疼", 10),
    ("8分痛", 8),
    ("疼得有8分", 8),
    ("疼痛8分", 8),
    ("痛到10分", 10),
    ("头疼 大概7分", 7),
    ("pain is 8/10", 8),
    ("十分疼", 7),
    ("十分疼痛", 7),
    ("有点疼 10分钟了", 3),
    ("疼了20分钟", None),
    ("疼了十分钟", None),
]


@pytest.mark.parametrize(("text", "score"), SEVERITY_ROWS)
def test_r8t_zh_pain_score(text, score):
    assert severity_score(find_severity(text)) == score


# nhs.uk Heartburn and acid reflux: an urgent GP appointment (or 111) for heartburn with food
# getting stuck or weight loss for no reason; heartburn alone, denied alarm features or weight
# lost on purpose stay where they are.
REFLUX_ALARM = [
    ("heartburn, losing weight", ("urgent",)),
    ("heartburn for weeks, food getting stuck", ("urgent",)),
    ("burning in my chest after every meal, antacids don't help, losing weight", ("urgent",)),
    ("烧心一个月 体重下降", ("urgent",)),
    ("烧心 吃东西咽不下去", ("urgent",)),
    ("heartburn for weeks", ("self_care", "routine")),
    ("heartburn, trying to lose weight", ("self_care", "routine")),
    ("heartburn since I started a weight loss diet", ("self_care", "routine")),
    ("烧心 没有吞咽困难 体重没变", ("self_care", "routine")),
    (
        "burning in my chest after each meal for a month, worse lying down, antacids help. no trouble swallowing, not losing weight",
        ("routine",),
    ),
]


@pytest.mark.parametrize(("text", "allowed"), REFLUX_ALARM)
def test_r8t_reflux_alarm(text, allowed):
    assert classify([text], {}).level in allowed
