"""EMR pages: sign-up, the patient record and reports."""

from __future__ import annotations

from django.contrib.auth import login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from telemed.auth import client_ip, role_required

from . import selectors, services
from .forms import SignupForm
from .models import ClinicalReport, Patient, User


def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("after_login")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        patient = services.patient_register(
            username=data["username"],
            password=data["password1"],
            full_name=data["full_name"],
            birth_date=data["birth_date"],
            sex=data["sex"],
            phone=data["phone"],
            email=data["email"],
        )
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


@role_required(User.Role.PATIENT, User.Role.CLINICIAN, User.Role.ADMIN)
def patient_record(request: HttpRequest, patient_id: int) -> HttpResponse:
    if not selectors.user_can_view_patient(request.user, patient_id):
        raise PermissionDenied
    patient = get_object_or_404(Patient, pk=patient_id)
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
    return render(
        request, "records/patient.html", {"patient": patient, "is_patient": is_patient, **record}
    )


@role_required(User.Role.PATIENT, User.Role.CLINICIAN, User.Role.ADMIN)
def report_detail(request: HttpRequest, report_id: int) -> HttpResponse:
    report = get_object_or_404(
        ClinicalReport.objects.select_related("patient", "signer", "encounter"), pk=report_id
    )
    if not selectors.user_can_view_patient(request.user, report.patient_id):
        raise PermissionDenied
    if request.user.role == User.Role.PATIENT and report.status == ClinicalReport.Status.DRAFT:
        raise PermissionDenied
    services.audit_record(
        actor=request.user,
        action="read",
        entity="ClinicalReport",
        entity_id=report.pk,
        patient_id=report.patient_id,
        ip=client_ip(request),
    )
    return render(request, "records/report.html", {"report": report})
