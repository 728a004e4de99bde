"""FHIR $everything: photos sent in the chat as Media, PDFs as DocumentReference (R4, validated)."""

from __future__ import annotations

import json

import pytest
from fhir.resources.R4B import get_fhir_model_class

from ..conftest import client_for
from .conftest import heic_bytes, pdf_bytes
from .test_upload import upload

pytestmark = pytest.mark.django_db


def test_bundle_holds_the_chat_documents(assigned, patient, other_patient, clinician):
    photo = upload(patient.user, assigned, "rash.heic", heic_bytes(), "image/heic").json()
    letter = upload(clinician.user, assigned, "letter.pdf", pdf_bytes(), "application/pdf").json()
    foreign = start_foreign(other_patient)
    response = client_for(patient.user).get(f"/fhir/Patient/{patient.pk}/$everything")
    assert response.status_code == 200
    bundle = json.loads(response.content)
    get_fhir_model_class("Bundle").model_validate(bundle)
    by_type: dict[str, list[dict]] = {}
    for entry in bundle["entry"]:
        resource = entry["resource"]
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
        by_type.setdefault(resource["resourceType"], []).append(resource)

    (media,) = by_type["Media"]
    assert media["id"] == str(photo["id"])
    assert media["subject"] == {"reference": f"Patient/{patient.pk}"}
    assert media["encounter"] == {"reference": f"Encounter/{assigned.encounter_id}"}
    assert media["operator"] == {"reference": f"Patient/{patient.pk}"}
    assert (media["width"], media["height"]) == (400, 300)
    assert media["content"]["contentType"] == "image/jpeg"
    assert media["content"]["url"] == f"http://testserver{photo['url']}"
    assert media["content"]["size"] == photo["size"]
    # the sender's file name is chat content, not for every reader of the record
    assert "rash" not in json.dumps(bundle) and "letter" not in json.dumps(bundle)

    (document,) = by_type["DocumentReference"]
    assert document["id"] == str(letter["id"])
    assert document["author"] == [{"reference": f"Practitioner/{clinician.pk}"}]
    assert document["context"]["encounter"] == [{"reference": f"Encounter/{assigned.encounter_id}"}]
    attachment = document["content"][0]["attachment"]
    assert attachment["contentType"] == "application/pdf"
    assert attachment["url"].endswith(letter["url"])
    assert str(clinician.pk) in {p["id"] for p in by_type["Practitioner"]}
    assert foreign not in {r["id"] for r in by_type["Media"] + by_type["DocumentReference"]}


def start_foreign(other_patient) -> str:
    """Another patient's photo, which must not appear in this patient's bundle."""
    from consult import services

    from ..factories import PractitionerFactory
    from .conftest import png_bytes

    consultation = services.consultation_start(patient=other_patient, chief_complaint="Other")
    doctor = PractitionerFactory()
    services.consultation_pick(consultation_id=consultation.pk, user=doctor.user)
    response = upload(other_patient.user, consultation, "x.png", png_bytes(), "image/png")
    return str(response.json()["id"])
