"""Suggestions and a report draft through a real Celery worker on the bundled model."""

from __future__ import annotations

import asyncio

import pytest
from channels.db import database_sync_to_async

from consult.models import AIJob
from records.models import ClinicalReport

from ..conftest import open_socket, receive_until, session_cookie
from .conftest import collect_until, drain

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]


async def test_bundled_model_suggests_and_drafts_through_celery(
    workers, bundled_model_dir, picked, clinician, patient
):
    await asyncio.to_thread(workers.start, str(bundled_model_dir))
    path = f"/ws/consult/{picked.pk}/"
    doctor, ok, _ = await open_socket(
        path, await database_sync_to_async(session_cookie)(clinician.user)
    )
    sick, ok2, _ = await open_socket(
        path, await database_sync_to_async(session_cookie)(patient.user)
    )
    assert ok and ok2

    await doctor.send_json_to({"type": "ai.suggest"})
    suggest_job = (await receive_until(doctor, "ai.queued"))["job"]
    frames = await collect_until(doctor, {"ai.done", "ai.error"}, timeout=150)
    assert frames[-1]["type"] == "ai.done", frames[-1]
    suggestions = next(f for f in frames if f["type"] == "ai.suggestions")
    assert suggestions["job"] == suggest_job and 1 <= len(suggestions["items"]) <= 5
    assert "smollm2" in suggestions["model"].lower()
    assert [f for f in frames if f["type"] == "ai.token"]

    await doctor.send_json_to({"type": "report.generate"})
    report_job = (await receive_until(doctor, "ai.queued"))["job"]
    frames = await collect_until(doctor, {"ai.done", "ai.error"}, timeout=120)
    assert frames[-1]["type"] == "ai.done", frames[-1]
    draft = next(f for f in frames if f["type"] == "report.draft")

    leaked = await drain(sick)
    assert not [
        f for f in leaked
        if f["type"] in ("ai.token", "ai.suggestions", "report.draft")
        or f.get("job") in (suggest_job, report_job)
    ]  # fmt: skip
    job = await database_sync_to_async(AIJob.objects.get)(pk=int(suggest_job))
    assert job.status == "succeeded" and "smollm2" in job.model_name.lower()
    assert job.ttft_ms is not None and job.output_tokens > 0
    report = await database_sync_to_async(ClinicalReport.objects.get)(pk=draft["report"])
    assert report.status == "draft" and report.ai_job_id == int(report_job)
    await doctor.disconnect()
    await sick.disconnect()
