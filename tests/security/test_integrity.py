"""Clinical data kept as written: signed reports, chat messages and audit rows refuse changes and
deletion in Django admin, in the model layer and in the database itself (a trigger)."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.models import ProtectedError

from consult.models import Consultation, Message
from records import services
from records.models import AuditEvent, ClinicalReport, ImmutableRecordError

from ..conftest import client_for
from ..records.conftest import SECTIONS

pytestmark = pytest.mark.django_db


@pytest.fixture
def picked(patient, clinician):
    from consult import services as consult_services

    from ..factories import start_consultation

    consultation = start_consultation(patient)
    consult_services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    consultation.refresh_from_db()
    return consultation


@pytest.fixture
def signed(picked, clinician):
    draft = services.report_create_draft(
        encounter=picked.encounter, author=clinician.user, sections=SECTIONS
    )
    return services.report_sign(report_id=draft.pk, practitioner=clinician)


def _raw(sql: str, *params) -> None:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql, params)


# --- model layer ---------------------------------------------------------------------------


def test_a_signed_report_refuses_save_delete_and_bulk_writes(signed):
    signed.assessment = "Rewritten"
    with pytest.raises(ImmutableRecordError):
        signed.save()
    signed.refresh_from_db()
    with pytest.raises(ImmutableRecordError):
        signed.delete()
    with pytest.raises(ImmutableRecordError):
        ClinicalReport.objects.filter(pk=signed.pk).update(plan="Rewritten")
    with pytest.raises(ImmutableRecordError):
        ClinicalReport.objects.filter(pk=signed.pk).delete()
    signed.refresh_from_db()
    assert signed.assessment == SECTIONS["assessment"] and signed.plan == SECTIONS["plan"]


def test_even_columns_outside_the_text_are_frozen_once_signed(signed, other_clinician):
    signed.author = other_clinician.user
    with pytest.raises(ImmutableRecordError):
        signed.save()


def test_drafts_stay_editable_and_amending_still_works(picked, clinician):
    draft = services.report_create_draft(
        encounter=picked.encounter, author=clinician.user, sections=SECTIONS
    )
    ClinicalReport.objects.filter(pk=draft.pk).update(plan="Rest")
    draft.refresh_from_db()
    draft.assessment = "Pharyngitis"
    draft.save()
    signed = services.report_sign(report_id=draft.pk, practitioner=clinician)
    amended = services.report_amend(
        report_id=signed.pk, practitioner=clinician, sections={"plan": "Fluids"}, reason="typo"
    )
    signed.refresh_from_db()
    assert signed.status == "amended" and signed.plan == "Rest"
    assert amended.version == 2 and amended.plan == "Fluids"
    with pytest.raises(ImmutableRecordError):
        ClinicalReport.objects.filter(pk=signed.pk).update(status="signed")


def test_chat_messages_refuse_save_delete_and_bulk_writes(consultation):
    message = consultation.messages.first()
    message.body = "edited"
    with pytest.raises(ImmutableRecordError):
        message.save()
    with pytest.raises(ImmutableRecordError):
        message.delete()
    with pytest.raises(ImmutableRecordError):
        Message.objects.filter(pk=message.pk).update(body="edited")
    with pytest.raises(ImmutableRecordError):
        Message.objects.filter(consultation=consultation).delete()
    message.refresh_from_db()
    assert message.body != "edited"


def test_a_consultation_with_messages_cannot_be_deleted(consultation):
    with pytest.raises(ProtectedError):
        Consultation.objects.get(pk=consultation.pk).delete()
    assert consultation.messages.exists()


def test_audit_rows_refuse_bulk_update_and_delete(patient):
    services.audit_record(actor=None, action="read", entity="PatientRecord", patient_id=patient.pk)
    with pytest.raises(ImmutableRecordError):
        AuditEvent.objects.update(detail="gone")
    with pytest.raises(ImmutableRecordError):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.filter(patient=patient).count() == 1


# --- the database trigger (raw SQL, as from a shell or a bug) ------------------------------


def test_the_database_refuses_raw_updates_and_deletes_of_messages(consultation):
    message = consultation.messages.first()
    with pytest.raises(IntegrityError, match="append-only"):
        _raw("UPDATE consult_message SET body = 'edited' WHERE id = %s", message.pk)
    with pytest.raises(IntegrityError, match="append-only"):
        _raw("DELETE FROM consult_message WHERE id = %s", message.pk)
    with pytest.raises(IntegrityError, match="foreign key"), transaction.atomic():
        _raw("SET CONSTRAINTS ALL IMMEDIATE")  # as at commit
        _raw("DELETE FROM consult_consultation WHERE id = %s", consultation.pk)
    message.refresh_from_db()
    assert message.body != "edited"


def test_the_database_refuses_raw_updates_and_deletes_of_audit_rows(patient):
    row = services.audit_record(actor=None, action="read", entity="X", patient_id=patient.pk)
    with pytest.raises(IntegrityError, match="append-only"):
        _raw("UPDATE records_auditevent SET detail = 'x' WHERE id = %s", row.pk)
    with pytest.raises(IntegrityError, match="append-only"):
        _raw("DELETE FROM records_auditevent WHERE id = %s", row.pk)
    assert AuditEvent.objects.filter(pk=row.pk, detail="").exists()


def test_the_database_refuses_raw_changes_to_signed_reports(signed):
    with pytest.raises(IntegrityError, match="immutable"):
        _raw("UPDATE records_clinicalreport SET assessment = 'x' WHERE id = %s", signed.pk)
    with pytest.raises(IntegrityError, match="immutable"):
        _raw("UPDATE records_clinicalreport SET signed_at = now() WHERE id = %s", signed.pk)
    with pytest.raises(IntegrityError, match="immutable"):
        _raw("UPDATE records_clinicalreport SET status = 'draft' WHERE id = %s", signed.pk)
    with pytest.raises(IntegrityError, match="immutable"):
        _raw(
            "UPDATE records_clinicalreport SET status = 'amended', plan = 'x' WHERE id = %s",
            signed.pk,
        )
    with pytest.raises(IntegrityError, match="immutable"):
        _raw("DELETE FROM records_clinicalreport WHERE id = %s", signed.pk)
    signed.refresh_from_db()
    assert signed.status == "signed" and signed.assessment == SECTIONS["assessment"]
    # the amendment's own move is the one change a signed row accepts
    _raw("UPDATE records_clinicalreport SET status = 'amended' WHERE id = %s", signed.pk)
    with pytest.raises(IntegrityError, match="immutable"):
        _raw("UPDATE records_clinicalreport SET status = 'signed' WHERE id = %s", signed.pk)


def test_the_database_lets_drafts_change_and_go(picked, clinician):
    draft = services.report_create_draft(
        encounter=picked.encounter, author=clinician.user, sections=SECTIONS
    )
    _raw("UPDATE records_clinicalreport SET plan = 'x' WHERE id = %s", draft.pk)
    _raw("DELETE FROM records_clinicalreport WHERE id = %s", draft.pk)
    assert not ClinicalReport.objects.filter(pk=draft.pk).exists()


# --- Django admin (HTTP) -------------------------------------------------------------------


def test_admin_cannot_change_or_delete_a_signed_report(admin_user, signed):
    client = client_for(admin_user)
    url = f"/admin/records/clinicalreport/{signed.pk}/"
    assert client.get(f"{url}change/").status_code == 200  # view only
    data = {f: getattr(signed, f) for f in ("subjective", "objective", "plan")}
    data |= {"assessment": "Rewritten", "status": "signed", "version": 1}
    assert client.post(f"{url}change/", data).status_code == 403
    assert client.post(f"{url}delete/", {"post": "yes"}).status_code == 403
    bulk = client.post(
        "/admin/records/clinicalreport/",
        {"action": "delete_selected", "_selected_action": [signed.pk], "post": "yes"},
    )
    assert bulk.status_code in {200, 302, 403}
    signed.refresh_from_db()
    assert signed.assessment == SECTIONS["assessment"]


def test_admin_cannot_change_or_delete_a_chat_message(admin_user, consultation):
    message = consultation.messages.first()
    client = client_for(admin_user)
    url = f"/admin/consult/message/{message.pk}/"
    page = client.get(f"{url}change/")
    assert page.status_code == 200 and b'name="_save"' not in page.content
    assert client.post(f"{url}change/", {"body": "edited", "seq": 1}).status_code == 403
    assert client.post(f"{url}delete/", {"post": "yes"}).status_code == 403
    assert client.post(f"/admin/consult/consultation/{consultation.pk}/delete/").status_code == 403
    message.refresh_from_db()
    assert message.body != "edited"
    assert Message.objects.filter(pk=message.pk).exists()


def test_admin_cannot_rewrite_what_the_patient_said(admin_user, consultation):
    client = client_for(admin_user)
    url = f"/admin/consult/consultation/{consultation.pk}/change/"
    page = client.get(url)
    assert page.status_code == 200
    assert b'name="chief_complaint"' not in page.content
    assert b'name="ai_summary"' not in page.content
