"""The ending, follow-up and notices tried as an attacker would: crafted sign requests for another
encounter's report, the closed room with only a draft, another patient's history, file names and
captions in emails, the waiting box's JSON."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from consult import services as consult_services
from consult.models import Consultation
from records import services
from records.models import ClinicalReport

from ..attachments.conftest import pdf_bytes
from ..conftest import client_for
from ..factories import start_consultation
from ..notifications.conftest import clean_redis, eager  # noqa: F401
from ..notifications.helpers import signed_report

pytestmark = pytest.mark.django_db

SECRET = "Confidential HIV viral load result"


def _picked(patient, clinician, complaint: str = "Sore throat") -> Consultation:
    consultation = start_consultation(patient, complaint)
    consult_services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    consultation.refresh_from_db()
    return consultation


def _draft(consultation, clinician, text: str) -> ClinicalReport:
    return services.report_create_draft(
        encounter=consultation.encounter, author=clinician.user, sections={"subjective": text}
    )


def test_a_clinician_cannot_sign_a_colleagues_draft_by_a_crafted_post(
    patient, other_patient, clinician, other_clinician
):
    mine = _picked(patient, clinician)
    theirs = _picked(other_patient, other_clinician)
    _draft(mine, clinician, "mine")
    their_draft = _draft(theirs, other_clinician, "theirs")
    client = client_for(clinician.user)
    for url, data in (
        (f"/records/reports/{their_draft.pk}/edit/", {"subjective": "forged", "action": "sign"}),
        (f"/records/reports/{their_draft.pk}/sign/", {}),
    ):
        response = client.post(url, data)
        assert response.status_code in (403, 404), url
    their_draft.refresh_from_db()
    assert their_draft.status == ClinicalReport.Status.DRAFT
    assert their_draft.subjective == "theirs" and their_draft.signer_id is None


def test_the_closed_room_never_shows_a_draft(patient, clinician):
    consultation = _picked(patient, clinician)
    _draft(consultation, clinician, SECRET)
    consult_services.consultation_close(consultation_id=consultation.pk, user=clinician.user)
    page = client_for(patient.user).get(f"/consult/{consultation.pk}/").content.decode()
    assert 'data-testid="closed-no-report"' in page
    assert SECRET not in page and "closed-report-link" not in page


def test_the_closed_room_shows_this_consultations_report_only(
    patient, other_patient, clinician
):
    theirs = _picked(other_patient, clinician, "Their matter")
    their_report = signed_report(theirs, clinician, subjective=SECRET)
    consult_services.consultation_close(consultation_id=theirs.pk, user=clinician.user)
    mine = _picked(patient, clinician)
    consult_services.consultation_close(consultation_id=mine.pk, user=clinician.user)
    page = client_for(patient.user).get(f"/consult/{mine.pk}/").content.decode()
    assert f"/records/reports/{their_report.pk}/" not in page
    assert 'data-testid="closed-no-report"' in page


def test_the_history_panel_lists_this_patients_consultations_only(
    patient, other_patient, clinician
):
    theirs = _picked(other_patient, clinician, "Their private matter")
    signed_report(theirs, clinician)
    mine = _picked(patient, clinician, "My matter")
    page = client_for(clinician.user).get(f"/consult/{mine.pk}/").content.decode()
    assert 'data-testid="patient-history"' in page
    assert "Their private matter" not in page
    assert f"#{theirs.pk}<" not in page


def test_a_clinicians_file_is_emailed_without_its_name_or_caption(
    patient, clinician, eager, django_capture_on_commit_callbacks, settings  # noqa: F811
):
    settings.TELEMED_UPLOAD_RATE = "100000/m"
    patient.user.email = "patient@example.org"
    patient.user.save(update_fields=["email"])
    consultation = _picked(patient, clinician)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(clinician.user).post(
            f"/consult/{consultation.pk}/attachments/",
            {
                "file": SimpleUploadedFile(
                    "HIV positive result.pdf", pdf_bytes(), content_type="application/pdf"
                ),
                "caption": SECRET,
            },
            HTTP_ACCEPT="application/json",
        )
    assert response.status_code == 201
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    text = f"{message.subject}\n{message.body}\n{message.to}\n{message.from_email}"
    assert "HIV" not in text and "result" not in text.lower() and "viral" not in text.lower()
    assert clinician.full_name not in text and patient.full_name not in text
    assert all("\n" not in value for value in (message.subject, message.from_email))


def test_the_waiting_json_says_numbers_only(patient, other_patient):
    start_consultation(other_patient, "Chest pain for an hour")
    mine = start_consultation(patient, "Rash")
    response = client_for(patient.user).get(f"/consult/{mine.pk}/waiting.json")
    assert response.status_code == 200
    data = response.json()
    assert set(data) <= {
        "status",
        "position",
        "ahead",
        "typical_wait_minutes",
        "position_text",
        "wait_text",
        "note",
    }
    body = response.content.decode()
    assert "Chest" not in body and other_patient.full_name not in body
    assert client_for(other_patient.user).get(f"/consult/{mine.pk}/waiting.json").status_code == 404


def test_a_follow_up_of_a_follow_up_still_belongs_to_the_same_patient(
    patient, other_patient, clinician
):
    consultation = _picked(patient, clinician)
    consult_services.consultation_close(consultation_id=consultation.pk, user=clinician.user)
    first = client_for(patient.user).post(f"/consult/{consultation.pk}/follow-up/")
    assert first.status_code == 302
    follow_up = Consultation.objects.get(follow_up_of=consultation)
    assert follow_up.patient_id == consultation.patient_id
    before = Consultation.objects.count()
    stolen = client_for(other_patient.user).post(f"/consult/{follow_up.pk}/follow-up/")
    assert stolen.status_code == 404
    stolen = client_for(other_patient.user).post(f"/consult/{consultation.pk}/follow-up/")
    assert stolen.status_code == 404
    assert Consultation.objects.count() == before
