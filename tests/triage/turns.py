"""The triage of a short conversation, as consult/ai/screening.py and the interview assess it:
shared by the table tests of the triage classes."""

from __future__ import annotations

from consult.triage.planner import InterviewState
from consult.triage.redflags import screen_conversation, urgent_findings
from consult.triage.schema import assess


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
