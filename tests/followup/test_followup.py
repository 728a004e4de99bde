"""Follow-up care: the plan on the patient's record, a follow-up consultation linked to the
earlier one, started only by that patient once the earlier one is closed."""

from __future__ import annotations

import datetime as dt

import pytest

from consult import services
from consult.access import AccessDenied
from consult.errors import ConsultError
from consult.followup import consultation_follow_up_start
from consult.models import Consultation
from records.models import AuditEvent

from ..conftest import client_for
from ..factories import start_consultation
from ..notifications.helpers import signed_report

pytestmark = pytest.mark.django_db

PLAN = "Come back if the fever lasts more than 3 days; recheck the throat in a week."


@pytest.fixture
def closed(assigned, clinician):
    signed_report(assigned, clinician, follow_up_date=dt.date(2026, 12, 10),
                  follow_up_instructions=PLAN, safety_netting="Call 999 if you cannot swallow.")
    services.consultation_close(consultation_id=assigned.pk, user=clinician.user)
    assigned.refresh_from_db()
    return assigned


def test_the_patient_starts_a_linked_follow_up(closed, patient):
    response = client_for(patient.user).post(
        f"/consult/{closed.pk}/follow-up/", {"chief_complaint": "Fever is back"}
    )
    follow_up = Consultation.objects.get(follow_up_of=closed)
    assert response.status_code == 302 and response["Location"] == f"/consult/{follow_up.pk}/"
    assert follow_up.patient == patient
    assert follow_up.status == Consultation.Status.WAITING
    assert follow_up.chief_complaint == "Fever is back"
    assert follow_up.encounter_id != closed.encounter_id
    assert list(closed.follow_ups.all()) == [follow_up]


def test_another_patient_cannot_follow_up(closed, other_patient):
    response = client_for(other_patient.user).post(f"/consult/{closed.pk}/follow-up/")
    assert response.status_code == 404
    assert not Consultation.objects.filter(follow_up_of=closed).exists()
    assert AuditEvent.objects.filter(
        actor=other_patient.user, action="denied", entity="Consultation", entity_id=str(closed.pk)
    ).exists()
    with pytest.raises(AccessDenied):
        consultation_follow_up_start(previous_id=closed.pk, user=other_patient.user)


def test_a_clinician_cannot_start_one(closed, clinician):
    response = client_for(clinician.user).post(f"/consult/{closed.pk}/follow-up/")
    assert response.status_code == 403
    with pytest.raises(AccessDenied):
        consultation_follow_up_start(previous_id=closed.pk, user=clinician.user)
    assert not Consultation.objects.filter(follow_up_of=closed).exists()


def test_an_open_consultation_cannot_be_followed_up(assigned, patient):
    response = client_for(patient.user).post(f"/consult/{assigned.pk}/follow-up/", follow=True)
    assert "once this consultation is closed" in response.content.decode()
    assert not Consultation.objects.filter(follow_up_of=assigned).exists()
    with pytest.raises(ConsultError) as refused:
        consultation_follow_up_start(previous_id=assigned.pk, user=patient.user)
    assert refused.value.code == "not_closed"


def test_follow_up_needs_a_post(closed, patient):
    assert client_for(patient.user).get(f"/consult/{closed.pk}/follow-up/").status_code == 405


def test_the_record_shows_the_plan_and_the_button(closed, patient):
    page = client_for(patient.user).get(f"/records/patients/{patient.pk}/").content.decode()
    assert 'data-testid="follow-up-plan"' in page
    assert "recheck the throat in a week" in page
    assert "Call 999 if you cannot swallow." in page
    assert "Follow up on" in page
    assert f'action="/consult/{closed.pk}/follow-up/"' in page
    client_for(patient.user).post(f"/consult/{closed.pk}/follow-up/")
    follow_up = Consultation.objects.get(follow_up_of=closed)
    page = client_for(patient.user).get(f"/records/patients/{patient.pk}/").content.decode()
    assert "Follow-up started:" in page and f'href="/consult/{follow_up.pk}/"' in page
    # While it is open the record leads back to it instead of offering another.
    assert 'data-testid="continue-follow-up"' in page
    assert f'action="/consult/{closed.pk}/follow-up/"' not in page


def test_a_draft_plan_is_not_shown_to_the_patient(assigned, clinician, patient):
    from records import services as records_services
    from records.models import ClinicalReport

    draft = records_services.report_create_draft(
        encounter=assigned.encounter, author=clinician.user, sections={"plan": "Rest"}
    )
    ClinicalReport.objects.filter(pk=draft.pk).update(follow_up_instructions="Secret draft plan")
    page = client_for(patient.user).get(f"/records/patients/{patient.pk}/").content.decode()
    assert "Secret draft plan" not in page
    assert "No follow-up has been planned." in page


def test_the_clinician_sees_the_plan_without_the_button(closed, patient, clinician):
    page = client_for(clinician.user).get(f"/records/patients/{patient.pk}/").content.decode()
    assert "recheck the throat in a week" in page
    assert 'data-testid="start-follow-up"' not in page


def test_any_closed_consultation_can_be_followed_up_from_the_record(patient, clinician):
    other = start_consultation(patient, "Rash on the arm")
    services.consultation_pick(consultation_id=other.pk, user=clinician.user)
    services.consultation_close(consultation_id=other.pk, user=clinician.user)
    page = client_for(patient.user).get(f"/records/patients/{patient.pk}/").content.decode()
    assert f'action="/consult/{other.pk}/follow-up/"' in page


def test_the_closed_room_offers_the_follow_up_to_the_patient(closed, patient, clinician):
    action = f'action="/consult/{closed.pk}/follow-up/"'
    assert action in client_for(patient.user).get(f"/consult/{closed.pk}/").content.decode()
    assert action not in client_for(clinician.user).get(f"/consult/{closed.pk}/").content.decode()


def test_a_second_click_opens_the_same_follow_up(closed, patient):
    first = consultation_follow_up_start(previous_id=closed.pk, user=patient.user)
    again = consultation_follow_up_start(previous_id=closed.pk, user=patient.user)
    assert again.pk == first.pk
    assert Consultation.objects.filter(follow_up_of=closed).count() == 1
