"""Clinician AI: diagnostic suggestions grounded in the knowledge base, and SOAP report drafts.

Everything that matters clinically is deterministic: candidates come from knowledge-base
retrieval, evidence from matching each candidate's symptoms against the patient's own messages
and the record, red flags and next steps from the knowledge base. The language model only
re-orders the candidates with a likelihood word and a short reason, or phrases one summary
sentence of a report; its output is validated and replaced by the deterministic result when it
is unusable. Frames go to the staff group only: the patient never sees any of it.

Modules: case (the Case), evidence (symptom matching), suggest (retrieval and ranking), report
(SOAP drafts), generation (one streamed model call), decisions (accept, dismiss). The jobs that
run them live in consult.ai.clinician, on the one job lifecycle. The pure part (case, evidence,
suggest, report) needs no database, so bench/diagnosis_eval.py runs the very ranking code the job
uses.
"""

from .case import Case, retrieval_query
from .decisions import latest_suggestions, suggestion_decide
from .report import report_skeleton, validate_summary
from .suggest import MAX_SUGGESTIONS, parse_ranking, rank

__all__ = [
    "MAX_SUGGESTIONS",
    "Case",
    "latest_suggestions",
    "parse_ranking",
    "rank",
    "report_skeleton",
    "retrieval_query",
    "suggestion_decide",
    "validate_summary",
]
