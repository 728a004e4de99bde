"""Template tags of the follow-up and waiting partials (room, patient record), so the pages'
views need no change: each reads through consult/followup.py or consult/waiting.py."""

from __future__ import annotations

from django import template

from telemed.auth import client_ip

from .. import followup, waiting
from ..models import Consultation

register = template.Library()


@register.simple_tag(takes_context=True)
def room_history(context, consultation: Consultation):
    """The patient's history for a clinician's room (audited), else None."""
    request = context.get("request")
    if request is None:
        return None
    return followup.room_history_read(
        user=request.user, consultation=consultation, ip=client_ip(request)
    )


@register.simple_tag(takes_context=True)
def waiting_box(context, consultation: Consultation):
    """The waiting information for the patient of a waiting consultation, else None."""
    request = context.get("request")
    if request is None or consultation.status != Consultation.Status.WAITING:
        return None
    if consultation.patient.user_id != request.user.pk:
        return None
    return waiting.waiting_info(consultation)


@register.simple_tag
def follow_up_plans(patient):
    """Follow-up instructions and dates of the patient's signed reports (the record page has
    already checked and audited the read)."""
    return followup.follow_up_plans(patient=patient)
