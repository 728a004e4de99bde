"""Round-12 differential (r10bh, r11h, r11bh retired to tuning): lay and 口语 words of terse
stories, symptoms said with 不 that deny nothing, drinking as the context of alcohol withdrawal,
and knowledge-base symptoms that nhs.uk lists (a baby's 39C fever, drowsy hypoglycaemia)."""

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # nhs.uk Depression in adults
        ("no point getting up lately", "low_mood"),
        ("stopped gym, nothing's fun", "anhedonia"),
        ("干啥都没意思", "low_mood"),
        # nhs.uk Low blood sugar: feeling shaky
        ("shaky, slurring a bit", "tremor"),
        # nhs.uk Benign prostate enlargement: peeing at night
        ("up 4-5 times a night to pee", "nocturia"),
        ("晚上起来尿三四次", "nocturia"),
        # nhs.uk Anaphylaxis: voice change; lips or mouth tingling
        ("my voice sounds weird", "hoarse_voice"),
        ("lips feel funny after thai food", "lip_tingling"),
        ("吃完虾嘴唇发麻", "lip_tingling"),
        # nhs.uk Ectopic pregnancy: pain low down on one side
        ("low down on the right", "lower_abdominal_pain"),
        # nhs.uk Heart palpitations
        ("心脏跳得厉害 好几回了", "palpitations"),
        # nhs.uk Asthma attack: reliever not helping; blue lips
        ("孩子喘得厉害 喷了药不管用", "inhaler_not_working"),
        ("嘴唇有点发紫", "cyanosis"),
        # nhs.uk Piles: bright red blood after a poo
        ("拉完滴几滴鲜红的血", "rectal_bleeding"),
        # nhs.uk Shingles: a band round one side
        ("腰上一圈疼 长了水泡", "band_rash"),
        # nhs.uk Hypothermia: a cold home; temperature below 35C
        ("the heating has packed in", "cold_exposure"),
        ("家里暖气坏了", "cold_exposure"),
        ("the ear thermometer says 34.2", "low_body_temp"),
        ("体温才34.5度", "low_body_temp"),
        # nhs.uk Paracetamol: cold remedies that also contain it
        ("999感冒灵颗粒（也含对乙酰氨基酚）", "overdose"),
        ("lemsip, which also contains paracetamol", "overdose"),
        # nhs.uk Heatstroke: after working in the heat; hot skin, not sweating
        ("中午从地里回来", "heat_exposure"),
        ("摸着干干的没汗", "not_sweating"),
        # nhs.uk Meningitis: dislike of bright lights; hard to wake
        ("wont look at the light", "photophobia"),
        ("hard to keep him awake", "confusion"),
        # nhs.uk DKA: deep, fast breathing
        ("breathing really deep n fast", "deep_breathing"),
        # nhs.uk Miscarriage: bleeding in pregnancy
        ("怀孕了有点出血", "vaginal_bleeding"),
        ("I'm pregnant and bleeding a bit", "vaginal_bleeding"),
        # nhs.uk Head injury
        ("bumped the back of my head on the ice", "head_injury"),
        # nhs.uk Shortness of breath
        ("I literally cannot breathe", "breathless"),
        # nhs.uk Common cold: a blocked nose
        ("completely blocked up, can't smell", "blocked_nose"),
        # nhs.uk Fever in children: 39C or higher
        ("39.2 under the arm", "high_fever"),
        ("量了39.3度", "high_fever"),
        # nhs.uk Nappy rash
        ("宝宝屁股烂了", "nappy_area"),
        ("换尿布的时候哭", "nappy_area"),
    ],
)
def test_lay_words_name_their_concept(retriever, text, concept):
    assert concept in retriever.lexicon.find(text).present


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # look-alikes that must not fire
        ("half of the juice went down her front", "collapse"),
        ("the fever went down then came back up", "collapse"),
        ("completely blocked up nose", "constipation"),
        ("I'm 34 years old", "low_body_temp"),
        ("temperature 38.2", "high_fever"),
        ("量了38.5度", "high_fever"),
        ("she is very cold and shivery with a fever", "cold_exposure"),
        ("我34岁", "low_body_temp"),
        ("宝宝拉肚子", "nappy_area"),
        ("没怀孕，出血是来例假", "vaginal_bleeding"),
        ("the light in the kitchen is broken", "photophobia"),
        ("玫瑰痤疮（酒渣鼻）", "alcohol"),
    ],
)
def test_look_alikes_do_not_name_the_concept(retriever, text, concept):
    assert concept not in retriever.lexicon.find(text).present


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("手麻、喘不上气、出汗", "sweating"),
        ("睡不着，头疼", "headache"),
        ("上不来气 胸口疼", "chest_pain"),
    ],
)
def test_a_symptom_said_with_bu_denies_nothing_after_it(retriever, text, concept):
    found = retriever.lexicon.find(text)
    assert concept in found.present and concept not in found.absent


@pytest.mark.parametrize(
    ("text", "concept"), [("不出汗，头疼", "sweating"), ("没有头疼", "headache")]
)
def test_a_real_denial_still_denies(retriever, text, concept):
    assert concept in retriever.lexicon.find(text).absent


def _top(retriever, text, k=3):
    return [hit.condition.id for hit in retriever.search(text, k=k)]


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("baby hot, 4 months, 39.2 under the arm, feeding a bit less", "fever_in_child"),
        ("宝宝发烧了 4个月 39.3度，吃奶比平时少一点", "fever_in_child"),
        (
            "up 4-5 times a night to pee\nweak stream, dribbling after",
            "benign_prostatic_hyperplasia",
        ),
        ("lips feel funny after thai food\nmy voice sounds weird", "anaphylaxis"),
        ("心脏跳得厉害 好几回了\n手麻、喘不上气、出汗。现在怕坐地铁", "panic_disorder"),
        ("屁股出血了\n拉完滴几滴鲜红的血，大便干，有点痒", "haemorrhoids"),
        ("腰上一圈疼 长了水泡\n针扎似的刺痛", "herpes_zoster"),
        ("宝宝屁股烂了出血\n换尿布的时候哭", "nappy_rash"),
        ("怀孕了有点出血\n像来例假那样轻轻的痛", "miscarriage"),
        (
            "dad very cold and slow, the heating has packed in\nthe ear thermometer says 34.2",
            "hypothermia",
        ),
        ("slipped on the ice and bumped the back of my head, just a lump", "concussion"),
        (
            "爷爷干活回来不对劲\n中午从地里回来，说胡话\n身上滚烫，摸着干干的没汗，40.2",
            "heat_stroke",
        ),
    ],
)
def test_round12_stories_rank_their_condition_in_the_top_three(retriever, story, expected):
    assert expected in _top(retriever, story)


def test_sweaty_shaky_confused_without_drink_is_not_alcohol_withdrawal_first(retriever):
    story = "wife is sweaty and weird\nshe's confused and clammy\nshaky, slurring a bit"
    top = _top(retriever, story, k=2)
    assert top[0] != "alcohol_withdrawal"
    assert "hypoglycaemia" in top


def test_shaky_and_sweaty_after_stopping_drinking_is_alcohol_withdrawal(retriever):
    story = "stopped drinking two days ago, now shaky hands, sweating and anxious"
    assert _top(retriever, story, k=1) == ["alcohol_withdrawal"]
    assert _top(retriever, "停酒两天了，手抖、出汗、心慌", k=3)[0] == "alcohol_withdrawal"
