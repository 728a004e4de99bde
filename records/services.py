"""Writes to the EMR; other apps change records only through these functions."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.password_validation import validate_password
from django.db import transaction
from django.utils import timezone

from .models import AuditEvent, Encounter, Patient, Practitioner, User


@transaction.atomic
def patient_register(
    *,
    username: str,
    password: str,
    full_name: str,
    birth_date: dt.date,
    sex: str,
    phone: str,
    email: str = "",
) -> Patient:
    user = User(username=username, email=email, role=User.Role.PATIENT)
    validate_password(password, user)
    user.set_password(password)
    user.save()
    return Patient.objects.create(
        user=user, full_name=full_name, birth_date=birth_date, sex=sex, phone=phone
    )


@transaction.atomic
def practitioner_create(
    *, username: str, password: str, full_name: str, qualification: str = "", email: str = ""
) -> Practitioner:
    user = User(username=username, email=email, role=User.Role.CLINICIAN)
    validate_password(password, user)
    user.set_password(password)
    user.save()
    return Practitioner.objects.create(user=user, full_name=full_name, qualification=qualification)


def encounter_open(*, patient: Patient, reason: str = "") -> Encounter:
    return Encounter.objects.create(patient=patient, reason=reason[:500])


def encounter_start(*, encounter_id: int, practitioner: Practitioner) -> None:
    Encounter.objects.filter(pk=encounter_id).update(
        status=Encounter.Status.IN_PROGRESS, practitioner=practitioner
    )


def encounter_finish(*, encounter_id: int) -> None:
    Encounter.objects.filter(pk=encounter_id).exclude(status=Encounter.Status.FINISHED).update(
        status=Encounter.Status.FINISHED, period_end=timezone.now()
    )


def audit_record(
    *,
    actor: User | None,
    action: str,
    entity: str,
    entity_id: object = "",
    patient_id: int | None = None,
    ip: str | None = None,
    detail: str = "",
) -> AuditEvent:
    """Append one audit row; `detail` must never carry health data."""
    return AuditEvent.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        patient_id=patient_id,
        ip=ip,
        detail=detail[:300],
    )
