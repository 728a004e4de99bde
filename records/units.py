"""UCUM unit codes (stored and exported as FHIR wants them) shown as people write them."""

from __future__ import annotations

from decimal import Decimal

# UCUM code -> how it is written on a page or a letter.
UCUM_DISPLAY: dict[str, str] = {
    "Cel": "°C",
    "[degF]": "°F",
    "mm[Hg]": "mmHg",
    "/min": "/min",
    "{beats}/min": "/min",
    "{breaths}/min": "/min",
    "%": "%",
    "kg": "kg",
    "g": "g",
    "cm": "cm",
    "m": "m",
    "[in_i]": "in",
    "[ft_i]": "ft",
    "[lb_av]": "lb",
    "kg/m2": "kg/m²",
    "mmol/L": "mmol/L",
    "mg/dL": "mg/dL",
    "L/min": "L/min",
    "h": "h",
    "d": "days",
}

# Units written straight after the number (no space): 38.5°C, 98%.
NO_SPACE = {"°C", "°F", "%"}


def display_unit(code: str | None) -> str:
    """The unit as people write it: "Cel" -> "°C", "mm[Hg]" -> "mmHg"; unknown codes lose
    UCUM's brackets and curly annotations ("{beats}/min" -> "/min")."""
    code = (code or "").strip()
    if code in UCUM_DISPLAY:
        return UCUM_DISPLAY[code]
    plain = code
    while "{" in plain and "}" in plain[plain.index("{") :]:
        start = plain.index("{")
        plain = plain[:start] + plain[plain.index("}", start) + 1 :]
    return plain.replace("[", "").replace("]", "").strip() or code


def display_quantity(value: Decimal | float | int | str | None, code: str | None) -> str:
    """A value with its unit: "38.5°C", "120 mmHg", "72 /min" reads as "72/min"."""
    if value is None or value == "":
        return ""
    number = value
    if isinstance(value, Decimal):
        number = format(value.normalize(), "f")  # 38.50 -> 38.5, 120.00 -> 120
    unit = display_unit(code)
    if not unit:
        return str(number)
    if unit in NO_SPACE or unit.startswith("/"):
        return f"{number}{unit}"
    return f"{number} {unit}"
