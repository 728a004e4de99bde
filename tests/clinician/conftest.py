"""Fixtures for the clinician AI tests: a consultation picked up by a clinician, AI switched on."""

from __future__ import annotations

import pytest

from consult import services

# Real engine / Celery fixtures shared with the assistant tests.
from ..ai.conftest import ai_on, tiny_ai, workers  # noqa: F401

COMPLAINT = "Sore throat and fever since yesterday"
SECOND = "No cough. It hurts to swallow and there is white stuff on my tonsils."


@pytest.fixture
def picked(settings, patient, clinician):
    """An in-progress consultation (two patient messages) assigned to `clinician`; created
    with the assistant off so no interview job runs beside the tests."""
    previous = settings.TELEMED_AI_ENABLED
    settings.TELEMED_AI_ENABLED = False
    try:
        consultation = services.consultation_start(patient=patient, chief_complaint=COMPLAINT)
        services.message_post(consultation_id=consultation.pk, user=patient.user, body=SECOND)
        services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    finally:
        settings.TELEMED_AI_ENABLED = previous
    consultation.refresh_from_db()
    return consultation


async def collect_until(ws, types: set[str], timeout: float = 30.0) -> list[dict]:
    """Frames up to and including the first one whose type is in `types`."""
    frames = []
    while True:
        frame = await ws.receive_json_from(timeout=timeout)
        frames.append(frame)
        if frame["type"] in types:
            return frames


async def drain(ws, quiet: float = 1.0) -> list[dict]:
    """Every frame that arrives until the socket has been quiet for `quiet` seconds."""
    frames = []
    while not await ws.receive_nothing(timeout=quiet):
        frames.append(await ws.receive_json_from())
    return frames
