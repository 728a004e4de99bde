"""One-page PDF of a clinical report (fpdf2), with a CJK font when the machine has one."""

from __future__ import annotations

import functools
import logging
import os
import shutil
import subprocess

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from fpdf import FPDF
from fpdf.enums import WrapMode, XPos, YPos

from .models import ClinicalReport

logger = logging.getLogger(__name__)
logging.getLogger("fontTools").setLevel(logging.WARNING)  # font subsetting is chatty at INFO

# Looked at when fontconfig is missing or finds nothing (Debian/Ubuntu, Fedora, macOS).
KNOWN_CJK_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/System/Library/Fonts/PingFang.ttc",
)
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")
BRAND = (15, 90, 120)
MUTED = (100, 100, 100)

_PUNCTUATION = str.maketrans(
    {"—": "-", "–": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "...", "•": "-"}
)


@functools.lru_cache(maxsize=1)
def find_cjk_font() -> str | None:
    """Path of a font file that covers Chinese, or None. `TELEMED_PDF_FONT` (a setting) wins."""
    configured = getattr(settings, "TELEMED_PDF_FONT", "")
    if configured and os.path.isfile(configured):
        return configured
    candidates: list[str] = []
    if shutil.which("fc-list"):
        try:
            out = subprocess.run(
                ["fc-list", "-f", "%{file}\n", ":lang=zh"],
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            ).stdout
            candidates = sorted(
                {line.strip() for line in out.splitlines() if line.strip()},
                key=lambda p: (not p.endswith(".ttf"), "Bold" in p, p),
            )
        except (OSError, subprocess.SubprocessError):
            candidates = []
    for path in [*candidates, *KNOWN_CJK_FONTS]:
        if path.lower().endswith(FONT_SUFFIXES) and os.path.isfile(path):
            return path
    return None


def latin1(text: str) -> str:
    """What a core PDF font can show: common punctuation mapped, other characters as '?'."""
    return text.translate(_PUNCTUATION).encode("latin-1", "replace").decode("latin-1")


class _ReportPDF(FPDF):
    def __init__(self, font_path: str | None) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.family = "helvetica"
        self.unicode = False
        if font_path:
            try:
                self.add_font("report", "", font_path)
                self.add_font("report", "B", font_path)
                self.family, self.unicode = "report", True
            except Exception:  # a broken font file must not break the download
                logger.warning("PDF font %s could not be loaded; using a core font", font_path)
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(auto=True, margin=16)

    def txt(self, text: object) -> str:
        text = str(text or "")
        return text if self.unicode else latin1(text)

    def write_block(self, text: str, size: float = 10.5, bold: bool = False, color=None) -> None:
        self.set_font(self.family, "B" if bold else "", size)
        self.set_text_color(*(color or (0, 0, 0)))
        self.multi_cell(
            0,
            size * 0.5,
            self.txt(text),
            align="L",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
            wrapmode=WrapMode.CHAR if self.unicode else WrapMode.WORD,
        )


def _when(value) -> str:
    return date_format(timezone.localtime(value), "DATETIME_FORMAT") if value else "—"


def render_report_pdf(report: ClinicalReport) -> bytes:
    """The report as PDF bytes; never fails on characters the chosen font lacks."""
    pdf = _ReportPDF(find_cjk_font())
    pdf.set_title(pdf.txt(_("Consultation report")))
    pdf.set_creator("Telemed")
    pdf.add_page()
    patient = report.patient

    # Header band: clinic, title, status.
    pdf.set_font(pdf.family, "B", 18)
    pdf.set_text_color(*BRAND)
    pdf.cell(0, 9, "Telemed", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(pdf.family, "", 11)
    pdf.set_text_color(*MUTED)
    title = _("Consultation report") + " · " + _("version %(n)s") % {"n": report.version}
    title += " · " + str(report.get_status_display())
    pdf.cell(0, 6, pdf.txt(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_draw_color(*BRAND)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
    pdf.ln(5)

    # Patient and encounter.
    rows = [
        (_("Patient"), patient.full_name),
        (
            _("Date of birth"),
            f"{date_format(patient.birth_date, 'DATE_FORMAT')} · {patient.get_sex_display()}",
        ),
        (_("Consultation date"), _when(report.encounter.period_start)),
    ]
    if report.encounter.reason:
        rows.append((_("Reason"), report.encounter.reason))
    for label, value in rows:
        pdf.set_font(pdf.family, "B", 10)
        pdf.set_text_color(*MUTED)
        pdf.cell(42, 6, pdf.txt(label))
        pdf.set_font(pdf.family, "", 10.5)
        pdf.set_text_color(0, 0, 0)
        pdf.multi_cell(0, 6, pdf.txt(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)

    if report.status == ClinicalReport.Status.DRAFT:
        pdf.write_block(
            _("DRAFT: not signed, not valid as a medical document."), 11, True, (170, 30, 30)
        )
        pdf.ln(2)
    elif report.status == ClinicalReport.Status.AMENDED:
        pdf.write_block(_("Superseded by a later amended version."), 10.5, True, (170, 90, 0))
        pdf.ln(2)

    sections = [
        (_("Subjective"), report.subjective),
        (_("Objective"), report.objective),
        (_("Assessment"), report.assessment),
        (_("Plan"), report.plan),
    ]
    for heading, body in sections:
        pdf.write_block(heading, 12, True, BRAND)
        pdf.ln(0.5)
        pdf.write_block(body.strip() or "—")
        pdf.ln(3)

    # Signature and provenance.
    pdf.set_draw_color(200, 200, 200)
    pdf.set_line_width(0.2)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(2)
    if report.signer is not None:
        signed = _("Signed by %(name)s on %(when)s") % {
            "name": report.signer.full_name,
            "when": _when(report.signed_at),
        }
        if report.signer.qualification:
            signed += f" ({report.signer.qualification})"
        pdf.write_block(signed, 10.5, True)
    if report.replaces_id:
        pdf.write_block(
            _("Amends version %(n)s. Reason: %(reason)s")
            % {"n": report.version - 1, "reason": report.amendment_reason or "—"},
            9.5,
            color=MUTED,
        )
    if report.ai_generated:
        pdf.write_block(
            _("Drafted with AI assistance and reviewed by the signing clinician."),
            9.5,
            color=MUTED,
        )
    pdf.write_block(_("Generated %(when)s") % {"when": _when(timezone.now())}, 8.5, color=MUTED)
    return bytes(pdf.output())
