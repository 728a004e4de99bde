"""Follow-up and waiting pages: start a follow-up consultation, the waiting box's JSON."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_GET, require_POST

from records.models import User
from telemed.auth import client_ip, role_required

from . import access, followup, waiting
from .errors import ConsultError

MAX_COMPLAINT_CHARS = 500


@require_POST
@role_required(User.Role.PATIENT)
def follow_up_start(request: HttpRequest, consultation_id: int) -> HttpResponse:
    """The patient starts a follow-up of their closed consultation; to its room."""
    try:
        access.consultation_access(
            user=request.user, consultation_id=consultation_id, ip=client_ip(request)
        )
    except access.AccessDenied as exc:
        raise Http404 from exc
    complaint = request.POST.get("chief_complaint", "")
    if "\x00" in complaint:
        complaint = ""
    try:
        consultation = followup.consultation_follow_up_start(
            previous_id=consultation_id,
            user=request.user,
            complaint=complaint[:MAX_COMPLAINT_CHARS],
            lang=request.LANGUAGE_CODE,
        )
    except access.AccessDenied as exc:
        raise Http404 from exc
    except ConsultError as exc:  # not closed yet, too many open consultations
        messages.error(request, exc.detail)
        return redirect("records:patient", patient_id=request.user.patient.pk)
    return redirect("consult:room", consultation_id=consultation.pk)


@require_GET
@role_required(User.Role.PATIENT)
def waiting_status(request: HttpRequest, consultation_id: int) -> JsonResponse:
    """The patient's place in the queue and the typical wait (no health data)."""
    try:
        consultation = access.consultation_access(
            user=request.user, consultation_id=consultation_id, ip=client_ip(request)
        )
    except access.AccessDenied as exc:
        raise Http404 from exc
    return JsonResponse(waiting.waiting_info(consultation))
