"""A clean ending: save and sign in one step, the chat stays open for a last message, closing
tells the patient where the report is, what the follow-up is and what to do if things get worse."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone, translation

from consult import services as consult_services
from consult.models import Consultation, Message
from records import services
from records.models import ClinicalReport, Encounter

from ..conftest import client_for
from ..factories import start_consultation

pytestmark = pytest.mark.django_db

EDITS = {
    "subjective": "Sore throat for two days, no fever.",
    "objective": "Pharynx mildly red.",
    "assessment": "Acute upper respiratory infection.",
    "plan": "Fluids and rest.",
    "follow_up_instructions": "Start a follow-up consultation if not better in five days.",
    "safety_netting": "Get help at once if you cannot swallow fluids.",
}


@pytest.fixture
def picked(patient, clinician):
    consultation = start_consultation(patient)
    consult_services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    consultation.refresh_from_db()
    return consultation


@pytest.fixture
def draft(picked, clinician):
    return services.report_create_draft(
        encounter=picked.encounter, author=clinician.user, sections={"subjective": "first"}
    )


def _follow_up_date() -> str:
    return (timezone.localdate() + dt.timedelta(days=5)).isoformat()


def test_save_and_sign_is_one_post_and_the_chat_stays_open(picked, draft, clinician):
    client = client_for(clinician.user)
    form = {**EDITS, "follow_up_date": _follow_up_date(), "action": "sign"}
    response = client.post(f"/records/reports/{draft.pk}/edit/", form)
    # Back to the open room, told what to do next.
    assert response.status_code == 302 and response.url == f"/consult/{picked.pk}/"
    report = ClinicalReport.objects.get(pk=draft.pk)
    assert report.status == "signed" and report.signer == clinician
    assert report.subjective == EDITS["subjective"] and report.plan == EDITS["plan"]
    assert report.follow_up_instructions == EDITS["follow_up_instructions"]
    assert report.follow_up_date.isoformat() == _follow_up_date()
    assert report.safety_netting == EDITS["safety_netting"]
    picked.refresh_from_db()
    assert picked.status == "in_progress"
    room = client.get(response.url)
    assert "Report signed." in room.content.decode()
    assert 'data-testid="composer"' in room.content.decode()  # a last message can be written


def test_a_refused_sign_keeps_what_was_typed(draft, clinician):
    client = client_for(clinician.user)
    empty = {name: "" for name in ("subjective", "objective", "assessment", "plan")}
    typed = {**empty, "follow_up_instructions": "my careful typed plan", "action": "sign"}
    response = client.post(f"/records/reports/{draft.pk}/edit/", typed)
    assert response.status_code == 400
    page = response.content.decode()
    assert "my careful typed plan" in page and "An empty report cannot be signed." in page
    report = ClinicalReport.objects.get(pk=draft.pk)
    assert report.status == "draft" and report.subjective == "first"  # nothing half-saved

    past = {**EDITS, "follow_up_date": "2001-01-01", "action": "sign"}
    response = client.post(f"/records/reports/{draft.pk}/edit/", past)
    assert response.status_code == 400
    assert EDITS["safety_netting"] in response.content.decode()
    assert ClinicalReport.objects.get(pk=draft.pk).status == "draft"


def test_save_only_saves_and_the_rooms_short_editor_keeps_the_follow_up(draft, clinician):
    client = client_for(clinician.user)
    response = client.post(f"/records/reports/{draft.pk}/edit/", {**EDITS, "action": "save"})
    assert response.status_code == 302
    # The room's editor posts the SOAP sections only: the follow-up plan must survive.
    client.post(f"/records/reports/{draft.pk}/edit/", {"subjective": "s", "plan": "p"})
    report = ClinicalReport.objects.get(pk=draft.pk)
    assert report.status == "draft" and report.subjective == "s"
    assert report.follow_up_instructions == EDITS["follow_up_instructions"]
    assert report.safety_netting == EDITS["safety_netting"]


def test_the_form_offers_a_safety_netting_text_to_edit(draft, clinician):
    page = client_for(clinician.user).get(f"/records/reports/{draft.pk}/edit/").content.decode()
    assert 'name="safety_netting"' in page and "If your symptoms get worse" in page
    assert 'name="follow_up_date"' in page and 'data-testid="report-save-sign"' in page


def test_last_message_then_close_carries_the_report_link(picked, draft, patient, clinician):
    services.report_save_and_sign(report_id=draft.pk, practitioner=clinician, sections=EDITS)
    consult_services.message_post(
        consultation_id=picked.pk, user=clinician.user, body="Take care, goodbye."
    )
    response = client_for(clinician.user).post(f"/consult/{picked.pk}/close/")
    assert response.status_code == 302
    picked.refresh_from_db()
    assert picked.status == "closed"
    assert Encounter.objects.get(pk=picked.encounter_id).status == "finished"
    last_two = list(Message.objects.filter(consultation=picked).order_by("-seq")[:2])
    assert last_two[1].body == "Take care, goodbye." and last_two[1].sender == "clinician"
    assert last_two[0].sender == "system"
    assert f"/records/reports/{draft.pk}/" in last_two[0].body


def test_closing_without_a_report_says_only_closed(picked, clinician, patient):
    consult_services.consultation_close(consultation_id=picked.pk, user=clinician.user)
    last = Message.objects.filter(consultation=picked).order_by("-seq").first()
    assert last.body == "The consultation was closed."
    page = client_for(patient.user).get(f"/consult/{picked.pk}/").content.decode()
    assert 'data-testid="closed-no-report"' in page and 'data-testid="closed-safety"' in page


def test_the_patients_closed_room_in_chinese(picked, draft, patient, clinician):
    chinese = {
        **EDITS,
        "follow_up_instructions": "五天后如未好转，请发起复诊。",
        "safety_netting": "如果无法吞咽液体，请立即就医。",
        "follow_up_date": timezone.localdate() + dt.timedelta(days=5),
    }
    services.report_save_and_sign(report_id=draft.pk, practitioner=clinician, sections=chinese)
    consult_services.consultation_close(consultation_id=picked.pk, user=clinician.user)
    client = client_for(patient.user)
    client.cookies["django_language"] = "zh-hans"
    page = client.get(f"/consult/{picked.pk}/").content.decode()
    assert '<html lang="zh-hans"' in page
    assert f'href="/records/reports/{draft.pk}/"' in page
    assert f'href="/records/reports/{draft.pk}/pdf/"' in page
    assert "五天后如未好转，请发起复诊。" in page and "如果无法吞咽液体，请立即就医。" in page
    with translation.override("zh-hans"):
        closed = translation.gettext("This consultation is closed.")
        worse = translation.gettext("If things get worse")
    assert closed != "This consultation is closed." and closed in page
    assert worse in page
    assert f'action="/consult/{picked.pk}/follow-up/"' in page
    # The report page shows the plan too, and the patient may read it.
    report_page = client.get(f"/records/reports/{draft.pk}/").content.decode()
    assert "五天后如未好转，请发起复诊。" in report_page


def test_signing_no_longer_closes_and_signing_after_close_still_works(picked, draft, clinician):
    consult_services.consultation_close(consultation_id=picked.pk, user=clinician.user)
    services.report_update_draft(report_id=draft.pk, editor=clinician.user, sections=EDITS)
    response = client_for(clinician.user).post(f"/records/reports/{draft.pk}/sign/")
    assert response.status_code == 302 and response.url == f"/records/reports/{draft.pk}/"
    assert Consultation.objects.get(pk=picked.pk).status == "closed"


def test_only_the_assigned_clinician_saves_and_signs(draft, other_clinician):
    response = client_for(other_clinician.user).post(
        f"/records/reports/{draft.pk}/edit/", {**EDITS, "action": "sign"}
    )
    assert response.status_code == 403
    assert ClinicalReport.objects.get(pk=draft.pk).status == "draft"
