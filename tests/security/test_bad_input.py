"""Bad form input (NUL characters, huge values) answers 400 with a message, never 500, and
nothing is stored half-way."""

from __future__ import annotations

import pytest

from consult import services as consult_services
from consult.models import Consultation
from records import services
from records.models import AllergyIntolerance, ClinicalReport

from ..conftest import client_for
from ..factories import start_consultation
from ..records.conftest import SECTIONS

pytestmark = pytest.mark.django_db


@pytest.fixture
def picked(patient, clinician):
    consultation = start_consultation(patient)
    consult_services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    return Consultation.objects.get(pk=consultation.pk)


@pytest.fixture
def draft(picked, clinician):
    return services.report_create_draft(
        encounter=picked.encounter, author=clinician.user, sections=SECTIONS
    )


@pytest.mark.parametrize("complaint", ["chest\x00pain", "x" * 6000])
def test_a_bad_chief_complaint_is_a_400_and_opens_nothing(patient, complaint):
    response = client_for(patient.user).post("/consult/new/", {"chief_complaint": complaint})
    assert response.status_code == 400
    assert b"plain text" in response.content
    assert not Consultation.objects.exists()


def test_nul_in_a_record_entry_is_a_400(picked, patient, clinician):
    response = client_for(clinician.user).post(
        f"/records/patients/{patient.pk}/allergies/",
        {"allergy-substance": "Lat\x00ex", "allergy-criticality": "low"},
    )
    assert response.status_code == 400
    assert not AllergyIntolerance.objects.exists()


def test_nul_in_a_report_is_a_400_and_the_draft_is_unchanged(draft, clinician):
    client = client_for(clinician.user)
    response = client.post(f"/records/reports/{draft.pk}/edit/", {**SECTIONS, "plan": "a\x00b"})
    assert response.status_code == 400
    draft.refresh_from_db()
    assert draft.plan == SECTIONS["plan"]
    signed = services.report_sign(report_id=draft.pk, practitioner=clinician)
    response = client.post(
        f"/records/reports/{signed.pk}/amend/", {**SECTIONS, "reason": "typo\x00"}
    )
    assert response.status_code == 400
    assert ClinicalReport.objects.count() == 1
