"""The waiting patient's box: place in the dashboard's order (urgency, then longest waiting),
the typical wait only with enough recent pick-ups, the JSON only for that patient."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from consult import services, waiting
from consult.models import URGENCY_RANK, Consultation

from ..conftest import client_for
from ..factories import PatientFactory, start_consultation

pytestmark = pytest.mark.django_db


def _urgent(consultation: Consultation) -> Consultation:
    Consultation.objects.filter(pk=consultation.pk).update(
        urgency="urgent", urgency_rank=URGENCY_RANK["urgent"]
    )
    consultation.refresh_from_db()
    return consultation


def _queue(n: int) -> list[Consultation]:
    return [start_consultation(PatientFactory()) for _ in range(n)]


def test_position_follows_urgency_then_arrival():
    first, second, later_urgent = _queue(3)
    _urgent(later_urgent)
    positions = {
        c.pk: waiting.waiting_info(Consultation.objects.get(pk=c.pk))["position"]
        for c in (first, second, later_urgent)
    }
    assert positions == {later_urgent.pk: 1, first.pk: 2, second.pk: 3}
    info = waiting.waiting_info(later_urgent)
    assert info["ahead"] == 0 and info["position_text"] == "You are next in the queue."
    info = waiting.waiting_info(Consultation.objects.get(pk=second.pk))
    assert info["position_text"] == "There are 2 people ahead of you in the queue."


def test_picked_consultations_leave_the_queue(clinician):
    first, second = _queue(2)
    services.consultation_pick(consultation_id=first.pk, user=clinician.user)
    second.refresh_from_db()
    assert waiting.waiting_info(second)["position"] == 1
    first.refresh_from_db()
    assert waiting.waiting_info(first)["position"] is None


def _picked_after(minutes: list[int]) -> None:
    now = timezone.now()
    for i, wait in enumerate(minutes):
        c = start_consultation(PatientFactory())
        created = now - dt.timedelta(hours=1, minutes=i)
        Consultation.objects.filter(pk=c.pk).update(
            created_at=created, picked_at=created + dt.timedelta(minutes=wait)
        )


def test_no_typical_wait_is_said_from_too_few_pick_ups():
    _picked_after([3, 4, 50, 6])
    assert waiting.typical_wait() is None
    (mine,) = _queue(1)
    info = waiting.waiting_info(mine)
    assert info["typical_wait_minutes"] is None and info["wait_text"] == ""


def test_typical_wait_is_the_median_of_recent_pick_ups():
    _picked_after([3, 4, 50, 6, 8])
    assert waiting.typical_wait() == (6, 5)
    # Pick-ups older than RECENT_DAYS do not count.
    old = start_consultation(PatientFactory())
    long_ago = timezone.now() - dt.timedelta(days=waiting.RECENT_DAYS + 1)
    Consultation.objects.filter(pk=old.pk).update(
        created_at=long_ago, picked_at=long_ago + dt.timedelta(minutes=500)
    )
    assert waiting.typical_wait() == (6, 5)
    (mine,) = _queue(1)
    assert "about 6 minutes" in waiting.waiting_info(mine)["wait_text"]


def test_waiting_json_is_for_the_patient_only(patient, other_patient, clinician):
    ahead = start_consultation(other_patient)
    mine = start_consultation(patient)
    response = client_for(patient.user).get(f"/consult/{mine.pk}/waiting.json")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "waiting" and body["position"] == 2 and body["ahead"] == 1
    assert "chief_complaint" not in body
    assert client_for(other_patient.user).get(f"/consult/{mine.pk}/waiting.json").status_code == 404
    assert client_for(clinician.user).get(f"/consult/{ahead.pk}/waiting.json").status_code == 403
    services.consultation_pick(consultation_id=mine.pk, user=clinician.user)
    body = client_for(patient.user).get(f"/consult/{mine.pk}/waiting.json").json()
    assert body["status"] == "in_progress" and body["position"] is None


def test_room_shows_the_waiting_box_to_the_waiting_patient_only(patient, clinician):
    mine = start_consultation(patient)
    page = client_for(patient.user).get(f"/consult/{mine.pk}/").content.decode()
    assert 'data-testid="waiting"' in page and "You are next in the queue." in page
    page = client_for(clinician.user).get(f"/consult/{mine.pk}/").content.decode()
    assert 'data-testid="waiting"' not in page
    services.consultation_pick(consultation_id=mine.pk, user=clinician.user)
    page = client_for(patient.user).get(f"/consult/{mine.pk}/").content.decode()
    assert 'data-testid="waiting"' not in page
