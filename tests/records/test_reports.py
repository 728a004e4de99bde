"""Clinical reports: drafts, signing (the consultation stays open), immutability, amendments."""

from __future__ import annotations

import pytest

from consult import services as consult_services
from records import services
from records.models import AuditEvent, ClinicalReport, Condition, Encounter

from ..conftest import client_for
from ..factories import start_consultation
from .conftest import SECTIONS

pytestmark = pytest.mark.django_db


def test_one_open_draft_per_encounter(picked, clinician):
    first = services.report_create_draft(
        encounter=picked.encounter, author=clinician.user, sections={"subjective": "a"}
    )
    second = services.report_create_draft(
        encounter=picked.encounter,
        author=clinician.user,
        sections={"plan": "b"},
        ai={"model": "tiny-llm", "job_id": 7, "sources": {"kb": ["J06"]}},
    )
    assert second.pk == first.pk
    second.refresh_from_db()
    assert (second.subjective, second.plan, second.status) == ("a", "b", "draft")
    assert second.ai_generated and second.ai_model == "tiny-llm" and second.ai_job_id == 7
    assert ClinicalReport.objects.filter(encounter=picked.encounter).count() == 1


def test_only_clinicians_write_drafts(picked, patient, draft):
    with pytest.raises(services.RecordError) as exc:
        services.report_create_draft(encounter=picked.encounter, author=patient.user, sections={})
    assert exc.value.code == "forbidden"
    with pytest.raises(services.RecordError):
        services.report_update_draft(report_id=draft.pk, editor=patient.user, sections={})


def test_unknown_sections_are_refused(draft, clinician):
    with pytest.raises(services.RecordError) as exc:
        services.report_update_draft(
            report_id=draft.pk, editor=clinician.user, sections={"diagnosis": "x"}
        )
    assert exc.value.code == "invalid"


def test_sign_confirms_my_diagnoses_and_keeps_the_consultation_open_until_closed(
    picked, draft, clinician, other_clinician, patient
):
    mine = services.condition_record(
        patient=patient, asserter=clinician, icd10_code="J06.9", encounter=picked.encounter
    )
    elsewhere = start_consultation(patient, "Cough")
    consult_services.consultation_pick(consultation_id=elsewhere.pk, user=other_clinician.user)
    theirs = services.condition_record(
        patient=patient, asserter=other_clinician, icd10_code="R05.9", encounter=elsewhere.encounter
    )
    report = services.report_sign(report_id=draft.pk, practitioner=clinician)
    assert report.status == "signed" and report.signer == clinician and report.signed_at
    picked.refresh_from_db()
    picked.encounter.refresh_from_db()
    # The clinician may still write a last message; closing finishes the encounter.
    assert picked.status == "in_progress"
    assert picked.encounter.status == Encounter.Status.IN_PROGRESS
    assert Condition.objects.get(pk=mine.pk).verification_status == "confirmed"
    assert Condition.objects.get(pk=theirs.pk).verification_status == "provisional"
    consult_services.consultation_close(consultation_id=picked.pk, user=clinician.user)
    picked.encounter.refresh_from_db()
    assert picked.encounter.status == "finished" and picked.encounter.period_end is not None


def test_sign_by_a_clinician_not_assigned_is_refused_and_rolled_back(
    picked, draft, other_clinician
):
    with pytest.raises(services.RecordError) as exc:
        services.report_sign(report_id=draft.pk, practitioner=other_clinician)
    assert exc.value.code == "forbidden"
    draft.refresh_from_db()
    picked.refresh_from_db()
    assert draft.status == "draft" and picked.status == "in_progress"


def test_empty_report_cannot_be_signed(picked, clinician):
    report = services.report_create_draft(
        encounter=picked.encounter, author=clinician.user, sections={}
    )
    with pytest.raises(services.RecordError):
        services.report_sign(report_id=report.pk, practitioner=clinician)


def test_signed_report_is_immutable(signed, clinician):
    with pytest.raises(services.RecordError):
        services.report_update_draft(
            report_id=signed.pk, editor=clinician.user, sections={"plan": "changed"}
        )
    with pytest.raises(services.RecordError):
        services.report_sign(report_id=signed.pk, practitioner=clinician)
    report = ClinicalReport.objects.get(pk=signed.pk)
    report.assessment = "tampered"
    with pytest.raises(ValueError):
        report.save()
    report = ClinicalReport.objects.get(pk=signed.pk)
    report.status = "draft"
    with pytest.raises(ValueError):
        report.save()
    report = ClinicalReport.objects.get(pk=signed.pk)
    report.save()  # an unchanged save is harmless
    assert ClinicalReport.objects.get(pk=signed.pk).assessment == SECTIONS["assessment"]


def test_no_new_draft_once_signed(signed, clinician):
    with pytest.raises(services.RecordError) as exc:
        services.report_create_draft(
            encounter=signed.encounter, author=clinician.user, sections={"plan": "x"}
        )
    assert exc.value.code == "conflict"


def test_amend_creates_a_new_signed_version_and_keeps_the_previous(signed, clinician):
    v2 = services.report_amend(
        report_id=signed.pk,
        practitioner=clinician,
        sections={"plan": "Antibiotics after positive strep test."},
        reason="Lab result arrived",
    )
    assert (v2.status, v2.version, v2.replaces_id) == ("signed", 2, signed.pk)
    assert v2.signer == clinician and v2.amendment_reason == "Lab result arrived"
    assert v2.plan.startswith("Antibiotics") and v2.assessment == SECTIONS["assessment"]
    old = ClinicalReport.objects.get(pk=signed.pk)
    assert old.status == "amended" and old.plan == SECTIONS["plan"] and old.version == 1
    with pytest.raises(services.RecordError):  # only the current version is amended
        services.report_amend(
            report_id=old.pk, practitioner=clinician, sections={}, reason="again"
        )
    with pytest.raises(services.RecordError):
        services.report_amend(report_id=v2.pk, practitioner=clinician, sections={}, reason="")
    v3 = services.report_amend(
        report_id=v2.pk, practitioner=clinician, sections={}, reason="typo"
    )
    assert v3.version == 3 and v3.replaces_id == v2.pk
    old.status = "signed"
    with pytest.raises(ValueError):
        old.save()


def test_drafts_cannot_be_amended(draft, clinician):
    with pytest.raises(services.RecordError):
        services.report_amend(report_id=draft.pk, practitioner=clinician, sections={}, reason="x")


# --- HTTP ------------------------------------------------------------------------------------


def test_patient_cannot_see_drafts_but_sees_signed(draft, patient, clinician):
    client = client_for(patient.user)
    assert client.get(f"/records/reports/{draft.pk}/").status_code == 403
    page = client.get(f"/records/patients/{patient.pk}/").content.decode()
    assert f"/records/reports/{draft.pk}/" not in page
    services.report_sign(report_id=draft.pk, practitioner=clinician)
    response = client.get(f"/records/reports/{draft.pk}/")
    assert response.status_code == 200
    assert SECTIONS["assessment"] in response.content.decode()


def test_clinician_drafts_edits_signs_and_amends_over_http(picked, clinician):
    client = client_for(clinician.user)
    response = client.post(f"/records/encounters/{picked.encounter_id}/report/new/")
    report = ClinicalReport.objects.get(encounter=picked.encounter)
    assert response.status_code == 302 and response.url == f"/records/reports/{report.pk}/edit/"
    assert client.get(response.url).status_code == 200
    response = client.post(f"/records/reports/{report.pk}/edit/", SECTIONS)
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.assessment == SECTIONS["assessment"]
    # A second "new report" returns the same draft.
    again = client.post(f"/records/encounters/{picked.encounter_id}/report/new/")
    assert again.url == f"/records/reports/{report.pk}/edit/"
    assert client.post(f"/records/reports/{report.pk}/sign/").status_code == 302
    report.refresh_from_db()
    assert report.status == "signed"
    # Editing a signed report leads to the amendment form; signing twice is a conflict.
    assert client.get(f"/records/reports/{report.pk}/edit/").url.endswith("/amend/")
    assert client.post(f"/records/reports/{report.pk}/sign/").status_code == 409
    assert client.get(f"/records/reports/{report.pk}/amend/").status_code == 200
    assert client.post(f"/records/reports/{report.pk}/amend/", SECTIONS).status_code == 400
    response = client.post(
        f"/records/reports/{report.pk}/amend/", {**SECTIONS, "plan": "New plan", "reason": "x"}
    )
    v2 = ClinicalReport.objects.get(replaces=report)
    assert response.url == f"/records/reports/{v2.pk}/"
    assert v2.plan == "New plan" and v2.version == 2
    page = client.get(f"/records/reports/{v2.pk}/").content.decode()
    assert f"/records/reports/{report.pk}/" in page  # version history
    # "New report" on a signed encounter goes to the current signed version.
    assert client.post(f"/records/encounters/{picked.encounter_id}/report/new/").url == (
        f"/records/reports/{v2.pk}/"
    )


def test_sign_over_http_by_unassigned_clinician_is_forbidden(draft, other_clinician):
    response = client_for(other_clinician.user).post(f"/records/reports/{draft.pk}/sign/")
    assert response.status_code == 403


def test_sign_without_consultation_in_progress_still_finishes_encounter(patient, clinician):
    consultation = start_consultation(patient)
    consult_services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    report = services.report_create_draft(
        encounter=Encounter.objects.get(pk=consultation.encounter_id),
        author=clinician.user,
        sections=SECTIONS,
    )
    consult_services.consultation_close(consultation_id=consultation.pk, user=clinician.user)
    services.report_sign(report_id=report.pk, practitioner=clinician)
    consultation.encounter.refresh_from_db()
    assert consultation.encounter.status == "finished"


# --- who drafts, edits, signs and amends ------------------------------------------------------


def test_no_draft_for_a_consultation_nobody_picked_up(patient, clinician):
    waiting = start_consultation(patient)
    with pytest.raises(services.RecordError) as refused:
        services.report_create_draft(
            encounter=waiting.encounter, author=clinician.user, sections=SECTIONS
        )
    assert refused.value.code == "forbidden"
    url = f"/records/encounters/{waiting.encounter_id}/report/new/"
    assert client_for(clinician.user).post(url).status_code == 403
    assert not ClinicalReport.objects.exists()


def test_no_draft_for_another_clinicians_consultation(picked, other_clinician):
    with pytest.raises(services.RecordError):
        services.report_create_draft(
            encounter=picked.encounter, author=other_clinician.user, sections=SECTIONS
        )
    client = client_for(other_clinician.user)
    assert client.post(f"/records/encounters/{picked.encounter_id}/report/new/").status_code == 403
    assert not ClinicalReport.objects.exists()
    assert AuditEvent.objects.filter(
        actor=other_clinician.user, action="denied", entity="Encounter"
    ).exists()


def test_no_draft_once_the_consultation_is_closed(picked, clinician):
    consult_services.consultation_close(consultation_id=picked.pk, user=clinician.user)
    with pytest.raises(services.RecordError):
        services.report_create_draft(
            encounter=Encounter.objects.get(pk=picked.encounter_id),
            author=clinician.user,
            sections=SECTIONS,
        )


def test_only_the_author_edits_a_draft(draft, other_clinician):
    with pytest.raises(services.RecordError) as refused:
        services.report_update_draft(
            report_id=draft.pk, editor=other_clinician.user, sections={"plan": "mine now"}
        )
    assert refused.value.code == "forbidden"
    client = client_for(other_clinician.user)
    assert client.get(f"/records/reports/{draft.pk}/edit/").status_code == 403
    response = client.post(f"/records/reports/{draft.pk}/edit/", {**SECTIONS, "plan": "mine"})
    assert response.status_code == 403
    draft.refresh_from_db()
    assert draft.plan == SECTIONS["plan"]


def test_only_the_signer_or_the_encounters_clinician_amends(signed, other_clinician):
    with pytest.raises(services.RecordError) as refused:
        services.report_amend(
            report_id=signed.pk, practitioner=other_clinician, sections={"plan": "x"}, reason="y"
        )
    assert refused.value.code == "forbidden"
    client = client_for(other_clinician.user)
    assert client.get(f"/records/reports/{signed.pk}/amend/").status_code == 403
    response = client.post(f"/records/reports/{signed.pk}/amend/", {**SECTIONS, "reason": "x"})
    assert response.status_code == 403
    assert ClinicalReport.objects.get(pk=signed.pk).status == "signed"
    assert not ClinicalReport.objects.filter(replaces=signed).exists()


def test_a_colleagues_leftover_draft_cannot_be_signed(picked, draft, clinician, other_clinician):
    """Even after the consultation is closed, only its clinician signs its draft."""
    consult_services.consultation_close(consultation_id=picked.pk, user=clinician.user)
    with pytest.raises(services.RecordError):
        services.report_sign(report_id=draft.pk, practitioner=other_clinician)
    assert ClinicalReport.objects.get(pk=draft.pk).status == "draft"
    signed = services.report_sign(report_id=draft.pk, practitioner=clinician)
    assert signed.signer == clinician
