"""EMR pages: sign-up, the patient record, record entries, reports, PDF and FHIR export."""

from __future__ import annotations

import json
from typing import NoReturn

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from telemed import ratelimit
from telemed.auth import client_ip, role_required

from . import access, fhir, selectors, services
from .forms import (
    DEFAULT_SAFETY_NETTING,
    AllergyForm,
    AmendForm,
    ConditionForm,
    MedicationForm,
    ObservationForm,
    ReportForm,
    SignupForm,
)
from .models import ClinicalReport, Encounter, Patient, Practitioner, User
from .pdf import render_report_pdf

ANYONE = (User.Role.PATIENT, User.Role.CLINICIAN, User.Role.ADMIN)
ENTRY_FORMS = {
    "observation": ObservationForm,
    "allergy": AllergyForm,
    "medication": MedicationForm,
    "condition": ConditionForm,
}


def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("after_login")
    if request.method == "POST" and not ratelimit.hit(
        "signup", client_ip(request) or "unknown", settings.TELEMED_SIGNUP_RATE
    ):
        # Every attempt counts, so the form cannot be used to probe usernames in bulk either.
        context = {"form": SignupForm(), "rate_limited": True}
        return render(request, "registration/signup.html", context, status=429)
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            patient = services.patient_register(
                username=data["username"],
                password=data["password1"],
                full_name=data["full_name"],
                birth_date=data["birth_date"],
                sex=data["sex"],
                phone=data["phone"],
                email=data["email"],
            )
        except IntegrityError:  # the same username taken a moment ago
            form.add_error("username", SignupForm.USERNAME_UNAVAILABLE)
        else:
            login(request, patient.user, backend="django.contrib.auth.backends.ModelBackend")
            return redirect("consult:list")
    return render(request, "registration/signup.html", {"form": form})


def after_login(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect("login")
    role = request.user.role
    if role == User.Role.CLINICIAN:
        return redirect("consult:dashboard")
    if role == User.Role.ADMIN:
        return redirect("admin:index")
    return redirect("consult:list")


def _render_record(
    request: HttpRequest, patient: Patient, bound: dict | None = None, status: int = 200
) -> HttpResponse:
    is_patient = request.user.role == User.Role.PATIENT
    record = selectors.patient_record(patient=patient, include_drafts=not is_patient)
    services.audit_record(
        actor=request.user,
        action="read",
        entity="PatientRecord",
        entity_id=patient.pk,
        patient_id=patient.pk,
        ip=client_ip(request),
    )
    context = {"patient": patient, "is_patient": is_patient, **record}
    if access.can_write_entries(request.user, patient):
        bound = bound or {}
        context["can_edit"] = True
        context["entry_forms"] = {
            name: bound.get(name) or form_class(patient=patient, prefix=name)
            for name, form_class in ENTRY_FORMS.items()
        }
    return render(request, "records/patient.html", context, status=status)


def _audit_refusal(request: HttpRequest, entity: str, entity_id: object) -> None:
    route = request.resolver_match.url_name if request.resolver_match else ""
    services.audit_refusal(
        actor=request.user,
        entity=entity,
        entity_id=entity_id,
        ip=client_ip(request),
        detail=f"{request.method} {route}",
    )


def _deny(
    request: HttpRequest, exc: services.AccessDenied, entity: str, entity_id: object
) -> NoReturn:
    """Audit a refused access, then answer 404 (nothing there for this user) or 403."""
    _audit_refusal(request, entity, entity_id)
    if exc.code == "not_found":
        raise Http404
    raise PermissionDenied(exc.detail)


def _refused(
    request: HttpRequest, exc: services.RecordError, entity: str = "", entity_id: object = ""
) -> HttpResponse:
    """The refusal page (or JSON) of a refused write; refused access is audited."""
    if isinstance(exc, services.AccessDenied):
        _audit_refusal(request, entity, entity_id)
        if exc.code == "not_found":
            raise Http404
    status = {"forbidden": 403, "conflict": 409}.get(exc.code, 400)
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({"code": exc.code, "detail": exc.detail}, status=status)
    return render(request, "consult/refused.html", {"detail": exc.detail}, status=status)


@role_required(*ANYONE)
def patient_record(request: HttpRequest, patient_id: int) -> HttpResponse:
    try:
        patient = access.patient_access(user=request.user, patient_id=patient_id)
    except services.AccessDenied as exc:
        _deny(request, exc, "Patient", patient_id)
    return _render_record(request, patient)


def _practitioner(request: HttpRequest) -> Practitioner:
    return access.practitioner_of(request.user)


def _entry(request: HttpRequest, patient_id: int, name: str, record, **by) -> HttpResponse:
    """Validate the posted entry form, store it with the service `record` (the form's fields are
    its keyword arguments; `by` names the recording clinician), back to the record."""
    patient = get_object_or_404(Patient, pk=patient_id)
    try:
        access.entry_write(user=request.user, patient=patient)
    except services.AccessDenied as exc:
        return _refused(request, exc, "Patient", patient_id)
    form = ENTRY_FORMS[name](request.POST, patient=patient, prefix=name)
    if form.is_valid():
        try:
            record(patient=patient, **by, **form.cleaned_data, ip=client_ip(request))
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        except services.RecordError as exc:
            return _refused(request, exc, "Patient", patient_id)
        else:
            messages.success(request, _("Saved."))
            return redirect("records:patient", patient_id=patient.pk)
    return _render_record(request, patient, bound={name: form}, status=400)


@require_POST
@role_required(User.Role.CLINICIAN)
def observation_add(request: HttpRequest, patient_id: int) -> HttpResponse:
    return _entry(
        request, patient_id, "observation", services.observation_record, performer=request.user
    )


@require_POST
@role_required(User.Role.CLINICIAN)
def allergy_add(request: HttpRequest, patient_id: int) -> HttpResponse:
    return _entry(request, patient_id, "allergy", services.allergy_record, recorded_by=request.user)


@require_POST
@role_required(User.Role.CLINICIAN)
def medication_add(request: HttpRequest, patient_id: int) -> HttpResponse:
    return _entry(
        request, patient_id, "medication", services.medication_record, recorded_by=request.user
    )


@require_POST
@role_required(User.Role.CLINICIAN)
def condition_add(request: HttpRequest, patient_id: int) -> HttpResponse:
    try:
        asserter = _practitioner(request)
    except services.AccessDenied as exc:
        return _refused(request, exc, "Patient", patient_id)
    return _entry(request, patient_id, "condition", services.condition_record, asserter=asserter)


@require_GET
@role_required(User.Role.CLINICIAN)
def icd10_search(request: HttpRequest) -> JsonResponse:
    query = request.GET.get("q", "").strip()[:100]
    try:
        limit = max(1, min(int(request.GET.get("limit", 15)), 50))
    except ValueError:
        limit = 15
    results = services.icd10_search(query=query, limit=limit) if query else []
    return JsonResponse({"results": [{"code": c, "display": d} for c, d in results]})


# --- reports ---------------------------------------------------------------------------------


def _report_or_404(request: HttpRequest, report_id: int) -> ClinicalReport:
    try:
        return access.report_access(user=request.user, report_id=report_id)
    except services.AccessDenied as exc:
        _deny(request, exc, "ClinicalReport", report_id)


def _audit_report(request: HttpRequest, report: ClinicalReport, action: str, detail: str = ""):
    services.audit_record(
        actor=request.user,
        action=action,
        entity="ClinicalReport",
        entity_id=report.pk,
        patient_id=report.patient_id,
        ip=client_ip(request),
        detail=detail,
    )


@role_required(*ANYONE)
def report_detail(request: HttpRequest, report_id: int) -> HttpResponse:
    report = _report_or_404(request, report_id)
    _audit_report(request, report, "read")
    context = {
        "report": report,
        "is_clinician": selectors.user_is_clinician(request.user),
        "versions": selectors.report_versions(report=report),
    }
    return render(request, "records/report.html", context)


@require_POST
@role_required(User.Role.CLINICIAN)
def report_new(request: HttpRequest, encounter_id: int) -> HttpResponse:
    encounter = get_object_or_404(Encounter, pk=encounter_id)
    try:
        report = services.report_create_draft(
            encounter=encounter, author=request.user, sections={}, ip=client_ip(request)
        )
    except services.RecordError as exc:
        current = encounter.reports.filter(status=ClinicalReport.Status.SIGNED).first()
        if exc.code != "conflict" or current is None:
            return _refused(request, exc, "Encounter", encounter_id)
        return redirect("records:report", report_id=current.pk)
    return redirect("records:report_edit", report_id=report.pk)


def _sections_initial(report: ClinicalReport) -> dict:
    initial = {name: getattr(report, name) for name in services.REPORT_FIELDS}
    if report.status == ClinicalReport.Status.DRAFT and not report.safety_netting:
        initial["safety_netting"] = DEFAULT_SAFETY_NETTING  # offered for the clinician to edit
    return initial


def _posted(request: HttpRequest, form: ReportForm) -> dict:
    """The cleaned fields the request actually posted: the room's short editor posts only the
    SOAP sections, and must not blank the follow-up plan."""
    return {name: value for name, value in form.cleaned_data.items() if name in request.POST}


def _after_sign(request: HttpRequest, report: ClinicalReport) -> HttpResponse:
    """Back to the chat while it is open (a last message, then Close), else to the report."""
    if selectors.room_is_open(encounter_id=report.encounter_id):
        room_id = selectors.room_id_of_encounter(encounter_id=report.encounter_id)
        messages.success(
            request,
            _(
                "Report signed. You can send the patient a last message, then close the "
                "consultation: the patient will see the report, the follow-up plan and what "
                "to do if things get worse."
            ),
        )
        return redirect("consult:room", consultation_id=room_id)
    messages.success(request, _("Report signed."))
    return redirect("records:report", report_id=report.pk)


@require_http_methods(["GET", "POST"])
@role_required(User.Role.CLINICIAN)
def report_edit(request: HttpRequest, report_id: int) -> HttpResponse:
    """Edit a draft; "Save and sign" saves the edits and signs them in one transaction, and a
    refusal re-renders the form with what was typed."""
    report = _report_or_404(request, report_id)
    if report.status != ClinicalReport.Status.DRAFT:
        return redirect("records:report_amend", report_id=report.pk)
    try:
        access.draft_edit(user=request.user, report=report)
    except services.AccessDenied as exc:
        _deny(request, exc, "ClinicalReport", report_id)
    form = ReportForm(request.POST or None, initial=_sections_initial(report))
    if request.method == "POST" and form.is_valid():
        sign = request.POST.get("action") == "sign"
        try:
            if sign:
                signed = services.report_save_and_sign(
                    report_id=report.pk,
                    practitioner=_practitioner(request),
                    sections=_posted(request, form),
                    ip=client_ip(request),
                )
            else:
                services.report_update_draft(
                    report_id=report.pk,
                    editor=request.user,
                    sections=_posted(request, form),
                    ip=client_ip(request),
                )
        except services.AccessDenied as exc:
            return _refused(request, exc, "ClinicalReport", report_id)
        except services.RecordError as exc:
            form.add_error(None, exc.detail)  # e.g. an empty report: the typed text stays
        else:
            if sign:
                return _after_sign(request, signed)
            messages.success(request, _("Draft saved."))
            return redirect("records:report_edit", report_id=report.pk)
    status = 400 if request.method == "POST" else 200
    context = {"report": report, "form": form, "mode": "edit"}
    return render(request, "records/report_edit.html", context, status=status)


@require_POST
@role_required(User.Role.CLINICIAN)
def report_sign(request: HttpRequest, report_id: int) -> HttpResponse:
    report = _report_or_404(request, report_id)
    try:
        signed = services.report_sign(
            report_id=report.pk, practitioner=_practitioner(request), ip=client_ip(request)
        )
    except services.RecordError as exc:
        return _refused(request, exc, "ClinicalReport", report_id)
    return _after_sign(request, signed)


@require_http_methods(["GET", "POST"])
@role_required(User.Role.CLINICIAN)
def report_amend(request: HttpRequest, report_id: int) -> HttpResponse:
    report = _report_or_404(request, report_id)
    if report.status != ClinicalReport.Status.SIGNED:
        return _refused(
            request,
            services.RecordError(
                "conflict", _("Only the current signed version of a report can be amended.")
            ),
        )
    try:
        access.report_amend(practitioner=_practitioner(request), report=report)
    except services.AccessDenied as exc:
        _deny(request, exc, "ClinicalReport", report_id)
    form = AmendForm(request.POST or None, initial=_sections_initial(report))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        reason = data.pop("reason")
        try:
            amended = services.report_amend(
                report_id=report.pk,
                practitioner=_practitioner(request),
                sections=data,
                reason=reason,
                ip=client_ip(request),
            )
        except services.RecordError as exc:
            return _refused(request, exc, "ClinicalReport", report_id)
        messages.success(request, _("Amendment signed."))
        return redirect("records:report", report_id=amended.pk)
    status = 400 if request.method == "POST" else 200
    context = {"report": report, "form": form, "mode": "amend"}
    return render(request, "records/report_edit.html", context, status=status)


@require_GET
@role_required(*ANYONE)
def report_pdf(request: HttpRequest, report_id: int) -> HttpResponse:
    report = _report_or_404(request, report_id)
    content = render_report_pdf(report)
    _audit_report(request, report, "export", "pdf")
    response = HttpResponse(content, content_type="application/pdf")
    filename = f"report-{report.pk}-v{report.version}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# --- FHIR ------------------------------------------------------------------------------------


@require_GET
@role_required(*ANYONE)
def fhir_patient_everything(request: HttpRequest, patient_id: int) -> HttpResponse:
    try:
        patient = access.patient_access(user=request.user, patient_id=patient_id)
    except services.AccessDenied as exc:
        _deny(request, exc, "Patient", patient_id)
    bundle = fhir.patient_everything(patient, base_url=request.build_absolute_uri("/fhir"))
    services.audit_record(
        actor=request.user,
        action="export",
        entity="Bundle",
        entity_id=patient.pk,
        patient_id=patient.pk,
        ip=client_ip(request),
        detail="FHIR Patient/$everything",
    )
    response = HttpResponse(json.dumps(bundle), content_type=fhir.MIME_TYPE)
    # A download with a telling name, not raw JSON in the patient's tab.
    filename = f"telemed-patient-{patient.pk}-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
