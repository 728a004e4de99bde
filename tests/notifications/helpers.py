"""Helpers shared by the notification and follow-up tests."""

from __future__ import annotations

import datetime as dt

from records import services as records_services
from records.models import ClinicalReport


def signed_report(
    consultation, clinician, *, follow_up_date: dt.date | None = None, **fields
) -> ClinicalReport:
    """A report of the consultation (picked by `clinician`) with these fields, signed."""
    draft = records_services.report_create_draft(
        encounter=consultation.encounter,
        author=clinician.user,
        sections={
            "subjective": fields.pop("subjective", "Throat pain for two days"),
            "assessment": fields.pop("assessment", "Viral pharyngitis"),
            "plan": fields.pop("plan", "Paracetamol, fluids"),
        },
    )
    ClinicalReport.objects.filter(pk=draft.pk).update(follow_up_date=follow_up_date, **fields)
    return records_services.report_sign(report_id=draft.pk, practitioner=clinician)
