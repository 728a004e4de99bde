"""Friendly error pages in both languages ("taken by Dr X" where that is the reason), the FHIR
export as a named download, units as people write them, and the demo data."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone, translation

from consult import services as consult_services
from consult.models import Consultation
from records import services
from records.models import ClinicalReport, Patient, Practitioner, User
from records.units import display_quantity, display_unit
from telemed import error_views

from ..conftest import client_for
from ..factories import start_consultation

pytestmark = pytest.mark.django_db


def _zh(client):
    client.cookies["django_language"] = "zh-hans"
    return client


def _in(lang: str, text: str) -> str:
    with translation.override(lang):
        return translation.gettext(text)


# --- error pages ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh-hans"])
def test_a_colleagues_consultation_says_who_took_it(patient, clinician, other_clinician, lang):
    consultation = start_consultation(patient)
    consult_services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    client = client_for(other_clinician.user)
    if lang == "zh-hans":
        _zh(client)
    response = client.get(f"/consult/{consultation.pk}/")
    assert response.status_code == 403
    page = response.content.decode()
    assert f'<html lang="{lang}"' in page
    assert clinician.full_name in page and 'data-testid="error-page"' in page
    assert patient.full_name not in page and consultation.chief_complaint not in page
    # Closing it is refused the same way.
    assert client.post(f"/consult/{consultation.pk}/close/").status_code == 403


def test_a_patient_still_gets_not_found_for_someone_elses_consultation(
    patient, other_patient, clinician
):
    consultation = start_consultation(patient)
    consult_services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    response = client_for(other_patient.user).get(f"/consult/{consultation.pk}/")
    assert response.status_code == 404
    assert clinician.full_name not in response.content.decode()


@pytest.mark.parametrize("lang", ["en", "zh-hans"])
def test_404_page_is_friendly_in_both_languages(patient, lang):
    client = client_for(patient.user)
    if lang == "zh-hans":
        _zh(client)
    response = client.get("/consult/999999/")
    assert response.status_code == 404
    page = response.content.decode()
    assert f'<html lang="{lang}"' in page and 'data-status="404"' in page
    assert _in(lang, "We could not find that page") in page
    assert "Telemed" in page and "Not Found</h1>" not in page  # not Django's bare page


@pytest.mark.parametrize("lang", ["en", "zh-hans"])
def test_403_page_gives_the_reason(patient, other_patient, lang):
    client = client_for(other_patient.user)
    if lang == "zh-hans":
        _zh(client)
    response = client.get(f"/records/patients/{patient.pk}/")
    assert response.status_code == 403
    page = response.content.decode()
    assert 'data-status="403"' in page
    assert _in(lang, "You cannot see this record.") in page
    assert _in(lang, "You cannot open this page") in page


@pytest.mark.parametrize("lang", ["en", "zh-hans"])
def test_500_page_renders_without_the_database(django_assert_num_queries, lang):
    request = RequestFactory().get("/")
    with translation.override(lang), django_assert_num_queries(0):
        response = error_views.server_error(request)
    assert response.status_code == 500
    page = response.content.decode()
    assert f'<html lang="{lang}"' in page and 'data-status="500"' in page
    assert _in(lang, "Something went wrong on our side") in page


# --- FHIR download ----------------------------------------------------------------------------


def test_fhir_export_downloads_as_a_named_file(patient):
    response = client_for(patient.user).get(f"/fhir/Patient/{patient.pk}/$everything")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/fhir+json")
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="telemed-patient-{patient.pk}-{today}.json"'
    )
    assert response.json()["resourceType"] == "Bundle"


# --- units ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "shown"),
    [
        ("Cel", "°C"),
        ("mm[Hg]", "mmHg"),
        ("/min", "/min"),
        ("{beats}/min", "/min"),
        ("%", "%"),
        ("kg", "kg"),
        ("cm", "cm"),
        ("[in_i]", "in"),
        ("[lb_av]", "lb"),
        ("kg/m2", "kg/m²"),
    ],
)
def test_ucum_codes_are_shown_as_people_write_them(code, shown):
    assert display_unit(code) == shown


def test_quantities_and_the_template_filters():
    assert display_quantity(Decimal("38.50"), "Cel") == "38.5°C"
    assert display_quantity(Decimal("120.00"), "mm[Hg]") == "120 mmHg"
    assert display_quantity(Decimal("72"), "/min") == "72/min"
    assert display_quantity(Decimal("98"), "%") == "98%"
    template = Template("{% load units %}{{ v|quantity:u }} / {{ u|unit }}")
    assert template.render(Context({"v": Decimal("37.0"), "u": "Cel"})) == "37°C / °C"


def test_the_record_page_shows_written_units(patient, clinician):
    consultation = start_consultation(patient)
    consult_services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    for code, value in (("8310-5", "38.2"), ("8480-6", "128")):
        services.observation_record(
            patient=patient, performer=clinician.user, code=code, value=Decimal(value)
        )
    page = client_for(patient.user).get(f"/records/patients/{patient.pk}/").content.decode()
    assert "38.2°C" in page and "128 mmHg" in page
    assert "Cel" not in page and "mm[Hg]" not in page


# --- demo data --------------------------------------------------------------------------------


def test_seed_demo_is_idempotent_and_fills_the_dashboard(settings):
    settings.DEBUG = True
    call_command("seed_demo")
    call_command("seed_demo")
    for username in ("patient1", "clinician1", "clinician2", "admin"):
        assert User.objects.get(username=username).check_password("telemed-demo-2026")
    assert Patient.objects.filter(user__username="patient1").count() == 1
    assert Practitioner.objects.filter(user__username__in=["clinician1", "clinician2"]).count() == 2
    waiting = Consultation.objects.filter(status="waiting")
    assert waiting.count() == 3
    assert len(set(waiting.values_list("urgency", flat=True))) == 3
    clinician1 = Practitioner.objects.get(user__username="clinician1")
    in_progress = Consultation.objects.get(status="in_progress")
    assert in_progress.clinician == clinician1
    closed = Consultation.objects.get(status="closed")
    assert closed.patient.user.username == "patient1"
    report = ClinicalReport.objects.get(encounter_id=closed.encounter_id)
    assert report.status == "signed" and report.safety_netting and report.follow_up_date
    assert report.follow_up_date >= timezone.localdate() - dt.timedelta(days=1)
    assert Consultation.objects.count() == 5
    # The dashboard of clinician1 is not empty: the waiting queue and their consultation.
    page = client_for(clinician1.user).get("/dashboard/").content.decode()
    assert "Tight chest on the stairs" in page
    # patient1 sees the closed consultation with its report link.
    room = client_for(closed.patient.user).get(f"/consult/{closed.pk}/").content.decode()
    assert f'href="/records/reports/{report.pk}/"' in room


def test_seed_demo_is_refused_without_debug_unless_forced(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("seed_demo")
    call_command("seed_demo", "--force")
    assert User.objects.filter(username="clinician1").exists()
