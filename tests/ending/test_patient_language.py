"""System messages are written once, for the patient: in the patient's language, whatever the
clinician's interface language."""

from __future__ import annotations

import pytest
from django.utils import translation

from consult import services
from consult.models import Message

pytestmark = pytest.mark.django_db


def test_join_and_close_messages_are_in_the_patients_language(consultation, clinician):
    user = consultation.patient.user
    user.language = "zh-hans"
    user.save(update_fields=["language"])
    with translation.override("en"):  # the clinician works in English
        services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
        services.consultation_close(consultation_id=consultation.pk, user=clinician.user)
    bodies = list(
        Message.objects.filter(consultation=consultation, sender="system")
        .order_by("seq")
        .values_list("body", flat=True)
    )
    with translation.override("zh-hans"):
        joined = translation.gettext("%(name)s joined the consultation.")
        closed = translation.gettext("The consultation was closed.")
    assert joined != "%(name)s joined the consultation."  # the catalogue has them
    assert bodies == [joined % {"name": clinician.full_name}, closed]


def test_an_english_patient_reads_english_whatever_the_clinician_uses(consultation, clinician):
    user = consultation.patient.user
    user.language = "en"
    user.save(update_fields=["language"])
    with translation.override("zh-hans"):
        services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    body = Message.objects.filter(consultation=consultation, sender="system").last().body
    assert body == f"{clinician.full_name} joined the consultation."
