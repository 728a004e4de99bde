"""Round-11 under-triage: stories that the cited NHS advice sends to A&E (cauda equina told in
lay words, a paracetamol overdose from doubling up cold remedies, a boy's torsion told as tummy
pain) or to an urgent GP appointment / NHS 111 (the diabetic foot, DVT told tersely, shingles by
the eye, whooping cough's whoop), that read as routine or self-care. Each class in English and
Chinese, with look-alikes (denials, the everyday version, a question before taking) that must
not rise."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import A, D, G, H, L, S, check_screen_row
from .turns import rules_urgency as _u

URGENT_UP = ("urgent", "emergency")
NOT_URGENT = ("self_care", "routine")

# --- emergency flags on the messages ------------------------------------------------------------

# NHS trust cauda equina warning cards (Royal Free London, Chesterfield Royal; nhs.uk 'Cauda
# equina syndrome'): altered feeling when wiping, numbness between the inner thighs or genitals or
# around the back passage or buttocks, leaking urine or not knowing when the bladder is full -
# go to A&E. A leak on a cough or sneeze is stress incontinence; one numb leg is sciatica.
CAUDA = [
    [
        "I've had back pain for years but it's flared badly. Also it feels numb when I wipe after the toilet"
    ],
    ["bad back again and i cant really feel it when i wipe"],
    ["backache bad, feels numb down below when i wipe"],
    ["mum's back is bad and she wet herself without realising"],
    ["back's gone again, numb round my bum and between my legs"],
    ["my back has been killing me", "Numb between my legs and round my bottom"],
    ["sciatica flared up and my crotch feels numb"],
    ["lower back agony, leaked a bit of wee this morning without knowing"],
    ["my back is killing me and i didnt feel i needed a wee til i got to the loo"],
    ["my husband put his back out, now he says he can't tell if his bladder is full"],
    ["腰疼了三天，擦屁股的时候感觉木木的"],
    ["腰间盘又犯了，两腿之间发麻"],
    ["我爸腰疼得厉害，这两天漏尿，自己都不知道"],
    ["老腰犯了", "感觉不到要尿，肛门口有点麻"],
]
CAUDA_NOT = [
    ["back pain, no numbness when I wipe, peeing fine"],
    ["back pain and I leak a bit of wee when I cough or sneeze"],
    ["my back hurts and my leg is numb down to my foot"],
    ["腰疼，咳嗽的时候漏一点尿"],
    ["腰疼，生完孩子以后打喷嚏就漏尿"],
    ["腰疼，没有漏尿，擦屁股有感觉"],
    ["numb between my toes after new shoes"],
    ["back pain, haven't leaked any wee"],
    ["back's bad after gardening, no numbness, peeing fine"],
]

# nhs.uk 'Paracetamol for adults': do not take it with other medicines that contain paracetamol
# (many cold and flu remedies); if you take too much go to A&E straight away, even if you feel
# well; NICE CKS 'Poisoning or overdose': refer staggered ingestions. A question before taking
# them, or two medicines of which only one holds paracetamol, is no overdose.
PARA_COMBO = [
    ["我爸感冒了 这两天泰诺 白加黑 感康 还有999感冒灵混着吃 现在好多了 就是有点恶心"],
    ["泰诺每次2片一天4次 白加黑白天黑夜都吃 感康一天两次 感冒灵冲剂一天三包"],
    ["感冒灵和泰诺一起吃了三天"],
    ["我妈这几天感冒灵和扑热息痛一块儿吃"],
    ["been on day nurse and paracetamol since sunday"],
    ["been taking paracetomol and lemsip for 3 days"],
    ["这几天扑热息痛加着感康一起吃"],
    ["I've been taking paracetamol and Lemsip together for 3 days for this flu"],
    ["been having night nurse at night and paracetamol in the day since monday, feel sick now"],
    ["my mum has been taking co-codamol with her cold and flu tablets every 4 hours for two days"],
]
PARA_COMBO_NOT = [
    ["can I take Lemsip with paracetamol?"],
    ["I'm taking paracetamol for my back, can I take Lemsip too? had the cold 3 days"],
    ["泰诺和感冒灵能一起吃吗"],
    ["这两天在吃感冒灵，能不能再加点泰诺"],
    ["took paracetamol and ibuprofen together for 3 days for my toothache"],
    ["吃了两天布洛芬和感冒灵"],
    ["I've had a cold for three days, taking lemsip"],
]


@pytest.mark.parametrize("messages", CAUDA)
def test_r11a_cauda_equina(messages):
    check_screen_row(messages, ("spinal_cord_red", "cauda_equina"), "")


@pytest.mark.parametrize("messages", CAUDA_NOT)
def test_r11a_cauda_look_alikes(messages):
    from consult.triage.redflags import flag_codes, screen_conversation

    assert not {"spinal_cord_red", "cauda_equina"} & set(
        flag_codes(screen_conversation(messages))
    ), messages


@pytest.mark.parametrize("messages", PARA_COMBO)
def test_r11a_paracetamol_doubled(messages):
    check_screen_row(messages, "overdose_poisoning", "")


@pytest.mark.parametrize("messages", PARA_COMBO_NOT)
def test_r11a_paracetamol_look_alikes(messages):
    from consult.triage.redflags import flag_codes, screen_conversation

    assert "overdose_poisoning" not in flag_codes(screen_conversation(messages)), messages


# --- the assessment of the interview -----------------------------------------------------------

# NICE CKS Scrotal pain and swelling: torsion may present with lower abdominal pain and vomiting,
# most often at 12-18; nhs.uk Testicular torsion / Stomach ache: sudden, severe tummy pain with
# being sick - A&E. A tummy bug (diarrhoea), a mild ache, a girl's or a man's pain stay down.
TORSION = [
    (
        "My son woke up with a stomach ache and has been sick once, probably a bug",
        (A, "Sick once. No diarrhoea, no temperature"),
        (G, "He's 14"),
        (D, "woke at 5am, 3 hours ago"),
        (S, "He's curled up, won't walk properly, crying"),
    ),
    (
        "my boy suddenly got bad tummy pain and threw up",
        (G, "13"),
        (D, "an hour ago"),
        (S, "doubled up, 9/10"),
        (A, "no diarrhoea"),
    ),
    (
        "儿子突然肚子疼，吐了一次",
        (G, "15岁"),
        (D, "两个小时前"),
        (S, "疼得蜷成一团"),
        (A, "没拉肚子，不发烧"),
    ),
]
TORSION_NOT = [
    # a tummy bug: sudden cramps with vomiting and diarrhoea (nhs.uk Diarrhoea and vomiting)
    (
        "my son woke up with tummy ache and has been sick",
        (G, "12"),
        (D, "this morning"),
        (S, "about 4/10"),
        (A, "diarrhoea too, no blood"),
    ),
    # a mild ache
    (
        "儿子肚子有点疼，吐了一次",
        (G, "10岁"),
        (D, "今天早上"),
        (S, "有点疼，还能玩"),
        (A, "没拉肚子"),
    ),
]

# Diabetes UK 'Serious foot problems' (nhs.uk Diabetes - foot problems; NICE NG19): blisters and
# cuts you can see but not feel, redness, heat, a foul smell from a wound, wounds that don't heal
# - GP or foot protection team immediately, NHS 111 out of hours.
DIABETIC_FOOT = [
    (
        "I've got a blister on the bottom of my foot from new shoes and it's not really healing",
        (D, "10 days"),
        (S, "doesn't hurt. weeping a bit and the skin round it is red and warm"),
        (H, "type 2 diabetes, feet a bit numb"),
    ),
    (
        "blister on my heel from walking boots, weeping and smells a bit",
        (G, "58"),
        (D, "a week"),
        (H, "type 1 diabetic"),
    ),
    (
        "my dad's got a cut on his toe that's not healing",
        (G, "77"),
        (D, "two weeks"),
        (H, "diabetes and bad circulation"),
    ),
    (
        "我爸脚底磨了个泡 破了 好几天了 他说不疼",
        (G, "70岁"),
        (S, "流点黄水 周围一圈红 摸着有点热"),
        (H, "糖尿病二十年了 脚一直有点麻"),
    ),
    ("脚后跟磨破了 一直不好", (G, "68"), (D, "十来天"), (H, "糖尿病十几年")),
    ("我妈大脚趾上有个口子 流脓", (G, "72"), (D, "一周"), (H, "有糖尿病")),
]
DIABETIC_FOOT_NOT = [
    # no diabetes: a friction blister (nhs.uk Blisters: self-care)
    ("blister on my heel from new shoes, weeping a bit", (G, "30"), (D, "2 days"), (H, "none")),
    ("脚底磨了个泡", (G, "25"), (D, "昨天"), (H, "没有")),
    # diabetes and a foot question without a wound
    (
        "I'm diabetic, what socks are best for my feet?",
        (G, "60"),
        (D, "n/a"),
        (A, "no cuts or blisters"),
    ),
    # numb feet of diabetic neuropathy with the wound denied (nhs.uk Peripheral neuropathy: a GP)
    (
        "我爸糖尿病十多年了，最近两只脚发麻，跟隔着袜子一样",
        (A, "脚上没伤口，颜色正常，不肿"),
        (G, "69"),
    ),
    (
        "type 2 diabetic, both feet numb and tingly for months",
        (A, "no cuts or sores on my feet, not red"),
        (G, "66"),
    ),
    (
        "I have diabetes and a blister on my foot, it's healing nicely, no redness",
        (G, "55"),
        (D, "3 days"),
        (A, "feel it fine, no smell"),
    ),
]

# nhs.uk DVT: pain, swelling and warm skin in one leg, usually the calf - urgent GP or 111.
DVT = [
    (
        "calf hurts",
        (D, "couple of days. had my knee replaced 3 wks ago"),
        (S, "throbbing, worse walking. calf's swollen and warm"),
        (A, "breathing's fine, no chest pain"),
    ),
    ("leg's swollen and hot since my flight", (G, "60"), (D, "2 days")),
    ("小腿疼", (D, "两天 上个月做了膝盖手术"), (S, "右边小腿肿了 摸着发烫")),
]
DVT_NOT = [
    # a sore calf after sport without swelling is a strain (nhs.uk Sprains and strains)
    ("calf's sore after football yesterday", (G, "25"), (D, "1 day"), (A, "no swelling")),
    ("calf's a bit sore after my run", (G, "30"), (D, "1 day"), (A, "not swollen")),
]

# nhs.uk Shingles: urgent GP or 111 if you think it is shingles (a rash near the eye can affect
# sight); a tingling or painful feeling comes a few days before the rash.
SHINGLES_EYE = [
    (
        "额头起了些疱",
        (D, "前天先疼 昨天冒疱"),
        (S, "火烧火燎的 晚上睡不着"),
        (A, "左眼皮肿了 眼睛有点红 看东西还清楚"),
        (G, "66"),
    ),
    ("眼皮上起了一串小水泡", (D, "先是疼了两天，昨天才冒出来"), (G, "72")),
    ("blisters by my eye", (D, "it was sore first, then the blisters came yesterday"), (G, "70")),
]
SHINGLES_EYE_NOT = [
    ("额头上长了几个痘", (D, "三天"), (S, "不疼 有点痒"), (G, "19")),
    ("spots on my forehead", (D, "a week"), (S, "not painful, just spots"), (G, "17")),
    ("脸上晒伤了 火辣辣的", (D, "昨天"), (G, "30")),
]

# nhs.uk Whooping cough: urgent GP or 111 for a very bad cough that is getting worse; coughing
# bouts, a "whoop", being sick after coughing.
WHOOP = [
    (
        "咳得厉害",
        (D, "快两周了 一开始像感冒"),
        (L, "没有"),
        (A, "咳完吸气有鸡叫一样的声 不怎么烧 嘴唇没发紫"),
        (G, "儿子7岁"),
    ),
    (
        "terrible cough",
        (D, "10 days"),
        (A, "makes a whooping noise after coughing"),
        (G, "my daughter is 6"),
    ),
]
WHOOP_NOT = [
    ("咳嗽", (D, "三天"), (A, "有点咳 没有鸡叫样的声音"), (G, "8岁")),
    ("bad cough with a cold", (D, "4 days"), (A, "no whoop, no fever"), (G, "30")),
    # an adult's bouts with a whoop, not told as very bad or getting worse: the GP's (nhs.uk
    # Whooping cough: see a GP)
    (
        "i get coughing fits that go on and on and then i gasp in with a whooping noise, sometimes i throw up after",
        (D, "3 weeks, started like a cold"),
        (S, "bad during the fits"),
        (A, "no fever now, worse at night"),
    ),
]

UP = DIABETIC_FOOT + DVT + SHINGLES_EYE + WHOOP
NOT_UP = DIABETIC_FOOT_NOT + DVT_NOT + SHINGLES_EYE_NOT + WHOOP_NOT + TORSION_NOT


@pytest.mark.parametrize("turns", TORSION)
def test_r11a_torsion_told_as_tummy_pain(turns):
    assert _u(*turns) == "emergency", turns


@pytest.mark.parametrize("turns", UP)
def test_r11a_urgent(turns):
    assert _u(*turns) in URGENT_UP, turns


@pytest.mark.parametrize("turns", NOT_UP)
def test_r11a_look_alikes_stay_down(turns):
    assert _u(*turns) in NOT_URGENT, turns
