"""The report PDF: the clinic's letterhead, and lines that break between words (English) or
between characters (Chinese), read back from the PDF with pypdf."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from consult import services as consult_services
from records import pdf, services

from ..factories import start_consultation

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = pytest.mark.django_db

ENGLISH = (
    "The patient reports a sore throat for more than two days with lethargy, a mild fever "
    "and reduced appetite. There is no difficulty breathing, no drooling and no rash. "
) * 6
CHINESE = "患者主诉咽喉痛两天，伴有低热（38.2°C）和乏力。无呼吸困难，无皮疹。" * 8


@pytest.fixture
def picked(patient, clinician):
    consultation = start_consultation(patient)
    consult_services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    consultation.refresh_from_db()
    return consultation


def _signed(picked, clinician, **sections):
    report = services.report_create_draft(
        encounter=picked.encounter, author=clinician.user, sections=sections
    )
    return services.report_sign(report_id=report.pk, practitioner=clinician)


def _text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _lines(content: bytes) -> list[str]:
    return [line.strip() for line in _text(content).splitlines() if line.strip()]


def test_letterhead_names_the_clinic(picked, clinician, settings):
    settings.TELEMED_CLINIC_NAME = "Riverside Family Clinic"
    settings.TELEMED_CLINIC_ADDRESS = "12 Harbour Road, Bristol BS1 4XY"
    settings.TELEMED_CLINIC_LICENCE = "CQC-1-234567890"
    settings.TELEMED_CLINIC_PHONE = "+44 117 496 0000"
    report = _signed(picked, clinician, subjective="Sore throat.")
    lines = _lines(pdf.render_report_pdf(report))
    assert lines[0] == "Riverside Family Clinic"
    assert "12 Harbour Road, Bristol BS1 4XY" in lines[1]
    assert "+44 117 496 0000" in lines[1] and "CQC-1-234567890" in lines[1]


def test_follow_up_safety_netting_and_vitals_are_printed(picked, clinician, patient):
    from decimal import Decimal

    services.observation_record(
        patient=patient,
        performer=clinician.user,
        code="8310-5",
        value=Decimal("38.2"),
        encounter=picked.encounter,
    )
    report = _signed(
        picked,
        clinician,
        subjective=ENGLISH,
        plan="Rest.",
        follow_up_instructions="Book a review in five days.",
        safety_netting="Call us if you cannot swallow fluids.",
    )
    content = pdf.render_report_pdf(report)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "ending-report.pdf").write_bytes(content)  # to look at
    text = _text(content)
    assert "Book a review in five days." in text
    assert "Call us if you cannot swallow fluids." in text
    assert "If things get worse" in text and "emergency number" in text
    assert "38.2°C" in text and "Cel" not in text


@pytest.mark.parametrize("use_cjk_font", [True, False])
def test_english_lines_break_between_words_only(picked, clinician, monkeypatch, use_cjk_font):
    if use_cjk_font and pdf.find_cjk_font() is None:
        pytest.skip("no CJK font on this machine (scripts/fonts.sh installs one)")
    if not use_cjk_font:
        monkeypatch.setattr(pdf, "find_cjk_font", lambda: None)
    report = _signed(picked, clinician, subjective=ENGLISH)
    lines = _lines(pdf.render_report_pdf(report))
    body = _section(lines, "Subjective", "Objective")
    assert len(body) >= 8  # the paragraph wrapped over many lines
    words = set(ENGLISH.split())
    for line in body:
        assert set(line.split()) <= words, f"a word was split: {line!r}"
    # Put back together with spaces, the lines give the paragraph exactly: no "th an".
    assert " ".join(body) == ENGLISH.strip()


def _section(lines: list[str], heading: str, next_heading: str) -> list[str]:
    start = lines.index(heading) + 1
    return lines[start : lines.index(next_heading, start)]


def test_chinese_breaks_between_characters_and_keeps_punctuation(picked, clinician):
    if pdf.find_cjk_font() is None:
        pytest.skip("no CJK font on this machine (scripts/fonts.sh installs one)")
    plan = "Fluids and rest, more than usual."
    report = _signed(picked, clinician, subjective=CHINESE, plan=plan)
    content = pdf.render_report_pdf(report)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "ending-report-zh.pdf").write_bytes(content)
    lines = _lines(content)
    chinese = _section(lines, "Subjective", "Objective")
    assert len(chinese) >= 3 and all(re.search("[\u4e00-\u9fff]", line) for line in chinese)
    assert "".join(chinese) == CHINESE  # broken between characters, nothing lost or added
    for line in chinese:
        assert line[0] not in "，。）、；：", f"a line starts with a closing mark: {line!r}"
        assert line[-1] not in "（", f"a line ends with an opening mark: {line!r}"
    assert "Fluids and rest, more than usual." in lines


def test_break_lines_is_greedy_and_splits_only_overlong_words():
    measure = len
    lines = pdf.break_lines("more than lethargy", 9, measure)
    assert lines == ["more than", "lethargy"]
    assert pdf.break_lines("https://example.org/abcdef", 10, measure) == [
        "https://ex",
        "ample.org/",
        "abcdef",
    ]
    # "，" may not start a line: it goes down with the character before it.
    expected = ["咽喉痛两", "天，伴有低", "热。"]
    assert pdf.break_lines("咽喉痛两天，伴有低热。", 5, measure) == expected
    assert pdf.break_lines("one\n\ntwo", 10, measure) == ["one", "", "two"]
