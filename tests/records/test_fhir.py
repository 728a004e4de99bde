"""FHIR R4 $everything export: validates with fhir.resources (R4B models), scoped to one patient."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from fhir.resources.R4B import get_fhir_model_class

from consult import services as consult_services
from records import services
from records.fhir import ICD10_CM, LOINC, UCUM
from records.models import Encounter

from ..conftest import client_for
from ..factories import start_consultation
from .conftest import SECTIONS

pytestmark = pytest.mark.django_db


@pytest.fixture
def record(patient, other_patient, clinician, other_clinician, picked):
    """A full record for `patient` (AI-assisted diagnosis and report, an amendment, a draft)
    and some data for `other_patient` that must never appear in the patient's bundle."""
    encounter = picked.encounter
    services.condition_record(
        patient=patient,
        asserter=clinician,
        icd10_code="J02.9",
        encounter=encounter,
        ai={"job_id": 41, "model": "SmolLM2-135M-Instruct", "rank": 1},
    )
    services.observation_record(
        patient=patient, performer=clinician.user, code="8310-5", value=Decimal("38.2"),
        encounter=encounter,
    )  # fmt: skip
    services.observation_record(
        patient=patient, performer=clinician.user, code="59408-5", value=Decimal("97")
    )
    services.allergy_record(
        patient=patient, recorded_by=clinician.user, substance="Penicillin", reaction="Hives"
    )
    services.medication_record(
        patient=patient, recorded_by=clinician.user, medication="Paracetamol", dosage="500 mg"
    )
    draft = services.report_create_draft(
        encounter=encounter,
        author=clinician.user,
        sections={**SECTIONS, "plan": "咽喉痛，多喝水 <b>&</b>"},
        ai={"model": "SmolLM2-135M-Instruct", "job_id": 42, "sources": {"kb": ["J02"]}},
    )
    signed = services.report_sign(report_id=draft.pk, practitioner=clinician)
    amended = services.report_amend(
        report_id=signed.pk, practitioner=clinician, sections={"plan": "Rest."}, reason="typo"
    )
    second = start_consultation(patient, "Follow-up")
    consult_services.consultation_pick(consultation_id=second.pk, user=clinician.user)
    open_draft = services.report_create_draft(
        encounter=Encounter.objects.get(pk=second.encounter_id),
        author=clinician.user,
        sections={"assessment": "SECRET DRAFT"},
    )
    foreign_consultation = start_consultation(other_patient, "Other complaint")
    consult_services.consultation_pick(
        consultation_id=foreign_consultation.pk, user=other_clinician.user
    )
    foreign = foreign_consultation.encounter
    services.condition_record(patient=other_patient, asserter=other_clinician, icd10_code="I10")
    services.observation_record(
        patient=other_patient, performer=other_clinician.user, code="8867-4", value=Decimal(90)
    )
    return {"signed": signed, "amended": amended, "draft": open_draft, "foreign": foreign}


def _bundle(client, patient):
    response = client.get(f"/fhir/Patient/{patient.pk}/$everything")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/fhir+json"
    return json.loads(response.content)


def _validate(bundle: dict) -> dict[str, list[dict]]:
    get_fhir_model_class("Bundle").model_validate(bundle)
    by_type: dict[str, list[dict]] = {}
    for entry in bundle["entry"]:
        resource = entry["resource"]
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
        assert entry["fullUrl"].endswith(f"/{resource['resourceType']}/{resource['id']}")
        by_type.setdefault(resource["resourceType"], []).append(resource)
    return by_type


def test_bundle_validates_as_r4_and_holds_the_whole_record(record, patient, clinician):
    bundle = _bundle(client_for(patient.user), patient)
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "searchset"
    by_type = _validate(bundle)
    assert {
        "Patient", "Practitioner", "Encounter", "Condition", "Observation", "AllergyIntolerance",
        "MedicationStatement", "Composition", "Provenance", "Device",
    } <= set(by_type)  # fmt: skip
    assert [p["id"] for p in by_type["Patient"]] == [str(patient.pk)]
    assert by_type["Practitioner"][0]["name"][0]["text"] == clinician.full_name

    (condition,) = by_type["Condition"]
    assert condition["code"]["coding"][0] == {
        "system": ICD10_CM, "code": "J02.9", "display": condition["code"]["text"],
    }  # fmt: skip
    for observation in by_type["Observation"]:
        assert observation["category"][0]["coding"][0]["code"] == "vital-signs"
        assert observation["code"]["coding"][0]["system"] == LOINC
        assert observation["valueQuantity"]["system"] == UCUM
    temperature = next(
        o for o in by_type["Observation"] if o["code"]["coding"][0]["code"] == "8310-5"
    )
    assert temperature["valueQuantity"] == {
        "value": 38.2,
        "unit": "Cel",
        "system": UCUM,
        "code": "Cel",
    }


def test_compositions_are_signed_versions_only_with_amendment_link(record, patient):
    by_type = _validate(_bundle(client_for(patient.user), patient))
    compositions = {c["id"]: c for c in by_type["Composition"]}
    assert set(compositions) == {str(record["signed"].pk), str(record["amended"].pk)}
    assert str(record["draft"].pk) not in compositions
    assert "SECRET DRAFT" not in json.dumps(by_type)
    newest = compositions[str(record["amended"].pk)]
    assert newest["status"] == "amended"
    assert newest["relatesTo"][0]["targetReference"]["reference"] == (
        f"Composition/{record['signed'].pk}"
    )
    first = compositions[str(record["signed"].pk)]
    plan = next(s for s in first["section"] if s["title"] == "Plan")
    assert "咽喉痛" in plan["text"]["div"] and "&lt;b&gt;" in plan["text"]["div"]


def test_provenance_names_the_clinician_and_the_ai_model(record, patient, clinician):
    by_type = _validate(_bundle(client_for(clinician.user), patient))
    targets = {p["target"][0]["reference"]: p for p in by_type["Provenance"]}
    condition_id = by_type["Condition"][0]["id"]
    assert f"Condition/{condition_id}" in targets
    assert f"Composition/{record['signed'].pk}" in targets
    device_refs = {d["id"] for d in by_type["Device"]}
    for provenance in targets.values():
        who = [a["who"]["reference"] for a in provenance["agent"]]
        assert f"Practitioner/{clinician.pk}" in who
        device = next(w for w in who if w.startswith("Device/"))
        assert device.split("/")[1] in device_refs
    assert by_type["Device"][0]["deviceName"][0]["name"] == "SmolLM2-135M-Instruct"


def test_bundle_excludes_other_patients_data(record, patient, other_patient, other_clinician):
    bundle = _bundle(client_for(patient.user), patient)
    by_type = _validate(bundle)
    refs = json.dumps(bundle)
    assert f'"Patient/{other_patient.pk}"' not in refs
    assert f'"Encounter/{record["foreign"].pk}"' not in refs
    assert "I10" not in [c["code"]["coding"][0]["code"] for c in by_type["Condition"]]
    assert str(other_clinician.pk) not in [p["id"] for p in by_type["Practitioner"]]
    for resource in (r for rs in by_type.values() for r in rs):
        subject = resource.get("subject") or resource.get("patient")
        if subject:
            assert subject["reference"] == f"Patient/{patient.pk}"


def test_access_to_the_export(record, patient, other_patient, clinician, client):
    url = f"/fhir/Patient/{patient.pk}/$everything"
    assert client_for(other_patient.user).get(url).status_code == 403
    assert client_for(clinician.user).get(url).status_code == 200
    response = client.get(url)
    assert response.status_code == 302 and response.url.startswith("/accounts/login/?next=")


def test_empty_record_exports_a_valid_bundle(other_patient):
    bundle = _bundle(client_for(other_patient.user), other_patient)
    assert bundle["total"] == 1
    _validate(bundle)
