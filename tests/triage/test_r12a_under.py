"""Round-12 under-triage (the sets r11h, r11bh and r10bh retired to tuning): stories that the
cited NHS advice sends to A&E (a heart attack felt as "the stomach again", paracetamol doubled up
within a day, a red eye with a severe headache and vomiting, a boy's torsion told as tummy pain)
or to an urgent GP appointment / NHS 111 (cellulitis told in texting words, shingles by the eye,
whooping cough told with a bare 咳), that read as routine or self-care. Each class in English and
Chinese where it applies, with look-alikes that must not rise."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import A, D, G, H, S, check_screen_row
from .turns import rules_urgency as _u

URGENT_UP = ("urgent", "emergency")
NOT_URGENT = ("self_care", "routine")

# --- emergency flags on the messages ------------------------------------------------------------

# nhs.uk 'Heart attack': it can feel like indigestion, with sweating, feeling sick and
# breathlessness - call 999. Chinese puts an adverb between the stomach and the feeling
# ("胃又不舒服", "胃有点难受", "胃一直不舒服").
HEART_AS_STOMACH = [
    ["我爸胃又不舒服了，家里有奥美拉唑", "坐着不敢动，一头冷汗", "恶心，有点喘不上气，脸色发白"],
    ["我妈胃有点难受，一身冷汗，喘不上气"],
    ["老公胃一直不舒服，出了一身冷汗，胸口发闷喘不过气"],
    ["胃也不太舒服", "满头大汗", "喘不上气"],
    ["my dad's stomach is upset again, he's in a cold sweat and short of breath"],
]
HEART_AS_STOMACH_NOT = [
    ["胃又不舒服了，吃了火锅以后胀"],
    ["胃有点难受，发烧38度，拉肚子"],
    ["胃也还行，就是有点累"],
    ["my stomach is upset again after a curry, no sweating, breathing fine"],
]

# nhs.uk 'Red eye': call 999 or go to A&E if you have a red eye and a severe headache and feel
# sick (acute angle-closure glaucoma: nhs.uk 'Glaucoma').
RED_EYE_HEADACHE = [
    ["头疼得厉害还吐了", "吐了两次，右眼通红"],
    ["我妈头痛得厉害，右眼发红，还吐了"],
    ["terrible headache and been sick, my right eye is red"],
    ["severe headache", "vomited twice and her left eye has gone really red"],
]
RED_EYE_HEADACHE_NOT = [
    ["眼睛有点红，头有点疼，没吐"],
    ["右眼通红，有点痒，不疼不吐"],
    ["my eye is red and itchy, no headache"],
    ["bit of a headache and a red eye from hay fever, not sick"],
]

# nhs.uk 'Paracetamol for adults': do not take it with other medicines that contain paracetamol
# and no more than 8 x 500mg tablets in 24 hours; go to A&E straight away if you have taken too
# much, even if you feel well. A question before taking the second one is no overdose.
PARA_DAY = [
    [
        "昨天下午到现在不到24小时，500mg的对乙酰氨基酚片每次吃两片，一共吃了6次，中间还喝了4包感冒灵颗粒。现在有点恶心"
    ],
    ["泰诺一天吃了好几次，一共吃了5次，又喝了两包感冒灵"],
    ["took 2 paracetamol 6 times since yesterday afternoon and also had 4 lemsip sachets"],
    ["had paracetamol every few hours and lemsip on top, 5 times today"],
]
PARA_DAY_NOT = [
    ["对乙酰氨基酚吃了两片，还能喝感冒灵吗？"],
    ["吃了泰诺，还喝了感冒灵可以吗，24小时内"],
    ["I had paracetamol for my headache, can I take lemsip in 24 hours?"],
    ["took two paracetamol this morning, nothing else"],
]


@pytest.mark.parametrize("messages", HEART_AS_STOMACH)
def test_r12a_heart_attack_as_stomach(messages):
    check_screen_row(messages, "chest_pain_cardiac", "")


@pytest.mark.parametrize("messages", HEART_AS_STOMACH_NOT)
def test_r12a_stomach_look_alikes(messages):
    from consult.triage.redflags import flag_codes, screen_conversation

    assert "chest_pain_cardiac" not in flag_codes(screen_conversation(messages)), messages


@pytest.mark.parametrize("messages", RED_EYE_HEADACHE)
def test_r12a_red_eye_severe_headache_vomiting(messages):
    check_screen_row(messages, "acute_glaucoma", "")


@pytest.mark.parametrize("messages", RED_EYE_HEADACHE_NOT)
def test_r12a_red_eye_look_alikes(messages):
    from consult.triage.redflags import flag_codes, screen_conversation

    assert "acute_glaucoma" not in flag_codes(screen_conversation(messages)), messages


@pytest.mark.parametrize("messages", PARA_DAY)
def test_r12a_paracetamol_doubled_within_a_day(messages):
    check_screen_row(messages, "overdose_poisoning", "")


@pytest.mark.parametrize("messages", PARA_DAY_NOT)
def test_r12a_paracetamol_question_look_alikes(messages):
    from consult.triage.redflags import flag_codes, screen_conversation

    assert "overdose_poisoning" not in flag_codes(screen_conversation(messages)), messages


# --- the interview's assessment -----------------------------------------------------------------

# NICE CKS Scrotal pain and swelling / nhs.uk Testicular torsion and Stomach ache: sudden severe
# tummy pain with being sick in a boy - A&E. The pain that woke him in the night is sudden; "can't
# stand up straight" is severe.
TORSION = [
    (
        "son's got tummy ache and been sick",
        (A, "sick once. no temp. no burning wee"),
        (G, "14"),
        (D, "woke him at 5am, so 2 hrs ago"),
        (S, "crying, cant stand up straight"),
    ),
    (
        "my boy has bad tummy pain and threw up",
        (G, "13"),
        (D, "it woke him up at 4am"),
        (S, "he can't straighten up"),
        (A, "no diarrhoea"),
    ),
]
TORSION_NOT = [
    # a tummy bug: diarrhoea too (nhs.uk Diarrhoea and vomiting)
    (
        "son's got tummy ache and been sick",
        (G, "14"),
        (D, "woke him at 5am"),
        (S, "cant stand up straight"),
        (A, "diarrhoea too, no blood"),
    ),
    # a mild ache, not sudden
    (
        "son's got tummy ache and been sick",
        (G, "12"),
        (D, "since yesterday, on and off"),
        (S, "about 3/10, still playing"),
        (A, "no diarrhoea"),
    ),
]

# nhs.uk Cellulitis: ask for an urgent GP appointment or get help from 111 if skin suddenly turns
# red, painful, hot and swollen (especially with diabetes or when spreading).
CELLULITIS = [
    ("leg red n hot", (G, "68"), (D, "2 days, bigger today"), (H, "diabetic")),
    (
        "leg bit red n sore",
        (D, "2 days, after i scratched a bite"),
        (S, "hot, swollen, sore to walk on"),
    ),
    ("arm's gone red & hot round the scratch", (D, "since yesterday")),
    ("脚脖子红了一大片 发烫", (D, "两天，今天往上蔓延了"), (H, "糖尿病十几年")),
    ("小腿红了一片，摸着烫", (D, "昨天开始")),
    ("胳膊上划伤的地方红了，发烫", (D, "两天")),
]
CELLULITIS_NOT = [
    ("leg's a bit red from shaving, not hot or swollen", (D, "this morning")),
    ("脚脖子扭了一下，有点肿，不红不烫", (D, "昨天")),
    ("脸红发烫，有点累", (D, "今天")),
]

# nhs.uk Shingles: urgent GP or 111 if the rash is near the eye; NICE CKS Shingles: herpes zoster
# ophthalmicus needs same-day assessment.
SHINGLES_EYE = [
    ("额头起了一片泡", (D, "前两天头皮一边刺疼，昨天起的泡"), (A, "左眼有点红，有点怕光")),
    ("眉毛上面起了一串小泡", (A, "右眼发红流眼泪")),
    (
        "rash on my forehead and my eye is sore",
        (D, "tingling 3 days, blisters since yesterday"),
        (A, "right eye red and watery"),
    ),
    ("blisters above my eyebrow", (A, "my left eye is red and watering")),
]
SHINGLES_EYE_NOT = [
    ("额头长了几个痘", (A, "眼睛不红，不疼")),
    ("a few spots on my forehead", (A, "eyes fine, no blisters")),
]

# nhs.uk Whooping cough: bouts of coughing lasting a few minutes, a whoop, being sick after
# coughing; urgent GP or 111 for a very bad cough getting worse.
WHOOPING = [
    (
        "咳了一个多月 咳到吐",
        (S, "一咳好几分钟停不下来，晚上更重"),
        (A, "咳完吸气有鸡叫一样的声音，咳完吐"),
    ),
    (
        "cough for 5 weeks",
        (S, "coughing fits I can't stop"),
        (A, "whooping noise after, then I'm sick after coughing"),
    ),
]
WHOOPING_NOT = [
    ("咳了两周", (S, "不严重，偶尔咳几声"), (A, "不发烧，没有鸡叫声")),
    ("cough for 2 weeks", (S, "mild, just a tickle"), (A, "no whoop, not sick")),
]

# the bare 咳 with how long it lasted is a cough (the lexicon's 咳 without 嗽)
BARE_COUGH = ["咳了一个多月", "咳了两周了", "咳到吐", "一咳好几分钟停不下来"]
BARE_COUGH_NOT = ["咳血", "没咳", "不咳"]


@pytest.mark.parametrize("turns", TORSION)
def test_r12a_torsion_told_as_tummy_pain(turns):
    assert _u(*turns) == "emergency", turns


@pytest.mark.parametrize("turns", TORSION_NOT)
def test_r12a_torsion_look_alikes(turns):
    assert _u(*turns) != "emergency", turns


@pytest.mark.parametrize("turns", CELLULITIS + SHINGLES_EYE + WHOOPING)
def test_r12a_urgent(turns):
    assert _u(*turns) in URGENT_UP, turns


@pytest.mark.parametrize("turns", CELLULITIS_NOT + SHINGLES_EYE_NOT + WHOOPING_NOT)
def test_r12a_look_alikes_stay_down(turns):
    assert _u(*turns) in NOT_URGENT, turns


@pytest.mark.parametrize("text", BARE_COUGH)
def test_r12a_bare_cough_word(text):
    from consult.triage.urgency import findings

    assert "cough" in findings([text])[0], text


@pytest.mark.parametrize("text", BARE_COUGH_NOT)
def test_r12a_bare_cough_look_alikes(text):
    from consult.triage.urgency import findings

    assert "cough" not in findings([text])[0], text
