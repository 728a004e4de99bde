"""Admins see what was emailed and send failed notices again once delivery is fixed."""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import Client

from consult.models import Notification
from records.models import AuditEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def failed(consultation):
    user = consultation.patient.user
    user.email = "patient@example.org"
    user.save(update_fields=["email"])
    return Notification.objects.create(
        user=user,
        consultation=consultation,
        kind=Notification.Kind.REPORT_SIGNED,
        key=f"test:{consultation.pk}",
        status=Notification.Status.FAILED,
        attempts=6,
        error="SMTPServerDisconnected",
    )


def test_it_lists_notices_read_only_and_audited(admin_user, failed):
    client = Client()
    client.force_login(admin_user)
    page = client.get("/admin/consult/notification/")
    assert page.status_code == 200
    assert client.get(f"/admin/consult/notification/{failed.pk}/change/").status_code == 200
    assert client.post(f"/admin/consult/notification/{failed.pk}/delete/").status_code == 403
    assert AuditEvent.objects.filter(actor=admin_user, entity="Notification").exists()


def test_it_sends_a_failed_notice_again(
    admin_user, failed, eager, django_capture_on_commit_callbacks
):
    sent = Notification.objects.create(
        user=failed.user, kind=Notification.Kind.CLINICIAN_MESSAGE, key="test:sent", status="sent"
    )
    client = Client()
    client.force_login(admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/consult/notification/",
            {"action": "resend_failed", "_selected_action": [failed.pk, sent.pk]},
        )
    assert response.status_code == 302
    failed.refresh_from_db()
    sent.refresh_from_db()
    assert failed.status == Notification.Status.SENT and failed.error == ""
    assert sent.status == Notification.Status.SENT and sent.attempts == 0  # left alone
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["patient@example.org"]
