"""Consultation pages: my consultations, the chat room, pick-up, close and the dashboard."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from records.models import User
from records.selectors import signed_report_of_encounter
from records.services import audit_reads, audit_record
from telemed.auth import client_ip, role_required

from . import access, selectors, services
from .models import Consultation

MAX_COMPLAINT_CHARS = 500


@role_required(User.Role.PATIENT)
def consultation_list(request: HttpRequest) -> HttpResponse:
    consultations = selectors.consultations_of_patient(user=request.user)
    return render(request, "consult/list.html", {"consultations": consultations})


@require_POST
@role_required(User.Role.PATIENT)
def consultation_new(request: HttpRequest) -> HttpResponse:
    complaint = request.POST.get("chief_complaint", "")
    if "\x00" in complaint or len(complaint) > 10 * MAX_COMPLAINT_CHARS:
        exc = services.ConsultError(
            "invalid", _("The complaint must be plain text of at most 500 characters.")
        )
        return _refused(request, exc, 400)
    try:
        consultation = services.consultation_start(
            patient=request.user.patient, chief_complaint=complaint, lang=request.LANGUAGE_CODE
        )
    except services.ConsultError as exc:  # e.g. too many open consultations
        messages.error(request, exc.detail)
        return redirect("consult:list")
    return redirect("consult:room", consultation_id=consultation.pk)


@role_required(User.Role.PATIENT, User.Role.CLINICIAN, User.Role.ADMIN)
def consultation_room(request: HttpRequest, consultation_id: int) -> HttpResponse:
    try:
        consultation = _access_or_404(request, consultation_id, "read")
    except _Taken as exc:
        return _taken_page(request, exc)
    audit_record(
        actor=request.user,
        action="read",
        entity="Consultation",
        entity_id=consultation.pk,
        patient_id=consultation.patient_id,
        ip=client_ip(request),
    )
    context = {
        "consultation": consultation,
        "can_write": selectors.user_can_write(user=request.user, consultation=consultation),
        "is_assigned": selectors.user_is_assigned_clinician(
            user=request.user, consultation=consultation
        ),
        "is_clinician": request.user.role == User.Role.CLINICIAN,
        "red_flag_labels": selectors.red_flag_labels(consultation.red_flags),
    }
    if context["is_assigned"]:  # AI suggestions and drafts are for the assigned clinician only
        from records.models import ClinicalReport

        from . import clinician_ai

        context["ai_suggestions"] = clinician_ai.latest_suggestions(consultation)
        context["draft_report"] = (
            ClinicalReport.objects.filter(
                encounter_id=consultation.encounter_id, status=ClinicalReport.Status.DRAFT
            )
            .order_by("-created_at")
            .first()
        )
    if consultation.status == Consultation.Status.CLOSED:
        context["closing"] = _closing(consultation)
    return render(request, "consult/room.html", context)


def _closing(consultation: Consultation) -> dict:
    """What the closed room shows: the signed report (its page and PDF), the follow-up plan
    and what to do if things get worse."""
    report = signed_report_of_encounter(encounter_id=consultation.encounter_id)
    return {"report": report}


class _Taken(Exception):
    """A clinician opened a consultation a colleague has picked up."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _access_or_404(request: HttpRequest, consultation_id: int, need: access.Need) -> Consultation:
    """The consultation, or 404 for anything the user may not see (refusals are audited); a
    clinician refused one a colleague took is told who took it (_Taken)."""
    try:
        return access.consultation_access(
            user=request.user, consultation_id=consultation_id, need=need, ip=client_ip(request)
        )
    except access.AccessDenied as exc:
        name = access.taken_by(user=request.user, consultation_id=consultation_id)
        if name:
            raise _Taken(name) from exc
        raise Http404 from exc


def _taken_page(request: HttpRequest, exc: _Taken) -> HttpResponse:
    return render(request, "403_taken.html", {"clinician_name": exc.name}, status=403)


def _refused(request: HttpRequest, exc: services.ConsultError, status: int) -> HttpResponse:
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({"code": exc.code, "detail": exc.detail}, status=status)
    return render(request, "consult/refused.html", {"detail": exc.detail}, status=status)


@require_POST
@role_required(User.Role.CLINICIAN)
def consultation_pick(request: HttpRequest, consultation_id: int) -> HttpResponse:
    try:
        access.consultation_access(
            user=request.user, consultation_id=consultation_id, ip=client_ip(request)
        )
    except access.AccessDenied:
        return _refused(
            request,
            services.Conflict("taken", _("Another clinician has already picked this up.")),
            409,
        )
    try:
        services.consultation_pick(consultation_id=consultation_id, user=request.user)
    except services.Conflict as exc:
        return _refused(request, exc, 409)
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({"id": consultation_id, "status": "in_progress"})
    return redirect("consult:room", consultation_id=consultation_id)


@require_POST
@role_required(User.Role.CLINICIAN)
def consultation_close(request: HttpRequest, consultation_id: int) -> HttpResponse:
    try:
        _access_or_404(request, consultation_id, "read")
    except _Taken as exc:
        if "application/json" in request.headers.get("Accept", ""):
            detail = _("This consultation was taken by %(name)s.") % {"name": exc.name}
            return JsonResponse({"code": "forbidden", "detail": detail}, status=403)
        return _taken_page(request, exc)
    try:
        services.consultation_close(consultation_id=consultation_id, user=request.user)
    except services.Conflict as exc:
        return _refused(request, exc, 409)
    except services.ConsultError as exc:
        return _refused(request, exc, 403)
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({"id": consultation_id, "status": "closed"})
    return redirect("consult:dashboard")


def _queue_read(request: HttpRequest, detail: str) -> list[dict]:
    """The clinician's queue (complaints and AI summaries: health data), one audit row for each
    consultation shown."""
    consultations = list(selectors.dashboard_queue(user=request.user))
    audit_reads(
        actor=request.user,
        entity="Consultation",
        rows=[(c.pk, c.patient_id) for c in consultations],
        ip=client_ip(request),
        detail=detail,
    )
    return [selectors.queue_item(c) for c in consultations]


@role_required(User.Role.CLINICIAN)
def dashboard(request: HttpRequest) -> HttpResponse:
    queue = _queue_read(request, "dashboard")
    return render(request, "consult/dashboard.html", {"queue": queue})


@role_required(User.Role.CLINICIAN)
def dashboard_queue(request: HttpRequest) -> JsonResponse:
    queue = _queue_read(request, "queue.json")
    return JsonResponse({"queue": queue, "me": request.user.pk})


_DECISION_STATUS = {"forbidden": 403, "not_found": 404, "conflict": 409, "closed": 409}


def _suggestion_decide(
    request: HttpRequest, consultation_id: int, job_id: int, index: int, action: str
) -> HttpResponse:
    from . import clinician_ai

    try:
        decision = clinician_ai.suggestion_decide(
            consultation_id=consultation_id,
            job_id=job_id,
            index=index,
            user=request.user,
            action=action,
            ip=client_ip(request),
        )
    except services.ConsultError as exc:
        return _refused(request, exc, _DECISION_STATUS.get(exc.code, 400))
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({**decision, "job": str(decision["job"])})
    return redirect("consult:room", consultation_id=consultation_id)


@require_POST
@role_required(User.Role.CLINICIAN)
def suggestion_accept(
    request: HttpRequest, consultation_id: int, job_id: int, index: int
) -> HttpResponse:
    """The assigned clinician accepts an AI suggestion: it becomes a provisional diagnosis."""
    if not Consultation.objects.filter(pk=consultation_id).exists():
        raise Http404
    return _suggestion_decide(request, consultation_id, job_id, index, "accepted")


@require_POST
@role_required(User.Role.CLINICIAN)
def suggestion_dismiss(
    request: HttpRequest, consultation_id: int, job_id: int, index: int
) -> HttpResponse:
    """The assigned clinician dismisses an AI suggestion (kept in the job's result)."""
    if not Consultation.objects.filter(pk=consultation_id).exists():
        raise Http404
    return _suggestion_decide(request, consultation_id, job_id, index, "dismissed")
