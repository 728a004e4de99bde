"""Documents and pages given hostile input: patient and clinician names that are very long, right to
left, emoji or CJK, report text with unbreakable runs; the export names carry no user data."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from records import pdf

from ..conftest import client_for
from .test_pdf_letterhead import _signed, picked  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db

NAMES = [
    "W" * 200,  # the longest a name may be, with nowhere to break
    "محمد بن عبد الله الشريف",  # right to left
    "\u202eevil\u202c Name \u200f\u200e",  # bidi overrides and marks
    "Zoë 😷🤒👩🏽‍⚕️ Smith",  # emoji, a ZWJ sequence, skin tone
    "王小明" * 60,  # CJK, 180 characters without a space
    "Ａｎｎａ\tNguyễn\x0bTrần",  # full-width, tab, vertical tab, combining marks
]


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_the_report_pdf_is_made_whatever_the_names(picked, clinician, patient, name):  # noqa: F811
    patient.full_name = name
    patient.save(update_fields=["full_name"])
    clinician.full_name = name
    clinician.save(update_fields=["full_name"])
    report = _signed(
        picked,
        clinician,
        subjective=f"{name} says: " + "x" * 400 + " 😷 " + "长" * 300,
        plan="https://example.org/" + "a" * 300,
        follow_up_instructions=name,
        safety_netting="\u202e" + name,
    )
    report.patient.refresh_from_db()
    content = pdf.render_report_pdf(report)
    reader = PdfReader(io.BytesIO(content))
    assert len(reader.pages) >= 1
    response = client_for(patient.user).get(f"/records/reports/{report.pk}/pdf/")
    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert name not in disposition and "\n" not in disposition


def test_export_names_carry_no_user_data(picked, clinician, patient):  # noqa: F811
    patient.full_name = 'Evil"; filename="x.html'
    patient.save(update_fields=["full_name"])
    report = _signed(picked, clinician, subjective="Sore throat.")
    client = client_for(patient.user)
    pdf_name = client.get(f"/records/reports/{report.pk}/pdf/")["Content-Disposition"]
    assert pdf_name == f'attachment; filename="report-{report.pk}-v{report.version}.pdf"'
    fhir = client.get(f"/fhir/Patient/{patient.pk}/$everything")
    assert fhir.status_code == 200
    assert "Evil" not in fhir["Content-Disposition"]
    assert fhir["Content-Disposition"].startswith("attachment;")
