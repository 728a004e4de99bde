"""Deterministic triage without Django or a model: red flags, interview, assessment, safety."""

from .lang import detect_language
from .planner import (
    FACTS,
    QUESTION_FACTS,
    Decision,
    InterviewState,
    Turn,
    acknowledgement,
    build_question_prompt,
    compose_question,
    decide,
    extract_facts,
    extract_findings,
    few_shot_prompt,
    next_question,
    question_template,
)
from .redflags import (
    RULE_CODES,
    RedFlag,
    emergency_advice,
    screen,
    screen_conversation,
    urgent_findings,
)
from .safety import SafetyResult, check_patient_reply, check_sentence, safe_reply
from .schema import TriageAssessment, assess, parse_model_assessment

__all__ = [
    "FACTS",
    "QUESTION_FACTS",
    "Decision",
    "RULE_CODES",
    "InterviewState",
    "RedFlag",
    "SafetyResult",
    "TriageAssessment",
    "Turn",
    "acknowledgement",
    "assess",
    "build_question_prompt",
    "check_patient_reply",
    "check_sentence",
    "compose_question",
    "decide",
    "detect_language",
    "emergency_advice",
    "extract_facts",
    "extract_findings",
    "few_shot_prompt",
    "next_question",
    "parse_model_assessment",
    "question_template",
    "safe_reply",
    "screen",
    "screen_conversation",
    "urgent_findings",
]
