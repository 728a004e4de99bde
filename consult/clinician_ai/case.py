"""The patient's side of a consultation as plain data: all the clinician AI may read."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..triage import planner

_QUERY_CHARS = 1500


@dataclass
class Case:
    """The patient's side of one consultation, each item with the id it can be cited by."""

    messages: list[tuple[int, str]] = field(default_factory=list)  # (seq, patient text)
    triage: dict | None = None
    chief_complaint: str = ""
    conditions: list[dict] = field(default_factory=list)  # id, icd10, display
    allergies: list[dict] = field(default_factory=list)  # id, substance
    medications: list[dict] = field(default_factory=list)  # id, medication, dosage
    observations: list[dict] = field(default_factory=list)  # id, code, display, value, unit

    @property
    def texts(self) -> list[str]:
        return [text for _, text in self.messages]

    @property
    def complaint(self) -> str:
        """The triage's chief complaint, else the one the patient opened with."""
        return (self.triage or {}).get("chief_complaint") or self.chief_complaint

    def findings(self) -> tuple[list[str], list[str]]:
        return planner.extract_findings(self.texts)


def retrieval_query(case: Case) -> str:
    """Free text for the retriever: complaint, reported findings and the patient's words."""
    parts: list[str] = []
    complaint = case.complaint
    if complaint and complaint != "unspecified":
        parts.append(complaint)
    parts += case.texts
    # one line per message: a bare "no" answering one question must not negate the next answer
    query = "\n".join(" ".join(part.split()) for part in parts if part.strip())
    return query[-_QUERY_CHARS:]
