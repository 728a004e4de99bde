"""Lay and colloquial phrasings of common symptoms, in both languages, reach their concepts; words
that only look like a symptom (a time of day, a pill taken, a body part's name) do not."""

from __future__ import annotations

import pytest

from consult.knowledge.concepts import LEXICON_PATH, lexicon
from consult.knowledge.kb import load_conditions


@pytest.mark.parametrize(
    ("text", "concepts"),
    [
        # Chinese colloquial phrasings
        ("昨天晚上开始闹肚子，拉得跟水一样", {"diarrhoea"}),
        ("一天跑了七八趟厕所，拉水", {"diarrhoea"}),
        ("心口这块闷得慌", {"chest_tightness", "chest_pain"}),
        ("胸口憋得慌", {"chest_tightness"}),
        ("心口疼", {"chest_pain"}),
        ("嗓子疼得厉害，咽口水都疼", {"sore_throat", "painful_swallowing"}),
        ("尿频尿急，尿道火辣辣的疼", {"frequency", "urgency", "dysuria"}),
        ("头晕眼花，眼前发黑", {"dizziness"}),
        ("摸着有点烫", {"fever"}),
        ("额头很烫", {"fever"}),
        ("出了一身冷汗", {"sweating"}),
        ("浑身没劲，老是累", {"fatigue"}),
        ("头两边像被箍住一样发紧", {"band_headache", "headache"}),
        ("后脑勺发胀", {"headache"}),
        ("往左边肩膀那边窜", {"radiating_arm_pain"}),
        ("吐出来的东西像咖啡渣一样", {"haematemesis"}),
        ("大便是黑的，跟柏油似的", {"melaena"}),
        ("好几天没大便了，拉屎特别费劲，像羊粪蛋", {"constipation"}),
        ("老是烧心，胃里烧，反酸水", {"heartburn", "regurgitation"}),
        ("心口窝那儿疼", {"upper_abdominal_pain"}),
        ("小肚子疼", {"lower_abdominal_pain"}),
        ("闪了腰，直不起来", {"back_pain"}),
        ("从屁股一直串到右腿后面", {"leg_radiation"}),
        ("孩子总用手揪右边耳朵", {"child", "ear_pain"}),
        ("两眼往上翻，手脚一直抽", {"seizure"}),
        ("叫他也没反应", {"collapse"}),
        ("现在迷迷糊糊的", {"confusion"}),
        ("月经推迟了快两周", {"pregnant"}),
        ("月经量一直很多", {"heavy_periods"}),
        ("鼻子不通气", {"blocked_nose"}),
        ("扁桃体上有白点", {"tonsil_exudate"}),
        ("眼睛里像有沙子一样磨得慌", {"foreign_body_eye"}),
        ("身上起了一片一片的风疹块", {"hives", "rash"}),
        ("腰上冒出来一串小水泡", {"band_rash", "blisters"}),
        ("高兴不起来，干什么都没劲", {"low_mood", "anhedonia"}),
        ("晚上翻来覆去睡不着", {"insomnia"}),
        ("这几个月真的撑不下去了", {"suicidal"}),
        ("特别能喝水，老口渴", {"thirst"}),
        ("脸色发白", {"pallor"}),
        ("右边后腰绞着疼，往大腿根那边窜", {"loin_pain", "groin_radiation", "colicky_pain"}),
        ("脚趾缝里又痒又脱皮", {"athletes_foot", "itch"}),
        ("感冒以后一直咳嗽", {"after_cold", "cough"}),
        ("低头时疼得更厉害", {"worse_bending"}),
        ("吃点东西能好一点", {"food_relief"}),
        ("突然嘴歪了，说话含含糊糊的", {"face_droop", "slurred_speech"}),
        ("右手连筷子都拿不住，走路往一边倒", {"one_sided_weakness", "poor_balance"}),
        ("耳朵嗡嗡响", {"tinnitus"}),
        ("夜里憋醒", {"apnoea"}),
        ("拉屎的时候肛门疼", {"anal_pain"}),
        ("手脚冰凉，比别人怕冷", {"feel_cold"}),
        ("白天总犯困", {"daytime_sleepiness"}),
        ("老是自责，觉得对不起家人", {"guilt"}),
        ("嘴里有股烂苹果味", {"fruity_breath"}),
        ("躺下更厉害", {"worse_lying"}),
        ("身体前倾能缓解一点", {"leaning_forward_relief"}),
        ("喝水都吐，什么都吃不进", {"cant_keep_down"}),
        ("大腿根有个包，躺下就没了", {"reducible_lump", "groin_lump"}),
        ("每天晚上准时疼", {"same_time_daily"}),
        ("一到春天就犯，对花粉过敏", {"allergic_trigger"}),
        # English lay words and misspellings
        ("I've got the runs", {"diarrhoea"}),
        ("diarhea since monday", {"diarrhoea"}),
        ("bad hedache", {"headache"}),
        ("chest pian", {"chest_pain"}),
        ("feels like a tight band round my chest", {"chest_tightness", "chest_pain"}),
        ("it burns when i wee", {"dysuria"}),
        ("i keep needing to wee every half hour", {"frequency"}),
        ("pink pee", {"haematuria"}),
        ("I'm knackered all the time", {"fatigue"}),
        ("did my back in lifting a box", {"back_pain"}),
        ("haven't pooed for 5 days", {"constipation"}),
        ("my eyes are glued shut with gunk", {"eye_discharge"}),
        ("tugging at her left ear", {"ear_pain"}),
        ("I've been saving up my tablets", {"suicidal"}),
        ("I can't be bothered to do anything", {"anhedonia"}),
        ("the room spins when i roll over in bed", {"vertigo", "positional_trigger"}),
        ("short of breathe going upstairs", {"breathless"}),
        ("stiff neck and shoulders from the laptop", {"neck_pain"}),
        ("my speech went funny and my arm went dead", {"slurred_speech", "one_sided_weakness"}),
        ("black spots floating in my vision", {"floaters"}),
    ],
)
def test_lay_phrasings_reach_their_concepts(text, concepts):
    found = lexicon().find(text)
    assert concepts <= found.present, sorted(found.present)


@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        ("昨天晚上开始拉肚子", {"worse_at_night"}),  # a time of onset, not a pattern
        ("给他吃了退烧药", {"overdose", "after_meals"}),  # a dose taken is no overdose
        ("吃了止疼药", {"overdose", "after_meals"}),
        ("舌头疼", {"headache"}),
        ("骨头疼", {"headache"}),
        ("headache like a tight band squeezing my head", {"chest_pain", "chest_tightness"}),
        ("a tight band round my chest", {"headache", "band_headache"}),
        ("my uric acid is high", {"heartburn"}),
        ("it runs in the family", {"diarrhoea"}),
        ("I was in a car accident", {"incontinence"}),
        ("嘴歪了", {"deformity"}),
        ("用了鼻喷雾", {"asthma_known"}),
        ("stiff neck and shoulders", {"neck_stiffness"}),  # not meningism
        ("allergic to tree nuts", {"testicular_pain"}),
        ("对青霉素过敏", {"allergen_exposure"}),  # an allergy history is no exposure
        ("以前有胃溃疡", {"mouth_ulcers"}),
        ("大脚趾甲边上红肿", {"big_toe", "joint_pain"}),  # an ingrown nail is no joint
        ("心口窝那儿烧着疼", {"chest_pain"}),  # 心口窝 is the epigastrium
        ("两眼往上翻", {"both_eyes"}),
    ],
)
def test_look_alike_words_are_not_findings(text, not_found):
    found = lexicon().find(text)
    assert not not_found & found.present, sorted(found.present)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("嘴唇不肿，喘气正常", {"lip_swelling"}),  # 不 inside the form's gap
        ("小便的时候不疼", {"dysuria"}),
        ("my chest is not tight", {"chest_tightness"}),
        ("lips are not swollen at all", {"lip_swelling"}),
    ],
)
def test_a_negation_inside_a_gapped_form_denies_it(text, denied):
    found = lexicon().find(text)
    assert denied <= found.absent and not denied & found.present, sorted(found.present)


def test_a_space_between_joined_answers_ends_a_chinese_clause():
    # Answers joined with spaces: "没有" (the answer to one question) denies nothing in the next.
    found = lexicon().find("没有 以前有过盆腔炎 大小便正常 吃了止疼药")
    assert "pelvic_pain" not in found.absent
    assert "dysuria" not in found.present  # "小便 .. 疼" must not bridge two answers
    found = lexicon().find("不想吐 不怕光 偶尔头疼")
    assert "headache" in found.present
    assert {"nausea", "photophobia"} <= found.absent


COMMON_CONCEPTS = (
    "fever chills sweating fatigue dizziness headache chest_pain chest_tightness breathless cough "
    "sore_throat runny_nose blocked_nose nausea vomiting diarrhoea constipation abdominal_pain "
    "heartburn dysuria frequency back_pain rash itch ear_pain insomnia low_mood anxiety "
    "palpitations muscle_aches joint_pain numbness"
).split()


def test_every_common_concept_has_several_forms_in_both_languages():
    forms: dict[str, tuple[list[str], list[str]]] = {}
    for line in LEXICON_PATH.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            head, en, zh = line.split("\t")
            cid = head.partition(">")[0].lstrip("!")
            forms[cid] = (
                [f for f in en.split("|") if f.strip()],
                [f for f in zh.split("|") if f.strip()],
            )
    thin = [c for c in COMMON_CONCEPTS if len(forms[c][0]) < 4 or len(forms[c][1]) < 4]
    assert not thin


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "医生，我妈心口这块闷得慌，还恶心想吐，出了一身冷汗，往左边肩膀那边窜",
            "acute_myocardial_infarction",
        ),
        ("最近加班多，头两边像被箍住一样发紧，闷闷的疼，脖子肩膀很酸", "tension_headache"),
        ("好几天没大便了，拉屎特别费劲，拉出来又干又硬像羊粪蛋，肚子有点胀", "constipation"),
        ("吐出来的东西像咖啡渣一样，大便也是黑的，跟柏油似的，站起来眼前发黑", "upper_gi_bleed"),
        ("宝宝昨天晚上一直哭闹，老是抓右边耳朵，摸着有点烫", "acute_otitis_media"),
        (
            "feels like a tight band round my chest, feel sick and im all clammy",
            "acute_myocardial_infarction",
        ),
    ],
)
def test_colloquial_stories_rank_their_condition_in_the_top_three(retriever, query, expected):
    ids = [hit.condition.id for hit in retriever.search(query, k=3)]
    assert expected in ids, ids


def test_every_kb_condition_symptom_list_is_mostly_understood():
    """At least 90% of the knowledge base's symptom phrases map onto a concept."""
    lex = lexicon()
    phrases = [p for c in load_conditions() for p in (*c.symptoms, *c.symptoms_zh)]
    understood = sum(1 for p in phrases if lex.find(p).present or lex.find(p).absent)
    assert understood / len(phrases) >= 0.90
