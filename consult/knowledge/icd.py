"""ICD-10-CM code validation and fast clinician search backed by simple_icd_10_cm."""

from __future__ import annotations

import bisect
import heapq
import re
import threading
from dataclasses import dataclass

import simple_icd_10_cm as cm

_CODE_RE = re.compile(r"^[A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{0,4})?$")
_WORD_RE = re.compile(r"[a-z0-9]+")


def _normalise(code: str) -> str:
    return code.strip().upper().replace(".", "")


def is_valid(code: str) -> bool:
    """True when `code` (with or without dot) is a chapter, block or code in ICD-10-CM."""
    return bool(code) and cm.is_valid_item(code.strip().upper())


def is_billable(code: str) -> bool:
    """True when `code` is a leaf (billable) ICD-10-CM code."""
    return is_valid(code) and cm.is_leaf(code.strip().upper())


def describe(code: str) -> str:
    """Official description of `code`; raises ValueError for an unknown code."""
    if not is_valid(code):
        raise ValueError(f"unknown ICD-10-CM code: {code!r}")
    return cm.get_description(code.strip().upper())


@dataclass(frozen=True)
class _Index:
    codes: list[str]  # dotted codes, in classification order
    plain: list[str]  # codes without dot, same order
    descriptions: list[str]
    leaf: list[bool]
    sorted_plain: list[tuple[str, int]]  # (plain code, position) sorted for prefix bisect
    tokens: list[str]  # sorted distinct description words
    postings: dict[str, frozenset[int]]  # word -> code positions (description)
    extra_postings: dict[str, frozenset[int]]  # word -> code positions (inclusion terms only)


_index: _Index | None = None
_lock = threading.Lock()


def _build_index() -> _Index:
    codes, descriptions, leaf = [], [], []
    postings: dict[str, set[int]] = {}
    extra: dict[str, set[int]] = {}
    for code in cm.get_all_codes(True):
        if cm.is_chapter_or_block(code):
            continue
        pos = len(codes)
        codes.append(code)
        desc = cm.get_description(code)
        descriptions.append(desc)
        leaf.append(cm.is_leaf(code))
        words = set(_WORD_RE.findall(desc.lower()))
        for word in words:
            postings.setdefault(word, set()).add(pos)
        for term in cm.get_inclusion_term(code):
            for word in set(_WORD_RE.findall(term.lower())) - words:
                extra.setdefault(word, set()).add(pos)
    plain = [c.replace(".", "") for c in codes]
    return _Index(
        codes=codes,
        plain=plain,
        descriptions=descriptions,
        leaf=leaf,
        sorted_plain=sorted((p, i) for i, p in enumerate(plain)),
        tokens=sorted(set(postings) | set(extra)),
        postings={w: frozenset(s) for w, s in postings.items()},
        extra_postings={w: frozenset(s) for w, s in extra.items()},
    )


def get_index() -> _Index:
    """Build (once per process, thread-safe) and return the in-memory search index."""
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                _index = _build_index()
    return _index


def _code_matches(idx: _Index, prefix: str, limit: int) -> list[int]:
    start = bisect.bisect_left(idx.sorted_plain, (prefix, -1))
    found: list[int] = []
    for plain, pos in idx.sorted_plain[start:]:
        if not plain.startswith(prefix):
            break
        found.append(pos)
    # exact code first, then billable codes, then classification order
    found.sort(key=lambda p: (idx.plain[p] != prefix, not idx.leaf[p], p))
    return found[:limit]


def _word_positions(idx: _Index, word: str) -> tuple[set[int], set[int]]:
    """Positions whose description (first set) or inclusion terms (second) have a word
    starting with `word`."""
    primary: set[int] = set()
    secondary: set[int] = set()
    start = bisect.bisect_left(idx.tokens, word)
    for token in idx.tokens[start:]:
        if not token.startswith(word):
            break
        primary |= idx.postings.get(token, frozenset())
        secondary |= idx.extra_postings.get(token, frozenset())
    return primary, secondary - primary


def _is_generic(desc: str, phrase: str) -> bool:
    """Is `desc` the unspecified/NOS code for the typed phrase?"""
    if desc == phrase:
        return True
    if not desc.startswith(phrase + ","):
        return False
    rest = desc[len(phrase) + 1 :]
    return "unspecified" in rest or "not specified" in rest


def _text_matches(idx: _Index, words: list[str], limit: int) -> list[int]:
    in_desc: set[int] | None = None
    anywhere: set[int] | None = None
    exact_hits: dict[int, int] = {}
    for word in words:
        primary, secondary = _word_positions(idx, word)
        in_desc = primary if in_desc is None else in_desc & primary
        both = primary | secondary
        anywhere = both if anywhere is None else anywhere & both
        for pos in idx.postings.get(word, ()):
            exact_hits[pos] = exact_hits.get(pos, 0) + 1
    assert in_desc is not None and anywhere is not None
    phrase = " ".join(words)

    def rank(pos: int) -> tuple:
        desc = idx.descriptions[pos].lower()
        return (
            pos not in in_desc,  # matched on the official description
            not idx.leaf[pos],  # billable first
            -exact_hits.get(pos, 0),  # whole-word matches beat prefix matches
            not _is_generic(desc, phrase),  # "pneumonia" -> "Pneumonia, unspecified organism"
            not desc.startswith(phrase),
            phrase not in desc,
            len(desc),  # shorter = closer to what was typed
            pos,
        )

    return heapq.nsmallest(limit, anywhere, key=rank)


def search(query: str, limit: int = 20) -> list[tuple[str, str]]:
    """Find ICD-10-CM codes by code prefix ("J18", "j06.9") or description words
    ("pneumonia", "acute sinusitis"). Returns (code, description) pairs, best first."""
    text = (query or "").strip()
    if not text or limit <= 0:
        return []
    idx = get_index()
    positions: list[int] = []
    if _CODE_RE.match(text.upper()):
        positions = _code_matches(idx, _normalise(text), limit)
    if not positions:
        words = _WORD_RE.findall(text.lower())
        if words:
            positions = _text_matches(idx, words, limit)
    return [(idx.codes[p], idx.descriptions[p]) for p in positions]
