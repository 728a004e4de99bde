"""The concept matchers rule a text out chunk by chunk with one alternation per chunk of
patterns (consult/triage/lang.py): the mentions found must be exactly those that every pattern
on its own finds, in the same order, for every matcher the triage uses."""

from __future__ import annotations

import pytest

from consult.triage import facts, redflags, urgency
from consult.triage.lang import Concept, ConceptMatcher

from .redflag_cases import CASES

MATCHERS = {
    "redflags": redflags._MATCHER,
    "urgency": urgency._MATCHER,
    "symptoms": facts._SYMPTOMS,
    "conditions": facts._CONDITIONS,
}
TEXTS = sorted({text for text, _codes, _level in CASES}) + [
    "ok thanks, see you tomorrow",
    "好的，谢谢医生",
    "pp12-ab3f9c",
    "",
]


def _unfiltered(matcher: ConceptMatcher, text: str):
    chunks = matcher._chunks
    matcher._chunks = [(None, matcher._patterns)]
    try:
        return matcher._mentions(text)
    finally:
        matcher._chunks = chunks


@pytest.mark.parametrize("name", sorted(MATCHERS))
def test_the_prefilter_finds_what_every_pattern_finds(name):
    matcher = MATCHERS[name]
    assert len(matcher._chunks) > 1
    differing = [t for t in TEXTS if matcher._mentions(t) != _unfiltered(matcher, t)]
    assert differing == []


def test_a_chunk_that_cannot_be_combined_is_searched_pattern_by_pattern():
    # a back reference cannot join an alternation of other patterns: no prefilter for its chunk
    matcher = ConceptMatcher([Concept("echo", en=(r"(?P<word>[a-z]+) (?P=word)",))])
    assert matcher._chunks[0][0] is None
    assert [m.concept for m in matcher.mentions("it hurts hurts")] == ["echo"]
