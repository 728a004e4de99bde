"""Clinician record entries: vitals with range checks, allergies, medications, diagnoses."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from consult import services as consult_services
from records import services
from records.models import (
    AllergyIntolerance,
    AuditEvent,
    Condition,
    MedicationStatement,
    Observation,
)

from ..conftest import client_for
from ..factories import start_consultation

pytestmark = pytest.mark.django_db

VITALS = [
    ("8867-4", "72", "/min"),
    ("8480-6", "120", "mm[Hg]"),
    ("8462-4", "80", "mm[Hg]"),
    ("8310-5", "36.8", "Cel"),
    ("9279-1", "16", "/min"),
    ("59408-5", "98", "%"),
    ("29463-7", "70.5", "kg"),
    ("8302-2", "172", "cm"),
]


@pytest.mark.parametrize("code, value, unit", VITALS)
def test_each_vital_is_stored_with_loinc_and_ucum(picked, patient, clinician, code, value, unit):
    client = client_for(clinician.user)
    response = client.post(
        f"/records/patients/{patient.pk}/observations/",
        {"observation-code": code, "observation-value": value},
    )
    assert response.status_code == 302
    observation = Observation.objects.get(patient=patient)
    assert observation.code == code and observation.unit == unit
    assert observation.value == Decimal(value) and observation.performer == clinician.user


@pytest.mark.parametrize(
    "code, value",
    [
        ("8867-4", "0"),
        ("8867-4", "400"),
        ("8480-6", "20"),
        ("8310-5", "98.6"),  # Fahrenheit entered as Celsius
        ("8310-5", "25"),
        ("59408-5", "101"),
        ("29463-7", "0"),
        ("8302-2", "1.72"),  # metres entered as centimetres
        ("9279-1", "-3"),
    ],
)
def test_implausible_vitals_are_refused(picked, patient, clinician, code, value):
    response = client_for(clinician.user).post(
        f"/records/patients/{patient.pk}/observations/",
        {"observation-code": code, "observation-value": value},
    )
    assert response.status_code == 400
    assert not Observation.objects.exists()
    with pytest.raises(ValidationError):
        services.vital_check(code=code, value=Decimal(value))


def test_unknown_vital_code_is_refused(picked, patient, clinician):
    response = client_for(clinician.user).post(
        f"/records/patients/{patient.pk}/observations/",
        {"observation-code": "1234-5", "observation-value": "5"},
    )
    assert response.status_code == 400
    with pytest.raises(ValidationError):
        services.observation_record(
            patient=patient, performer=clinician.user, code="1234-5", value=Decimal(5)
        )


def test_vital_linked_to_another_patients_encounter_is_refused(
    picked, patient, other_patient, clinician
):
    foreign = start_consultation(other_patient).encounter
    with pytest.raises(ValidationError):
        services.observation_record(
            patient=patient,
            performer=clinician.user,
            code="8867-4",
            value=Decimal(70),
            encounter=foreign,
        )
    response = client_for(clinician.user).post(
        f"/records/patients/{patient.pk}/observations/",
        {
            "observation-code": "8867-4",
            "observation-value": "70",
            "observation-encounter": foreign.pk,
        },
    )
    assert response.status_code == 400


def test_allergy_recorded_and_rerecording_updates(picked, patient, clinician):
    client = client_for(clinician.user)
    url = f"/records/patients/{patient.pk}/allergies/"
    data = {
        "allergy-substance": "Penicillin",
        "allergy-reaction": "Hives",
        "allergy-criticality": "high",
    }
    assert client.post(url, data).status_code == 302
    data.update({"allergy-substance": "penicillin", "allergy-reaction": "Anaphylaxis"})
    assert client.post(url, data).status_code == 302
    allergy = AllergyIntolerance.objects.get(patient=patient)
    assert allergy.reaction == "Anaphylaxis" and allergy.criticality == "high"
    assert (
        client.post(url, {"allergy-substance": "", "allergy-criticality": "low"}).status_code == 400
    )


def test_medication_recorded_and_period_checked(picked, patient, clinician):
    client = client_for(clinician.user)
    url = f"/records/patients/{patient.pk}/medications/"
    ok = {
        "medication-medication": "Ibuprofen",
        "medication-dosage": "400 mg as needed",
        "medication-status": "active",
        "medication-effective_start": "2026-01-01",
    }
    assert client.post(url, ok).status_code == 302
    bad = {**ok, "medication-effective_end": "2025-01-01"}
    assert client.post(url, bad).status_code == 400
    statement = MedicationStatement.objects.get(patient=patient)
    assert statement.dosage == "400 mg as needed" and statement.recorded_by == clinician.user


def test_diagnosis_validated_against_icd10_cm(picked, patient, clinician):
    client = client_for(clinician.user)
    encounter = picked.encounter
    url = f"/records/patients/{patient.pk}/conditions/"
    response = client.post(
        url, {"condition-icd10_code": "j069", "condition-encounter": encounter.pk}
    )
    assert response.status_code == 302
    condition = Condition.objects.get(patient=patient)
    assert condition.icd10_code == "J06.9" and condition.asserter == clinician
    assert condition.encounter == encounter and condition.verification_status == "provisional"
    assert "respiratory" in condition.display.lower()  # filled from ICD-10-CM
    for code in ("J06.99", "U07.1X", "hello", ""):
        assert client.post(url, {"condition-icd10_code": code}).status_code == 400
    assert Condition.objects.count() == 1


def test_icd10_search_returns_codes(clinician):
    response = client_for(clinician.user).get("/records/icd10/search/", {"q": "pneumonia"})
    assert response.status_code == 200
    results = response.json()["results"]
    assert results and all({"code", "display"} <= set(r) for r in results)
    assert any(r["code"].startswith("J1") for r in results)
    empty = client_for(clinician.user).get("/records/icd10/search/", {"q": ""}).json()
    assert empty == {"results": []}


def test_record_page_shows_entry_forms_to_the_patients_clinician_only(
    picked, patient, clinician, other_clinician
):
    page = client_for(clinician.user).get(f"/records/patients/{patient.pk}/").content.decode()
    assert 'id="record-entry"' in page and "js/icd.js" in page
    for reader in (patient.user, other_clinician.user):
        page = client_for(reader).get(f"/records/patients/{patient.pk}/").content.decode()
        assert 'id="record-entry"' not in page


def test_patients_cannot_write_through_services(patient):
    with pytest.raises(services.RecordError):
        services.observation_record(
            patient=patient, performer=patient.user, code="8867-4", value=Decimal(70)
        )


def test_emergency_use_codes_of_chapter_u_are_accepted(picked, patient, clinician):
    """U07.1 (COVID-19) is a valid ICD-10-CM code, also suggested by the knowledge base."""
    url = f"/records/patients/{patient.pk}/conditions/"
    response = client_for(clinician.user).post(url, {"condition-icd10_code": "U07.1"})
    assert response.status_code == 302
    assert Condition.objects.get(patient=patient).icd10_code == "U07.1"


# --- who writes: the clinician of the patient's consultation ---------------------------------

ENTRY_POSTS = [
    ("observations", {"observation-code": "8867-4", "observation-value": "72"}, Observation),
    ("allergies", {"allergy-substance": "Latex", "allergy-criticality": "low"}, AllergyIntolerance),
    ("medications", {"medication-medication": "Aspirin", "medication-status": "active"},
     MedicationStatement),
    ("conditions", {"condition-icd10_code": "J02.9"}, Condition),
]  # fmt: skip


@pytest.mark.parametrize("path, data, model", ENTRY_POSTS)
def test_a_clinician_not_assigned_to_the_patient_writes_nothing(
    picked, patient, other_clinician, path, data, model
):
    response = client_for(other_clinician.user).post(
        f"/records/patients/{patient.pk}/{path}/", data
    )
    assert response.status_code == 403
    assert not model.objects.exists()
    assert AuditEvent.objects.filter(actor=other_clinician.user, action="denied").exists()


def test_a_clinician_with_no_consultation_of_the_patient_is_refused_by_the_services(
    patient, clinician
):
    start_consultation(patient)  # waiting: nobody's yet
    calls = [
        lambda: services.observation_record(
            patient=patient, performer=clinician.user, code="8867-4", value=Decimal(70)
        ),
        lambda: services.allergy_record(
            patient=patient, recorded_by=clinician.user, substance="Latex"
        ),
        lambda: services.medication_record(
            patient=patient, recorded_by=clinician.user, medication="Aspirin"
        ),
        lambda: services.condition_record(patient=patient, asserter=clinician, icd10_code="J02.9"),
    ]
    for call in calls:
        with pytest.raises(services.RecordError) as refused:
            call()
        assert refused.value.code == "forbidden"
    assert not Observation.objects.exists() and not Condition.objects.exists()


def test_an_entry_for_another_clinicians_encounter_is_refused(
    picked, patient, clinician, other_clinician
):
    """other_clinician treats the patient in a second consultation, but may not write into
    the encounter that `clinician` runs."""
    second = start_consultation(patient, "Rash")
    consult_services.consultation_pick(consultation_id=second.pk, user=other_clinician.user)
    with pytest.raises(services.RecordError):
        services.observation_record(
            patient=patient,
            performer=other_clinician.user,
            code="8867-4",
            value=Decimal(70),
            encounter=picked.encounter,
        )
    mine = services.observation_record(
        patient=patient,
        performer=other_clinician.user,
        code="8867-4",
        value=Decimal(71),
        encounter=second.encounter,
    )
    assert list(Observation.objects.all()) == [mine]


def test_the_clinician_keeps_writing_after_the_consultation_closed(picked, patient, clinician):
    consult_services.consultation_close(consultation_id=picked.pk, user=clinician.user)
    allergy = services.allergy_record(
        patient=patient, recorded_by=clinician.user, substance="Penicillin"
    )
    assert allergy.recorded_by == clinician.user


def test_a_deactivated_clinician_writes_nothing(picked, patient, clinician):
    clinician.user.is_active = False
    clinician.user.save()
    with pytest.raises(services.RecordError):
        services.allergy_record(patient=patient, recorded_by=clinician.user, substance="Latex")
