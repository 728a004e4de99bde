"""Compare medspacy's ConText with our scope rules on the English rows of the red-flag table.

Both sides get the same symptom mentions (our concept patterns, misspelling-tolerant); only the
decision "does this mention count for the patient now" differs:
  - none:     every mention counts (no negation/history/experiencer at all)
  - medspacy: ConText's default rules; a mention counts unless negated, historical,
              hypothetical or family (medspacy 1.3, spacy.blank("en") + PyRuSH sentences)
  - medspacy-nofam: the same without FAMILY (in a chat a relative is often the patient)
  - ours:     consult/triage/context.py (NegEx before and after, history, someone else's past
              told as background, hypothetical/informational questions)
The rules then turn counted mentions into emergency flags and urgent findings, and each row is
scored against its expected level and codes.

medspacy pins numpy<2 and spaCy 3.7, so it is not a project dependency; run this from a
separate virtual environment:
    python -m venv /tmp/medspacy-venv
    /tmp/medspacy-venv/bin/pip install medspacy "rapidfuzz>=3.14,<4" "pydantic>=2.7,<3"
    /tmp/medspacy-venv/bin/python bench/context_compare.py
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from consult.triage import fuzzy, redflags  # noqa: E402
from consult.triage.lang import ConceptMatcher, Mention  # noqa: E402
from tests.triage.redflag_cases import CASES  # noqa: E402

_CJK = re.compile(r"[\u4e00-\u9fff]")
_RAW = ConceptMatcher(redflags.CONCEPTS, spelling=fuzzy.correct, scope=lambda *_: (False, False))


def _codes(mentions: list[Mention], text: str) -> tuple[set[str], set[str]]:
    affirmed: dict[str, str] = {}
    for m in mentions:
        if m.affirmed:
            affirmed.setdefault(m.concept, text[m.start : m.end])
    emergency = {f.code for f in redflags._evaluate(affirmed, redflags.RULES)}
    urgent = {f.code for f in redflags._evaluate(affirmed, redflags.URGENT_RULES)}
    return emergency, urgent


def _none(text: str) -> list[Mention]:
    return _RAW.mentions(text)


def _ours(text: str) -> list[Mention]:
    return redflags._MATCHER.mentions(text)


def _medspacy_scorer(use_family: bool):
    import medspacy
    import spacy
    from loguru import logger
    from spacy.tokens import Span

    logger.remove()  # PyRuSH logs every sentence boundary at DEBUG

    nlp = medspacy.load(
        spacy.blank("en"), medspacy_enable=["medspacy_pyrush", "medspacy_context"]
    )
    ctx = nlp.get_pipe("medspacy_context")
    ctx.input_span_type = "group"

    def score(text: str) -> list[Mention]:
        doc = nlp.make_doc(text)
        for _, proc in nlp.pipeline:
            if proc is not ctx:
                doc = proc(doc)
        raw = _RAW.mentions(text)
        spans = []
        for m in raw:
            span = doc.char_span(m.start, m.end, label=m.concept, alignment_mode="expand")
            spans.append(span if span is not None else Span(doc, 0, 1, label=m.concept))
        doc.spans["medspacy_spans"] = spans
        doc = ctx(doc)
        out = []
        for m, span in zip(raw, doc.spans["medspacy_spans"], strict=True):
            not_current = span._.is_historical or span._.is_hypothetical
            if use_family:
                not_current = not_current or span._.is_family
            out.append(Mention(m.concept, m.start, m.end, span._.is_negated, not_current))
        return out

    return score, medspacy.__version__, spacy.__version__


def evaluate(name: str, mentions_of, rows) -> None:
    right = fp = benign = emerg = missed = 0
    wrong: list[str] = []
    started = time.perf_counter()
    for text, codes, level in rows:
        emergency, urgent = _codes(mentions_of(text), text)
        if level == "emergency":
            emerg += 1
            ok = emergency == set(codes)
            missed += not (emergency & set(codes))
        elif level == "urgent":
            ok = not emergency and set(codes) <= urgent
        else:
            benign += 1
            ok = not emergency and not urgent
            fp += not ok
        right += ok
        if not ok:
            got = f"emergency={sorted(emergency)} urgent={sorted(urgent)}"
            wrong.append(f"      [{level}] {text!r} -> {got}")
    ms = (time.perf_counter() - started) * 1000 / len(rows)
    print(
        f"  {name:<14} exact {right}/{len(rows)} ({right / len(rows):.1%})  "
        f"emergency missed {missed}/{emerg}  benign fired {fp}/{benign} "
        f"(FP rate {fp / benign:.1%})  {ms:.2f} ms/message"
    )
    for line in wrong:
        print(line)


def main() -> None:
    rows = [row for row in CASES if not _CJK.search(row[0])]
    print(f"English rows of tests/triage/redflag_cases.py: {len(rows)}")
    evaluate("none", _none, rows)
    try:
        score, medspacy_version, spacy_version = _medspacy_scorer(use_family=True)
        score_nofam, _, _ = _medspacy_scorer(use_family=False)
    except ImportError as exc:
        print(f"  medspacy  not installed here ({exc}); see the module docstring")
    else:
        print(f"  (medspacy {medspacy_version}, spaCy {spacy_version}, spacy.blank('en'))")
        evaluate("medspacy", score, rows)
        evaluate("medspacy-nofam", score_nofam, rows)
    evaluate("ours", _ours, rows)


if __name__ == "__main__":
    main()
