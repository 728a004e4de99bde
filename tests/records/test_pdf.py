"""Report PDFs: who may download them, and CJK text with or without a CJK font."""

from __future__ import annotations

import pytest

from records import pdf, services
from records.models import AuditEvent

from ..conftest import client_for
from .conftest import SECTIONS

pytestmark = pytest.mark.django_db

CHINESE = {**SECTIONS, "subjective": "患者主诉咽喉痛两天，伴有低热。" * 20}


def test_patient_downloads_the_signed_report(signed, patient):
    response = client_for(patient.user).get(f"/records/reports/{signed.pk}/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert "attachment" in response["Content-Disposition"]
    assert AuditEvent.objects.filter(
        action="export", entity="ClinicalReport", entity_id=str(signed.pk), actor=patient.user
    ).exists()


def test_drafts_are_not_for_the_patient(draft, patient, other_patient, clinician):
    assert client_for(patient.user).get(f"/records/reports/{draft.pk}/pdf/").status_code == 403
    response = client_for(clinician.user).get(f"/records/reports/{draft.pk}/pdf/")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")


def test_other_patients_cannot_download(signed, other_patient):
    response = client_for(other_patient.user).get(f"/records/reports/{signed.pk}/pdf/")
    assert response.status_code == 403


def test_chinese_text_renders_with_the_machine_font(picked, clinician):
    report = services.report_create_draft(
        encounter=picked.encounter, author=clinician.user, sections=CHINESE, ai={"model": "m"}
    )
    report = services.report_sign(report_id=report.pk, practitioner=clinician)
    assert pdf.render_report_pdf(report).startswith(b"%PDF")


@pytest.mark.parametrize("font", [None, "/nonexistent/font.ttf", __file__])
def test_without_a_usable_cjk_font_the_pdf_still_renders(picked, clinician, monkeypatch, font):
    report = services.report_create_draft(
        encounter=picked.encounter, author=clinician.user, sections=CHINESE
    )
    monkeypatch.setattr(pdf, "find_cjk_font", lambda: font)
    content = pdf.render_report_pdf(report)
    assert content.startswith(b"%PDF")


def test_latin1_fallback_replaces_what_core_fonts_cannot_show():
    assert pdf.latin1("Café — 咽喉") == "Café - ??"
