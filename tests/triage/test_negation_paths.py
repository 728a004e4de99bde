"""Denied red-flag symptoms stay denied on every path: the red-flag screen, the urgent findings,
the symptom findings the urgency rules read, and the assessment; one denied symptom does not hide
another that is present."""

import pytest

from consult.triage.facts import findings
from consult.triage.redflags import flag_codes, screen_conversation, urgent_findings
from consult.triage.urgency import classify

_RED_FLAG_SYMPTOMS = {"chest pain", "shortness of breath", "sweating", "radiating pain", "fainting"}

DENIALS = [
    "chest pain: none. shortness of breath: none.",
    "chest pain? no",
    "chest pain or shortness of breath? no",
    "no chest pain, no shortness of breath, just a cough",
    "denies chest pain, shortness of breath and palpitations",
    "胸痛？没有",
    "胸痛、气短、出冷汗都没有",
    "胸痛和气短都没有，就是咳嗽",
    "无胸痛，无气短",
    "否认胸痛、气短",
]


@pytest.mark.parametrize("text", DENIALS)
def test_denial_is_quiet_on_every_path(text: str) -> None:
    emergency = flag_codes(screen_conversation([text]))
    assert emergency == [] and urgent_findings([text]) == []
    present, absent = findings([text])
    assert not _RED_FLAG_SYMPTOMS & set(present), present
    assert "chest pain" in absent
    assert classify([text], {}, emergency).level in ("routine", "self_care")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("no fever but crushing chest pain", "emergency"),
        ("没有发烧，但是胸口压榨样疼", "emergency"),
        ("胸口疼得厉害，别的都没有", "emergency"),
        ("no shortness of breath but I have chest pain", "urgent"),
        ("不发烧，但胸口有点痛", "urgent"),
        # "no better either" and "everything else: no" are not denials of the chest pain
        ("胸口疼，气短也没有好转", "emergency"),
    ],
)
def test_denying_one_symptom_keeps_another(text: str, level: str) -> None:
    emergency = flag_codes(screen_conversation([text]))
    assert classify([text], {}, emergency).level == level
