"""SOAP report drafts: deterministic sentences with their sources, plus one checked model line.

Drafts are written in the clinician's interface language (`lang`, "en" or "zh"); the patient's
own words are quoted as written, whatever language they used."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from records.units import display_unit

from ..knowledge.concepts import translate_phrase
from ..triage.lang import normalize
from .case import Case
from .evidence import MATCHER, terms
from .suggest import interface_lang

# Section text per language; the patient's words and record data fill the {placeholders}.
TEXT = {
    "en": {
        "complaint": "Presenting complaint: {complaint}.",
        "duration": "Onset/duration: {duration}.",
        "severity": "Severity {severity}/10 as reported.",
        "reports": "Reports {findings}.",
        "denies": "Denies {findings}.",
        "history": "History: {items}.",
        "medications": "Medications: {items}.",
        "allergies": "Allergies: {items}.",
        "see_messages": "See the patient's messages in the consultation.",
        "observation": "{display}: {value} {unit}.",
        "remote": "Remote consultation by chat; no physical examination.",
        "diagnosis": "{display} (ICD-10 {icd10}), {verification}.",
        "no_diagnosis": "No diagnosis recorded yet.",
        "urgency": "Triage urgency: {urgency}.",
        "red_flags": "Red flags raised: {flags}.",
        "safety": "Safety-netting: seek urgent care for {flags}.",
        "plan_todo": "Plan to be completed by the clinician.",
        "sep": ", ",
        "list_sep": "; ",
    },
    "zh": {
        "complaint": "主诉：{complaint}。",
        "duration": "起病/病程：{duration}。",
        "severity": "自评严重程度 {severity}/10。",
        "reports": "自述：{findings}。",
        "denies": "否认：{findings}。",
        "history": "既往史：{items}。",
        "medications": "用药：{items}。",
        "allergies": "过敏史：{items}。",
        "see_messages": "详见患者在本次会诊中的消息。",
        "observation": "{display}：{value} {unit}。",
        "remote": "远程文字会诊，未行体格检查。",
        "diagnosis": "{display}（ICD-10 {icd10}），{verification}。",
        "no_diagnosis": "尚未记录诊断。",
        "urgency": "分诊紧急程度：{urgency}。",
        "red_flags": "已触发危险信号：{flags}。",
        "safety": "安全提示：出现以下情况请立即就医：{flags}。",
        "plan_todo": "处理计划待临床医生补充。",
        "sep": "、",
        "list_sep": "；",
    },
}
URGENCY_ZH = {"emergency": "急诊", "urgent": "紧急", "routine": "常规", "self_care": "自我护理"}
VERIFICATION_ZH = {
    "provisional": "初步诊断",
    "differential": "鉴别诊断",
    "confirmed": "确诊",
    "unconfirmed": "待确认",
    "refuted": "已排除",
    "entered-in-error": "录入错误",
}
# LOINC vital signs (records.services.VITAL_SIGNS) by code, for Chinese drafts.
LOINC_ZH = {
    "8867-4": "心率",
    "8480-6": "收缩压",
    "8462-4": "舒张压",
    "8310-5": "体温",
    "9279-1": "呼吸频率",
    "59408-5": "血氧饱和度",
    "29463-7": "体重",
    "8302-2": "身高",
}
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _quoted(text: str, lang: str) -> str:
    """The patient's words, quoted as written in a Chinese draft."""
    return f"「{text}」" if lang == "zh" else text


def _finding_names(findings: Sequence[str], lang: str) -> list[str]:
    if lang != "zh":
        return list(findings)
    return list(dict.fromkeys(translate_phrase(f, "zh") for f in findings))


def _display_zh(icd10: str, display: str) -> str:
    """A recorded diagnosis's Chinese name from the knowledge base (same ICD-10 code)."""
    from ..knowledge.kb import load_conditions

    code = (icd10 or "").upper()
    for cond in load_conditions():
        if cond.icd10.upper() == code:
            return cond.name_zh
    for cond in load_conditions():
        if cond.icd10.upper()[:3] == code[:3]:
            return cond.name_zh
    return display


def _flag_label(code: str, lang: str) -> str:
    if lang != "zh":
        return code
    from ..triage import redflags

    try:
        return redflags.rule(code).label_zh
    except (KeyError, AttributeError):
        return code

REPORT_MAX_NEW_TOKENS = 60
_DOSE = re.compile(r"\d+\s*(?:mg|g|ml|mcg|µg|units?|tablets?)\b", re.IGNORECASE)
_SUMMARY_WORDS = frozenset(
    {
        "patient",
        "present",
        "report",
        "consultation",
        "suggest",
        "consistent",
        "likely",
        "possible",
        "history",
        "day",
    }
)


def _sentence(text: str, sources: list[dict], origin: str = "record") -> dict:
    return {"sentence": text, "sources": sources, "origin": origin}


def _seqs_mentioning(case: Case, concept: str) -> list[int]:
    seqs = []
    for seq, text in case.messages:
        if any(m.concept == concept for m in MATCHER.mentions(text)):
            seqs.append(seq)
    return seqs


def _seq_containing(case: Case, needle: str | None) -> list[int]:
    if not needle:
        return []
    low = normalize(needle)
    return [seq for seq, text in case.messages if low in normalize(text)][:1]


def _msg_sources(seqs: Iterable[int]) -> list[dict]:
    return [{"source": "message", "seq": s} for s in dict.fromkeys(seqs)]


def report_skeleton(
    case: Case,
    accepted: Sequence[dict],
    *,
    encounter_observations: Sequence[dict] | None = None,
    urgency: str | None = None,
    red_flags: Sequence[str] = (),
    lang: str = "en",
) -> dict[str, list[dict]]:
    """SOAP sentences built from the record, each with the sources it came from, written in the
    clinician's interface language `lang` ("en" or "zh").

    `accepted`: this encounter's diagnoses, dicts with id, icd10, display, verification and
    kb (a knowledge-base Condition or None)."""
    lang = interface_lang(lang)
    t = TEXT[lang]
    triage = case.triage or {}
    present, absent = case.findings()
    subjective: list[dict] = []
    complaint = case.complaint
    if complaint and complaint != "unspecified":
        seqs = _seq_containing(case, complaint) or [s for s, _ in case.messages[:1]]
        subjective.append(
            _sentence(
                t["complaint"].format(complaint=_quoted(complaint, lang)), _msg_sources(seqs)
            )
        )
    if triage.get("duration"):
        seqs = _seq_containing(case, triage["duration"])
        subjective.append(
            _sentence(
                t["duration"].format(duration=_quoted(triage["duration"], lang)),
                _msg_sources(seqs) or [{"source": "triage"}],
            )
        )
    if triage.get("severity") is not None:
        subjective.append(
            _sentence(t["severity"].format(severity=triage["severity"]), [{"source": "triage"}])
        )
    for key, findings in (("reports", present), ("denies", absent)):
        if findings:
            seqs = [s for f in findings for s in _seqs_mentioning(case, f)]
            names = t["sep"].join(_finding_names(findings, lang))
            subjective.append(_sentence(t[key].format(findings=names), _msg_sources(seqs)))
    if case.conditions:
        subjective.append(
            _sentence(
                t["history"].format(
                    items=t["list_sep"].join(
                        f"{_display_zh(c['icd10'], c['display']) if lang == 'zh' else c['display']}"
                        f" ({c['icd10']})"
                        for c in case.conditions
                    )
                ),
                [{"source": "condition", "id": c["id"]} for c in case.conditions],
            )
        )
    if case.medications:
        subjective.append(
            _sentence(
                t["medications"].format(
                    items=t["list_sep"].join(
                        f"{m['medication']} {m.get('dosage', '')}".strip()
                        for m in case.medications
                    )
                ),
                [{"source": "medication", "id": m["id"]} for m in case.medications],
            )
        )
    if case.allergies:
        subjective.append(
            _sentence(
                t["allergies"].format(
                    items=t["list_sep"].join(a["substance"] for a in case.allergies)
                ),
                [{"source": "allergy", "id": a["id"]} for a in case.allergies],
            )
        )
    if not subjective and case.messages:
        subjective.append(
            _sentence(t["see_messages"], _msg_sources(s for s, _ in case.messages))
        )

    objective: list[dict] = []
    for obs in encounter_observations or []:
        objective.append(
            _sentence(
                t["observation"].format(
                    display=LOINC_ZH.get(obs.get("code", ""), obs["display"])
                    if lang == "zh"
                    else obs["display"],
                    value=obs["value"],
                    unit=display_unit(obs["unit"]),
                ),
                [{"source": "observation", "id": obs["id"]}],
            )
        )
    objective.append(_sentence(t["remote"], [], "template"))

    assessment: list[dict] = []
    for cond in accepted:
        kb = cond.get("kb")
        display = cond["display"]
        verification = cond["verification"]
        if lang == "zh":
            display = kb.name_zh if kb is not None else _display_zh(cond["icd10"], display)
            verification = VERIFICATION_ZH.get(verification, verification)
        assessment.append(
            _sentence(
                t["diagnosis"].format(
                    display=display, icd10=cond["icd10"], verification=verification
                ),
                [{"source": "condition", "id": cond["id"]}],
            )
        )
    if not accepted:
        assessment.append(_sentence(t["no_diagnosis"], [], "template"))
    if urgency:
        label = URGENCY_ZH.get(urgency, urgency) if lang == "zh" else urgency
        assessment.append(_sentence(t["urgency"].format(urgency=label), [{"source": "triage"}]))
    if red_flags:
        flags = t["sep"].join(_flag_label(f, lang) for f in red_flags)
        assessment.append(_sentence(t["red_flags"].format(flags=flags), [{"source": "triage"}]))

    plan: list[dict] = []
    for cond in accepted:
        kb = cond.get("kb")
        if kb is None:
            continue
        source = [
            {"source": "kb", "condition_id": kb.id},
            {"source": "condition", "id": cond["id"]},
        ]
        end = "。" if lang == "zh" else "."
        for step in kb.next_steps_in(lang):
            plan.append(_sentence(step[:1].upper() + step[1:] + end, source))
        flags = t["list_sep"].join(kb.red_flags_in(lang))
        plan.append(_sentence(t["safety"].format(flags=flags), source))
    if not plan:
        plan.append(_sentence(t["plan_todo"], [], "template"))
    return {
        "subjective": subjective,
        "objective": objective,
        "assessment": assessment,
        "plan": plan,
    }


def sections_text(skeleton: dict[str, list[dict]]) -> dict[str, str]:
    """Each section's sentences as the report's text, one per line."""
    return {
        name: "\n".join(s["sentence"] for s in sentences) for name, sentences in skeleton.items()
    }


def _facts(skeleton: dict[str, list[dict]]) -> list[str]:
    """The sentences the model's summary may draw on."""
    return [s["sentence"] for name in ("subjective", "assessment") for s in skeleton[name]]


def summary_prompt(skeleton: dict[str, list[dict]], lang: str = "en") -> list[dict[str, str]]:
    """Ask for one assessment sentence drawn from the facts, in the interface language."""
    facts = "\n".join(_facts(skeleton))
    if interface_lang(lang) == "zh":
        return [
            {
                "role": "system",
                "content": (
                    "你在写临床病历。请用一句不超过60个字的中文概括以下事实，作为评估部分的开头。"
                    "只能使用这些事实，不要添加任何内容。"
                ),
            },
            {"role": "user", "content": f"事实：\n{facts}"},
        ]
    return [
        {
            "role": "system",
            "content": (
                "You write clinical notes. Summarise the facts below in ONE sentence of at most "
                "30 words for the assessment section. Use only these facts; add nothing."
            ),
        },
        {"role": "user", "content": f"Facts:\n{facts}"},
    ]


def _zh_bigrams(text: str) -> set[str]:
    runs = re.findall(r"[\u4e00-\u9fff]+", text)
    return {run[i : i + 2] for run in runs for i in range(len(run) - 1)} | {
        run for run in runs if len(run) == 1
    }


def _validate_zh(sentence: str, facts: str) -> str | None:
    """A Chinese summary: one sentence, mostly Chinese, its bigrams and numbers in the facts, no
    English words that the facts do not contain (codes and units are allowed through them)."""
    sentence = sentence.rstrip("。.") + "。"
    if not 8 <= len(sentence) <= 120 or "<" in sentence or "|" in sentence:
        return None
    if sentence.count("。") > 1 or _DOSE.search(sentence):
        return None
    cjk = len(_CJK.findall(sentence))
    if cjk < 0.6 * len(re.sub(r"[\s\d\W]", "", sentence) or "x"):
        return None
    facts_low = facts.lower()
    if any(w.lower() not in facts_low for w in _LATIN_WORD.findall(sentence)):
        return None
    grams = _zh_bigrams(sentence)
    known = _zh_bigrams(facts) | _zh_bigrams("患者主诉表现为考虑可能诊断目前提示症状伴有存在")
    if not grams or sum(g in known for g in grams) / len(grams) < 0.6:
        return None
    if set(re.findall(r"\d+", sentence)) - set(re.findall(r"\d+", facts)):
        return None
    return sentence


def validate_summary(
    text: str, skeleton: dict[str, list[dict]], lang: str = "en"
) -> str | None:
    """The model's sentence when it is short, one sentence, grounded in the facts and written in
    the interface language `lang`."""
    sentence = " ".join((text or "").split()).strip()
    if interface_lang(lang) == "zh":
        return _validate_zh(sentence, " ".join(_facts(skeleton))) if sentence else None
    if not sentence or len(sentence) > 240 or "<" in sentence or "|" in sentence:
        return None
    words = sentence.split()
    if not 4 <= len(words) <= 40 or sentence.count(". ") > 0:
        return None
    if not sentence[0].isalpha() or _DOSE.search(sentence):
        return None
    facts = " ".join(_facts(skeleton))
    vocabulary = set(terms(facts)) | _SUMMARY_WORDS
    sentence_terms = terms(sentence)
    if not sentence_terms:
        return None
    grounded = sum(1 for t in sentence_terms if t in vocabulary) / len(sentence_terms)
    digits = set(re.findall(r"\d+", sentence)) - set(re.findall(r"\d+", facts))
    if grounded < 0.7 or digits:
        return None
    return sentence if sentence.endswith(".") else sentence + "."


def add_summary(skeleton: dict[str, list[dict]], summary: str) -> None:
    """Open the assessment with the model's validated sentence, citing every source it read."""
    sources = [src for s in skeleton["subjective"] + skeleton["assessment"] for src in s["sources"]]
    unique = [dict(t) for t in dict.fromkeys(tuple(sorted(s.items())) for s in sources)]
    skeleton["assessment"].insert(0, _sentence(summary, unique, "model"))
