"""Template tags of the chat composer's attachment controls (the room's view needs no change)."""

from __future__ import annotations

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def upload_max_bytes() -> int:
    """The largest file the chat accepts, so the page can refuse a larger one before sending."""
    return settings.TELEMED_UPLOAD_MAX_BYTES
