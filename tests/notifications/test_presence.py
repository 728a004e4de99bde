"""Presence: a patient's open room socket counts as present until it closes or its refresh
lapses (a crashed process), and only then does a clinician's message send an email."""

from __future__ import annotations

import asyncio

import pytest
import time_machine
from channels.db import database_sync_to_async
from django.core import mail

from consult import presence, services
from consult.models import Notification

from ..conftest import open_socket, receive_until, session_cookie


@pytest.mark.django_db
def test_presence_lapses_without_refresh(patient, consultation):
    with time_machine.travel(1_900_000_000, tick=False) as clock:
        presence.mark(consultation_id=consultation.pk, user_id=patient.user.pk, socket="a")
        assert presence.is_present(consultation_id=consultation.pk, user_id=patient.user.pk)
        clock.shift(presence.PRESENCE_TTL_S - 1)
        assert presence.is_present(consultation_id=consultation.pk, user_id=patient.user.pk)
        clock.shift(2)
        assert not presence.is_present(consultation_id=consultation.pk, user_id=patient.user.pk)


@pytest.mark.django_db
def test_each_tab_counts_until_the_last_closes(patient, consultation):
    ids = {"consultation_id": consultation.pk, "user_id": patient.user.pk}
    presence.mark(**ids, socket="tab-1")
    presence.mark(**ids, socket="tab-2")
    presence.clear(**ids, socket="tab-1")
    assert presence.is_present(**ids)
    presence.clear(**ids, socket="tab-2")
    assert not presence.is_present(**ids)
    assert not presence.is_present(consultation_id=consultation.pk + 1, user_id=patient.user.pk)


@pytest.mark.django_db(transaction=True)
async def test_an_open_room_socket_holds_back_the_email(patient, consultation, clinician, eager):
    await database_sync_to_async(services.consultation_pick)(
        consultation_id=consultation.pk, user=clinician.user
    )
    patient.user.email = "patient@example.org"
    await database_sync_to_async(patient.user.save)(update_fields=["email"])
    ids = {"consultation_id": consultation.pk, "user_id": patient.user.pk}
    cookie = await database_sync_to_async(session_cookie)(patient.user)
    ws, ok, _ = await open_socket(f"/ws/consult/{consultation.pk}/", cookie)
    assert ok
    assert await asyncio.to_thread(presence.is_present, **ids)
    # A clinician socket is no patient presence.
    c_cookie = await database_sync_to_async(session_cookie)(clinician.user)
    c_ws, ok, _ = await open_socket(f"/ws/consult/{consultation.pk}/", c_cookie)
    assert ok
    await c_ws.send_json_to({"type": "message.send", "body": "How is the pain today?"})
    await receive_until(ws, "message")
    await receive_until(c_ws, "message")
    count = database_sync_to_async(Notification.objects.count)
    assert await count() == 0 and mail.outbox == []
    await ws.disconnect()
    await asyncio.sleep(0.1)
    assert not await asyncio.to_thread(presence.is_present, **ids)
    await c_ws.send_json_to({"type": "message.send", "body": "Please answer when you can"})
    await receive_until(c_ws, "message")
    for _ in range(50):
        if await count():
            break
        await asyncio.sleep(0.05)
    notice = await database_sync_to_async(Notification.objects.get)()
    assert notice.kind == Notification.Kind.CLINICIAN_MESSAGE
    assert notice.status == Notification.Status.SENT
    assert len(mail.outbox) == 1
    await c_ws.disconnect()
