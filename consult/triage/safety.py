"""Output check on every patient-facing assistant reply: no diagnoses, drugs, doses or leaked markup."""

# ruff: noqa: E501 -- phrase tables read better with each regex alternative on one line.

from __future__ import annotations

import re
from dataclasses import dataclass

from .lang import detect_language, en_pattern, normalize
from .planner import question_template

MAX_CHARS = {"en": 300, "zh": 120}

DRUGS_EN = (
    "ibuprofen", "paracetamol", "acetaminophen", "aspirin", "naproxen", "diclofenac", "celecoxib",
    "tylenol", "advil", "motrin", "panadol", "nurofen", "aleve", "codeine", "tramadol", "morphine",
    "oxycodone", "hydrocodone", "fentanyl", "opioids?", "opiates?", "nsaids?", "painkillers?",
    "pain relievers?", "antibiotics?", "amoxicillin", "augmentin", "penicillin", "azithromycin",
    "cephalexin", "ciprofloxacin", "levofloxacin", "doxycycline", "metronidazole", "clindamycin",
    "antivirals?", "oseltamivir", "tamiflu", "acyclovir", "antihistamines?", "loratadine",
    "cetirizine", "diphenhydramine", "benadryl", "steroids?", "corticosteroids?", "prednisone",
    "prednisolone", "dexamethasone", "hydrocortisone", "insulin", "metformin", "statins?",
    "atorvastatin", "simvastatin", "warfarin", "heparin", "clopidogrel", "nitroglycerin",
    "lisinopril", "amlodipine", "losartan", "metoprolol", "omeprazole", "pantoprazole", "ranitidine",
    "antacids?", "loperamide", "imodium", "salbutamol", "albuterol", "inhalers?", "epinephrine",
    "adrenaline", "epipen", "antidepressants?", "sertraline", "fluoxetine", "benzodiazepines?",
    "diazepam", "lorazepam", "sleeping pills?", "melatonin", "laxatives?", "decongestants?",
    "pseudoephedrine", "cough syrup", "lozenges?",
)  # fmt: skip
DRUGS_ZH = (
    "布洛芬", "对乙酰氨基酚", "扑热息痛", "阿司匹林", "萘普生", "双氯芬酸", "塞来昔布", "泰诺", "芬必得",
    "散利痛", "必理通", "止痛药", "止疼药", "退烧药", "退热药", "消炎药", "抗生素", "阿莫西林", "头孢",
    "青霉素", "阿奇霉素", "左氧氟沙星", "环丙沙星", "甲硝唑", "抗病毒药", "奥司他韦", "达菲", "阿昔洛韦",
    "抗组胺药", "氯雷他定", "西替利嗪", "激素", "泼尼松", "地塞米松", "胰岛素", "二甲双胍", "他汀",
    "阿托伐他汀", "华法林", "肝素", "氯吡格雷", "硝酸甘油", "速效救心丸", "降压药", "硝苯地平", "氨氯地平",
    "奥美拉唑", "胃药", "蒙脱石散", "止泻药", "沙丁胺醇", "肾上腺素", "抗抑郁药", "安眠药", "镇静剂",
    "可待因", "吗啡", "曲马多", "感冒药", "感冒灵", "连花清瘟", "板蓝根", "止咳糖浆", "咳嗽药", "泻药",
    "抗过敏药", "益生菌",
)  # fmt: skip
DISEASES_EN = (
    "influenza", "flu", "covid(?:-19)?", "coronavirus", "common cold", "pneumonia", "bronchitis",
    "asthma", "copd", "tuberculosis", "diabetes", "hypertension", "cancer", "tumou?rs?", "leukemia",
    "migraines?", "appendicitis", "heart attack", "myocardial infarction", "stroke", "angina",
    "heart failure", "arrhythmia", "atrial fibrillation", "meningitis", "sepsis", "gastritis",
    "gastroenteritis", "food poisoning", "ulcers?", "uti", "urinary tract infection", "kidney stones?",
    "gallstones?", "pancreatitis", "hepatitis", "cirrhosis", "strep throat", "tonsillitis",
    "sinusitis", "otitis", "ear infection", "conjunctivitis", "pink eye", "eczema", "psoriasis",
    "dermatitis", "shingles", "chickenpox", "measles", "mononucleosis", "arthritis", "gout",
    "fracture", "sprain", "concussion", "anemia", "anaemia", "depression", "anxiety disorder",
    "epilepsy", "dementia", "hypothyroidism", "hyperthyroidism", "ibs", "gerd", "acid reflux",
    "hernia", "dvt", "deep vein thrombosis", "pulmonary embolism", "embolism", "anaphylaxis",
    "preeclampsia", "ectopic pregnancy", "miscarriage", "cystitis", "colitis", "crohn'?s",
    "hiv", "aids", "std", "sti", "chlamydia", "gonorrh(?:o)?ea", "syphilis", "lupus", "vertigo",
    "[a-z]+itis",
)  # fmt: skip
DISEASES_ZH = (
    "感冒", "流感", "新冠", "肺炎", "支气管炎", "哮喘", "慢阻肺", "结核", "糖尿病", "高血压", "癌", "肿瘤",
    "白血病", "偏头痛", "阑尾炎", "心梗", "心肌梗", "中风", "脑卒中", "脑梗", "心绞痛", "心衰", "心律失常",
    "房颤", "脑膜炎", "败血症", "脓毒症", "胃炎", "肠胃炎", "胃肠炎", "食物中毒", "溃疡", "尿路感染",
    "肾结石", "胆结石", "胰腺炎", "肝炎", "肝硬化", "扁桃体炎", "鼻窦炎", "中耳炎", "结膜炎", "湿疹",
    "银屑病", "皮炎", "带状疱疹", "水痘", "麻疹", "关节炎", "痛风", "骨折", "扭伤", "脑震荡", "贫血",
    "抑郁症", "焦虑症", "癫痫", "痴呆", "甲亢", "甲减", "肠易激", "胃食管反流", "疝气", "血栓", "栓塞",
    "过敏性休克", "子痫", "宫外孕", "流产", "膀胱炎", "结肠炎", "艾滋病", "(?<!慢)性病", "梅毒", "淋病", "红斑狼疮",
    "[\u4e00-\u9fff]{1,4}炎",
)  # fmt: skip

_DRUG_RE = re.compile(en_pattern("|".join(DRUGS_EN)) + "|" + "|".join(DRUGS_ZH))
_DISEASE_RE = re.compile(en_pattern("|".join(DISEASES_EN)) + "|" + "|".join(DISEASES_ZH))
_DIAGNOSIS_RE = re.compile(
    en_pattern(
        r"diagnos[a-z]*|you (?:probably|likely|most likely|definitely|certainly|clearly|may|might|could) "
        r"have|(?:it|this|that)(?:'s| is| was) (?:probably|likely|most likely|possibly|definitely|almost certainly)|"
        r"(?:i think|i believe|sounds like|looks like) you(?:'ve| have)|you(?:'re| are) suffering from|"
        r"consistent with|suggestive of|a case of|you(?:'ve| have) got (?:a|an)"
    )
    + r"|诊断|确诊|你得了|您得了|你患了|您患了|你患有|您患有|疑似|考虑是|估计是|"
    r"(?:可能|应该|大概|也许|多半)是[^，,。？?！!]{0,8}(?:病|炎|症|癌|瘤|感染|中毒)"
)
_DOSE_RE = re.compile(
    r"(?<![a-z])\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|μg|g|ml|l|iu|units?|tablets?|tabs?|pills?|capsules?|caps|"
    r"drops?|puffs?|teaspoons?|tsp|tablespoons?|tbsp|sachets?|milligrams?|micrograms?|grams?|"
    r"millilit(?:re|er)s?|lit(?:re|er)s?)(?![a-z])"
    r"|(?<![a-z])(?:doses?|dosage|dosing|overdose)(?![a-z])"
    r"|(?<![a-z])(?:once|twice|three times|four times|\d+ times) (?:a|per|each) day(?![a-z])"
    r"|(?<![a-z])every \d+(?:-\d+)? hours(?![a-z])"
    r"|\d+(?:\.\d+)?\s*(?:毫克|微克|克|毫升|片|粒|单位|滴|袋|支|颗|喷)"
    r"|(?:吃|服|服用|用|每次|一次|含)\s*[一二两三四五六七八九十半]+\s*(?:片|粒|颗|袋|支|滴|毫克|毫升)"
    r"|(?:每天|一天|每日|每隔?)\s*[\d一二两三四五六七八九十]+\s*(?:次|片|粒|小时)"
    r"|剂量|用量|最大量|最多(?:能)?吃"
)
# Telling the patient to take, use or stop a medicine, even without naming it.
_MED_ADVICE_RE = re.compile(
    en_pattern(
        r"(?:you |u )?(?:should|can|could|may|might|need to|have to|must|want to|ought to|'d better|had better)"
        r"(?: also| just| try to| try| consider)? (?:take|taking|use|using|try|start|stop|increase|double)"
        r"(?: taking| using)? (?:some |a |an |the |your |more |two |one |\d+ |extra |another )?"
        r"(?:medicines?|medications?|meds|tablets?|pills?|capsules?|drops|cream|ointment|spray|syrup|dose)"
        r"|(?:^|[.!] ?|, ?)(?:please |just )?(?:take|try|use) (?:some |a |an |two |one |\d+ |your |more )"
        r"(?:medicines?|medications?|meds|tablets?|pills?|capsules?)"
        r"|try taking|take (?:it|them|this|these|one|two) (?:with|after|before|every|twice|once|three|at)"
    )
    + r"|(?:建议|可以|应该|最好|需要|先|要|记得|按时|赶紧|马上)(?:您|你)?(?:去)?(?:吃|服用|服|用|喝|涂|抹|吃上)"
    r"(?:点|些|一些|一点|一片|两片)?[^，。？！?!,]{0,6}(?:药|片|胶囊|冲剂|药膏|糖浆)"
    r"|吃点药|吃些药|吃药吧|按时吃药|多吃(?:点)?药|把药(?:停|吃)"
)
# Latin words a Chinese reply may carry (abbreviations Chinese patients use as they are).
_ZH_LATIN_OK = frozenset({"ai", "ct", "x", "b", "mri", "ok", "app", "hiv", "icu"})
_LATIN_WORD = re.compile(r"[a-z]{2,}|(?<![a-z0-9])[a-z](?![a-z0-9])")
_TEMPLATE_TOKEN_RE = re.compile(
    r"<\|[^|>]*\|?>|<\|?im_(?:start|end)\|?>|</?s>|\[/?INST\]|<<\s*/?SYS\s*>>|</?\s*patient_message|"
    r"</?\s*(?:system|user|assistant)\s*>|\{\{|\}\}|\{[a-z_]+\}|<endoftext>|^\s*(?:system|user|assistant)\s*:|"
    r"###|```",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class SafetyResult:
    ok: bool
    reason: str | None = None  # a category code, never the text itself


def _language_ok(text: str, key: str) -> bool:
    norm = normalize(text)
    if key == "zh":
        if not any(_CJK_RE.match(c) for c in text) and any(c.isalpha() for c in text):
            return False
        return all(word in _ZH_LATIN_OK for word in _LATIN_WORD.findall(norm))
    letters = [c for c in text if c.isalpha()]
    return not letters or detect_language(text) == "en"


_CJK_RE = re.compile(r"[\u3400-\u9fff]")


def check_sentence(sentence: str, lang: str) -> SafetyResult:
    """Content rules for one sentence before it is released to the patient: no template
    tokens, the patient's language only, no dose, drug name, medication advice or diagnosis.
    Whole-reply rules (length, being a question) are not applied here."""
    if not sentence or not sentence.strip():
        return SafetyResult(False, "empty")
    key = "zh" if lang == "zh" else "en"
    if _TEMPLATE_TOKEN_RE.search(sentence):
        return SafetyResult(False, "template_token")
    if not _language_ok(sentence, key):
        return SafetyResult(False, "wrong_language")
    norm = normalize(sentence)
    if _DOSE_RE.search(norm):
        return SafetyResult(False, "dose")
    if _DRUG_RE.search(norm):
        return SafetyResult(False, "drug_name")
    if _MED_ADVICE_RE.search(norm):
        return SafetyResult(False, "medication_advice")
    if _DIAGNOSIS_RE.search(norm) or _DISEASE_RE.search(norm):
        return SafetyResult(False, "diagnosis")
    return SafetyResult(True)


def check_patient_reply(text: str, lang: str) -> SafetyResult:
    """Decide whether a model-written reply (one sentence or several) may be shown to the patient."""
    if not text or not text.strip():
        return SafetyResult(False, "empty")
    key = "zh" if lang == "zh" else "en"
    if len(text.strip()) > MAX_CHARS[key]:
        return SafetyResult(False, "too_long")
    return check_sentence(text, key)


def safe_reply(fact: str, lang: str) -> str:
    """The fixed templated question to send instead of an unsafe model reply."""
    return question_template(fact, lang)
