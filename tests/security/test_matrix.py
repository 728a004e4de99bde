"""Role × route matrix over every URL of consult, records and the site, with canary strings in
patient A's chat and record that must never reach the wrong party."""

from __future__ import annotations

import pytest
from django.urls import get_resolver, resolve

from consult import services as consult_services
from records import services as records
from records.models import AuditEvent, Encounter

from ..conftest import client_for
from ..factories import start_consultation

pytestmark = pytest.mark.django_db

CHAT_CANARY = "CANARY-CHAT-41d9"  # patient A's chat: the patient, the assigned clinician, admins
EMR_CANARY = "CANARY-EMR-93be"  # patient A's record: the patient, clinicians, admins
SECTIONS = {"subjective": "Sore throat", "objective": "Red pharynx", "plan": "Rest"}

ROLES = ("anonymous", "patient", "other_patient", "clinician", "other_clinician", "admin")
NOT_CHAT = {"anonymous", "other_patient", "other_clinician"}
NOT_EMR = {"anonymous", "other_patient"}
L = "login"


def _picked(patient, clinician, complaint: str):
    consultation = start_consultation(patient, complaint)
    consult_services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    return consultation


@pytest.fixture
def world(patient, other_patient, clinician, other_clinician, admin_user):
    """Patient A's consultation `c` in progress with `clinician` (the chat canary), a signed
    report `s`, an open draft `d`, an encounter `e` without a report, the record canary."""
    main = _picked(patient, clinician, "Sore throat")
    consult_services.message_post(
        consultation_id=main.pk, user=patient.user, body=f"I am HIV positive {CHAT_CANARY}"
    )
    records.allergy_record(
        patient=patient, recorded_by=clinician.user, substance=f"Latex {EMR_CANARY}"
    )
    earlier = _picked(patient, clinician, "Cough")
    draft = records.report_create_draft(
        encounter=Encounter.objects.get(pk=earlier.encounter_id),
        author=clinician.user,
        sections={**SECTIONS, "assessment": f"Pharyngitis {EMR_CANARY}"},
    )
    signed = records.report_sign(report_id=draft.pk, practitioner=clinician)
    current = _picked(patient, clinician, "Rash")
    open_draft = records.report_create_draft(
        encounter=Encounter.objects.get(pk=current.encounter_id),
        author=clinician.user,
        sections={**SECTIONS, "assessment": f"Eczema {EMR_CANARY}"},
    )
    fresh = _picked(patient, clinician, "Back pain")
    photo = _photo(main, patient.user)
    return {
        "users": {
            "anonymous": None,
            "patient": patient.user,
            "other_patient": other_patient.user,
            "clinician": clinician.user,
            "other_clinician": other_clinician.user,
            "admin": admin_user,
        },
        "ids": {
            "c": main.pk,
            "p": patient.pk,
            "s": signed.pk,
            "d": open_draft.pk,
            "e": fresh.encounter_id,
            "a": photo.pk,
        },
    }


def _photo(consultation, user):
    """A photo in patient A's chat (consult/attachments.py)."""
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    from consult.attachments import attachment_post

    out = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(out, format="PNG")
    upload = SimpleUploadedFile(f"{CHAT_CANARY}.png", out.getvalue())
    attachment, _ = attachment_post(consultation_id=consultation.pk, user=user, upload=upload)
    return attachment


OBSERVATION = {"observation-code": "8867-4", "observation-value": "72"}
ALLERGY = {"allergy-substance": "Pollen", "allergy-criticality": "low"}
MEDICATION = {"medication-medication": "Aspirin", "medication-status": "active"}
CONDITION = {"condition-icd10_code": "J02.9"}
ASSIGNED_ONLY = (L, 403, 403, 302, 403, 403)
PATIENT_ONLY = (L, 200, 200, 403, 403, 403)
CLINICIANS = (L, 403, 403, 200, 200, 403)
RECORD_READERS = (L, 200, 403, 200, 200, 200)
STAFF_READ_DRAFT = (L, 403, 403, 200, 200, 200)
EVERYONE = (200,) * 6
ACCEPT = "/consult/{c}/suggestions/999999/0/"

TABLE = [
    # consult/urls.py
    ("get", "/consult/", None, PATIENT_ONLY),
    ("post", "/consult/new/", {"chief_complaint": "Headache"}, (L, 302, 302, 403, 403, 403)),
    ("get", "/consult/{c}/", None, (L, 200, 404, 200, 403, 200)),
    ("post", "/consult/{c}/pick/", {}, (L, 403, 403, 302, 409, 403)),
    ("post", "/consult/{c}/close/", {}, (L, 403, 403, 302, 403, 403)),
    ("post", ACCEPT + "accept/", {}, (L, 403, 403, 404, 403, 403)),
    ("post", ACCEPT + "dismiss/", {}, (L, 403, 403, 404, 403, 403)),
    ("post", "/consult/{c}/attachments/", {}, (L, 400, 404, 400, 404, 403)),
    ("get", "/consult/{c}/attachments/{a}/", None, (L, 200, 404, 200, 404, 200)),
    ("get", "/consult/{c}/attachments/{a}/thumbnail/", None, (L, 200, 404, 200, 404, 200)),
    # only the patient of a closed consultation starts a follow-up ({c} is open: back to the record)
    ("post", "/consult/{c}/follow-up/", {}, (L, 302, 404, 403, 403, 403)),
    ("get", "/consult/{c}/waiting.json", None, (L, 200, 404, 403, 403, 403)),
    ("get", "/dashboard/", None, CLINICIANS),
    ("get", "/dashboard/queue.json", None, CLINICIANS),
    # records/urls.py
    ("get", "/records/patients/{p}/", None, RECORD_READERS),
    ("post", "/records/patients/{p}/observations/", OBSERVATION, ASSIGNED_ONLY),
    ("post", "/records/patients/{p}/allergies/", ALLERGY, ASSIGNED_ONLY),
    ("post", "/records/patients/{p}/medications/", MEDICATION, ASSIGNED_ONLY),
    ("post", "/records/patients/{p}/conditions/", CONDITION, ASSIGNED_ONLY),
    ("get", "/records/icd10/search/?q=j02", None, CLINICIANS),
    ("get", "/records/reports/{s}/", None, RECORD_READERS),
    ("get", "/records/reports/{d}/", None, STAFF_READ_DRAFT),
    ("get", "/records/reports/{d}/edit/", None, (L, 403, 403, 200, 403, 403)),
    ("post", "/records/reports/{d}/edit/", SECTIONS, ASSIGNED_ONLY),
    ("post", "/records/reports/{d}/sign/", {}, ASSIGNED_ONLY),
    ("get", "/records/reports/{s}/amend/", None, (L, 403, 403, 200, 403, 403)),
    ("post", "/records/reports/{s}/amend/", {**SECTIONS, "reason": "typo"}, ASSIGNED_ONLY),
    ("get", "/records/reports/{s}/pdf/", None, RECORD_READERS),
    ("get", "/records/reports/{d}/pdf/", None, STAFF_READ_DRAFT),
    ("post", "/records/encounters/{e}/report/new/", {}, ASSIGNED_ONLY),
    ("get", "/fhir/Patient/{p}/$everything", None, RECORD_READERS),
    # telemed/urls.py (two-factor pages are covered by tests/security/test_twofactor.py)
    ("get", "/", None, EVERYONE),
    ("get", "/accounts/signup/", None, (200, 302, 302, 302, 302, 302)),
    ("get", "/accounts/login/", None, EVERYONE),
    ("post", "/accounts/logout/", {}, (302,) * 6),
    ("get", "/after-login/", None, (302,) * 6),
    ("get", "/healthz", None, EVERYONE),
    ("post", "/i18n/setlang/", {"language": "en", "next": "/"}, (302,) * 6),
    ("get", "/admin/", None, (302, 302, 302, 302, 302, 200)),
]
CASES = [
    pytest.param(method, url, data, role, expected, id=f"{method} {url} {role}")
    for method, url, data, expectations in TABLE
    for role, expected in zip(ROLES, expectations, strict=True)
]


@pytest.mark.parametrize("method, url, data, role, expected", CASES)
def test_role_route_matrix(world, method, url, data, role, expected):
    client = client_for(world["users"][role])
    path = url.format(**world["ids"])
    response = client.get(path) if method == "get" else client.post(path, data or {})
    if expected == L:
        assert response.status_code == 302
        assert response.url.startswith("/accounts/login/?next=")
    else:
        assert response.status_code == expected, response.content[:300]
    body = b"".join(response) if response.streaming else response.content
    if role in NOT_CHAT:
        assert CHAT_CANARY.encode() not in body
    if role in NOT_EMR:
        assert EMR_CANARY.encode() not in body


def test_the_canaries_do_reach_the_right_readers(world):
    """The matrix's canary checks can fail: the patient's own pages carry them."""
    ids = world["ids"]
    patient = client_for(world["users"]["patient"])
    assert EMR_CANARY in patient.get(f"/records/patients/{ids['p']}/").content.decode()
    doctor = client_for(world["users"]["clinician"])
    queue = doctor.get("/dashboard/queue.json").json()["queue"]
    assert ids["c"] in [item["id"] for item in queue]
    other = client_for(world["users"]["other_clinician"]).get("/dashboard/queue.json").json()
    assert ids["c"] not in [item["id"] for item in other["queue"]]


def test_every_consult_and_records_route_is_in_the_matrix(world):
    paths = [url.format(**world["ids"]).split("?")[0] for _, url, _, _ in TABLE]
    covered = {resolve(path).view_name for path in paths}
    for namespace in ("consult", "records"):
        names = {
            f"{namespace}:{name}"
            for name in get_resolver().namespace_dict[namespace][1].reverse_dict
            if isinstance(name, str)
        }
        assert names <= covered, names - covered


def test_refusals_are_audited_without_health_data(world):
    ids = world["ids"]
    intruder = world["users"]["other_patient"]
    client = client_for(intruder)
    client.get(f"/consult/{ids['c']}/")
    client.get(f"/records/patients/{ids['p']}/")
    client.get(f"/records/reports/{ids['s']}/")
    client.get(f"/fhir/Patient/{ids['p']}/$everything")
    colleague = client_for(world["users"]["other_clinician"])
    colleague.post(f"/records/patients/{ids['p']}/allergies/", ALLERGY)
    colleague.post(f"/records/reports/{ids['d']}/sign/")
    refused = AuditEvent.objects.filter(action="denied")
    assert set(refused.filter(actor=intruder).values_list("entity", flat=True)) == {
        "Consultation",
        "Patient",
        "ClinicalReport",
    }
    assert refused.filter(actor=world["users"]["other_clinician"]).count() == 2
    assert not refused.filter(patient__isnull=False).exists()
    for row in AuditEvent.objects.all():
        assert CHAT_CANARY not in row.detail and EMR_CANARY not in row.detail
