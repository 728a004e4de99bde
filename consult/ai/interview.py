"""The triage interview: code decides what to ask and when to hand over (the planner); the words
come from the planner's bilingual templates at once, or from the model through the sentence gate
when a capable model is configured and answers fast enough."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Avg
from django.utils import timezone

from telemed import ratelimit

from .. import events, selectors, store
from ..llm.base import EngineBusy, GenerationStats
from ..models import URGENCY_RANK, AIJob, Consultation, Message
from ..streaming import TokenBatcher
from ..triage import planner, safety, schema
from . import jobs, screening
from .engine import engine, model_phrases_questions
from .gate import SentenceGate
from .turns import interview_state

QUESTION_MARK = ("?", "？")
CLINICIAN_CHECK_S = 1.0
STUCK_GRACE_S = 10.0
RECENT_WINDOW = timedelta(minutes=2)

GREETING = {
    "en": "Hello, I am the Telemed triage assistant, an AI. I will ask a few questions so the "
    "clinician can help you faster.",
    "zh": "您好，我是远程医疗的AI分诊助手。我会问您几个问题，帮助医生更快地为您服务。",
}
CLOSING = {
    "en": "Thank you. I have passed a summary to the clinician, who will join this chat soon. "
    "If you feel worse, tell us here, or call emergency services.",
    "zh": "谢谢您。我已把摘要转交给医生，医生很快会加入对话。"
    "如果您感觉加重，请在这里告诉我们，或拨打急救电话。",
}
def _join(lang: str, *parts: str) -> str:
    return ("" if lang == "zh" else " ").join(p for p in parts if p)


# --- web process: after every patient message ------------------------------------------------


def greet(*, consultation_id: int, lang: str) -> None:
    """Open an empty consultation with a fixed greeting and the first question (no model)."""
    if not settings.TELEMED_AI_ENABLED:
        return
    lang = "zh" if lang.startswith("zh") else "en"
    question = planner.question_template("chief_complaint", lang)
    store.message_post_system(
        consultation_id=consultation_id,
        body=_join(lang, GREETING[lang], question),
        sender=Message.Sender.ASSISTANT,
    )


def on_patient_message(
    *, consultation_id: int, seq: int, consultation: Consultation | None = None
) -> None:
    """Screen first, deterministically: a new red flag is answered by the fixed emergency
    guidance alone. Otherwise the interview takes its turn, while no clinician has joined.

    `consultation`: the row as message_post locked it (saves reading it again)."""
    if consultation is None:
        consultation = Consultation.objects.get(pk=consultation_id)
    flagged = screening.screen(consultation=consultation)
    if flagged or not settings.TELEMED_AI_ENABLED:
        return
    if consultation.status != Consultation.Status.WAITING:
        return  # a clinician has joined: the assistant is silent (turn() re-checks under lock)
    turn(consultation_id=consultation_id, trigger_seq=seq)


def turn(*, consultation_id: int, trigger_seq: int) -> None:
    """The assistant's next move for the latest patient message, decided by the planner: ask,
    wait for an answer, hand over, or (after the hand-over) acknowledge."""
    with transaction.atomic():
        consultation = store.lock(consultation_id)
        if consultation.status != Consultation.Status.WAITING:
            return  # a clinician has joined: the assistant is silent
        active = AIJob.objects.filter(
            consultation=consultation, kind__in=jobs.INTERVIEW_KINDS, status__in=jobs.ACTIVE
        ).first()
        if active is not None and not _give_up_on(active):
            return  # the running turn picks this message up when it finishes
        state = interview_state(consultation)
        decision = planner.decide(state)
        if consultation.urgency == "emergency" or decision.action == "acknowledge":
            _acknowledge(consultation, state)
        elif decision.action == "handover":
            job = AIJob.objects.create(
                consultation=consultation, kind=AIJob.Kind.TRIAGE, trigger_seq=trigger_seq
            )
            finish_interview(job, consultation, state)
        elif decision.action == "ask":
            job = AIJob.objects.create(
                consultation=consultation, kind=AIJob.Kind.REPLY, trigger_seq=trigger_seq
            )
            if (
                model_phrases_questions()
                and active is None  # a superseded turn means the model path is stalling
                and not _model_is_slow()
                # over the patient's AI job rate the template answers: never a refusal
                and ratelimit.hit("ai-job", consultation.patient_id, settings.TELEMED_AI_JOB_RATE)
            ):
                jobs.enqueue(job)
            else:
                _ask_with_template(job, state, decision.fact)


def _give_up_on(job: AIJob) -> bool:
    """A turn that keeps the patient waiting never blocks the next message: a job still queued
    past TELEMED_AI_FAST_FIRST_TOKEN_S (no worker free, or none running) or running past the
    model's time budget is cancelled, and this message's turn answers instead."""
    now = timezone.now()
    if job.status == AIJob.Status.QUEUED:
        late = now - job.created_at > timedelta(seconds=settings.TELEMED_AI_FAST_FIRST_TOKEN_S)
    else:
        budget = settings.TELEMED_LLM_MAX_TIME + STUCK_GRACE_S
        late = job.started_at is not None and now - job.started_at > timedelta(seconds=budget)
    if late:
        jobs.cancel(job, "superseded: the patient wrote again while it waited or stalled")
    return late


def _model_is_slow() -> bool:
    """Whether a model-worded answer would keep the patient waiting: replies already waiting for
    a worker, or recent first tokens slower than TELEMED_AI_FAST_FIRST_TOKEN_S."""
    recent = timezone.now() - RECENT_WINDOW
    if AIJob.objects.filter(
        kind=AIJob.Kind.REPLY,
        status=AIJob.Status.QUEUED,
        created_at__lt=timezone.now() - timedelta(seconds=settings.TELEMED_AI_FAST_FIRST_TOKEN_S),
    ).exists():
        return True
    ttft = AIJob.objects.filter(
        kind=AIJob.Kind.REPLY, finished_at__gte=recent, ttft_ms__isnull=False
    ).aggregate(avg=Avg("ttft_ms"))["avg"]
    return ttft is not None and ttft > settings.TELEMED_AI_FAST_FIRST_TOKEN_S * 1000


def _acknowledge(consultation: Consultation, state: planner.InterviewState) -> None:
    """After the hand-over (or an emergency): fold new facts into the assessment, tell the
    patient where they stand. Code only, so the answer is instant."""
    if consultation.triage:
        _save_assessment(consultation.pk, schema.assess(state, list(consultation.red_flags)))
    text = planner.acknowledgement(
        state,
        state.lang,
        position=selectors.queue_position(consultation),
        emergency_number=screening.emergency_number(state.lang),
        urgency=consultation.urgency,
    )
    store.message_post_system(
        consultation_id=consultation.pk, body=text, sender=Message.Sender.ASSISTANT
    )


def _is_first_answer(consultation_id: int) -> bool:
    return not Message.objects.filter(
        consultation_id=consultation_id, sender=Message.Sender.ASSISTANT
    ).exists()


def _ask_with_template(job: AIJob, state: planner.InterviewState, fact: str) -> None:
    lang = state.lang
    text = planner.compose_question(state, fact, lang)
    if _is_first_answer(job.consultation_id):
        text = _join(lang, GREETING[lang], text)
    job.model_name = ""
    jobs.store_reply(job, text, None, {"asked": fact, "lang": lang, "phrasing": "template"})


# --- worker: a model-worded question ----------------------------------------------------------


def run(job: AIJob) -> None:
    """Run a claimed interview job (REPLY) in the worker."""
    events.send_now(events.consult_group(job.consultation_id), events.ai_start_frame(job))
    consultation = Consultation.objects.get(pk=job.consultation_id)
    if consultation.status != Consultation.Status.WAITING:
        jobs.cancel(job, "a clinician joined")
        return
    state = interview_state(consultation)
    decision = planner.decide(state)
    if decision.action == "ask":
        waited = (timezone.now() - job.created_at).total_seconds()
        fast = settings.TELEMED_AI_FAST_FIRST_TOKEN_S
        if waited > fast or _engine_load() > fast:
            _ask_with_template(job, state, decision.fact)
        else:
            _ask_with_model(job, state, decision.fact)
    elif decision.action == "handover":
        with transaction.atomic():
            job.kind = AIJob.Kind.TRIAGE
            finish_interview(job, consultation, state)
    else:  # nothing to say on this turn (the planner waits for an answer)
        jobs.cancel(job, f"planner: {decision.action}")
    follow_up(job)


def _engine_load() -> float:
    try:
        return engine().load_estimate()
    except Exception:  # an engine that cannot say is treated as idle; failures surface on use
        return 0.0


def reply_limits() -> dict:
    return {
        "max_new_tokens": settings.TELEMED_LLM_MAX_NEW_TOKENS,
        "max_time": settings.TELEMED_LLM_MAX_TIME,
        "stop": ["\n\n", "<|im_end|>", "Patient:", "患者："],
    }


def reply_prompt(state: planner.InterviewState, fact: str) -> list[dict]:
    """Built from this consultation's own messages; the patient's words are fenced as data."""
    latest = state.patient_messages[-1] if state.patient_messages else ""
    return planner.build_question_prompt(fact, state.lang, latest)


def _sentence_is_safe(lang: str):
    return lambda sentence: safety.check_sentence(sentence, lang).ok


def _ask_with_model(job: AIJob, state: planner.InterviewState, fact: str) -> None:
    """Stream the model's question to the patient through the sentence gate; what the gate
    released, plus the planner's question when the model's did not ask one, is stored."""
    lang = state.lang
    llm = engine()
    job.model_name = llm.model_name
    batcher = TokenBatcher(events.consult_group(job.consultation_id), job.pk)
    shown: list[str] = []

    def emit(text: str) -> None:
        if shown and lang != "zh" and not text[:1].isspace():
            text = " " + text
        shown.append(text)
        batcher.add(text)

    if _is_first_answer(job.consultation_id):
        emit(GREETING[lang])
    gate = SentenceGate(_sentence_is_safe(lang), emit, max_sentences=2)
    stats: list[GenerationStats] = []
    cancel = threading.Event()
    checked = time.monotonic()
    joined = False
    try:
        for piece in llm.stream(
            reply_prompt(state, fact), cancel=cancel, on_stats=stats.append, **reply_limits()
        ):
            gate.feed(piece)
            if gate.closed:
                cancel.set()
            if time.monotonic() - checked > CLINICIAN_CHECK_S:
                checked = time.monotonic()
                joined = not Consultation.objects.filter(
                    pk=job.consultation_id, status=Consultation.Status.WAITING
                ).exists()
                if joined:
                    cancel.set()
                    break
    except EngineBusy:  # the template finishes what the greeting started
        emit(planner.compose_question(state, fact, lang))
        batcher.flush()
        outcome = {"asked": fact, "lang": lang, "phrasing": "template", "engine": "busy"}
        jobs.store_reply(job, "".join(shown).strip(), None, outcome)
        return
    if joined:
        batcher.flush()
        jobs.cancel(job, "a clinician joined", tell_room=True)
        return
    result = stats[0] if stats else None
    gate.finish(complete=result is not None and result.finish_reason == "stop")
    reason = None
    if gate.blocked:
        reason = "unsafe_or_malformed"
    elif not gate.released:
        reason = "empty"
    elif not any(mark in gate.text for mark in QUESTION_MARK):
        reason = "not_a_question"
    if reason is not None:
        emit(planner.question_template(fact, lang))
    batcher.flush()
    outcome = {"asked": fact, "lang": lang, "phrasing": "model", "fallback": reason is not None}
    if reason is not None:
        outcome["replaced_because"] = reason
    jobs.store_reply(job, "".join(shown).strip(), result, outcome)


# --- hand-over ----------------------------------------------------------------------------------


def finish_interview(job: AIJob, consultation: Consultation, state) -> None:
    """Code decides the assessment at once (inside the caller's transaction)."""
    lang = state.lang
    draft = schema.assess(state, list(consultation.red_flags))
    result = {"asked": None, "lang": lang, "assessment": draft.model_dump()}
    _save_assessment(consultation.pk, draft)
    jobs.store_reply(job, CLOSING[lang], None, result)


def _save_assessment(consultation_id: int, assessment: schema.TriageAssessment) -> None:
    locked = store.lock(consultation_id)
    locked.triage = assessment.model_dump()
    locked.ai_summary = assessment.summary
    if assessment.chief_complaint and not locked.chief_complaint:
        locked.chief_complaint = assessment.chief_complaint[:500]
    locked.save(update_fields=["triage", "ai_summary", "chief_complaint"])
    urgency = locked.urgency
    if not locked.red_flags:
        urgency = assessment.urgency
        if URGENCY_RANK[locked.urgency] <= URGENCY_RANK["urgent"] < URGENCY_RANK[urgency]:
            urgency = locked.urgency  # urgency raised by screening stands
    if urgency != locked.urgency or (assessment.red_flags and not locked.red_flags):
        # announces the queue change itself
        locked = store.consultation_set_urgency(
            consultation_id=locked.pk, urgency=urgency, red_flags=assessment.red_flags
        )
    else:
        store.announce_queue_change(locked)  # the summary on the queue changed
    events.send_on_commit(events.consult_group(locked.pk), events.triage_frame(locked))


def follow_up(job: AIJob) -> None:
    """Patient messages that arrived while this job ran get the next turn."""
    job.refresh_from_db(fields=["trigger_seq"])
    latest = (
        Message.objects.filter(consultation_id=job.consultation_id, sender=Message.Sender.PATIENT)
        .order_by("-seq")
        .values_list("seq", flat=True)
        .first()
    )
    if latest and job.trigger_seq and latest > job.trigger_seq:
        turn(consultation_id=job.consultation_id, trigger_seq=latest)
