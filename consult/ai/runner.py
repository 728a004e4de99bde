"""Runs one AI job by id in a worker: claim it, keep its heartbeat, hand it to its kind."""

from __future__ import annotations

from ..models import AIJob
from . import clinician, interview, jobs


def run_job(*, job_id: int) -> None:
    """Safe to call again after a crash or a duplicate delivery: a job answers once."""
    job = jobs.claim(job_id)
    if job is None:
        return
    with jobs.in_flight(job.pk):
        if job.kind in jobs.STAFF_KINDS:
            clinician.run(job)
        elif job.kind in (AIJob.Kind.REPLY, AIJob.Kind.TRIAGE):
            interview.run(job)
        else:
            jobs.fail(job_id=job.pk, reason=f"unknown job kind {job.kind}")
