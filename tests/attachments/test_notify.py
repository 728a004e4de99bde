"""A file from the clinician emails an absent patient as a text message does; one from the patient
does not."""

from __future__ import annotations

import pytest

from consult import notifications, presence
from consult.models import Notification

from .conftest import pdf_bytes, png_bytes
from .test_upload import upload

pytestmark = pytest.mark.django_db


class Queued:
    """Stands in for the Celery app: the email task is only recorded here."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    def send_task(self, name: str, args=None, **_options):
        self.sent.append(name)


@pytest.fixture
def queued(monkeypatch) -> Queued:
    app = Queued()
    monkeypatch.setattr(notifications, "current_app", app)
    client = presence.client()
    for pattern in ("presence:*", "notify-quiet:*"):  # ids repeat across runs
        for key in client.scan_iter(f"{presence.namespace()}:{pattern}"):
            client.delete(key)
    return app


def test_clinician_file_notifies_an_absent_patient(
    assigned, patient, clinician, queued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(patient.user, assigned, "a.png", png_bytes(), "image/png")
    assert response.status_code == 201
    assert not Notification.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(clinician.user, assigned, "plan.pdf", pdf_bytes(), "application/pdf")
    assert response.status_code == 201
    (notice,) = Notification.objects.all()
    assert notice.kind == Notification.Kind.CLINICIAN_MESSAGE and notice.user == patient.user
