"""Deterministic evidence: a condition's KB symptoms matched against messages and the record."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..knowledge.concepts import lexicon, translate_phrase
from ..knowledge.kb import Condition as KBCondition
from ..triage import planner
from ..triage.lang import ConceptMatcher, clause_around, is_negated, normalize
from .case import Case

MAX_EVIDENCE = 6
_EVIDENCE_CHARS = 140
_QUOTE_CONTEXT = 40

MATCHER = ConceptMatcher(planner.SYMPTOMS)
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    "a an and or the of in on at to with without for from by my your is are be been being "
    "any some very more less than after before during when while which that this these those "
    "it its as not no into over under up down out about around".split()
)
# (LOINC, symptom concept, value -> supports, value -> argues against)
_Rule = tuple[str, str, Callable[[float], bool], Callable[[float], bool]]
_OBSERVATION_RULES: tuple[_Rule, ...] = (
    ("8310-5", "fever", lambda v: v >= 38.0, lambda v: v < 37.5),
    ("59408-5", "shortness of breath", lambda v: v < 94, lambda v: v >= 97),
    ("9279-1", "shortness of breath", lambda v: v > 20, lambda v: False),
    ("8867-4", "palpitations", lambda v: v > 100, lambda v: False),
)


def _stem(word: str) -> str:
    for suffix in ("ing", "es", "s", "ed"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def terms(text: str) -> list[str]:
    """The stemmed content words of a text (stop words and short words left out)."""
    return [_stem(w) for w in _WORD.findall(normalize(text)) if w not in _STOP and len(w) > 2]


@lru_cache(maxsize=8192)
def _phrase_concepts(phrase: str) -> frozenset[str]:
    """The symptom concepts a KB phrase names ("high fever" -> {"fever"})."""
    return frozenset(m.concept for m in MATCHER.mentions(phrase) if not m.negated)


def _quote(text: str, start: int, end: int) -> str:
    norm = normalize(text)
    before, after = clause_around(norm, start, end)
    lo, hi = start - len(before), end + len(after)
    lo, hi = max(lo, start - _QUOTE_CONTEXT), min(hi, end + _QUOTE_CONTEXT)
    if lo > 0 and text[lo - 1].isalnum():  # do not start or end inside a word
        lo = next((i + 1 for i in range(lo, start) if text[i] == " "), lo)
    if hi < len(text) and text[hi].isalnum():
        hi = next((i for i in range(hi, end, -1) if text[i] == " "), hi)
    quote = " ".join(text[lo:hi].split())
    if len(quote) > _EVIDENCE_CHARS:
        quote = quote[: _EVIDENCE_CHARS - 1] + "…"
    return quote


@lru_cache(maxsize=8192)
def _phrase_lexicon_concepts(phrase: str) -> frozenset[str]:
    """The knowledge lexicon's concepts a KB phrase names, most specific only."""
    return frozenset(cid for cid, _, _, negated in lexicon().find(phrase).spans if not negated)


def _match_phrase(
    phrase: str, text: str, mentions: list, found=None
) -> tuple[int, int, bool] | None:
    """Where a KB symptom phrase is reported in a message: (start, end, negated) or None.
    `found`: the knowledge lexicon's reading of the message, matched concept by concept in
    either language when the phrase's own words are not there."""
    hit = _match_words(phrase, text, mentions)
    if hit is None and found is not None:
        wanted = _phrase_lexicon_concepts(phrase)
        hit = next(((s, e, neg) for cid, s, e, neg in found.spans if cid in wanted), None)
    return hit


def _match_words(phrase: str, text: str, mentions: list) -> tuple[int, int, bool] | None:
    concepts = _phrase_concepts(phrase)
    for m in mentions:
        if m.concept in concepts and not m.historical:
            return m.start, m.end, m.negated
    norm = normalize(text)
    if not phrase.isascii():
        index = norm.find(phrase)
        if index < 0:
            return None
        before, _ = clause_around(norm, index, index + len(phrase))
        return index, index + len(phrase), is_negated(before)
    want = list(dict.fromkeys(terms(phrase)))
    if not want:
        return None
    positions: dict[str, tuple[int, int]] = {}
    for w in _WORD.finditer(norm):
        stem = _stem(w.group(0))
        if stem in want and stem not in positions:
            positions[stem] = (w.start(), w.end())
    covered = len(positions) / len(want)
    if len(want) == 1:
        ok = covered == 1 and len(want[0]) >= 4
    else:
        ok = len(positions) >= 2 and covered >= 0.6
    if not ok:
        return None
    start = min(p[0] for p in positions.values())
    end = max(p[1] for p in positions.values())
    before, _ = clause_around(norm, start, end)
    return start, end, is_negated(before)


def finding_label(cond: KBCondition, phrase: str, lang: str = "en") -> str:
    """A KB symptom phrase in the interface language: for "zh", the condition's own Chinese
    symptom phrase naming the same concept, else the lexicon's translation."""
    if lang != "zh" or not phrase.isascii():
        return phrase
    lex = lexicon()
    concepts = lex.find(phrase).present
    if concepts:
        for zh in cond.symptoms_zh:
            if lex.find(zh).present & concepts:
                return zh
    return translate_phrase(phrase, "zh")


def evidence(cond: KBCondition, case: Case, lang: str = "en") -> tuple[list[dict], list[dict]]:
    """Evidence for and against a condition, each item citing the message or record entry;
    `finding` is named in the interface language `lang` ("en" or "zh"), the quote as written."""
    support: list[dict] = []
    against: list[dict] = []
    seen: set[tuple] = set()
    phrases = [*cond.symptoms, *cond.symptoms_zh]
    for seq, text in case.messages:
        mentions = MATCHER.mentions(text)
        found = lexicon().find(text)
        for phrase in phrases:
            hit = _match_phrase(phrase, text, mentions, found)
            if hit is None:
                continue
            start, end, negated = hit
            key = (seq, start)
            if key in seen:
                continue
            seen.add(key)
            item = {
                "source": "message",
                "seq": seq,
                "text": _quote(text, start, end),
                "finding": finding_label(cond, phrase, lang),
            }
            (against if negated else support).append(item)
    concepts = set().union(*(_phrase_concepts(p) for p in cond.symptoms))
    for obs in case.observations:
        for code, concept, supports, argues in _OBSERVATION_RULES:
            if obs.get("code") != code or concept not in concepts:
                continue
            value = float(obs["value"])
            item = {
                "source": "observation",
                "id": obs["id"],
                "text": f"{obs['display']} {obs['value']} {obs['unit']}",
                "finding": finding_label(cond, concept, lang),
            }
            if supports(value):
                support.append(item)
            elif argues(value):
                against.append(item)
    for recorded in case.conditions:
        if str(recorded.get("icd10", ""))[:3].upper() == cond.icd10[:3].upper():
            support.append(
                {
                    "source": "condition",
                    "id": recorded["id"],
                    "text": f"{recorded['icd10']} {recorded['display']}",
                    "finding": "已记录的诊断" if lang == "zh" else "recorded diagnosis",
                }
            )
    return support[:MAX_EVIDENCE], against[:MAX_EVIDENCE]
