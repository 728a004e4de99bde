"""The attachment admin: read-only, audited, the file opens only through the access-checked view."""

from __future__ import annotations

import pytest

from consult.models import Attachment
from records.models import AuditEvent

from ..conftest import client_for
from .conftest import png_bytes
from .test_upload import upload

pytestmark = pytest.mark.django_db


def test_admin_lists_and_shows_attachments_read_only(assigned, patient, admin_user):
    upload(patient.user, assigned, "arm.png", png_bytes(), "image/png")
    attachment = Attachment.objects.get()
    client = client_for(admin_user)
    listing = client.get("/admin/consult/attachment/")
    assert listing.status_code == 200 and b"arm.png" in listing.content
    page = client.get(f"/admin/consult/attachment/{attachment.pk}/change/")
    assert page.status_code == 200
    assert f'href="/consult/{assigned.pk}/attachments/{attachment.pk}/"'.encode() in page.content
    assert attachment.file.name.encode() not in page.content  # no direct storage path
    assert b'name="_save"' not in page.content
    assert client.get("/admin/consult/attachment/add/").status_code == 403
    delete = client.post(f"/admin/consult/attachment/{attachment.pk}/delete/", {"post": "yes"})
    assert delete.status_code == 403 and Attachment.objects.filter(pk=attachment.pk).exists()
    assert AuditEvent.objects.filter(
        actor=admin_user, entity="Attachment", action="read", patient_id=patient.pk
    ).exists()
