"""Pages: sign-up, role routing and the role × endpoint permission table."""

from __future__ import annotations

import json

import pytest

from consult import services
from records.models import ClinicalReport, Patient, User

from ..conftest import client_for

pytestmark = pytest.mark.django_db


def test_patient_signs_up_with_profile_and_lands_on_consultations(client):
    response = client.post(
        "/accounts/signup/",
        {
            "full_name": "Ada Lovelace",
            "birth_date": "1990-12-10",
            "sex": "female",
            "phone": "+44 20 7946 0958",
            "email": "ada@example.org",
            "username": "ada",
            "password1": "analytical-engine-1843",
            "password2": "analytical-engine-1843",
        },
    )
    assert response.status_code == 302 and response.url == "/consult/"
    patient = Patient.objects.get(user__username="ada")
    assert patient.user.role == User.Role.PATIENT and patient.full_name == "Ada Lovelace"
    assert client.get("/consult/").status_code == 200


def test_signup_runs_the_password_validators(client):
    response = client.post(
        "/accounts/signup/",
        {
            "full_name": "Bob",
            "birth_date": "1990-01-01",
            "sex": "male",
            "phone": "5550100",
            "username": "bob",
            "password1": "12345678",
            "password2": "12345678",
        },
    )
    assert response.status_code == 200
    assert not User.objects.filter(username="bob").exists()


def test_patient_starts_a_consultation_and_is_sent_to_its_chat(patient):
    client = client_for(patient.user)
    response = client.post("/consult/new/", {"chief_complaint": "Headache for two days"})
    consultation = patient.consultations.get()
    assert response.url == f"/consult/{consultation.pk}/"
    assert consultation.messages.get().body == "Headache for two days"
    page = client.get(response.url)
    assert page.status_code == 200
    assert f"/records/patients/{patient.pk}/" in page.content.decode()


def test_login_routes_each_role_home(patient, clinician):
    assert client_for(patient.user).get("/after-login/").url == "/consult/"
    assert client_for(clinician.user).get("/after-login/").url == "/dashboard/"


def test_dashboard_orders_by_urgency_then_waiting_time(patient, other_patient, clinician):
    first = services.consultation_start(patient=patient, chief_complaint="cough")
    second = services.consultation_start(patient=other_patient, chief_complaint="chest pain")
    services.consultation_set_urgency(consultation_id=second.pk, urgency="emergency")
    queue = json.loads(client_for(clinician.user).get("/dashboard/queue.json").content)["queue"]
    assert [item["id"] for item in queue] == [second.pk, first.pk]


def test_dashboard_hides_consultations_assigned_to_another_clinician(
    consultation, clinician, other_clinician
):
    services.consultation_pick(consultation_id=consultation.pk, user=other_clinician.user)
    queue = json.loads(client_for(clinician.user).get("/dashboard/queue.json").content)["queue"]
    assert queue == []
    # The room is refused with who took it (403 "taken by"), not a bare 404.
    response = client_for(clinician.user).get(f"/consult/{consultation.pk}/")
    assert response.status_code == 403
    assert other_clinician.full_name in response.content.decode()


def test_close_finishes_the_encounter(consultation, clinician):
    client = client_for(clinician.user)
    client.post(f"/consult/{consultation.pk}/pick/")
    assert client.post(f"/consult/{consultation.pk}/close/").status_code == 302
    consultation.refresh_from_db()
    assert consultation.status == "closed"
    assert consultation.encounter.status == "finished"
    assert consultation.encounter.period_end is not None


def test_only_the_assigned_clinician_can_close(consultation, clinician, other_clinician):
    services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    response = client_for(other_clinician.user).post(f"/consult/{consultation.pk}/close/")
    assert response.status_code == 403  # "taken by", see tests/documents/test_pages.py
    consultation.refresh_from_db()
    assert consultation.status == "in_progress"


def test_healthz_reports_each_dependency(client):
    body = client.get("/healthz").json()
    assert body["database"] == "ok" and body["redis"] == "ok"
    assert "worker" in body


# --- role × endpoint -------------------------------------------------------------------------

ANON_REDIRECT = "redirect"


@pytest.fixture
def world(patient, other_patient, clinician, admin_user):
    consultation = services.consultation_start(patient=patient, chief_complaint="rash")
    report = ClinicalReport.objects.create(
        patient=patient, encounter=consultation.encounter, author=clinician.user
    )
    return {
        "patient": patient.user,
        "other_patient": other_patient.user,
        "clinician": clinician.user,
        "admin": admin_user,
        "anonymous": None,
        "c": consultation,
        "p": patient,
        "r": report,
    }


CASES = [
    # (method, url template, role, expected status)
    ("get", "/", "anonymous", 200),
    ("get", "/accounts/login/", "anonymous", 200),
    ("get", "/accounts/signup/", "anonymous", 200),
    ("get", "/consult/", "anonymous", ANON_REDIRECT),
    ("get", "/consult/", "patient", 200),
    ("get", "/consult/", "clinician", 403),
    ("get", "/consult/{c}/", "anonymous", ANON_REDIRECT),
    ("get", "/consult/{c}/", "patient", 200),
    ("get", "/consult/{c}/", "other_patient", 404),
    ("get", "/consult/{c}/", "clinician", 200),
    ("post", "/consult/new/", "anonymous", ANON_REDIRECT),
    ("post", "/consult/new/", "clinician", 403),
    ("post", "/consult/{c}/pick/", "anonymous", ANON_REDIRECT),
    ("post", "/consult/{c}/pick/", "patient", 403),
    ("post", "/consult/{c}/close/", "patient", 403),
    ("post", "/consult/{c}/close/", "clinician", 403),  # not assigned to them
    ("get", "/dashboard/", "anonymous", ANON_REDIRECT),
    ("get", "/dashboard/", "patient", 403),
    ("get", "/dashboard/", "clinician", 200),
    ("get", "/dashboard/queue.json", "patient", 403),
    ("get", "/records/patients/{p}/", "anonymous", ANON_REDIRECT),
    ("get", "/records/patients/{p}/", "patient", 200),
    ("get", "/records/patients/{p}/", "other_patient", 403),
    ("get", "/records/patients/{p}/", "clinician", 200),
    ("get", "/records/reports/{r}/", "anonymous", ANON_REDIRECT),
    ("get", "/records/reports/{r}/", "patient", 403),  # a draft is not the patient's to see
    ("get", "/records/reports/{r}/", "other_patient", 403),
    ("get", "/records/reports/{r}/", "clinician", 200),
    ("get", "/admin/", "patient", 302),
    ("get", "/admin/", "admin", 200),
]


@pytest.mark.parametrize("method, template, role, expected", CASES)
def test_role_endpoint_table(world, method, template, role, expected):
    url = template.format(c=world["c"].pk, p=world["p"].pk, r=world["r"].pk)
    response = getattr(client_for(world[role]), method)(url)
    if expected == ANON_REDIRECT:
        assert response.status_code == 302
        assert response.url.startswith("/accounts/login/?next=")
    else:
        assert response.status_code == expected
