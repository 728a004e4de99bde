"""WebSocket consumers: parse frames, check permission, call a service, send the result."""

from __future__ import annotations

import json
import uuid
from typing import Any

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.conf import settings
from django.utils.translation import gettext as _

from records.models import User

from . import events, selectors, services

MAX_RESUME = 500


def error_frame(code: str, detail: str) -> dict[str, str]:
    return {"type": "error", "code": code, "detail": str(detail)}


class FrameError(Exception):
    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


class ConsultConsumer(AsyncJsonWebsocketConsumer):
    """The live chat room of one consultation."""

    async def connect(self) -> None:
        self.user: User = self.scope["user"]
        self.consultation_id = int(self.scope["url_route"]["kwargs"]["consultation_id"])
        self.is_staff_socket = False
        if not self.user.is_authenticated or not await self._can_view():
            await self.close(code=4403)
            return
        self.groups_joined = [events.consult_group(self.consultation_id)]
        if self.user.role == User.Role.CLINICIAN:
            self.is_staff_socket = True
            self.groups_joined.append(events.staff_group(self.consultation_id))
        for group in self.groups_joined:
            await self.channel_layer.group_add(group, self.channel_name)
        await self.accept()
        await self._send_triage_state()

    async def disconnect(self, code: int) -> None:
        for group in getattr(self, "groups_joined", []):
            await self.channel_layer.group_discard(group, self.channel_name)

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        try:
            if text_data is None:
                raise FrameError("malformed", _("Frames must be JSON text."))
            try:
                content = json.loads(text_data)
            except ValueError as exc:
                raise FrameError("malformed", _("Frames must be JSON text.")) from exc
            if not isinstance(content, dict) or not isinstance(content.get("type"), str):
                raise FrameError("malformed", _("A frame is a JSON object with a type."))
            handler = self.handlers.get(content["type"])
            if handler is None:
                raise FrameError("unknown_type", _("Unknown frame type."))
            await handler(self, content)
        except FrameError as exc:
            await self.send_json(error_frame(exc.code, exc.detail))
        except services.ConsultError as exc:
            await self.send_json(error_frame(exc.code, exc.detail))

    async def frame_send(self, event: dict[str, Any]) -> None:
        await self.send_json(event["frame"])

    # --- frame handlers -------------------------------------------------------------------

    async def on_message_send(self, content: dict[str, Any]) -> None:
        body = content.get("body")
        if not isinstance(body, str) or not body.strip():
            raise FrameError("invalid", _("The message is empty."))
        if len(body) > settings.TELEMED_MAX_MESSAGE_CHARS:
            raise FrameError("too_long", _("The message is longer than 4,000 characters."))
        client_id = content.get("client_id")
        if client_id is not None:
            try:
                client_id = uuid.UUID(str(client_id))
            except ValueError as exc:
                raise FrameError("invalid", _("client_id must be a UUID.")) from exc
        message, created = await self._post(body.strip(), client_id)
        if not created:
            # The original broadcast already happened; answer the retrying client directly.
            await self.send_json(events.message_frame(message))

    async def on_resume(self, content: dict[str, Any]) -> None:
        after = content.get("after_seq", 0)
        if not isinstance(after, int) or isinstance(after, bool) or after < 0:
            raise FrameError("invalid", _("after_seq must be a non-negative integer."))
        if not await self._can_view():
            raise FrameError("forbidden", _("You no longer have access to this consultation."))
        for message in await self._messages_after(after):
            await self.send_json(events.message_frame(message))
        await self._send_triage_state()

    async def _send_triage_state(self) -> None:
        """A page that (re)connects learns the current urgency, red flags and assessment, which
        may have changed before its socket opened."""
        frame = await self._triage_state()
        if frame is not None:
            await self.send_json(frame)

    def _interface_lang(self, content: dict[str, Any]) -> str:
        """The language the clinician reads: the frame's `lang`, else the page's language
        cookie, else the browser's Accept-Language."""
        wanted = content.get("lang")
        if not isinstance(wanted, str):
            wanted = self.scope.get("cookies", {}).get(settings.LANGUAGE_COOKIE_NAME)
        if not wanted:
            headers = dict(self.scope.get("headers", []))
            accept = headers.get(b"accept-language", b"").decode("latin-1")
            wanted = accept.split(",")[0].split(";")[0].strip()
        return "zh" if (wanted or "").lower().startswith("zh") else "en"

    async def on_ai_suggest(self, content: dict[str, Any]) -> None:
        job = await self._queue_clinician_job("suggest", self._interface_lang(content))
        await self.send_json(events.ai_queued_frame(job))

    async def on_report_generate(self, content: dict[str, Any]) -> None:
        job = await self._queue_clinician_job("report", self._interface_lang(content))
        await self.send_json(events.ai_queued_frame(job))

    handlers = {
        "message.send": on_message_send,
        "resume": on_resume,
        "ai.suggest": on_ai_suggest,
        "report.generate": on_report_generate,
    }

    # --- database work --------------------------------------------------------------------

    @database_sync_to_async
    def _can_view(self) -> bool:
        return (
            selectors.consultation_for_user(user=self.user, consultation_id=self.consultation_id)
            is not None
        )

    @database_sync_to_async
    def _post(self, body: str, client_id: uuid.UUID | None):
        consultation = selectors.consultation_for_user(
            user=self.user, consultation_id=self.consultation_id
        )
        if consultation is None or not selectors.user_can_write(
            user=self.user, consultation=consultation
        ):
            if consultation is not None and consultation.status == "closed":
                raise FrameError("closed", _("This consultation is closed."))
            raise FrameError("forbidden", _("You cannot write in this consultation."))
        return services.message_post(
            consultation_id=self.consultation_id, user=self.user, body=body, client_id=client_id
        )

    @database_sync_to_async
    def _queue_clinician_job(self, kind: str, lang: str):
        consultation = selectors.consultation_for_user(
            user=self.user, consultation_id=self.consultation_id
        )
        if consultation is None or not selectors.user_is_assigned_clinician(
            user=self.user, consultation=consultation
        ):
            raise FrameError("forbidden", _("Only the assigned clinician can use the AI tools."))
        return services.ai_tool_request(
            consultation_id=self.consultation_id, user=self.user, kind=kind, lang=lang
        )

    @database_sync_to_async
    def _triage_state(self) -> dict | None:
        consultation = selectors.consultation_for_user(
            user=self.user, consultation_id=self.consultation_id
        )
        if consultation is None or not selectors.has_triage_state(consultation):
            return None
        return events.triage_frame(consultation)

    @database_sync_to_async
    def _messages_after(self, after_seq: int):
        return selectors.messages_after(
            consultation_id=self.consultation_id, after_seq=after_seq, limit=MAX_RESUME
        )


class DashboardConsumer(AsyncJsonWebsocketConsumer):
    """Pushes queue changes to clinicians' dashboards."""

    async def connect(self) -> None:
        user = self.scope["user"]
        if not user.is_authenticated or user.role not in (User.Role.CLINICIAN, User.Role.ADMIN):
            await self.close(code=4403)
            return
        await self.channel_layer.group_add(events.DASHBOARD_GROUP, self.channel_name)
        await self.accept()

    async def disconnect(self, code: int) -> None:
        await self.channel_layer.group_discard(events.DASHBOARD_GROUP, self.channel_name)

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        await self.send_json(error_frame("unknown_type", _("The dashboard socket is read-only.")))

    async def frame_send(self, event: dict[str, Any]) -> None:
        await self.send_json(event["frame"])
