"""Round-12 over-triage left on the retired sets (r11h, r11bh, r10bh): stories the cited nhs.uk
page sends to self-care or a GP that the rules read as urgent. Each class in English and Chinese
where it applies, with the look-alikes that must still fire."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from .turns import A, D, G, H, L, S
from .turns import rules_urgency as _u

NOT_URGENT = ("self_care", "routine")
URGENT_UP = ("urgent", "emergency")


# --- a fever the writer does not know about is no fever told (nhs.uk 'Lyme disease': see a GP
# for a circular red rash after a tick bite); a fever told otherwise still makes fever_risk
FEVER_UNKNOWN = [
    (
        "weird red ring on my leg",
        (D, "saw it 4 days ago, getting bigger"),
        (A, "bit tired and achy. dunno about fever"),
    ),
    ("red rash on my arm", (D, "5 days"), (A, "tired, not sure if I have a temperature")),
    ("circular rash after a tick bite", (D, "a week"), (A, "achy, haven't checked my temperature")),
    ("腿上一个红圈", (D, "五天了"), (A, "有点累，不知道发没发烧")),
    ("腿上一个红圈", (D, "五天了"), (A, "不确定有没有发烧")),
]
FEVER_TOLD = [
    ("weird red ring on my leg", (D, "5 days"), (A, "temp 38.5, dunno about anything else")),
    ("red rash on my arm", (D, "5 days"), (A, "had a fever all week, not sure why")),
    ("red rash on my arm", (D, "5 days"), (A, "hot and shivery, not sure if it's a fever")),
    ("腿上一个红圈", (D, "五天了"), (A, "发烧38度5")),
    ("baby 2 months, hot to touch, dunno about fever",),
    ("not sure if I have a temperature", (G, "70"), (A, "confused")),
    ("not sure if I have a temperature", (G, "40"), (A, "confused and breathing fast")),
]


@pytest.mark.parametrize("turns", FEVER_UNKNOWN)
def test_unknown_fever_is_not_told(turns: tuple) -> None:
    assert _u(*turns) in NOT_URGENT


@pytest.mark.parametrize("turns", FEVER_TOLD)
def test_fever_told_still_fires(turns: tuple) -> None:
    assert _u(*turns) in URGENT_UP


# --- palpitations with the menopause's hot flushes, or coming and going for months (nhs.uk
# 'Menopause': hot flushes, palpitations - see a GP; nhs.uk 'Heart palpitations': see a GP if
# you keep getting them); sudden palpitations with a faint, chest pain or breathlessness, or
# told as new, still fire
PALP_GP = [
    (
        "突然一阵心慌出汗",
        (D, "半年多了，一天好几回"),
        (S, "几分钟就过去，晚上热醒好几次"),
        (A, "月经乱了，三个月没来。胸口不疼，不喘"),
    ),
    ("突然一阵心慌", (G, "51"), (A, "潮热出汗，更年期了，胸口不疼")),
    (
        "my heart suddenly races",
        (G, "50"),
        (A, "hot flushes and night sweats, periods have become irregular, no chest pain"),
    ),
    (
        "sudden pounding heart",
        (D, "about 6 months, comes and goes"),
        (A, "no chest pain, not breathless, never fainted"),
    ),
    ("突然一阵心慌出汗",),
]
PALP_STILL = [
    ("突然一阵心慌", (D, "今天早上开始"), (A, "没有别的")),
    ("my heart suddenly started racing", (D, "an hour ago"), (A, "nothing else")),
    ("突然心慌", (A, "潮热，更年期了，还胸口疼")),
    ("my heart suddenly races", (A, "hot flushes, menopause, and I nearly fainted")),
    ("sudden pounding heart", (D, "6 months"), (A, "felt faint and short of breath")),
]


@pytest.mark.parametrize("turns", PALP_GP)
def test_palpitations_menopause_or_months_not_urgent(turns: tuple) -> None:
    assert _u(*turns) in NOT_URGENT


@pytest.mark.parametrize("turns", PALP_STILL)
def test_palpitations_still_fire(turns: tuple) -> None:
    assert _u(*turns) in URGENT_UP


# --- blood from a mole, from raw or cracked skin, or from the bottom told alone: nhs.uk 'Moles'
# (see a GP if a mole bleeds), 'Nappy rash' (a pharmacist), 'Bleeding from the bottom' (a small
# bleed: a GP); a bleed that will not stop, with dizziness, or a young child's bottom stays urgent
BLEED_GP = [
    ("mole on my back bleeding?",),
    (
        "mole on my back bleeding?",
        (A, "two colours now, edge uneven. bled once when strap caught it"),
    ),
    ("my skin tag bled when I caught it",),
    ("hands cracked and bleeding from washing",),
    ("背上的痣出血了",),
    ("脸上的痦子流血了",),
    ("宝宝屁股烂了出血", (G, "5个月"), (A, "不发烧，吃奶正常"), (H, "前几天拉肚子")),
    ("手上皲裂出血",),
    ("屁股出血了 吓死",),
    ("屁股出血了", (G, "40"), (A, "拉完滴几滴鲜红的血，大便颜色正常，不是黑的")),
    ("bleeding from my bum", (G, "35")),
]
BLEED_STILL = [
    ("屁股出血很多 马桶都红了",),
    ("bleeding from my bum, loads of blood",),
    ("痣流血止不住",),
    ("手割破了出血",),
    ("伤口裂开了出血",),
    ("头磕破了流血",),
    ("finger broken and bleeding",),
    ("cut my hand, skin split and bleeding",),
    ("my arm is bleeding",),
    ("cut my hand, it's bleeding",),
    ("手流血了",),
    ("mole on my back bleeding", (A, "feel dizzy")),
    ("屁股出血了", (A, "头晕")),
    ("宝宝屁股出血了", (G, "1岁")),
    ("屁股出血 拉肚子", (G, "30")),
    ("bleeding from my bum", (A, "with diarrhoea")),
]


@pytest.mark.parametrize("turns", BLEED_GP)
def test_gp_bleeds_not_urgent(turns: tuple) -> None:
    assert _u(*turns) in NOT_URGENT


@pytest.mark.parametrize("turns", BLEED_STILL)
def test_other_bleeds_still_urgent(turns: tuple) -> None:
    assert _u(*turns) in URGENT_UP


# --- a cluster of blisters whose place is told as the lip: a cold sore (nhs.uk 'Cold sores': a
# pharmacist), not the band of shingles; a cluster on the chest, back or near the eye stays
COLD_SORE = [
    (
        "HELP a massive lump on my lip",
        (D, "tingled yesterday, blisters this morning"),
        (S, "small cluster of blisters, sore and tingly"),
        (L, "left side of my top lip"),
        (A, "no fever, feel fine otherwise"),
    ),
    ("small cluster of blisters", (L, "corner of my mouth")),
    ("一簇小水泡 有点刺痛", (L, "上嘴唇左边")),
]
SHINGLES_STILL = [
    ("small cluster of blisters", (L, "left side of my chest")),
    ("small cluster of blisters", (L, "my forehead, above my eye")),
    ("一簇小水泡 有点刺痛", (L, "左边腰上")),
    ("一簇小水泡", (L, "额头上")),
]


@pytest.mark.parametrize("turns", COLD_SORE)
def test_lip_blisters_are_cold_sore(turns: tuple) -> None:
    assert _u(*turns) in NOT_URGENT


@pytest.mark.parametrize("turns", SHINGLES_STILL)
def test_band_blisters_elsewhere_still_urgent(turns: tuple) -> None:
    assert _u(*turns) in URGENT_UP


# --- bright blood and pain with a poo: the pain of a fissure (nhs.uk 'Anal fissure': see a
# GP), not MTS severe pain; a tummy pain told as severe stays urgent
ANAL_PAIN = [
    ("拉屎出血 疼得要命",),
    (
        "拉屎出血 疼得要命",
        (D, "两个礼拜了"),
        (L, "肛门口"),
        (A, "纸上鲜红的血，一点点，最近大便干"),
    ),
    ("bleeding when I poo and it's agony",),
    ("really painful", (L, "back passage"), (A, "bright red blood on the paper, constipated")),
]
SEVERE_STILL = [
    ("拉屎的时候肚子疼得要命",),
    ("肚子疼得要命",),
    ("tummy pain is agony when I poo",),
    ("疼得要命", (L, "肚子"), (A, "大便干")),
    ("really painful, 9/10", (L, "lower tummy"), (A, "constipated")),
]


@pytest.mark.parametrize("turns", ANAL_PAIN)
def test_fissure_pain_not_severe(turns: tuple) -> None:
    assert _u(*turns) in NOT_URGENT


@pytest.mark.parametrize("turns", SEVERE_STILL)
def test_tummy_pain_severe_still(turns: tuple) -> None:
    assert _u(*turns) in URGENT_UP


# --- self-care stories read as routine: a fear of cancer read online is no cancer history
# (nhs.uk 'Mouth ulcers'), sick on a car journey (nhs.uk 'Motion sickness'), a small lump with
# bright blood on the paper (nhs.uk 'Piles'), an eyelid lump with a yellow spot (nhs.uk 'Stye')
SELF_CARE = [
    (
        "嘴里长了个溃疡，疼得吃不了饭，网上说口腔溃疡不好会癌变，好怕",
        (G, "26"),
        (D, "四天"),
        (A, "不发烧，以前也长过，一两周就好"),
    ),
    (
        "mouth ulcer, read online that mouth ulcers can turn into cancer",
        (G, "30"),
        (D, "4 days"),
        (A, "no fever, had them before"),
    ),
    (
        "孩子坐车吐了",
        (G, "6岁"),
        (D, "去外婆家路上，下车以后"),
        (S, "下车歇了一会就好了，现在在玩"),
        (A, "不发烧，不拉肚子，肚子不疼"),
        (H, "每次坐长途车都这样"),
    ),
    (
        "my son threw up in the car",
        (G, "7"),
        (D, "on the drive this morning"),
        (S, "fine now, playing"),
        (A, "no fever, no diarrhoea, no tummy pain"),
    ),
    (
        "blood when i wipe",
        (G, "33"),
        (D, "3 days"),
        (S, "bright red on the paper, bit itchy n sore, tiny lump"),
        (L, "bum"),
        (A, "been constipated, straining. no tummy pain, no weight loss"),
    ),
    (
        "eyelid swollen up",
        (G, "24"),
        (D, "2 days"),
        (S, "sore to touch, eyesight normal"),
        (L, "lower lid right eye, little yellow spot"),
        (A, "eye itself not red, no fever, swelling not spreading"),
    ),
    (
        "眼皮肿了",
        (G, "24"),
        (D, "两天"),
        (L, "下眼皮上有个黄点"),
        (A, "不发烧，眼睛不红，看东西正常"),
    ),
]
NOT_SELF_CARE = [
    ("嘴里长了个溃疡", (G, "60"), (D, "四天"), (H, "以前得过口腔癌")),
    ("孩子在家也吐了三天了", (G, "6岁")),
    (
        "blood when i wipe",
        (G, "33"),
        (D, "3 days"),
        (S, "bright red on the paper, small lump in my tummy"),
        (L, "bum"),
    ),
    (
        "eyelid swollen up",
        (G, "24"),
        (L, "lower lid right eye, little yellow spot"),
        (A, "fever and the swelling is spreading"),
    ),
    (
        "eyelid swollen up",
        (G, "24"),
        (L, "little yellow spot on the lid"),
        (A, "my eye is red and my vision is blurry"),
    ),
]


@pytest.mark.parametrize("turns", SELF_CARE)
def test_self_care_stories(turns: tuple) -> None:
    assert _u(*turns) == "self_care"


@pytest.mark.parametrize("turns", NOT_SELF_CARE)
def test_look_alikes_not_self_care(turns: tuple) -> None:
    assert _u(*turns) != "self_care"


def test_unknown_fever_helper_keeps_chills() -> None:
    # shivers told beside an unknown temperature still read as a fever's sign (sepsis terms)
    assert (
        _u("red rash on my leg", (G, "70"), (A, "shivering, not sure if I have a fever"))
        in URGENT_UP
    )
