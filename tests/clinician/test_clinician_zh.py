"""Chinese on the clinician side: suggestion names from the knowledge base, Chinese report drafts
that quote the patient as written, and summaries checked in the interface language."""

from __future__ import annotations

import re

import pytest

from consult import clinician_ai
from consult.clinician_ai.report import report_skeleton, sections_text, summary_prompt
from consult.clinician_ai.suggest import suggest_prompt, suggestion_item
from consult.knowledge.kb import get_condition
from consult.knowledge.retrieval import Hit

IDS = ("streptococcal_pharyngitis", "viral_pharyngitis", "common_cold")
ZH_CASE = clinician_ai.Case(
    messages=[(1, "喉咙痛，发烧两天了"), (2, "不咳嗽，咽东西很疼，扁桃体上有白点")],
    chief_complaint="喉咙痛，发烧两天了",
)
EN_CASE = clinician_ai.Case(
    messages=[(1, "sore throat and fever since yesterday"), (2, "no cough")]
)
# Allowed Latin text in a Chinese draft: ICD-10 codes, units, and the record's own data.
_CODE_OR_UNIT = re.compile(r"ICD-10|[A-Z]\d{2}(?:\.\d+)?|Cel|mm\[Hg\]|/min|kg|cm|%")
# Clinical Chinese keeps acronyms, eponyms and units in Latin script (CRP, CURB-65, Centor, mg,
# eGFR, pH): what must not appear is English prose, i.e. a lower-case English word.
_UNITS = {"mg", "mmhg", "mmol", "egfr", "ph", "ttg-iga", "nt-probnp"}


def english_words(text: str) -> list[str]:
    tokens = re.findall(r"[A-Za-z][A-Za-z0-9\-]*", _CODE_OR_UNIT.sub(" ", text))
    return [t for t in tokens if re.fullmatch(r"[a-z][a-z\-]{2,}", t) and t not in _UNITS]


def hits():
    return [Hit(get_condition(cid), 1.0 - i / 10) for i, cid in enumerate(IDS)]


def test_suggestions_are_named_in_the_interface_language():
    zh = clinician_ai.rank(ZH_CASE, hits(), None, lang="zh")
    en = clinician_ai.rank(ZH_CASE, hits(), None)
    for item_zh, item_en, cid in zip(zh.items, en.items, IDS, strict=True):
        cond = get_condition(cid)
        assert item_zh["name"] == cond.name_zh and item_en["name"] == cond.name_en
        for item in (item_zh, item_en):
            assert item["name_en"] == cond.name_en and item["name_zh"] == cond.name_zh
    assert zh.items[0]["likelihood_label"] in ("可能性大", "有可能", "可能性小")
    assert zh.items[0]["lang"] == "zh" and en.items[0]["lang"] == "en"


def test_chinese_evidence_quotes_the_patient_and_names_findings_in_chinese():
    item = suggestion_item(get_condition("streptococcal_pharyngitis"), 1.0, 0, ZH_CASE, lang="zh")
    assert item["evidence_for"], item
    for ev in item["evidence_for"] + item["evidence_against"]:
        assert re.search(r"[\u4e00-\u9fff]", ev["finding"]), ev
        assert ev["text"] in "".join(ZH_CASE.texts), ev  # the patient's words as written
    viral = suggestion_item(get_condition("viral_pharyngitis"), 1.0, 0, ZH_CASE, lang="zh")
    assert [ev["finding"] for ev in viral["evidence_against"]] == ["咳嗽"]  # 不咳嗽


def test_evidence_matches_concepts_across_languages():
    case = clinician_ai.Case(
        messages=[(1, "胸口压榨样疼痛半小时，痛到左臂，出很多汗"), (2, "没有发烧")]
    )
    ami = suggestion_item(get_condition("acute_myocardial_infarction"), 1.0, 0, case, lang="zh")
    assert [ev["text"] for ev in ami["evidence_for"]] == [
        "胸口压榨样疼痛半小时", "痛到左臂", "出很多汗"
    ]  # fmt: skip
    assert all(re.search(r"[\u4e00-\u9fff]", ev["finding"]) for ev in ami["evidence_for"])
    assert ami["likelihood"] == "likely"
    pericarditis = suggestion_item(get_condition("pericarditis"), 1.0, 1, case, lang="en")
    assert [(ev["finding"], ev["text"]) for ev in pericarditis["evidence_against"]] == [
        ("fever", "没有发烧")
    ]


def test_an_english_model_reason_is_dropped_from_a_chinese_suggestion():
    cond = get_condition("common_cold")
    item = suggestion_item(
        cond, 1.0, 0, EN_CASE, lang="zh", reason="runny nose", likelihood="likely"
    )
    assert item["reason"] == "" and item["likelihood"] == "likely"
    kept = suggestion_item(cond, 1.0, 0, EN_CASE, lang="zh", reason="流涕明显")
    assert kept["reason"] == "流涕明显"


def test_chinese_suggest_prompt_lists_chinese_names():
    prompt = suggest_prompt(ZH_CASE, [h.condition for h in hits()], "zh")
    assert "链球菌性咽炎" in prompt[-1]["content"] and "候选诊断" in prompt[-1]["content"]
    assert "Streptococcal" not in prompt[-1]["content"]


def zh_skeleton():
    accepted = [
        {"id": 7, "icd10": "J02.0", "display": "Streptococcal pharyngitis",
         "verification": "provisional", "kb": get_condition("streptococcal_pharyngitis")},
        {"id": 8, "icd10": "J00", "display": "Common cold", "verification": "refuted",
         "kb": None},
    ]  # fmt: skip
    case = clinician_ai.Case(
        messages=ZH_CASE.messages,
        chief_complaint=ZH_CASE.chief_complaint,
        triage={"duration": "两天", "severity": 6},
        conditions=[{"id": 3, "icd10": "J45.9", "display": "Asthma"}],
    )
    observations = [{"id": 5, "code": "8310-5", "display": "Body temperature",
                     "value": "38.4", "unit": "Cel"}]  # fmt: skip
    return report_skeleton(
        case,
        accepted,
        encounter_observations=observations,
        urgency="routine",
        red_flags=["chest_pain_cardiac"],
        lang="zh",
    )


def test_a_chinese_draft_has_no_english_section_text():
    sections = sections_text(zh_skeleton())
    assert set(sections) == {"subjective", "objective", "assessment", "plan"}
    for name, text in sections.items():
        assert not english_words(text), (name, text)
        assert re.search(r"[\u4e00-\u9fff]", text), name
    assert "「喉咙痛，发烧两天了」" in sections["subjective"]  # quoted as written
    assert "链球菌性咽炎（ICD-10 J02.0）" in sections["assessment"]
    assert "体温：38.4 °C" in sections["objective"]  # units as people write them
    assert "哮喘" in sections["subjective"]  # the record's J45.9 named from the knowledge base
    assert "胸痛，可能为心脏急症" in sections["assessment"]  # the red flag's Chinese label


def test_english_drafts_are_unchanged_by_default():
    skeleton = report_skeleton(EN_CASE, [])
    text = sections_text(skeleton)
    assert text["objective"] == "Remote consultation by chat; no physical examination."
    assert text["assessment"] == "No diagnosis recorded yet."


def test_chinese_summary_prompt_and_validation():
    skeleton = zh_skeleton()
    prompt = summary_prompt(skeleton, "zh")
    assert "中文" in prompt[0]["content"] and prompt[1]["content"].startswith("事实")
    good = "患者喉咙痛、发烧两天，考虑链球菌性咽炎。"
    assert clinician_ai.validate_summary(good, skeleton, lang="zh") == good
    for bad in (
        "",
        "Patient has a sore throat and fever, likely strep throat.",  # not the interface language
        "患者需要住院治疗肺炎并立即转入重症监护室观察。",  # not in the facts
        "患者喉咙痛，给予阿莫西林 500 mg 每日三次。",  # a dose
        "患者喉咙痛。发烧两天。考虑咽炎。",  # more than one sentence
        "患者发烧三十九度已经五天了。",  # facts it made up
    ):
        assert clinician_ai.validate_summary(bad, skeleton, lang="zh") is None, bad


@pytest.mark.parametrize("lang", ["zh", "zh-hans", "zh-cn", "ZH"])
def test_chinese_interface_language_codes(lang):
    item = suggestion_item(get_condition("migraine"), 1.0, 0, EN_CASE, lang=lang)
    assert item["name"] == "偏头痛"


def test_chinese_suggestions_carry_chinese_red_flags_and_next_steps():
    for cid in IDS + ("acute_myocardial_infarction", "lower_uti"):
        cond = get_condition(cid)
        zh = suggestion_item(cond, 1.0, 0, ZH_CASE, lang="zh-hans")
        assert zh["name"] == cond.name_zh
        assert zh["red_flags"] == list(cond.red_flags_zh)
        assert zh["next_steps"] == list(cond.next_steps_zh)
        for line in zh["red_flags"] + zh["next_steps"]:
            assert re.search(r"[\u4e00-\u9fff]", line) and not english_words(line), line
        en = suggestion_item(cond, 1.0, 0, ZH_CASE, lang="en")
        assert en["name"] == cond.name_en
        assert en["red_flags"] == list(cond.red_flags)
        assert en["next_steps"] == list(cond.next_steps)
        assert not any(re.search(r"[\u4e00-\u9fff]", t) for t in en["red_flags"] + en["next_steps"])
    uti = suggestion_item(get_condition("lower_uti"), 1.0, 0, ZH_CASE, lang="zh")
    assert "尿试纸或尿培养" in uti["next_steps"] and "发热" in uti["red_flags"]


def test_a_chinese_draft_plans_with_the_knowledge_base_in_chinese():
    plan = sections_text(zh_skeleton())["plan"].splitlines()
    strep = get_condition("streptococcal_pharyngitis")
    assert [line for line in plan if not line.startswith("安全提示")] == [
        step + "。" for step in strep.next_steps_zh
    ]
    assert plan[-1] == "安全提示：出现以下情况请立即就医：" + "；".join(strep.red_flags_zh) + "。"
    assert "考虑链球菌快速检测。" in plan


def test_an_english_draft_plans_with_the_knowledge_base_in_english():
    accepted = [
        {"id": 7, "icd10": "J02.0", "display": "Streptococcal pharyngitis",
         "verification": "provisional", "kb": get_condition("streptococcal_pharyngitis")},
    ]  # fmt: skip
    plan = sections_text(report_skeleton(EN_CASE, accepted, lang="en"))["plan"]
    assert "Consider rapid strep test." in plan
    assert plan.splitlines()[-1].startswith("Safety-netting: seek urgent care for difficulty")
    assert not re.search(r"[\u4e00-\u9fff]", plan)
