"""Round-12 under-triage (the sets r11h, r11bh and r10bh retired to tuning): stories that the
cited NHS advice sends to A&E (a heart attack felt as "the stomach again", paracetamol doubled up
within a day, a red eye with a severe headache and vomiting, a boy's torsion told as tummy pain)
or to an urgent GP appointment / NHS 111 (cellulitis told in texting words, shingles by the eye,
whooping cough told with a bare 咳), that read as routine or self-care. Each class in English and
Chinese where it applies, with look-alikes that must not rise."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import A, D, G, H, L, S, check_screen_row
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


# --- round 12, second batch ---------------------------------------------------------------------

# nhs.uk 'Hernia' / 'Inguinal hernia repair': go to A&E with a hernia that is very painful, stuck
# (cannot be pushed back), hard, or with being sick or not passing wind; a lump that goes back in
# and does not hurt is for a GP (routine). A hernia mended years ago is none now.
HERNIA_STUCK = [
    ["lump in my groin, really painful, cant push it back in"],
    ["大腿根的疝气鼓出来推不回去了"],
    ["腹股沟有个包，很疼，吐了"],
    ["my belly button hernia has gone hard and tender"],
    ["大腿根有个包", "今天推不回去了"],
]
HERNIA_STUCK_NOT = [
    ["I have a hernia, it goes back in when I lie down, not painful"],
    ["大腿根有个包，能推回去，不疼"],
    ["tummy bug, been sick twice, diarrhoea", "had a hernia repaired 5 years ago"],
    ["拉肚子，吐了两次", "五年前做过疝气手术"],
]


@pytest.mark.parametrize("messages", HERNIA_STUCK)
def test_r12a_hernia_stuck(messages):
    check_screen_row(messages, "hernia_strangulated", "")


@pytest.mark.parametrize("messages", HERNIA_STUCK_NOT)
def test_r12a_hernia_look_alikes(messages):
    from consult.triage.redflags import flag_codes, screen_conversation

    assert "hernia_strangulated" not in flag_codes(screen_conversation(messages)), messages


# nhs.uk 'Burns and scalds': A&E for any burn bigger than the injured person's hand, told as
# wider than it or a multiple of it; a small blister on a finger is self-care.
BURN_LARGE = [
    ["burn on my forearm with blisters, its wider than my hand"],
    ["blistered burn about twice the size of my palm"],
    ["烫伤起泡，比我的手还宽"],
    ["烫伤起泡，超过巴掌"],
    ["I burnt my arm on the oven", "it has blistered", "forearm, wider than my hand"],
]
BURN_SMALL = [
    ["small burn on my finger from the oven, no blister"],
    ["烫了一下手指，起了个小水泡，比米粒大"],
    ["my hand is wider than his hand"],
]


@pytest.mark.parametrize("messages", BURN_LARGE)
def test_r12a_burn_bigger_than_hand(messages):
    assert _u(*messages) == "emergency", messages


@pytest.mark.parametrize("messages", BURN_SMALL)
def test_r12a_small_burn_stays_down(messages):
    assert _u(*messages) in NOT_URGENT, messages


# nhs.uk 'Pneumonia': urgent GP or 111 for chest pain when breathing or coughing. The chest told as
# the place, then when it hurts ("左边胸口，咳嗽和吸气的时候刺疼") is chest pain.
CHEST_WHEN = ["左边胸口，咳嗽和吸气的时候刺疼", "胸口，深呼吸时疼", "胸口这边，咳嗽的时候会疼"]
CHEST_WHEN_NOT = [
    "胸口，长了个痘，碰的时候疼",
    "胸口，走路的时候腿疼",
    "胸口不疼，咳嗽的时候嗓子疼",
]


@pytest.mark.parametrize("text", CHEST_WHEN)
def test_r12a_chest_then_when_it_hurts(text):
    from consult.triage.redflags import _affirmed

    assert "chest_pain" in _affirmed(text), text


@pytest.mark.parametrize("text", CHEST_WHEN_NOT)
def test_r12a_chest_when_look_alikes(text):
    from consult.triage.redflags import _affirmed

    assert "chest_pain" not in _affirmed(text), text


UP2 = [
    # pneumonia told in Chinese (nhs.uk Pneumonia: urgent GP or 111)
    (
        "老公感冒好久不好，这两天咳得更厉害了",
        (L, "左边胸口，咳嗽和吸气的时候刺疼"),
        (A, "发烧38.9，咳黄绿色浓痰，晚上出汗发冷"),
    ),
    # sudden hearing loss told as an ear stuffed with cotton (nhs.uk Sudden hearing loss)
    (
        "早上起来右耳朵跟塞了棉花一样，还嗡嗡响",
        (D, "今天早上醒来突然就这样"),
        (A, "耳鸣，不疼，没感冒"),
    ),
    (
        "woke up and my right ear feels like it is stuffed with cotton wool, ringing too",
        (D, "this morning, suddenly"),
        (A, "no pain, no cold"),
    ),
    # chickenpox caught from a child: an adult (nhs.uk Chickenpox: urgent GP for an adult)
    ("我也长痘痘了好痒", (D, "孩子上礼拜出水痘，我昨天开始长"), (A, "发烧38.3")),
    ("儿子得了水痘，我也长了好多痘"),
    ("the kids had chickenpox last week and I've got spots now",),
    ("my son has chickenpox, now I have itchy spots too", (A, "temperature 38")),
    ("长了水痘，好痒", (G, "30")),
]
NOT_UP2 = [
    ("耳朵像塞了棉花一样", (D, "感冒一周了，鼻塞"), (A, "有点耳鸣")),
    ("孩子出水痘了，我没长",),
    ("孩子出水痘了，我会不会也长",),
    ("my son has chickenpox, will I get spots too?",),
    ("孩子出水痘了，痒得厉害", (G, "5岁"), (A, "不发烧")),
]

# GP (routine), not self-care: psoriasis that keeps coming back (nhs.uk Psoriasis), IBS for half a
# year (nhs.uk IBS), a groin lump that goes back in (nhs.uk Hernia).
ROUTINE = [
    (
        "胳膊肘和膝盖长了一片片红斑，上面有白皮，入冬越来越多",
        (S, "有点痒，掉皮屑"),
        ("medications", "抹过皮炎平，好一点又犯"),
    ),
    (
        "一到考试就拉肚子肚子疼",
        (A, "有时候又便秘几天，胀气。没有便血，体重没掉"),
        (D, "大半年了，反反复复"),
    ),
    (
        "大腿根鼓个包，还有就是便秘好几天",
        (S, "不疼，就是有点坠"),
        (A, "站着咳嗽时明显，躺下就没了，能推回去"),
    ),
    ("lump in my right groin", (S, "not painful"), (A, "shows when I cough, goes back lying down")),
]
SELF_CARE = [
    # ringworm: a ring of scaly skin, no coming back (nhs.uk Ringworm: a pharmacist)
    ("胳膊上长了个圆圈形的红斑，边上一圈起皮发痒", (D, "三周"), (S, "痒")),
    # hay fever every spring (nhs.uk Hay fever: a pharmacist)
    ("一到春天就鼻子痒，打喷嚏，流清水鼻涕", (D, "每年春天都这样，这次两个星期了"), (S, "三分")),
]


@pytest.mark.parametrize("turns", UP2)
def test_r12a_urgent_second(turns):
    turns = (turns,) if isinstance(turns, str) else turns
    assert _u(*turns) in URGENT_UP, turns


@pytest.mark.parametrize("turns", NOT_UP2)
def test_r12a_look_alikes_second(turns):
    assert _u(*turns) in NOT_URGENT, turns


@pytest.mark.parametrize("turns", ROUTINE)
def test_r12a_gp_not_self_care(turns):
    assert _u(*turns) == "routine", turns


@pytest.mark.parametrize("turns", SELF_CARE)
def test_r12a_self_care_stays(turns):
    assert _u(*turns) == "self_care", turns
