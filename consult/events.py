"""Pushes of server frames to WebSocket groups, sent only after the transaction commits."""

from __future__ import annotations

from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

DASHBOARD_GROUP = "dashboard"


def consult_group(consultation_id: int) -> str:
    """Everyone allowed in the room: patient and clinicians."""
    return f"consult.{consultation_id}"


def staff_group(consultation_id: int) -> str:
    """Clinician sockets of a room only: AI suggestions and drafts never reach the patient."""
    return f"consult.{consultation_id}.staff"


def send_now(group: str, frame: dict[str, Any]) -> None:
    async_to_sync(get_channel_layer().group_send)(group, {"type": "frame.send", "frame": frame})


def send_on_commit(group: str, frame: dict[str, Any]) -> None:
    transaction.on_commit(lambda: send_now(group, frame))
