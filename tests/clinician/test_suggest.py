"""Diagnostic suggestions on the real engine (tiny random model): staff-only streaming,
evidence that cites real messages, fallback, accept / dismiss, and refusals."""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async

from consult import services
from consult.ai import jobs, runner
from consult.models import AIJob, Message
from records.models import AuditEvent, Condition

from ..conftest import client_for, open_socket, receive_until, session_cookie
from .conftest import collect_until, drain

pytestmark = pytest.mark.django_db(transaction=True)

STAFF_ONLY = {"ai.token", "ai.suggestions", "report.draft", "ai.suggestion.decided"}


def ws_path(consultation) -> str:
    return f"/ws/consult/{consultation.pk}/"


def run_suggest(consultation, clinician) -> AIJob:
    job = services.ai_tool_request(
        consultation_id=consultation.pk, user=clinician.user, kind="suggest"
    )
    runner.run_job(job_id=job.pk)
    return AIJob.objects.get(pk=job.pk)


def patient_seqs(consultation) -> dict[int, str]:
    return dict(
        Message.objects.filter(consultation=consultation, sender="patient").values_list(
            "seq", "body"
        )
    )


async def test_suggestions_stream_to_the_clinician_only(tiny_ai, picked, clinician, patient):
    doctor, ok, _ = await open_socket(
        ws_path(picked), await database_sync_to_async(session_cookie)(clinician.user)
    )
    sick, ok2, _ = await open_socket(
        ws_path(picked), await database_sync_to_async(session_cookie)(patient.user)
    )
    assert ok and ok2

    await sick.send_json_to({"type": "ai.suggest"})
    refused = await receive_until(sick, "error")
    assert refused["code"] == "forbidden"

    await doctor.send_json_to({"type": "ai.suggest"})
    queued = await receive_until(doctor, "ai.queued")
    assert queued["kind"] == "suggest"
    job_id = int(queued["job"])
    await database_sync_to_async(runner.run_job)(job_id=job_id)

    frames = await collect_until(doctor, {"ai.done", "ai.error"})
    types = [f["type"] for f in frames]
    assert types[-1] == "ai.done" and frames[-1]["seq"] is None
    assert frames[-1]["job"] == str(job_id)
    assert "ai.start" in types and "ai.token" in types
    assert types.index("ai.token") < types.index("ai.suggestions") < types.index("ai.done")
    suggestions = next(f for f in frames if f["type"] == "ai.suggestions")
    assert suggestions["job"] == str(job_id)
    assert suggestions["fallback"] is True  # the tiny random model never ranks usefully
    assert suggestions["model"]
    items = suggestions["items"]
    assert 1 <= len(items) <= 5
    for item in items:
        assert item["icd10"] and item["name"] and item["condition_id"]
        assert item["likelihood"] in ("likely", "possible", "less likely")
        assert item["red_flags"] and item["next_steps"]
    assert any(i["condition_id"] in ("streptococcal_pharyngitis", "acute_tonsillitis",
                                      "viral_pharyngitis") for i in items[:3])  # fmt: skip

    leaked = await drain(sick)
    assert not [f for f in leaked if f["type"] in STAFF_ONLY or f.get("job") == str(job_id)]

    job = await database_sync_to_async(AIJob.objects.get)(pk=job_id)
    assert job.status == "succeeded" and job.kind == "suggest"
    assert job.result["items"] == items and job.result["fallback"] is True
    assert job.model_name and job.prompt_tokens > 0 and job.output_tokens > 0
    assert job.ttft_ms is not None and job.total_ms >= job.ttft_ms
    audited = await database_sync_to_async(
        AuditEvent.objects.filter(action="ai", entity="AIJob", entity_id=str(job_id)).exists
    )()
    assert audited
    await doctor.disconnect()
    await sick.disconnect()


def test_evidence_cites_real_patient_messages(tiny_ai, picked, clinician):
    job = run_suggest(picked, clinician)
    bodies = patient_seqs(picked)
    cited = 0
    for item in job.result["items"]:
        for ev in item["evidence_for"] + item["evidence_against"]:
            if ev["source"] != "message":
                continue
            cited += 1
            assert ev["seq"] in bodies, ev
            quote = ev["text"].rstrip("…")
            assert quote in " ".join(bodies[ev["seq"]].split()), ev
    assert cited
    # "No cough." is a denial: it counts against conditions whose symptoms include a cough.
    against = [ev for item in job.result["items"] for ev in item["evidence_against"]]
    assert any(ev.get("finding", "").endswith("cough") for ev in against)


def test_observations_and_record_are_cited(tiny_ai, picked, clinician):
    from decimal import Decimal

    from records import services as records

    obs = records.observation_record(
        patient=picked.patient,
        code="8310-5",
        value=Decimal("38.6"),
        encounter=picked.encounter,
        performer=clinician.user,
    )
    job = run_suggest(picked, clinician)
    cited = [
        ev
        for item in job.result["items"]
        for ev in item["evidence_for"]
        if ev["source"] == "observation"
    ]
    assert cited and all(ev["id"] == obs.pk for ev in cited)


def test_unassigned_clinician_and_patient_are_refused_on_the_socket(
    tiny_ai, picked, other_clinician, patient
):
    from asgiref.sync import async_to_sync

    async def attempt(user, frame_type):
        ws, ok, code = await open_socket(
            ws_path(picked), await database_sync_to_async(session_cookie)(user)
        )
        if not ok:
            return "closed"
        await ws.send_json_to({"type": frame_type})
        frame = await receive_until(ws, "error")
        await ws.disconnect()
        return frame["code"]

    for kind in ("ai.suggest", "report.generate"):
        assert async_to_sync(attempt)(patient.user, kind) == "forbidden"
        # another clinician cannot even open a consultation assigned to someone else
        assert async_to_sync(attempt)(other_clinician.user, kind) in ("closed", "forbidden")
    assert not AIJob.objects.filter(kind__in=("suggest", "report")).exists()


def test_unassigned_clinician_is_refused_on_a_waiting_consultation(tiny_ai, consultation,
                                                                   other_clinician):  # fmt: skip
    from asgiref.sync import async_to_sync

    async def attempt():
        ws, ok, _ = await open_socket(
            ws_path(consultation),
            await database_sync_to_async(session_cookie)(other_clinician.user),
        )
        assert ok  # clinicians may read waiting consultations
        await ws.send_json_to({"type": "ai.suggest"})
        frame = await receive_until(ws, "error")
        await ws.disconnect()
        return frame["code"]

    assert async_to_sync(attempt)() == "forbidden"


def accept_url(consultation, job, index, action="accept") -> str:
    return f"/consult/{consultation.pk}/suggestions/{job.pk}/{index}/{action}/"


def test_accept_records_a_condition_asserted_by_the_clinician(tiny_ai, picked, clinician):
    job = run_suggest(picked, clinician)
    item = job.result["items"][0]
    client = client_for(clinician.user)
    response = client.post(accept_url(picked, job, 0), HTTP_ACCEPT="application/json")
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["action"] == "accepted"
    condition = Condition.objects.get(pk=data["condition"])
    assert condition.asserter == clinician
    assert condition.encounter_id == picked.encounter_id
    assert condition.patient_id == picked.patient_id
    assert condition.verification_status == "provisional"
    assert condition.icd10_code.replace(".", "") == item["icd10"].replace(".", "")
    assert condition.ai_job_id == job.pk
    assert condition.ai_provenance["model"] == job.model_name
    assert condition.ai_provenance["suggestion"]["condition_id"] == item["condition_id"]
    job.refresh_from_db()
    assert job.result["decisions"]["0"]["action"] == "accepted"
    assert job.result["decisions"]["0"]["condition"] == condition.pk

    again = client.post(accept_url(picked, job, 0), HTTP_ACCEPT="application/json")
    assert again.status_code == 200 and again.json()["condition"] == condition.pk
    assert Condition.objects.filter(encounter=picked.encounter).count() == 1
    conflict = client.post(accept_url(picked, job, 0, "dismiss"), HTTP_ACCEPT="application/json")
    assert conflict.status_code == 409
    missing = client.post(accept_url(picked, job, 99), HTTP_ACCEPT="application/json")
    assert missing.status_code == 404


def test_dismiss_is_recorded_in_the_job(tiny_ai, picked, clinician):
    job = run_suggest(picked, clinician)
    response = client_for(clinician.user).post(accept_url(picked, job, 1, "dismiss"))
    assert response.status_code == 302  # back to the room for a plain form post
    job.refresh_from_db()
    assert job.result["decisions"]["1"]["action"] == "dismissed"
    assert not Condition.objects.filter(encounter=picked.encounter).exists()


def test_accept_and_dismiss_are_refused_to_others(tiny_ai, picked, clinician, other_clinician,
                                                  patient):  # fmt: skip
    job = run_suggest(picked, clinician)
    for action in ("accept", "dismiss"):
        url = accept_url(picked, job, 0, action)
        for user in (other_clinician.user, patient.user):
            response = client_for(user).post(url, HTTP_ACCEPT="application/json")
            assert response.status_code == 403, (user, action)
        assert client_for(None).post(url).status_code == 302  # to the login page
        assert client_for(clinician.user).get(url).status_code == 405
    job.refresh_from_db()
    assert job.result["decisions"] == {}
    assert not Condition.objects.filter(encounter=picked.encounter).exists()


def test_a_failed_job_tells_only_the_clinicians(tiny_ai, picked, clinician, monkeypatch):
    sent = []
    monkeypatch.setattr("consult.events.send_now", lambda group, frame: sent.append((group, frame)))
    job = services.ai_tool_request(consultation_id=picked.pk, user=clinician.user, kind="suggest")
    jobs.fail(job_id=job.pk, reason="RuntimeError: boom")
    assert sent and all(group.endswith(".staff") for group, _ in sent)
    assert sent[-1][1]["type"] == "ai.error" and sent[-1][1]["kind"] == "suggest"


def test_a_red_flags_condition_is_among_the_first_suggestions(tiny_ai, picked, clinician):
    """The deterministic screen raised a stroke flag: stroke is suggested first, whatever the
    few words retrieval had (the interview stops at an emergency)."""
    picked.red_flags = ["stroke"]
    picked.save(update_fields=["red_flags"])
    job = run_suggest(picked, clinician)
    assert job.result["retrieval"][0] in ("stroke", "transient_ischaemic_attack")
    assert {item["condition_id"] for item in job.result["items"]} & {
        "stroke",
        "transient_ischaemic_attack",
    }
