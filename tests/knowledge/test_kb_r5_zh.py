"""Round 5 (kb_r5): Chinese lay phrasings as patients and relatives type them reach the right
condition in the top 3, by class of phrasing (lexicon forms in consult/knowledge/
symptom_lexicon.tsv), with look-alikes that must not, and English checks so English holds."""

from __future__ import annotations

import pytest

from consult.knowledge import retrieval
from consult.knowledge.concepts import lexicon

pytestmark = pytest.mark.slow


def top(retriever, text, k=3):
    return [h.condition.id for h in retriever.search(text, k)]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # nhs.uk Diarrhoea and vomiting: 上吐下泻 is both
        ("孩子上吐下泻的", "diarrhoea"),
        ("昨天开始跑肚，一天好几次", "diarrhoea"),
        # nhs.uk Clinical depression: losing interest in things you used to enjoy
        ("这段时间干啥都提不起劲", "anhedonia"),
        ("啥都不想干，什么都没意思", "anhedonia"),
        ("最近心情不太好", "low_mood"),
        # nhs.uk Help for suicidal thoughts: feeling there is no point in living
        ("活着太累了，不想再撑了", "suicidal"),
        ("I'm just tired of living", "suicidal"),
        # nhs.uk Subarachnoid haemorrhage: sudden severe headache, like a hit on the head
        ("头突然炸了一样疼", "thunderclap_headache"),
        ("后脑勺突然像被人用棍子打了一下", "thunderclap_headache"),
        # nhs.uk Bell's palsy: drooling from the mouth, difficulty closing one eye
        ("漱口水从右边嘴角漏出来", "face_droop"),
        ("右眼也闭不严", "eye_cannot_close"),
        # nhs.uk Stroke (FAST): arm weakness - dropping things
        ("吃饭老掉筷子", "one_sided_weakness"),
        # nhs.uk Constipation
        ("这几天大便不太通", "constipation"),
        # NICE NG136: a clinic reading of 140/90 or more
        ("在药店量血压160/100", "high_bp"),
        ("my bp was 160 over 100 at the pharmacy", "high_bp"),
        # nhs.uk Mouth ulcers
        ("嘴里长了个泡，吃饭疼", "mouth_ulcers"),
        # nhs.uk Dehydration: fewer wet nappies
        ("今天尿不湿半天都是干的", "dehydration"),
        # nhs.uk Atopic eczema: dry, itchy skin
        ("孩子身上老是干痒", "dry_skin"),
        # nhs.uk Iron deficiency anaemia: pale skin
        ("脸色也不好", "pallor"),
        ("从上铺摔下来了", "fall_injury"),
        # nhs.uk Erectile dysfunction; lay euphemisms
        ("老公那方面不行了", "erection_problem"),
        ("bit embarrassing but things haven't been working downstairs", "erection_problem"),
        # nhs.uk Stroke: a hand that will not do what it is told
        ("我爸右手不听使唤", "one_sided_weakness"),
        ("my dad's being a bit clumsy with his right hand", "one_sided_weakness"),
        # nhs.uk Help for suicidal thoughts: feeling like a burden to others
        ("觉得自己是个累赘", "suicidal"),
        ("i feel like a bit of a burden on everyone", "suicidal"),
    ],
)
def test_lay_chinese_phrasings_name_the_concept(text, concept):
    assert concept in lexicon().find(text).present, text


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("头疼得像要炸了一样，是不是没睡好", "thunderclap_headache"),  # a bad headache, not sudden
        ("最近总是没劲儿", "anhedonia"),  # tiredness is no loss of interest
        ("最近很累", "suicidal"),
        ("痣越来越大", "spreading_redness"),
        ("嗓子干痒", "dry_skin"),  # a dry throat is no dry skin
        ("血压正常", "high_bp"),
        ("不想麻烦别人", "suicidal"),
        ("面条软了", "erection_problem"),
    ],
)
def test_look_alikes_do_not_name_the_concept(text, concept):
    assert concept not in lexicon().find(text).present, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("孩子上吐下泻的，吃什么吐什么", "viral_gastroenteritis"),
        ("这段时间干啥都提不起劲，心情不太好", "depression"),
        ("活着太累了，不想再撑了", "suicidal_ideation"),
        ("头突然炸了一样疼", "subarachnoid_haemorrhage"),
        ("今天早上刷牙发现漱口水从右边嘴角漏出来，右眼也闭不严", "bells_palsy"),
        ("我爸今天早上起来怪怪的，吃饭老掉筷子", "stroke"),
        ("最近老觉得头胀头沉，在药店量血压160/100", "hypertension"),
        ("嘴里长了个泡，吃饭疼", "aphthous_ulcers"),
        ("宝宝拉肚子两天了，今天尿不湿半天都是干的", "dehydration"),
        ("最近总是没劲儿，脸色也不好，月经量很多", "iron_deficiency_anaemia"),
        ("从昨天晚上开始拉肚子，一晚上跑了五六趟厕所，还吐了两回", "viral_gastroenteritis"),
        ("早上起床一翻身就天旋地转的头晕", "bppv"),
        ("尿频尿急，尿的时候火辣辣的", "lower_uti"),
        ("腰上一边起了一串小水泡，疼得像火烧针扎一样", "herpes_zoster"),
        ("半夜大脚趾突然红肿热痛，疼醒了", "gout"),
        ("孩子半夜咳嗽，声音像小狗叫一样", "croup"),
    ],
)
def test_chinese_lay_cases_find_the_condition_in_the_top_3(retriever, text, expected):
    assert expected in top(retriever, text), (text, top(retriever, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sudden headache like being hit on the head, worst ever", "subarachnoid_haemorrhage"),
        ("I don't enjoy anything anymore and feel low all the time", "depression"),
        ("diarrhoea and vomiting since last night, stomach cramps", "viral_gastroenteritis"),
        ("burning when I pee and going all the time", "lower_uti"),
        ("my face droops on one side and I can't close my eye", "bells_palsy"),
        ("itchy dry skin in the creases of my elbows", "atopic_eczema"),
    ],
)
def test_english_cases_still_find_the_condition(retriever, text, expected):
    assert expected in top(retriever, text), (text, top(retriever, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老慢支又犯了", "copd_exacerbation"),
        ("生蛇了", "herpes_zoster"),
        ("甲亢", "hyperthyroidism"),
        ("心梗", "acute_myocardial_infarction"),
        ("小肠气", "inguinal_hernia"),
        ("孩子中耳炎", "acute_otitis_media"),
        ("鼠标手", "carpal_tunnel_syndrome"),
    ],
)
def test_a_colloquial_chinese_name_finds_the_condition(retriever, text, expected):
    assert expected in top(retriever, text), (text, top(retriever, text))


def test_a_name_in_a_later_answer_or_denied_gets_no_credit(retriever):
    history = "晚上要起来尿四五次，尿等半天才出来\n不疼\n下面\n降压药\n高血压"
    assert retriever.name_scores(history).sum() == 0
    scores = retriever.name_scores("不是心梗吧")
    ids = [c.id for c in retriever.conditions]
    assert scores[ids.index("acute_myocardial_infarction")] == 0


def test_names_zh_ids_are_all_in_the_knowledge_base(retriever):
    ids = {c.id for c in retriever.conditions}
    assert set(retrieval.load_names_zh()) <= ids
