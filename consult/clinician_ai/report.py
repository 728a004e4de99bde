"""SOAP report drafts: deterministic sentences with their sources, plus one checked model line."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..triage.lang import normalize
from .case import Case
from .evidence import MATCHER, terms

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
) -> dict[str, list[dict]]:
    """SOAP sentences built from the record, each with the sources it came from.

    `accepted`: this encounter's diagnoses, dicts with id, icd10, display, verification and
    kb (a knowledge-base Condition or None)."""
    triage = case.triage or {}
    present, absent = case.findings()
    subjective: list[dict] = []
    complaint = case.complaint
    if complaint and complaint != "unspecified":
        seqs = _seq_containing(case, complaint) or [s for s, _ in case.messages[:1]]
        subjective.append(_sentence(f"Presenting complaint: {complaint}.", _msg_sources(seqs)))
    if triage.get("duration"):
        seqs = _seq_containing(case, triage["duration"])
        subjective.append(
            _sentence(
                f"Onset/duration: {triage['duration']}.",
                _msg_sources(seqs) or [{"source": "triage"}],
            )
        )
    if triage.get("severity") is not None:
        subjective.append(
            _sentence(f"Severity {triage['severity']}/10 as reported.", [{"source": "triage"}])
        )
    for label, findings in (("Reports", present), ("Denies", absent)):
        if findings:
            seqs = [s for f in findings for s in _seqs_mentioning(case, f)]
            subjective.append(_sentence(f"{label} {', '.join(findings)}.", _msg_sources(seqs)))
    if case.conditions:
        subjective.append(
            _sentence(
                "History: "
                + "; ".join(f"{c['display']} ({c['icd10']})" for c in case.conditions)
                + ".",
                [{"source": "condition", "id": c["id"]} for c in case.conditions],
            )
        )
    if case.medications:
        subjective.append(
            _sentence(
                "Medications: "
                + "; ".join(
                    f"{m['medication']} {m.get('dosage', '')}".strip() for m in case.medications
                )
                + ".",
                [{"source": "medication", "id": m["id"]} for m in case.medications],
            )
        )
    if case.allergies:
        subjective.append(
            _sentence(
                "Allergies: " + "; ".join(a["substance"] for a in case.allergies) + ".",
                [{"source": "allergy", "id": a["id"]} for a in case.allergies],
            )
        )
    if not subjective and case.messages:
        subjective.append(
            _sentence(
                "See the patient's messages in the consultation.",
                _msg_sources(s for s, _ in case.messages),
            )
        )

    objective: list[dict] = []
    observations = list(encounter_observations or [])
    for obs in observations:
        objective.append(
            _sentence(
                f"{obs['display']}: {obs['value']} {obs['unit']}.",
                [{"source": "observation", "id": obs["id"]}],
            )
        )
    objective.append(
        _sentence("Remote consultation by chat; no physical examination.", [], "template")
    )

    assessment: list[dict] = []
    for cond in accepted:
        assessment.append(
            _sentence(
                f"{cond['display']} (ICD-10 {cond['icd10']}), {cond['verification']}.",
                [{"source": "condition", "id": cond["id"]}],
            )
        )
    if not accepted:
        assessment.append(_sentence("No diagnosis recorded yet.", [], "template"))
    if urgency:
        assessment.append(_sentence(f"Triage urgency: {urgency}.", [{"source": "triage"}]))
    if red_flags:
        assessment.append(
            _sentence(f"Red flags raised: {', '.join(red_flags)}.", [{"source": "triage"}])
        )

    plan: list[dict] = []
    for cond in accepted:
        kb = cond.get("kb")
        if kb is None:
            continue
        source = [
            {"source": "kb", "condition_id": kb.id},
            {"source": "condition", "id": cond["id"]},
        ]
        for step in kb.next_steps:
            plan.append(_sentence(step[:1].upper() + step[1:] + ".", source))
        plan.append(
            _sentence(
                "Safety-netting: seek urgent care for " + "; ".join(kb.red_flags) + ".", source
            )
        )
    if not plan:
        plan.append(_sentence("Plan to be completed by the clinician.", [], "template"))
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


def summary_prompt(skeleton: dict[str, list[dict]]) -> list[dict[str, str]]:
    facts = "\n".join(_facts(skeleton))
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


def validate_summary(text: str, skeleton: dict[str, list[dict]]) -> str | None:
    """The model's sentence when it is short, one sentence and grounded in the facts."""
    sentence = " ".join((text or "").split()).strip()
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
