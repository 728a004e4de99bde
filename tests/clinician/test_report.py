"""Report drafts on the real engine (tiny random model): staff-only streaming, traceable
sentences, deterministic fallback, conflicts with a signed report, and draft privacy."""

from __future__ import annotations

from decimal import Decimal

import pytest
from channels.db import database_sync_to_async
from django.utils import timezone

from consult import clinician_ai, services
from consult.ai import runner
from consult.models import AIJob, Message
from records import services as records
from records.models import ClinicalReport

from ..conftest import client_for, open_socket, receive_until, session_cookie
from .conftest import collect_until, drain

pytestmark = pytest.mark.django_db(transaction=True)


def accept_strep(consultation, clinician):
    return records.condition_record(
        patient=consultation.patient,
        asserter=clinician,
        icd10_code="J02.0",
        display="Streptococcal pharyngitis",
        encounter=consultation.encounter,
        ai={"model": "test", "job_id": None,
            "suggestion": {"condition_id": "streptococcal_pharyngitis"}},
    )  # fmt: skip


def prepare(consultation, clinician):
    condition = accept_strep(consultation, clinician)
    observation = records.observation_record(
        patient=consultation.patient,
        performer=clinician.user,
        code="8310-5",
        value=Decimal("38.4"),
        encounter=consultation.encounter,
    )
    return condition, observation


async def test_report_draft_streams_to_the_clinician_and_is_saved(
    tiny_ai, picked, clinician, patient
):
    condition, observation = await database_sync_to_async(prepare)(picked, clinician)
    doctor, ok, _ = await open_socket(
        f"/ws/consult/{picked.pk}/", await database_sync_to_async(session_cookie)(clinician.user)
    )
    sick, ok2, _ = await open_socket(
        f"/ws/consult/{picked.pk}/", await database_sync_to_async(session_cookie)(patient.user)
    )
    await sick.send_json_to({"type": "report.generate"})
    assert (await receive_until(sick, "error"))["code"] == "forbidden"
    await doctor.send_json_to({"type": "report.generate"})
    queued = await receive_until(doctor, "ai.queued")
    assert queued["kind"] == "report"
    await database_sync_to_async(runner.run_job)(job_id=int(queued["job"]))

    frames = await collect_until(doctor, {"ai.done", "ai.error"})
    assert frames[-1] == {"type": "ai.done", "job": queued["job"], "kind": "report", "seq": None}
    tokens = [f for f in frames if f["type"] == "ai.token"]
    assert {f["section"] for f in tokens} == {"subjective", "objective", "assessment", "plan"}
    draft = next(f for f in frames if f["type"] == "report.draft")
    assert draft["url"] == f"/records/reports/{draft['report']}/edit/"
    assert draft["fallback"] is True  # the tiny model's wording never validates

    leaked = await drain(sick)
    assert not [
        f for f in leaked
        if f["type"] in ("ai.token", "report.draft", "ai.suggestions")
        or f.get("job") == queued["job"]
    ]  # fmt: skip

    report = await database_sync_to_async(ClinicalReport.objects.get)(pk=draft["report"])
    assert report.status == "draft" and report.author_id == clinician.user.pk
    assert report.ai_generated and report.ai_job_id == int(queued["job"])
    assert report.ai_model and draft["sections"]["assessment"] == report.assessment
    assert "J02.0" in report.assessment and "Streptococcal pharyngitis" in report.assessment
    assert "38.4" in report.objective
    assert report.plan and report.plan != "Plan to be completed by the clinician."
    assert "Sore throat" in report.subjective

    seqs = await database_sync_to_async(
        lambda: set(
            Message.objects.filter(consultation=picked, sender="patient").values_list(
                "seq", flat=True
            )
        )
    )()
    sources = report.ai_sources
    assert set(sources) == {"subjective", "objective", "assessment", "plan"}
    for name, sentences in sources.items():
        assert sentences, name
        for s in sentences:
            assert s["sentence"] in getattr(report, name)
            for src in s["sources"]:
                if src["source"] == "message":
                    assert src["seq"] in seqs
    cited = lambda name, kind: [  # noqa: E731
        src for s in sources[name] for src in s["sources"] if src["source"] == kind
    ]
    assert cited("subjective", "message")
    assert {"source": "observation", "id": observation.pk} in cited("objective", "observation")
    assert {"source": "condition", "id": condition.pk} in cited("assessment", "condition")
    assert any(
        src.get("condition_id") == "streptococcal_pharyngitis" for src in cited("plan", "kb")
    )
    job = await database_sync_to_async(AIJob.objects.get)(pk=int(queued["job"]))
    assert job.status == "succeeded" and job.result["report"] == report.pk
    assert job.output_tokens > 0 and job.total_ms is not None
    await doctor.disconnect()
    await sick.disconnect()


def test_generating_again_updates_the_same_draft(tiny_ai, picked, clinician):
    ids = []
    for _ in range(2):
        job = services.ai_tool_request(
            consultation_id=picked.pk, user=clinician.user, kind="report"
        )
        runner.run_job(job_id=job.pk)
        ids.append(AIJob.objects.get(pk=job.pk).result["report"])
    assert ids[0] == ids[1]
    assert ClinicalReport.objects.filter(encounter=picked.encounter).count() == 1


def sign_without_closing(consultation, clinician):
    return ClinicalReport.objects.create(
        patient=consultation.patient,
        encounter=consultation.encounter,
        author=clinician.user,
        subjective="Signed elsewhere",
        status="signed",
        signer=clinician,
        signed_at=timezone.now(),
    )


def test_report_generate_is_refused_once_a_report_is_signed(tiny_ai, picked, clinician):
    from consult.services import ConsultError

    sign_without_closing(picked, clinician)
    with pytest.raises(ConsultError) as refused:
        services.ai_tool_request(consultation_id=picked.pk, user=clinician.user, kind="report")
    assert refused.value.code == "conflict"


def test_a_report_signed_while_the_job_waits_gives_an_error_frame(
    tiny_ai, picked, clinician, monkeypatch
):
    sent = []
    monkeypatch.setattr("consult.events.send_now", lambda group, frame: sent.append((group, frame)))
    job = services.ai_tool_request(consultation_id=picked.pk, user=clinician.user, kind="report")
    sign_without_closing(picked, clinician)
    runner.run_job(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == "failed" and job.error == "conflict"
    assert all(group.endswith(".staff") for group, _ in sent)
    error = sent[-1][1]
    assert error["type"] == "ai.error" and error["code"] == "conflict"
    assert ClinicalReport.objects.filter(encounter=picked.encounter).count() == 1


def test_the_patient_cannot_see_an_ai_draft(tiny_ai, picked, clinician, patient):
    job = services.ai_tool_request(consultation_id=picked.pk, user=clinician.user, kind="report")
    runner.run_job(job_id=job.pk)
    report_id = AIJob.objects.get(pk=job.pk).result["report"]
    for suffix in ("", "pdf/", "edit/"):
        url = f"/records/reports/{report_id}/{suffix}"
        assert client_for(patient.user).get(url).status_code == 403, url
    assert client_for(clinician.user).get(f"/records/reports/{report_id}/edit/").status_code == 200
    room = client_for(patient.user).get(f"/consult/{picked.pk}/").content.decode()
    assert "report-editor" not in room and "ai-suggestions-data" not in room


def test_model_sentence_is_kept_only_when_grounded():
    case = clinician_ai.Case(messages=[(1, "I have a sore throat and fever, no cough")])
    skeleton = clinician_ai.report_skeleton(
        case,
        [{"id": 7, "icd10": "J02.0", "display": "Streptococcal pharyngitis",
          "verification": "provisional", "kb": None}],
    )  # fmt: skip
    good = "Patient reports sore throat and fever, consistent with streptococcal pharyngitis."
    assert clinician_ai.validate_summary(good, skeleton) == good
    for bad in (
        "",
        "¡lorem ipsum dolor sit amet consectetur adipiscing!",
        "Give amoxicillin 500 mg three times daily for ten days to the patient.",
        "Patient has pneumonia and needs admission to intensive care tonight.",
        "Sore throat. Fever. Cough. Streptococcal pharyngitis is likely here.",
    ):
        assert clinician_ai.validate_summary(bad, skeleton) is None, bad
