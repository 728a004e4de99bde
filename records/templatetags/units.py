"""Template filters: `{{ o.unit|unit }}` and `{{ o.value|quantity:o.unit }}` (°C, mmHg, /min)."""

from __future__ import annotations

from django import template

from records.units import display_quantity, display_unit

register = template.Library()


@register.filter(name="unit")
def unit(code: str | None) -> str:
    return display_unit(code)


@register.filter(name="quantity")
def quantity(value, code: str | None) -> str:
    return display_quantity(value, code)
