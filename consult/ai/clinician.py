"""The clinician tools as AI jobs: diagnostic suggestions and report drafts, streamed to the staff
group only (the patient never receives these frames)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from records import services as records_services
from records.models import ClinicalReport

from .. import access, events, selectors
from ..clinician_ai.case import Case, retrieval_query
from ..clinician_ai.generation import generate
from ..clinician_ai.report import (
    REPORT_MAX_NEW_TOKENS,
    add_summary,
    report_skeleton,
    sections_text,
    summary_prompt,
    validate_summary,
)
from ..clinician_ai.suggest import MAX_SUGGESTIONS, interface_lang, rank, retriever
from ..errors import ConsultError
from ..knowledge.flag_conditions import flagged_search
from ..models import AIJob, Consultation
from ..streaming import TokenBatcher
from . import jobs
from .engine import engine
from .loading import accepted_conditions, case_for, encounter_observations

BUSY_WINDOW_S = 180


def job_queue(*, consultation_id: int, user, kind: str, lang: str = "en"):
    """Queue a suggest or report job for the assigned clinician; returns the job (an active
    one of the same kind is reused rather than started twice)."""
    if kind not in (AIJob.Kind.SUGGEST, AIJob.Kind.REPORT):
        raise ConsultError("invalid", _("Unknown AI job."))
    if not settings.TELEMED_AI_ENABLED:
        raise ConsultError("ai_disabled", _("The AI assistant is switched off."))
    try:
        access.consultation_access(user=user, consultation_id=consultation_id, need="assigned")
    except access.AccessDenied as exc:
        raise ConsultError(
            "forbidden", _("Only the assigned clinician can use the AI tools.")
        ) from exc
    with transaction.atomic():
        consultation = (
            Consultation.objects.select_for_update(of=("self",))
            .select_related("clinician")
            .get(pk=consultation_id)
        )
        # the same rule again under the row lock
        if not selectors.user_is_assigned_clinician(user=user, consultation=consultation):
            raise ConsultError("forbidden", _("Only the assigned clinician can use the AI tools."))
        if consultation.status != Consultation.Status.IN_PROGRESS:
            raise ConsultError("closed", _("This consultation is closed."))
        if (
            kind == AIJob.Kind.REPORT
            and ClinicalReport.objects.filter(encounter_id=consultation.encounter_id)
            .exclude(status=ClinicalReport.Status.DRAFT)
            .exists()
        ):
            raise ConsultError(
                "conflict", _("This encounter already has a signed report; amend it.")
            )
        busy = (
            AIJob.objects.filter(
                consultation=consultation,
                kind=kind,
                status__in=jobs.ACTIVE,
                created_at__gte=timezone.now() - timedelta(seconds=BUSY_WINDOW_S),
            )
            .order_by("-created_at")
            .first()
        )
        if busy is not None:
            return busy
        job = AIJob.objects.create(
            consultation=consultation,
            kind=kind,
            requested_by=user,
            lang=interface_lang(lang),
            trigger_seq=consultation.last_seq or None,
        )
        jobs.enqueue(job)
    return job


class _StaffStream:
    """Sends frames to the clinicians of a room, tagged with the job kind (and report section)
    so the chat view leaves them to the clinician tools."""

    def __init__(self, job) -> None:
        self.group = events.staff_group(job.consultation_id)
        self.job_id = str(job.pk)
        self.kind = job.kind
        self.section: str | None = None

    def send(self, group: str, frame: dict) -> None:
        frame = {**frame, "kind": self.kind}
        if self.section and frame.get("type") == "ai.token":
            frame["section"] = self.section
        events.send_now(group, frame)

    def batcher(self) -> TokenBatcher:
        return TokenBatcher(self.group, self.job_id, send=self.send)

    def frame(self, frame: dict, *, on_commit: bool = False) -> None:
        frame = {**frame, "job": self.job_id, "kind": self.kind}
        if on_commit:
            events.send_on_commit(self.group, frame)
        else:
            events.send_now(self.group, frame)


def run(job) -> None:
    """Run a claimed suggest or report job in the worker."""
    stream = _StaffStream(job)
    consultation = Consultation.objects.select_related("patient", "clinician").get(
        pk=job.consultation_id
    )
    if consultation.status == Consultation.Status.CLOSED:
        _stop(job, "closed", "The consultation is closed.")
        return
    case = case_for(consultation)
    records_services.audit_record(
        actor=job.requested_by,
        action="ai",
        entity="AIJob",
        entity_id=job.pk,
        patient_id=consultation.patient_id,
        detail=job.kind,
    )
    stream.frame(events.ai_start_frame(job))
    if job.kind == AIJob.Kind.SUGGEST:
        _run_suggest(job, case, stream, list(consultation.red_flags))
    else:
        _run_report(job, consultation, case, stream)


def _stop(job, code: str, detail: str) -> None:
    with transaction.atomic():
        jobs.fail_locked(job, code, code=code, detail=str(detail))


def _save(job, *, result: dict, stats, model_name: str) -> None:
    job.model_name = model_name
    jobs.succeed(job, result=result, stats=stats)


def _run_suggest(job, case: Case, stream: _StaffStream, red_flags: list[str]) -> None:
    query = retrieval_query(case)
    hits = flagged_search(retriever(), query, red_flags, MAX_SUGGESTIONS) if query else []
    llm = engine()
    batcher = stream.batcher()
    ranking = rank(
        case,
        hits,
        llm if hits else None,
        on_piece=batcher.add,
        max_time=settings.TELEMED_LLM_MAX_TIME,
        lang=job.lang,
    )
    batcher.flush()
    for index, item in enumerate(ranking.items):
        item["index"] = index
    result = {
        "items": ranking.items,
        "fallback": ranking.fallback,
        "model": llm.model_name,
        "retrieval": [h.condition.id for h in hits],
        "decisions": {},
    }
    with transaction.atomic():
        _save(job, result=result, stats=ranking.stats, model_name=llm.model_name)
        stream.frame(
            events.ai_suggestions_frame(ranking.items, ranking.fallback, llm.model_name),
            on_commit=True,
        )
        stream.frame(events.ai_done_frame(job, None), on_commit=True)


def _stream_section(stream: _StaffStream, batcher: TokenBatcher, name: str, sentences) -> None:
    stream.section = name
    for sentence in sentences:
        batcher.add(sentence["sentence"] + "\n")
    batcher.flush()


def _run_report(job, consultation, case: Case, stream: _StaffStream) -> None:
    skeleton = report_skeleton(
        case,
        accepted_conditions(consultation),
        encounter_observations=encounter_observations(consultation),
        urgency=consultation.urgency,
        red_flags=consultation.red_flags,
        lang=job.lang,
    )
    llm = engine()
    batcher = stream.batcher()
    for name in ("subjective", "objective"):
        _stream_section(stream, batcher, name, skeleton[name])
    stream.section = "assessment"
    text, stats = generate(
        llm,
        summary_prompt(skeleton, lang=job.lang),
        on_piece=batcher.add,
        max_new_tokens=REPORT_MAX_NEW_TOKENS,
        max_time=settings.TELEMED_LLM_MAX_TIME,
        stop=["\n", "<|im_end|>"],
    )
    batcher.add("\n")
    batcher.flush()
    summary = validate_summary(text, skeleton, lang=job.lang)
    if summary is not None:
        add_summary(skeleton, summary)
    start = 0 if summary is None else 1  # the model's sentence has been streamed already
    _stream_section(stream, batcher, "assessment", skeleton["assessment"][start:])
    _stream_section(stream, batcher, "plan", skeleton["plan"])
    stream.section = None
    sections = sections_text(skeleton)
    try:
        with transaction.atomic():
            report = records_services.report_create_draft(
                encounter=consultation.encounter,
                author=job.requested_by,
                sections=sections,
                ai={"model": llm.model_name, "job_id": job.pk, "sources": skeleton},
            )
            result = {
                "report": report.pk,
                "sections": sections,
                "sources": skeleton,
                "fallback": summary is None,
                "model": llm.model_name,
            }
            _save(job, result=result, stats=stats, model_name=llm.model_name)
            stream.frame(
                events.report_draft_frame(report, sections, summary is None, llm.model_name),
                on_commit=True,
            )
            stream.frame(events.ai_done_frame(job, None), on_commit=True)
    except records_services.RecordError as exc:
        _stop(job, exc.code, str(exc.detail) or _("The report could not be saved."))
