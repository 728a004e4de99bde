"""The clinician's say on suggestions: the latest ones for the page, accept or dismiss each."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from records import services as records_services
from records.models import Practitioner

from .. import access, events, selectors
from ..errors import ConsultError
from ..models import AIJob, Consultation

# what a recorded diagnosis keeps of the suggestion it came from
_PROVENANCE_KEYS = (
    "condition_id",
    "name",
    "icd10",
    "likelihood",
    "ranked_by",
    "reason",
    "evidence_for",
    "evidence_against",
)


def latest_suggestions(consultation) -> dict | None:
    """The last finished suggestion job of a consultation, for the clinician's page."""
    job = (
        AIJob.objects.filter(
            consultation=consultation,
            kind=AIJob.Kind.SUGGEST,
            status=AIJob.Status.SUCCEEDED,
        )
        .order_by("-created_at")
        .first()
    )
    if job is None or not job.result:
        return None
    return {"job": str(job.pk), **job.result}


def suggestion_decide(
    *, consultation_id: int, job_id: int, index: int, user, action: str, ip: str | None = None
) -> dict:
    """Accept (record a provisional diagnosis asserted by the clinician, with the suggestion as
    provenance) or dismiss one suggestion; the decision is kept in the job's result."""
    try:
        access.consultation_access(
            user=user, consultation_id=consultation_id, need="assigned", ip=ip
        )
    except access.AccessDenied as exc:
        raise access.AccessDenied(
            "forbidden", _("Only the assigned clinician can decide on suggestions.")
        ) from exc
    with transaction.atomic():
        consultation = (
            Consultation.objects.select_for_update(of=("self",))
            .select_related("patient", "clinician", "encounter")
            .get(pk=consultation_id)
        )
        # again under the row lock: the assignment cannot have changed since
        if not selectors.user_is_assigned_clinician(user=user, consultation=consultation):
            raise ConsultError(
                "forbidden", _("Only the assigned clinician can decide on suggestions.")
            )
        job = (
            AIJob.objects.select_for_update()
            .filter(pk=job_id, consultation_id=consultation_id, kind=AIJob.Kind.SUGGEST)
            .first()
        )
        items = ((job.result or {}).get("items") or []) if job else []
        if job is None or not 0 <= index < len(items):
            raise ConsultError("not_found", _("No such suggestion."))
        if consultation.status == Consultation.Status.CLOSED:
            raise ConsultError("closed", _("This consultation is closed."))
        result = dict(job.result)
        decisions = dict(result.get("decisions") or {})
        previous = decisions.get(str(index))
        if previous is not None:
            if previous["action"] == action:
                return {"job": job.pk, "index": index, **previous}
            raise ConsultError("conflict", _("This suggestion has already been decided."))
        decision: dict[str, Any] = {
            "action": action,
            "by": user.pk,
            "at": timezone.now().isoformat(),
        }
        if action == "accepted":
            condition = _record_diagnosis(consultation, job, result, index, user=user, ip=ip)
            decision["condition"] = condition.pk
        decisions[str(index)] = decision
        result["decisions"] = decisions
        job.result = result
        job.save(update_fields=["result"])
        records_services.audit_record(
            actor=user,
            action="update",
            entity="AIJob",
            entity_id=job.pk,
            patient_id=consultation.patient_id,
            ip=ip,
            detail=f"suggestion {index} {action}",
        )
        events.send_on_commit(
            events.staff_group(consultation_id),
            events.suggestion_decided_frame(job, index, decision),
        )
    return {"job": job.pk, "index": index, **decision}


def _record_diagnosis(consultation, job, result: dict, index: int, *, user, ip: str | None):
    """The accepted suggestion as a provisional diagnosis in the encounter."""
    item = result["items"][index]
    practitioner = Practitioner.objects.get(user=user)
    try:
        return records_services.condition_record(
            patient=consultation.patient,
            asserter=practitioner,
            icd10_code=item["icd10"],
            display=item["name"],
            encounter=consultation.encounter,
            verification_status="provisional",
            ai={
                "model": job.model_name,
                "job_id": job.pk,
                "suggestion": {k: item.get(k) for k in _PROVENANCE_KEYS},
                "index": index,
                "fallback": bool(result.get("fallback")),
            },
            ip=ip,
        )
    except DjangoValidationError as exc:
        raise ConsultError("invalid", "; ".join(exc.messages)) from exc
    except records_services.RecordError as exc:
        raise ConsultError(exc.code, exc.detail) from exc
