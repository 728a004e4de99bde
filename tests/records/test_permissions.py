"""Role × endpoint table for every EMR endpoint added for clinician work."""

from __future__ import annotations

import pytest

from consult import services as consult_services
from records import services
from records.models import Encounter

from ..conftest import client_for
from ..factories import start_consultation
from .conftest import SECTIONS

pytestmark = pytest.mark.django_db

LOGIN = "login"


def picked_by(patient, clinician, complaint: str):
    consultation = start_consultation(patient, complaint)
    consult_services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    return Encounter.objects.get(pk=consultation.encounter_id)


@pytest.fixture
def world(patient, other_patient, clinician, other_clinician, admin_user, picked):
    draft = services.report_create_draft(
        encounter=picked.encounter, author=clinician.user, sections=SECTIONS
    )
    signed = services.report_sign(report_id=draft.pk, practitioner=clinician)
    second = picked_by(patient, clinician, "Follow-up")
    draft = services.report_create_draft(encounter=second, author=clinician.user, sections=SECTIONS)
    third = picked_by(patient, clinician, "Another")
    return {
        "users": {
            "anonymous": None,
            "patient": patient.user,
            "other_patient": other_patient.user,
            "clinician": clinician.user,
            "other_clinician": other_clinician.user,
            "admin": admin_user,
        },
        "ids": {"p": patient.pk, "s": signed.pk, "d": draft.pk, "e": third.pk},
    }


OBSERVATION = {"observation-code": "8867-4", "observation-value": "72"}
ALLERGY = {"allergy-substance": "Latex", "allergy-criticality": "low"}
MEDICATION = {"medication-medication": "Aspirin", "medication-status": "active"}
CONDITION = {"condition-icd10_code": "J02.9"}

# `clinician` runs the patient's consultations; `other_clinician` reads but never writes.
ROLES = ("anonymous", "patient", "other_patient", "clinician", "other_clinician", "admin")
ASSIGNED_ONLY = (LOGIN, 403, 403, 302, 403, 403)
TABLE = [
    # method, url, data, expected per ROLES
    ("post", "/records/patients/{p}/observations/", OBSERVATION, ASSIGNED_ONLY),
    ("post", "/records/patients/{p}/allergies/", ALLERGY, ASSIGNED_ONLY),
    ("post", "/records/patients/{p}/medications/", MEDICATION, ASSIGNED_ONLY),
    ("post", "/records/patients/{p}/conditions/", CONDITION, ASSIGNED_ONLY),
    ("get", "/records/icd10/search/?q=j02", None, (LOGIN, 403, 403, 200, 200, 403)),
    ("post", "/records/encounters/{e}/report/new/", {}, ASSIGNED_ONLY),
    ("get", "/records/reports/{d}/edit/", None, (LOGIN, 403, 403, 200, 403, 403)),
    ("post", "/records/reports/{d}/edit/", SECTIONS, ASSIGNED_ONLY),
    ("post", "/records/reports/{d}/sign/", {}, ASSIGNED_ONLY),
    ("get", "/records/reports/{s}/amend/", None, (LOGIN, 403, 403, 200, 403, 403)),
    ("post", "/records/reports/{s}/amend/", {**SECTIONS, "reason": "x"}, ASSIGNED_ONLY),
    ("get", "/records/reports/{s}/", None, (LOGIN, 200, 403, 200, 200, 200)),
    ("get", "/records/reports/{d}/", None, (LOGIN, 403, 403, 200, 200, 200)),
    ("get", "/records/reports/{s}/pdf/", None, (LOGIN, 200, 403, 200, 200, 200)),
    ("get", "/records/reports/{d}/pdf/", None, (LOGIN, 403, 403, 200, 200, 200)),
    ("get", "/records/patients/{p}/", None, (LOGIN, 200, 403, 200, 200, 200)),
    ("get", "/fhir/Patient/{p}/$everything", None, (LOGIN, 200, 403, 200, 200, 200)),
]
CASES = [
    pytest.param(method, url, data, role, expected, id=f"{method} {url} {role}")
    for method, url, data, expectations in TABLE
    for role, expected in zip(ROLES, expectations, strict=True)
]


@pytest.mark.parametrize("method, url, data, role, expected", CASES)
def test_role_endpoint_table(world, method, url, data, role, expected):
    client = client_for(world["users"][role])
    path = url.format(**world["ids"])
    response = client.get(path) if method == "get" else client.post(path, data or {})
    if expected == LOGIN:
        assert response.status_code == 302
        assert response.url.startswith("/accounts/login/?next=")
    else:
        assert response.status_code == expected, response.content[:300]


@pytest.mark.parametrize(
    "method, url",
    [
        ("get", "/records/patients/{p}/observations/"),
        ("get", "/records/reports/{d}/sign/"),
        ("get", "/records/encounters/{e}/report/new/"),
        ("post", "/fhir/Patient/{p}/$everything"),
        ("post", "/records/reports/{s}/pdf/"),
    ],
)
def test_wrong_method_is_refused(world, method, url):
    client = client_for(world["users"]["clinician"])
    response = getattr(client, method)(url.format(**world["ids"]))
    assert response.status_code == 405


def test_missing_objects_are_404(world):
    client = client_for(world["users"]["clinician"])
    assert client.get("/records/reports/999999/edit/").status_code == 404
    assert client.post("/records/encounters/999999/report/new/").status_code == 404
    assert client.post("/records/patients/999999/observations/", OBSERVATION).status_code == 404
