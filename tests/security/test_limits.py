"""Limits, each a setting: failed logins per username and per address (django-axes, 429 even
with the right password, admin too), sign-ups per address, open consultations per patient, and
model-worded AI answers per patient (over it the template answers; the patient is not refused)."""

from __future__ import annotations

import pytest
import redis
from django.conf import settings as django_settings
from django.test import Client

from consult import services
from consult.models import AIJob, Consultation, Message
from records.models import User
from telemed import ratelimit

from ..conftest import client_for
from ..factories import PASSWORD, PractitionerFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_failures(settings):
    settings.AXES_FAILURE_LIMIT = 3
    return settings


def _login(path: str, username: str, password: str, ip: str) -> tuple[int, bool]:
    client = Client()
    response = client.post(path, {"username": username, "password": password}, REMOTE_ADDR=ip)
    return response.status_code, "_auth_user_id" in client.session


# --- failed logins ---------------------------------------------------------------------------


def test_failed_logins_for_one_username_lock_it_even_with_the_right_password(three_failures):
    user = UserFactory()
    for _ in range(2):
        assert _login("/accounts/login/", user.username, "wrong", "203.0.113.1") == (200, False)
    # the failure that reaches the limit is answered with the lockout already
    assert _login("/accounts/login/", user.username, "wrong", "203.0.113.1") == (429, False)
    status, logged_in = _login("/accounts/login/", user.username, PASSWORD, "203.0.113.1")
    assert status == 429 and not logged_in
    # from another address too: the username itself is locked
    assert _login("/accounts/login/", user.username, PASSWORD, "203.0.113.2") == (429, False)


def test_failed_logins_from_one_address_lock_that_address(three_failures):
    tried = [UserFactory() for _ in range(3)]
    for victim in tried:
        _login("/accounts/login/", victim.username, "wrong", "203.0.113.20")
    other = UserFactory()
    status, logged_in = _login("/accounts/login/", other.username, PASSWORD, "203.0.113.20")
    assert status == 429 and not logged_in
    assert _login("/accounts/login/", other.username, PASSWORD, "203.0.113.21") == (302, True)


def test_a_locked_login_says_why_and_what_to_do(three_failures):
    user = UserFactory()
    for _ in range(4):
        response = Client().post(
            "/accounts/login/", {"username": user.username, "password": "wrong"}
        )
    assert response.status_code == 429
    assert b'data-testid="locked-out"' in response.content


def test_admin_login_failures_lock_too(three_failures):
    admin = UserFactory(role=User.Role.ADMIN, is_staff=True, is_superuser=True)
    for _ in range(3):
        _login("/admin/login/", admin.username, "wrong", "203.0.113.30")
    status, logged_in = _login("/admin/login/", admin.username, PASSWORD, "203.0.113.30")
    assert status == 429 and not logged_in


def test_below_the_limit_the_right_password_logs_in(three_failures):
    user = UserFactory()
    for _ in range(2):
        _login("/accounts/login/", user.username, "wrong", "203.0.113.40")
    assert _login("/accounts/login/", user.username, PASSWORD, "203.0.113.40") == (302, True)


# --- sign-ups --------------------------------------------------------------------------------


def _signup(username: str, ip: str):
    data = {
        "full_name": "New Patient",
        "birth_date": "1990-01-02",
        "sex": "female",
        "phone": "+1 555 010 0199",
        "email": "",
        "username": username,
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    return Client().post("/accounts/signup/", data, REMOTE_ADDR=ip)


def test_signups_per_address_are_limited(settings):
    settings.TELEMED_SIGNUP_RATE = "3/h"
    for ip in ("198.51.100.70", "198.51.100.71"):
        ratelimit.reset("signup", ip, "3/h")
    for n in range(3):
        assert _signup(f"newcomer{n}", "198.51.100.70").status_code == 302
    refused = _signup("newcomer3", "198.51.100.70")
    assert refused.status_code == 429
    assert b'data-testid="signup-rate-limited"' in refused.content
    assert not User.objects.filter(username="newcomer3").exists()
    assert _signup("newcomer3", "198.51.100.71").status_code == 302


def test_signup_does_not_say_that_a_username_exists(settings):
    ratelimit.reset("signup", "198.51.100.72", settings.TELEMED_SIGNUP_RATE)
    UserFactory(username="taken")
    page = _signup("TAKEN", "198.51.100.72").content.decode()
    assert "This username cannot be used. Please choose another one." in page
    assert "exists" not in page and "is taken" not in page


# --- open consultations per patient ---------------------------------------------------------


def test_open_consultations_per_patient_are_capped(settings, patient):
    settings.TELEMED_MAX_OPEN_CONSULTATIONS = 2
    first = services.consultation_start(patient=patient, chief_complaint="cough")
    services.consultation_start(patient=patient, chief_complaint="rash")
    with pytest.raises(services.ConsultError) as refused:
        services.consultation_start(patient=patient, chief_complaint="headache")
    assert refused.value.code == "too_many_open"
    assert "2 open consultations" in refused.value.detail
    assert patient.consultations.count() == 2
    clinician = PractitionerFactory()
    services.consultation_pick(consultation_id=first.pk, user=clinician.user)
    services.consultation_close(consultation_id=first.pk, user=clinician.user)
    services.consultation_start(patient=patient, chief_complaint="headache")
    assert patient.consultations.exclude(status=Consultation.Status.CLOSED).count() == 2


def test_the_start_form_says_clearly_when_too_many_are_open(settings, patient):
    settings.TELEMED_MAX_OPEN_CONSULTATIONS = 1
    client = client_for(patient.user)
    client.post("/consult/new/", {"chief_complaint": "cough"})
    response = client.post("/consult/new/", {"chief_complaint": "rash"}, follow=True)
    assert "You already have 1 open consultation." in response.content.decode()
    assert patient.consultations.count() == 1


# --- AI jobs per patient ---------------------------------------------------------------------


def test_over_the_ai_job_rate_the_template_answers(
    settings, patient, django_capture_on_commit_callbacks
):
    settings.TELEMED_AI_ENABLED = True
    settings.TELEMED_AI_PHRASING = "model"
    settings.TELEMED_LLM_MODEL = "/nonexistent/model"  # no model answers in this test
    settings.TELEMED_AI_JOB_RATE = "1/h"
    ratelimit.reset("ai-job", patient.pk, "1/h")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            first = services.consultation_start(patient=patient, chief_complaint="sore throat")
        with django_capture_on_commit_callbacks(execute=True):
            second = services.consultation_start(patient=patient, chief_complaint="rash on my arm")
    finally:
        redis.Redis.from_url(django_settings.REDIS_URL).delete(
            django_settings.CELERY_TASK_DEFAULT_QUEUE
        )
    assert AIJob.objects.get(consultation=first).status == AIJob.Status.QUEUED
    job = AIJob.objects.get(consultation=second)
    assert job.status == AIJob.Status.SUCCEEDED and job.result["phrasing"] == "template"
    assert Message.objects.filter(consultation=second, sender="assistant").count() == 1
