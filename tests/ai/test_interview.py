"""The interview as a patient lives it: instant questions, a hand-over that waits for answers,
acknowledgements afterwards, the triage state on (re)connect, the sentence gate on the socket."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.utils import timezone

from consult import services
from consult.ai import interview, runner
from consult.ai.turns import interview_turns
from consult.llm.base import EngineBusy, GenerationStats
from consult.models import AIJob, Consultation, Message

from ..conftest import open_socket, receive_until, session_cookie
from ..factories import PatientFactory

pytestmark = pytest.mark.django_db(transaction=True)

ANSWERS = [
    "It started 3 days ago",
    "About 6 out of 10",
    "In my throat",
    "I also have a cough",
    "No medical history",
    "I take no medications",
    "No allergies",
    "nothing else",
    "nothing else",
    "nothing else",
]


@pytest.fixture
def templates(ai_on):
    ai_on.TELEMED_AI_PHRASING = "template"
    ai_on.TELEMED_LLM_MODEL = "/nonexistent/model"  # proves no model is involved
    return ai_on


def assistant_bodies(consultation) -> list[str]:
    return list(
        Message.objects.filter(consultation=consultation, sender="assistant")
        .order_by("seq")
        .values_list("body", flat=True)
    )


def test_template_questions_answer_at_once_without_a_worker(templates, patient):
    consultation = services.consultation_start(patient=patient, chief_complaint="sore throat")
    bodies = assistant_bodies(consultation)
    assert len(bodies) == 1 and "?" in bodies[0] and "AI" in bodies[0]
    job = AIJob.objects.get(consultation=consultation)
    assert job.status == "succeeded" and job.result["phrasing"] == "template"
    assert not AIJob.objects.filter(status="queued").exists()


def test_a_second_consultation_of_the_same_patient_gets_its_own_replies(templates, patient):
    first = services.consultation_start(patient=patient, chief_complaint="sore throat")
    second = services.consultation_start(patient=patient, chief_complaint="rash on my arm")
    assert len(assistant_bodies(first)) == 1
    assert len(assistant_bodies(second)) == 1


def test_model_jobs_of_two_consultations_of_one_patient_are_both_queued(tiny_ai, patient):
    tiny_ai.TELEMED_AI_PHRASING = "model"
    first = services.consultation_start(patient=patient, chief_complaint="sore throat")
    second = services.consultation_start(patient=patient, chief_complaint="rash on my arm")
    assert AIJob.objects.filter(consultation=first, status="queued").count() == 1
    assert AIJob.objects.filter(consultation=second, status="queued").count() == 1


def test_when_replies_wait_for_a_worker_the_template_answers_at_once(tiny_ai, patient):
    tiny_ai.TELEMED_AI_PHRASING = "model"
    other = services.consultation_start(patient=PatientFactory(), chief_complaint="cough")
    waiting = AIJob.objects.get(consultation=other)
    AIJob.objects.filter(pk=waiting.pk).update(created_at=timezone.now() - timedelta(seconds=5))
    consultation = services.consultation_start(patient=patient, chief_complaint="sore throat")
    job = AIJob.objects.get(consultation=consultation)
    assert job.status == "succeeded" and job.result["phrasing"] == "template"
    assert len(assistant_bodies(consultation)) == 1


def test_the_interview_hands_over_only_after_its_last_question_is_answered(templates, patient):
    consultation = services.consultation_start(patient=patient, chief_complaint="sore throat")
    for answer in ANSWERS:
        consultation.refresh_from_db()
        if consultation.triage:
            break
        services.message_post(consultation_id=consultation.pk, user=patient.user, body=answer)
    consultation.refresh_from_db()
    assert consultation.triage, "the interview never handed over"
    turns = interview_turns(consultation.pk)
    closing = max(i for i, t in enumerate(turns) if t["role"] == "assistant")
    questions = [i for i, t in enumerate(turns) if t["role"] == "assistant" and t["asked"]]
    # every question before the hand-over got a patient answer before the next assistant turn
    for index in questions:
        assert turns[index + 1]["role"] == "patient", turns[index:]
    assert closing == len(turns) - 1


def test_after_the_hand_over_messages_are_acknowledged_and_update_the_summary(
    templates, patient
):
    consultation = services.consultation_start(patient=patient, chief_complaint="sore throat")
    for answer in ANSWERS:
        consultation.refresh_from_db()
        if consultation.triage:
            break
        services.message_post(consultation_id=consultation.pk, user=patient.user, body=answer)
    consultation.refresh_from_db()
    before = len(assistant_bodies(consultation))
    summary_before = consultation.ai_summary
    services.message_post(
        consultation_id=consultation.pk,
        user=patient.user,
        body="It is worse now, the pain is 9 out of 10 and I can't swallow",
    )
    consultation.refresh_from_db()
    bodies = assistant_bodies(consultation)
    assert len(bodies) == before + 1  # acknowledged, not ignored
    assert consultation.ai_summary != summary_before
    assert consultation.urgency in ("urgent", "emergency")


async def test_a_page_that_connects_after_screening_gets_the_triage_state(ai_on, patient):
    consultation = await database_sync_to_async(services.consultation_start)(
        patient=patient, chief_complaint="I have crushing chest pain and I am sweating a lot"
    )
    cookie = await database_sync_to_async(session_cookie)(patient.user)
    ws, ok, _ = await open_socket(f"/ws/consult/{consultation.pk}/", cookie)
    assert ok
    triage = await receive_until(ws, "triage")
    assert triage["urgency"] == "emergency" and triage["red_flags"]
    await ws.send_json_to({"type": "resume", "after_seq": 0})
    again = await receive_until(ws, "triage")
    assert again["urgency"] == "emergency"
    await ws.disconnect()


async def test_a_routine_new_consultation_sends_no_triage_frame_on_connect(patient):
    consultation = await database_sync_to_async(services.consultation_start)(patient=patient)
    cookie = await database_sync_to_async(session_cookie)(patient.user)
    ws, ok, _ = await open_socket(f"/ws/consult/{consultation.pk}/", cookie)
    assert ok and await ws.receive_nothing(timeout=0.3)
    await ws.disconnect()


class ScriptedEngine:
    """Stands in for the engine to test the gate's plumbing (not generation): it streams a
    fixed reply that turns unsafe in its second sentence."""

    model_name = "scripted"
    max_concurrency = 1
    pieces = ["When did ", "it start? ", "The maximum safe dose of paracetamol ", "is 10 mg."]

    def stream(self, messages, *, cancel: threading.Event | None = None, on_stats=None, **_kw):
        started = time.monotonic()
        sent = 0
        for piece in self.pieces:
            if cancel is not None and cancel.is_set():
                break
            sent += 1
            yield piece
        if on_stats is not None:
            reason = "cancelled" if cancel is not None and cancel.is_set() else "stop"
            on_stats(GenerationStats(10, sent, 0.01, time.monotonic() - started, reason))

    def load_estimate(self) -> float:
        return 0.0


async def test_an_unsafe_sentence_never_reaches_the_patients_socket(
    ai_on, patient, monkeypatch
):
    ai_on.TELEMED_AI_PHRASING = "model"
    monkeypatch.setattr(interview, "engine", lambda: ScriptedEngine())
    consultation = await database_sync_to_async(services.consultation_start)(patient=patient)
    cookie = await database_sync_to_async(session_cookie)(patient.user)
    ws, ok, _ = await open_socket(f"/ws/consult/{consultation.pk}/", cookie)
    await ws.send_json_to({"type": "message.send", "body": "I have a headache"})
    await receive_until(ws, "message")
    job = await database_sync_to_async(
        lambda: AIJob.objects.get(consultation=consultation, status="queued")
    )()
    await database_sync_to_async(runner.run_job)(job_id=job.pk)
    streamed = []
    while True:
        frame = await ws.receive_json_from(timeout=5)
        if frame["type"] == "ai.token":
            streamed.append(frame["text"])
        if frame["type"] == "ai.done":
            break
    text = "".join(streamed)
    assert "paracetamol" not in text and "10 mg" not in text
    assert text.startswith("When did it start?")
    stored = await database_sync_to_async(lambda: Message.objects.get(ai_job_id=job.pk).body)()
    assert stored == text.strip()
    job = await database_sync_to_async(AIJob.objects.get)(pk=job.pk)
    assert job.result["phrasing"] == "model"
    await ws.disconnect()


def test_a_clinician_joining_stops_acknowledgements(templates, patient, clinician):
    consultation = services.consultation_start(patient=patient, chief_complaint="sore throat")
    services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    before = len(assistant_bodies(consultation))
    services.message_post(consultation_id=consultation.pk, user=patient.user, body="hello?")
    assert len(assistant_bodies(consultation)) == before
    assert Consultation.objects.get(pk=consultation.pk).status == "in_progress"


class BusyEngine(ScriptedEngine):
    def stream(self, messages, **_kw):
        raise EngineBusy("queue full")


def test_a_busy_engine_means_the_template_answers(ai_on, patient, monkeypatch):
    ai_on.TELEMED_AI_PHRASING = "model"
    monkeypatch.setattr(interview, "engine", lambda: BusyEngine())
    consultation = services.consultation_start(patient=patient, chief_complaint="sore throat")
    job = AIJob.objects.get(consultation=consultation, status="queued")
    runner.run_job(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == "succeeded" and job.result["phrasing"] == "template"
    body = Message.objects.get(ai_job=job).body
    assert body.startswith(interview.GREETING["en"]) and body.endswith("?")


def test_a_turn_stuck_in_the_queue_never_blocks_the_next_message(tiny_ai, patient):
    tiny_ai.TELEMED_AI_PHRASING = "model"
    consultation = services.consultation_start(patient=patient, chief_complaint="sore throat")
    stuck = AIJob.objects.get(consultation=consultation, status="queued")  # no worker runs it
    AIJob.objects.filter(pk=stuck.pk).update(created_at=timezone.now() - timedelta(seconds=30))
    services.message_post(consultation_id=consultation.pk, user=patient.user, body="hello?")
    stuck.refresh_from_db()
    assert stuck.status == "cancelled"
    answered = AIJob.objects.filter(consultation=consultation, status="succeeded").get()
    assert answered.result["phrasing"] == "template"
    assert Message.objects.filter(ai_job=answered).exists()


def test_the_learned_screen_waits_for_the_whole_story(templates, patient, monkeypatch):
    """While the interview still asks, part of a story never sets off a learned emergency (it
    could not be taken back); once the interview has handed over, the learned second opinion
    reads every new message with the whole story."""
    from consult.triage import learned

    monkeypatch.setattr(learned, "screen", lambda messages: learned.Screen(0.97, True))
    consultation = services.consultation_start(patient=patient, chief_complaint="sore throat")
    services.message_post(consultation_id=consultation.pk, user=patient.user, body=ANSWERS[0])
    consultation.refresh_from_db()
    assert not consultation.triage and consultation.urgency != "emergency"
    for answer in ANSWERS[1:]:
        consultation.refresh_from_db()
        if consultation.triage:
            break
        assert consultation.urgency != "emergency"
        services.message_post(consultation_id=consultation.pk, user=patient.user, body=answer)
    consultation.refresh_from_db()
    assert consultation.triage  # handed over, and the hand-over's assessment reads it all
    assert consultation.urgency == "emergency"
