"""The clinician's room shows the patient's history (audited), and beside a follow-up the
earlier consultation's signed report; never another patient's, never to the patient."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from consult import services
from consult.models import Consultation
from records.models import AuditEvent

from ..conftest import client_for
from ..factories import start_consultation
from ..notifications.helpers import signed_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def follow_up(assigned, clinician, patient):
    signed_report(
        assigned,
        clinician,
        assessment="Tonsillitis, likely viral",
        plan="Fluids and rest",
        follow_up_instructions="Return in a week if not better",
        follow_up_date=dt.date(2026, 12, 10),
    )
    services.consultation_close(consultation_id=assigned.pk, user=clinician.user)
    client_for(patient.user).post(f"/consult/{assigned.pk}/follow-up/", {"chief_complaint": "x"})
    return Consultation.objects.get(follow_up_of=assigned)


def test_clinician_sees_the_earlier_report_beside_the_follow_up(
    follow_up, assigned, clinician, other_clinician, patient, other_patient
):
    theirs = start_consultation(other_patient, "Other patient's back pain")
    page = client_for(other_clinician.user).get(f"/consult/{follow_up.pk}/").content.decode()
    earlier = page[page.index('data-testid="earlier-report"') :]
    assert "Tonsillitis, likely viral" in earlier and "Fluids and rest" in earlier
    assert "Return in a week if not better" in earlier
    history = page[page.index('data-testid="patient-history"') :]
    assert f"#{assigned.pk}" in history and "Sore throat since yesterday" in history
    assert f"#{theirs.pk}" not in history and "back pain" not in page
    # The earlier room belongs to another clinician: listed, not linked.
    assert f'href="/consult/{assigned.pk}/"' not in history
    reads = AuditEvent.objects.filter(actor=other_clinician.user, action="read")
    assert reads.filter(entity="Consultation", entity_id=str(assigned.pk)).exists()
    assert reads.filter(entity="ClinicalReport", patient_id=patient.pk).exists()
    assert not reads.filter(patient_id=other_patient.pk).exists()


def test_the_assigned_clinician_gets_links_to_their_earlier_room(follow_up, assigned, clinician):
    page = client_for(clinician.user).get(f"/consult/{follow_up.pk}/").content.decode()
    assert f'href="/consult/{assigned.pk}/"' in page


def test_the_patient_sees_no_history_panel(follow_up, patient):
    page = client_for(patient.user).get(f"/consult/{follow_up.pk}/").content.decode()
    assert 'data-testid="patient-history"' not in page
    assert 'data-testid="earlier-report"' not in page


def test_a_first_consultation_has_an_empty_history(consultation, clinician):
    page = client_for(clinician.user).get(f"/consult/{consultation.pk}/").content.decode()
    assert "No other consultations." in page and 'data-testid="earlier-report"' not in page


def test_the_room_carries_valid_notification_strings(consultation, patient):
    page = client_for(patient.user).get(f"/consult/{consultation.pk}/").content.decode()
    block = re.search(r'<script id="notify-strings" type="application/json">(.*?)</script>', page,
                      re.S)
    strings = json.loads(block.group(1))
    assert strings["enable"] == "Notify me" and strings["title"].endswith(f"#{consultation.pk}")
    assert "js/notify.js" in page
