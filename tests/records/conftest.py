"""Fixtures for EMR tests: an encounter picked up by the clinician, and report helpers."""

from __future__ import annotations

import pytest

from consult import services as consult_services
from records import services

from ..factories import start_consultation

SECTIONS = {
    "subjective": "Sore throat for two days, no fever.",
    "objective": "Pharynx mildly red.",
    "assessment": "Acute upper respiratory infection.",
    "plan": "Fluids, rest; return if worse.",
}


@pytest.fixture
def picked(patient, clinician):
    """A consultation the clinician has picked up (encounter in progress)."""
    consultation = start_consultation(patient)
    consult_services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    consultation.refresh_from_db()
    return consultation


@pytest.fixture
def draft(picked, clinician):
    return services.report_create_draft(
        encounter=picked.encounter, author=clinician.user, sections=SECTIONS
    )


@pytest.fixture
def signed(draft, clinician):
    return services.report_sign(report_id=draft.pk, practitioner=clinician)
