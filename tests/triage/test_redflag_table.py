"""Red-flag phrasing table: each row fires exactly its codes at its level; no benign row fires."""

import re

import pytest

from consult.triage.redflags import flag_codes, screen_conversation, urgent_findings

from .redflag_cases import CASES


def _outcome(text: str) -> tuple[set[str], set[str]]:
    return set(flag_codes(screen_conversation([text]))), set(flag_codes(urgent_findings([text])))


@pytest.mark.parametrize(("text", "codes", "level"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_row(text: str, codes: tuple[str, ...], level: str) -> None:
    emergency, urgent = _outcome(text)
    if level == "emergency":
        assert emergency == set(codes), text
    elif level == "urgent":
        assert emergency == set() and set(codes) <= urgent, (text, emergency, urgent)
    else:
        assert emergency == set() and urgent == set(), (text, emergency, urgent)


def test_table_size_and_languages() -> None:
    zh = sum(1 for text, _, _ in CASES if re.search(r"[\u4e00-\u9fff]", text))
    assert len(CASES) >= 150 and zh / len(CASES) >= 0.4
    assert len({text for text, _, _ in CASES}) == len(CASES)


def test_false_positive_rate_on_benign_rows_is_zero() -> None:
    benign = [text for text, _, level in CASES if level == "none"]
    fired = [text for text in benign if any(_outcome(text))]
    rate = len(fired) / len(benign)
    print(f"benign rows {len(benign)}, fired {len(fired)}, false-positive rate {rate:.1%}")
    assert fired == []


def test_emergency_recall_is_complete() -> None:
    emergencies = [(text, set(codes)) for text, codes, level in CASES if level == "emergency"]
    missed = [text for text, codes in emergencies if not codes & _outcome(text)[0]]
    print(f"emergency rows {len(emergencies)}, missed {len(missed)}")
    assert missed == []
