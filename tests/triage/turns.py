"""The triage of a short conversation, as consult/ai/screening.py and the interview assess it,
and the red-flag screen's check of one table row: shared by the table tests of the triage
classes."""

from __future__ import annotations

from consult.triage.planner import InterviewState
from consult.triage.redflags import flag_codes, screen_conversation, urgent_findings
from consult.triage.schema import assess

# the interview's questions, as the (fact, answer) turns of urgency_of name them
A = "associated_symptoms"
D = "onset_duration"
S = "severity"
L = "location"
H = "history"
G = "age"


def urgency_of(*turns: str | tuple[str, str], learned: bool | None = None) -> str:
    """Patient messages; a (fact, answer) pair is an answer to the question about `fact`.
    `learned`: the learned second opinion (None: as configured; False: the rules alone)."""
    rows: list[dict[str, str]] = []
    for turn in turns:
        if isinstance(turn, tuple):
            fact, text = turn
            rows.append({"role": "assistant", "text": "?", "asked": fact})
            rows.append({"role": "patient", "text": text})
        else:
            rows.append({"role": "patient", "text": turn})
    state = InterviewState.from_turns(rows)
    # the emergency flags and the urgent findings, as the per-message screen reads them
    flags = screen_conversation(state.patient_messages) + urgent_findings(state.patient_messages)
    return assess(state, flags, learned=learned).urgency


def rules_urgency(*turns: str | tuple[str, str]) -> str:
    """urgency_of by the rules alone (no learned second opinion)."""
    return urgency_of(*turns, learned=False)


def check_screen_row(messages: list[str], emergency: str | tuple[str, ...], urgent: str) -> None:
    """One red-flag table row: the emergency code (or one of the codes) the messages must raise;
    with none, no emergency at all, and the urgent finding they must give ("": none)."""
    fired = set(flag_codes(screen_conversation(messages)))
    if emergency:
        codes = {emergency} if isinstance(emergency, str) else set(emergency)
        assert fired & codes, (messages, fired)
        return
    assert fired == set(), (messages, fired)
    found = set(flag_codes(urgent_findings(messages)))
    if urgent:
        assert urgent in found, (messages, found)
    else:
        assert found == set(), (messages, found)
