"""PDF of a clinical report (fpdf2) on the clinic's letterhead, with a CJK font when the machine
has one; lines break between words (English) or between characters (Chinese), never mid-word."""

from __future__ import annotations

import functools
import logging
import os
import re
import shutil
import subprocess

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from .models import ClinicalReport
from .units import display_quantity

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
ALERT = (170, 30, 30)

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


def emergency_line() -> str:
    """The fixed sentence under "If things get worse" (the closed room says it too)."""
    return _(
        "In an emergency (trouble breathing, chest pain, fainting, heavy bleeding, signs of a "
        "stroke) call your local emergency number now: 120 in mainland China, 999 in the UK, "
        "112 in the EU, 911 in the US."
    )


# --- line breaking ----------------------------------------------------------------------------

# Characters between which a line may break without a space: CJK ideographs, kana, hangul,
# CJK and full-width punctuation.
_CJK = re.compile(
    "[\u2e80-\u2fff\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
)
# Kinsoku: never at the start of a line (closing marks) / never at the end (opening marks).
NO_LINE_START = set("，。、；：？！）》」』】〉〕｝’”,.;:?!)]}%…・～ー·")
NO_LINE_END = set("（《「『【〈〔｛‘“([{")


def _is_cjk(char: str) -> bool:
    return bool(_CJK.match(char))


def _atoms(paragraph: str) -> list[tuple[str, bool]]:
    """The unbreakable pieces of one paragraph, each with whether a space precedes it: a run of
    non-CJK, non-space characters (an English word, a number with its unit) is one piece, and
    every CJK character is its own, with closing marks glued to the piece before them and
    opening marks to the piece after them."""
    pieces: list[list] = []  # [text, space_before]
    space = False
    opening, opening_space = "", False  # opening marks waiting for what they open
    for char in paragraph:
        if char.isspace():
            space = True
            continue
        if char in NO_LINE_END and (space or opening or not pieces or _is_cjk(char)):
            if not opening:
                opening_space = space
            opening += char
        elif opening:
            pieces.append([opening + char, opening_space])
            opening = ""
        elif (
            pieces
            and not space
            and (char in NO_LINE_START or not (_is_cjk(char) or _is_cjk(pieces[-1][0][-1])))
        ):
            pieces[-1][0] += char  # the same word, or a mark that may not start a line
        else:
            pieces.append([char, space])
        space = False
    if opening:
        pieces.append([opening, opening_space])
    return [(text, before) for text, before in pieces]


def break_lines(text: str, width: float, measure) -> list[str]:
    """`text` broken into lines no wider than `width` (as `measure(str)` says): at spaces, and
    between CJK characters; a word is split only when it alone is wider than a line."""
    lines: list[str] = []
    for paragraph in str(text).replace("\r\n", "\n").split("\n"):
        line = ""
        for piece, space_before in _atoms(paragraph):
            joined = f"{line} {piece}" if line and space_before else line + piece
            if line and measure(joined) > width:
                lines.append(line)
                joined = piece
            line = joined
            if measure(line) > width:  # one piece wider than a whole line
                *full, line = _hard_split(line, width, measure)
                lines.extend(full)
        lines.append(line)
    return lines


def _hard_split(word: str, width: float, measure) -> list[str]:
    """A word too long for any line (a long link, say), cut where the line is full."""
    parts, current = [], ""
    for char in word:
        if current and measure(current + char) > width:
            parts.append(current)
            current = char
        else:
            current += char
    parts.append(current)
    return parts


# --- the document -----------------------------------------------------------------------------


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
        """Text from the current x to the right margin, wrapped by break_lines (fpdf2's own
        wrapping splits English words when a Unicode font is set, and Chinese has no spaces)."""
        self.set_font(self.family, "B" if bold else "", size)
        self.set_text_color(*(color or (0, 0, 0)))
        x = self.get_x()
        width = self.w - self.r_margin - x
        height = size * 0.5
        for line in break_lines(self.txt(text), width - 2 * self.c_margin, self.get_string_width):
            self.set_x(x)
            self.cell(width, height, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _when(value) -> str:
    return date_format(timezone.localtime(value), "DATETIME_FORMAT") if value else "—"


def _letterhead(pdf: _ReportPDF) -> None:
    """The clinic's name, address, phone and licence (settings TELEMED_CLINIC_*)."""
    pdf.write_block(settings.TELEMED_CLINIC_NAME or "Telemed", 17, True, BRAND)
    details = [settings.TELEMED_CLINIC_ADDRESS]
    if settings.TELEMED_CLINIC_PHONE:
        details.append(_("Tel. %(phone)s") % {"phone": settings.TELEMED_CLINIC_PHONE})
    if settings.TELEMED_CLINIC_LICENCE:
        details.append(_("Licence %(number)s") % {"number": settings.TELEMED_CLINIC_LICENCE})
    details = [d for d in details if d]
    if details:
        pdf.write_block(" · ".join(details), 9, color=MUTED)
    pdf.set_draw_color(*BRAND)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
    pdf.ln(5)


def _rows(pdf: _ReportPDF, rows: list[tuple[str, str]]) -> None:
    """Label / value rows; a long value wraps under itself."""
    for label, value in rows:
        y = pdf.get_y()
        pdf.set_font(pdf.family, "B", 10)
        pdf.set_text_color(*MUTED)
        pdf.cell(42, 6, pdf.txt(label))
        pdf.set_xy(pdf.l_margin + 42, y + 0.4)
        pdf.write_block(value, 10.5)
        pdf.set_y(max(pdf.get_y(), y + 6))


def _heading(pdf: _ReportPDF, text: str) -> None:
    pdf.write_block(text, 12, True, BRAND)
    pdf.ln(0.5)


def render_report_pdf(report: ClinicalReport) -> bytes:
    """The report as PDF bytes; never fails on characters the chosen font lacks."""
    pdf = _ReportPDF(find_cjk_font())
    pdf.set_title(pdf.txt(_("Consultation report")))
    pdf.set_creator(pdf.txt(settings.TELEMED_CLINIC_NAME or "Telemed"))
    pdf.add_page()
    patient = report.patient

    _letterhead(pdf)
    title = _("Consultation report") + " · " + _("version %(n)s") % {"n": report.version}
    title += " · " + str(report.get_status_display())
    pdf.write_block(title, 12, True)
    pdf.ln(2)

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
    _rows(pdf, rows)
    pdf.ln(3)

    if report.status == ClinicalReport.Status.DRAFT:
        pdf.write_block(_("DRAFT: not signed, not valid as a medical document."), 11, True, ALERT)
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
        _heading(pdf, heading)
        pdf.write_block(body.strip() or "—")
        pdf.ln(3)

    vitals = list(report.encounter.observations.order_by("effective_at"))
    if vitals:
        _heading(pdf, _("Vital signs"))
        _rows(pdf, [(o.display, display_quantity(o.value, o.unit)) for o in vitals])
        pdf.ln(3)

    if report.follow_up_instructions or report.follow_up_date:
        _heading(pdf, _("Follow-up"))
        if report.follow_up_date:
            when = date_format(report.follow_up_date, "DATE_FORMAT")
            pdf.write_block(_("Follow-up date: %(date)s") % {"date": when}, 10.5, True)
        if report.follow_up_instructions:
            pdf.write_block(report.follow_up_instructions.strip())
        pdf.ln(3)
    _heading(pdf, _("If things get worse"))
    if report.safety_netting:
        pdf.write_block(report.safety_netting.strip())
    pdf.write_block(emergency_line(), 10.5, True, ALERT)
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
