"""The interview as the planner sees it: this consultation's patient and assistant turns."""

from __future__ import annotations

from ..models import AIJob, Consultation, Message
from ..triage import planner


def interview_turns(consultation_id: int) -> list[dict]:
    """Patient and assistant turns of this consultation, with the fact each question asked."""
    rows = (
        Message.objects.filter(
            consultation_id=consultation_id,
            sender__in=(Message.Sender.PATIENT, Message.Sender.ASSISTANT),
        )
        .select_related("ai_job")
        .order_by("seq")
    )
    turns = []
    for message in rows:
        asked = None
        if message.ai_job is not None and message.ai_job.result:
            asked = message.ai_job.result.get("asked")
        role = "patient" if message.sender == Message.Sender.PATIENT else "assistant"
        handover = bool(message.ai_job and message.ai_job.kind == AIJob.Kind.TRIAGE)
        turns.append({"role": role, "text": message.body, "asked": asked, "handover": handover})
    return turns


def state_from_turns(turns: list[dict], consultation: Consultation) -> planner.InterviewState:
    return planner.InterviewState.from_turns(turns, handed_over=bool(consultation.triage))


def interview_state(consultation: Consultation) -> planner.InterviewState:
    return state_from_turns(interview_turns(consultation.pk), consultation)
