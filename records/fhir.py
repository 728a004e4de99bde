"""FHIR R4 export of a patient's record as plain dicts (Patient/$everything Bundle)."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import uuid
from decimal import Decimal

from django.utils import timezone

from consult.models import Attachment

from . import selectors
from .models import (
    AllergyIntolerance,
    ClinicalReport,
    Condition,
    Encounter,
    MedicationStatement,
    Observation,
    Patient,
    Practitioner,
)

ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
PROVENANCE_AGENT = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
LICENSE_SYSTEM = "urn:telemed:practitioner-license"
AI_JOB_SYSTEM = "urn:telemed:ai-job"
MEDIA_TYPE = "http://terminology.hl7.org/CodeSystem/media-type"
DOCUMENT_CATEGORY = "urn:telemed:document-category"

MIME_TYPE = "application/fhir+json"
SECTION_LOINC = {
    "subjective": ("61150-9", "Subjective Narrative"),
    "objective": ("61149-1", "Objective Narrative"),
    "assessment": ("51848-0", "Evaluation note"),
    "plan": ("18776-5", "Plan of care note"),
}


def instant(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if timezone.is_naive(value):
        value = timezone.make_aware(value, dt.UTC)
    return value.replace(microsecond=0).isoformat()


def ref(resource_type: str, pk: object, display: str = "") -> dict:
    reference = {"reference": f"{resource_type}/{pk}"}
    if display:
        reference["display"] = display
    return reference


def coding(system: str, code: str, display: str = "") -> dict:
    item = {"system": system, "code": code}
    if display:
        item["display"] = display
    return item


def narrative(text: str) -> dict:
    body = html.escape(text.strip() or "-").replace("\n", "<br/>")
    return {"status": "generated", "div": f'<div xmlns="http://www.w3.org/1999/xhtml">{body}</div>'}


def _prune(resource: dict) -> dict:
    """Drop empty values (FHIR forbids empty elements)."""
    return {k: v for k, v in resource.items() if v not in (None, "", [], {})}


# --- resources ------------------------------------------------------------------------------


def patient_resource(patient: Patient) -> dict:
    gender = {"female": "female", "male": "male", "other": "other"}.get(patient.sex, "unknown")
    return _prune(
        {
            "resourceType": "Patient",
            "id": str(patient.pk),
            "active": patient.user.is_active,
            "name": [{"use": "official", "text": patient.full_name}],
            "telecom": [{"system": "phone", "value": patient.phone}] if patient.phone else [],
            "gender": gender,
            "birthDate": patient.birth_date.isoformat(),
        }
    )


def practitioner_resource(practitioner: Practitioner) -> dict:
    return _prune(
        {
            "resourceType": "Practitioner",
            "id": str(practitioner.pk),
            "identifier": [{"system": LICENSE_SYSTEM, "value": practitioner.license_number}]
            if practitioner.license_number
            else [],
            "name": [{"text": practitioner.full_name}],
            "qualification": [{"code": {"text": practitioner.qualification}}]
            if practitioner.qualification
            else [],
        }
    )


def encounter_resource(encounter: Encounter) -> dict:
    return _prune(
        {
            "resourceType": "Encounter",
            "id": str(encounter.pk),
            "status": encounter.status,
            "class": coding(ACT_CODE, encounter.encounter_class, "virtual"),
            "subject": ref("Patient", encounter.patient_id),
            "participant": [{"individual": ref("Practitioner", encounter.practitioner_id)}]
            if encounter.practitioner_id
            else [],
            "period": _prune(
                {"start": instant(encounter.period_start), "end": instant(encounter.period_end)}
            ),
            "reasonCode": [{"text": encounter.reason}] if encounter.reason else [],
        }
    )


def condition_resource(condition: Condition) -> dict:
    verification = condition.verification_status
    return _prune(
        {
            "resourceType": "Condition",
            "id": str(condition.pk),
            # con-5: no clinical status on a condition entered in error.
            "clinicalStatus": None
            if verification == Condition.Verification.ENTERED_IN_ERROR
            else {"coding": [coding(CONDITION_CLINICAL, condition.clinical_status)]},
            "verificationStatus": {"coding": [coding(CONDITION_VERIFICATION, verification)]},
            "category": [
                {
                    "coding": [
                        coding(CONDITION_CATEGORY, "encounter-diagnosis", "Encounter Diagnosis")
                    ]
                }
            ],
            "code": {
                "coding": [coding(ICD10_CM, condition.icd10_code, condition.display)],
                "text": condition.display,
            },
            "subject": ref("Patient", condition.patient_id),
            "encounter": ref("Encounter", condition.encounter_id)
            if condition.encounter_id
            else None,
            "recordedDate": instant(condition.recorded_at),
            "asserter": ref("Practitioner", condition.asserter_id),
            "note": [{"text": condition.note}] if condition.note else [],
        }
    )


def _decimal(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def observation_resource(observation: Observation, performer: Practitioner | None) -> dict:
    return _prune(
        {
            "resourceType": "Observation",
            "id": str(observation.pk),
            "status": "final",
            "category": [{"coding": [coding(OBSERVATION_CATEGORY, "vital-signs", "Vital Signs")]}],
            "code": {
                "coding": [coding(LOINC, observation.code, observation.display)],
                "text": observation.display,
            },
            "subject": ref("Patient", observation.patient_id),
            "encounter": ref("Encounter", observation.encounter_id)
            if observation.encounter_id
            else None,
            "effectiveDateTime": instant(observation.effective_at),
            "performer": [ref("Practitioner", performer.pk)] if performer else [],
            "valueQuantity": {
                "value": _decimal(observation.value),
                "unit": observation.unit,
                "system": UCUM,
                "code": observation.unit,
            },
        }
    )


def allergy_resource(allergy: AllergyIntolerance, recorder: Practitioner | None) -> dict:
    return _prune(
        {
            "resourceType": "AllergyIntolerance",
            "id": str(allergy.pk),
            "clinicalStatus": {"coding": [coding(ALLERGY_CLINICAL, allergy.clinical_status)]},
            "criticality": allergy.criticality,
            "code": {"text": allergy.substance},
            "patient": ref("Patient", allergy.patient_id),
            "recordedDate": instant(allergy.recorded_at),
            "recorder": ref("Practitioner", recorder.pk) if recorder else None,
            "reaction": [{"manifestation": [{"text": allergy.reaction}]}]
            if allergy.reaction
            else [],
        }
    )


def medication_resource(statement: MedicationStatement, source: Practitioner | None) -> dict:
    period = _prune(
        {
            "start": statement.effective_start.isoformat() if statement.effective_start else None,
            "end": statement.effective_end.isoformat() if statement.effective_end else None,
        }
    )
    return _prune(
        {
            "resourceType": "MedicationStatement",
            "id": str(statement.pk),
            "status": statement.status,
            "medicationCodeableConcept": {"text": statement.medication},
            "subject": ref("Patient", statement.patient_id),
            "effectivePeriod": period,
            "dateAsserted": instant(statement.recorded_at),
            "informationSource": ref("Practitioner", source.pk) if source else None,
            "dosage": [{"text": statement.dosage}] if statement.dosage else [],
        }
    )


def composition_resource(report: ClinicalReport) -> dict:
    """A signed (final) or amended report; drafts are never exported."""
    amended = report.replaces_id is not None or report.status == ClinicalReport.Status.AMENDED
    sections = []
    for name, (code, display) in SECTION_LOINC.items():
        sections.append(
            {
                "title": name.capitalize(),
                "code": {"coding": [coding(LOINC, code, display)]},
                "text": narrative(getattr(report, name)),
            }
        )
    signer = ref("Practitioner", report.signer_id)
    return _prune(
        {
            "resourceType": "Composition",
            "id": str(report.pk),
            "identifier": {"system": "urn:telemed:report", "value": f"{report.pk}"},
            "status": "amended" if amended else "final",
            "type": {"coding": [coding(LOINC, "11488-4", "Consult note")]},
            "subject": ref("Patient", report.patient_id),
            "encounter": ref("Encounter", report.encounter_id),
            "date": instant(report.signed_at),
            "author": [signer],
            "title": f"Consultation report v{report.version}",
            "attester": [{"mode": "legal", "time": instant(report.signed_at), "party": signer}],
            "relatesTo": [
                {"code": "replaces", "targetReference": ref("Composition", report.replaces_id)}
            ]
            if report.replaces_id
            else [],
            "section": sections,
        }
    )


def _attachment_title(attachment: Attachment) -> str:
    # Not the sender's file name: that is chat content (it may name a diagnosis), and the record
    # is read by clinicians who may not read the chat; the file itself stays behind its address.
    kind = "Photo" if attachment.content_type.startswith("image/") else "Document"
    return f"{kind} sent in consultation {attachment.consultation_id}"


def _attachment_content(attachment: Attachment, site_url: str) -> dict:
    """FHIR Attachment: where the file is (the access-checked address), its type and size."""
    path = f"/consult/{attachment.consultation_id}/attachments/{attachment.pk}/"
    return _prune(
        {
            "contentType": attachment.content_type,
            "url": f"{site_url}{path}",
            "size": attachment.size,
            "title": _attachment_title(attachment),
            "creation": instant(attachment.created_at),
        }
    )


def attachment_resource(attachment: Attachment, uploader: dict, site_url: str) -> dict:
    """A photo sent in the chat as Media, a document (PDF) as DocumentReference (R4)."""
    consultation = attachment.consultation
    subject = ref("Patient", consultation.patient_id)
    encounter = ref("Encounter", consultation.encounter_id) if consultation.encounter_id else None
    content = _attachment_content(attachment, site_url)
    if attachment.content_type.startswith("image/"):
        return _prune(
            {
                "resourceType": "Media",
                "id": str(attachment.pk),
                "status": "completed",
                "type": {"coding": [coding(MEDIA_TYPE, "image", "Image")]},
                "subject": subject,
                "encounter": encounter,
                "createdDateTime": instant(attachment.created_at),
                "issued": instant(attachment.created_at),
                "operator": uploader,
                "width": attachment.width,
                "height": attachment.height,
                "content": content,
            }
        )
    return _prune(
        {
            "resourceType": "DocumentReference",
            "id": str(attachment.pk),
            "status": "current",
            "category": [
                {"coding": [coding(DOCUMENT_CATEGORY, "chat-attachment", "Sent in the chat")]}
            ],
            "subject": subject,
            "date": instant(attachment.created_at),
            "author": [uploader],
            "description": _attachment_title(attachment),
            "content": [{"attachment": content}],
            "context": {"encounter": [encounter]} if encounter else None,
        }
    )


def device_id(model_name: str) -> str:
    return "ai-" + hashlib.sha256(model_name.encode()).hexdigest()[:16]


def device_resource(model_name: str) -> dict:
    return {
        "resourceType": "Device",
        "id": device_id(model_name),
        "deviceName": [{"name": model_name, "type": "model-name"}],
        "type": {"text": "AI language model"},
    }


def provenance_resource(
    *,
    target: dict,
    recorded: dt.datetime,
    clinician_id: int,
    model_name: str,
    job_id: int | None,
    clinician_role: str,
) -> dict:
    return _prune(
        {
            "resourceType": "Provenance",
            "id": f"{target['reference'].replace('/', '-').lower()}-ai",
            "target": [target],
            "recorded": instant(recorded),
            "agent": [
                {
                    "type": {"coding": [coding(PROVENANCE_AGENT, clinician_role)]},
                    "who": ref("Practitioner", clinician_id),
                },
                {
                    "type": {"coding": [coding(PROVENANCE_AGENT, "assembler", "Assembler")]},
                    "who": ref("Device", device_id(model_name), model_name),
                },
            ],
            "entity": [
                {
                    "role": "source",
                    "what": {"identifier": {"system": AI_JOB_SYSTEM, "value": str(job_id)}},
                }
            ]
            if job_id
            else [],
        }
    )


def _condition_model(condition: Condition) -> str:
    provenance = condition.ai_provenance if isinstance(condition.ai_provenance, dict) else {}
    return str(provenance.get("model") or provenance.get("ai_model") or "AI model")


# --- bundle ---------------------------------------------------------------------------------


def patient_everything(patient: Patient, base_url: str = "http://localhost/fhir") -> dict:
    """FHIR R4 searchset Bundle of everything about `patient` (signed reports only)."""
    data = selectors.patient_everything(patient=patient)
    user_ids = {o.performer_id for o in data["observations"] if o.performer_id}
    user_ids |= {a.recorded_by_id for a in data["allergies"] if a.recorded_by_id}
    user_ids |= {m.recorded_by_id for m in data["medications"] if m.recorded_by_id}
    by_user = selectors.practitioners_by_user(user_ids=user_ids)

    practitioners: dict[int, Practitioner] = {}
    resources: list[dict] = [patient_resource(patient)]
    devices: dict[str, dict] = {}

    def keep(practitioner: Practitioner | None) -> Practitioner | None:
        if practitioner is not None:
            practitioners[practitioner.pk] = practitioner
        return practitioner

    for encounter in data["encounters"]:
        keep(encounter.practitioner)
        resources.append(encounter_resource(encounter))
    for condition in data["conditions"]:
        keep(condition.asserter)
        resources.append(condition_resource(condition))
        if condition.ai_provenance or condition.ai_job_id:
            model_name = _condition_model(condition)
            devices.setdefault(model_name, device_resource(model_name))
            resources.append(
                provenance_resource(
                    target=ref("Condition", condition.pk),
                    recorded=condition.recorded_at,
                    clinician_id=condition.asserter_id,
                    model_name=model_name,
                    job_id=condition.ai_job_id,
                    clinician_role="author",
                )
            )
    for observation in data["observations"]:
        performer = keep(by_user.get(observation.performer_id))
        resources.append(observation_resource(observation, performer))
    for allergy in data["allergies"]:
        resources.append(allergy_resource(allergy, keep(by_user.get(allergy.recorded_by_id))))
    for statement in data["medications"]:
        source = keep(by_user.get(statement.recorded_by_id))
        resources.append(medication_resource(statement, source))
    for report in data["reports"]:
        keep(report.signer)
        resources.append(composition_resource(report))
        if report.ai_generated:
            model_name = report.ai_model or "AI model"
            devices.setdefault(model_name, device_resource(model_name))
            resources.append(
                provenance_resource(
                    target=ref("Composition", report.pk),
                    recorded=report.signed_at,
                    clinician_id=report.signer_id,
                    model_name=model_name,
                    job_id=report.ai_job_id,
                    clinician_role="author",
                )
            )
    attachments = list(
        Attachment.objects.filter(consultation__patient=patient)
        .select_related("consultation")
        .order_by("created_at", "pk")
    )
    senders = selectors.practitioners_by_user(
        user_ids={a.uploaded_by_id for a in attachments if a.uploaded_by_id != patient.user_id}
    )
    site_url = base_url.rstrip("/").removesuffix("/fhir")
    for attachment in attachments:
        sender = keep(senders.get(attachment.uploaded_by_id))
        uploader = ref("Practitioner", sender.pk) if sender else ref("Patient", patient.pk)
        resources.append(attachment_resource(attachment, uploader, site_url))
    included = [practitioner_resource(p) for p in practitioners.values()]
    included += list(devices.values())

    def entry(resource: dict, mode: str) -> dict:
        url = f"{base_url.rstrip('/')}/{resource['resourceType']}/{resource['id']}"
        return {"fullUrl": url, "resource": resource, "search": {"mode": mode}}

    entries = [entry(r, "match") for r in resources] + [entry(r, "include") for r in included]
    return {
        "resourceType": "Bundle",
        "id": str(uuid.uuid4()),
        "meta": {"lastUpdated": instant(timezone.now())},
        "type": "searchset",
        "timestamp": instant(timezone.now()),
        "total": len(resources),
        "entry": entries,
    }
