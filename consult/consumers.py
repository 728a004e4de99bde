"""WebSocket consumers: decode and limit frames, re-check access on every action, call a service,
send the result; a socket whose access has ended leaves its groups and closes with 4403."""

from __future__ import annotations

import asyncio
import json
import logging
import random
import re
import uuid
from concurrent.futures import ThreadPoolExecutor
from functools import wraps
from importlib import import_module
from typing import Any

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.conf import settings
from django.contrib.auth import HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.models import Session
from django.db import close_old_connections
from django.db.models import Subquery
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _

from records import services as records_services
from records.models import User
from telemed import ratelimit

from . import access, events, presence, selectors, services
from .errors import ConsultError

logger = logging.getLogger(__name__)

MAX_RESUME = 500
MAX_DEPTH = 64
CLOSE_FORBIDDEN = 4403
DB_SESSIONS = "django.contrib.sessions.backends.db"
# The red-flag screen after a patient message is Python (regexes) that holds the GIL (~3 ms when
# this was measured; ~0.7 ms since each text's mentions are cached).
# Started at the broadcast, it ran while this process's event loop delivered that very message
# and roughly doubled the chat's p50 (issue 10, bench/chat_load.py); a moment later it overlaps
# the next statement's wait for the database instead. A red flag is still acted on in ~10 ms.
SCREEN_DELAY_S = 0.01


def _chat_db_threads() -> int:
    """Fewer threads than pooled connections: the thread-sensitive thread keeps one and a
    send never waits for the pool."""
    pool = settings.DATABASES["default"].get("OPTIONS", {}).get("pool")
    size = pool.get("max_size", 20) if isinstance(pool, dict) else 20
    return max(2, min(16, size - 4))


CHAT_DB_EXECUTOR = ThreadPoolExecutor(max_workers=_chat_db_threads(), thread_name_prefix="chat-db")


def _on_chat_threads(fn):
    """`fn` on CHAT_DB_EXECUTOR, its connection handed back to the pool when it returns.

    The close must run inside the call: asgiref runs the function in a copy of the caller's
    context with Local storage re-homed there, so the close_old_connections() that
    database_sync_to_async runs around it sees another connection handler and never returns
    this thread's pooled connection. Each new thread then holds one connection for good; on
    the loop's default executor (a new one per event loop, i.e. per test) the pool ran dry and
    every query waited out the pool timeout: the hang of 7e3530e."""

    @wraps(fn)
    def run(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        finally:
            close_old_connections()

    return database_sync_to_async(run, thread_sensitive=False, executor=CHAT_DB_EXECUTOR)


def error_frame(code: str, detail: str) -> dict[str, str]:
    return events.error_frame(code, detail)


class FrameError(ConsultError):
    """A frame refused before any service ran (malformed, too large, too fast)."""


class AccessEnded(Exception):
    """The user may no longer read this consultation (or is no longer logged in)."""


def _check_json(value: Any) -> None:
    """Depth at most MAX_DEPTH and no NUL character in any string (keys included), iteratively."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                raise FrameError("invalid", _("Text must not contain NUL characters."))
        elif isinstance(item, (dict, list)):
            if depth > MAX_DEPTH:
                raise FrameError("invalid", _("The frame is nested too deeply."))
            children = [*item.keys(), *item.values()] if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)


_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"')


def _too_deep(text: str) -> bool:
    """Whether raw JSON text opens more than MAX_DEPTH levels (strings skipped), without parsing."""
    depth = 0
    for char in _STRINGS.sub('""', text):
        if char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif char in "]}":
            depth -= 1
    return False


class _LoginWatch:
    """What every socket of a logged-in user shares: the user's group, a check that the login
    (user active, session alive and unchanged) still holds, revoke events and a periodic check."""

    async def _watch_start(self) -> None:
        self.revoked = False
        session = self.scope.get("session")
        self.session_key = getattr(session, "session_key", None)
        self.session_hash = events.session_hash(self.session_key)
        self.groups_joined.append(events.user_group(self.user.pk))
        self._watchdog = None

    def _watch_loop(self) -> None:
        self._watchdog = asyncio.ensure_future(self._recheck_periodically())

    async def _watch_stop(self) -> None:
        watchdog, self._watchdog = getattr(self, "_watchdog", None), None
        if watchdog is not None and watchdog is not asyncio.current_task():
            watchdog.cancel()
        for group in getattr(self, "groups_joined", []):
            await self.channel_layer.group_discard(group, self.channel_name)
        self.groups_joined = []

    def _login_valid(self) -> User | None:
        """The user, fresh from the database, while the login behind this socket holds (one
        statement with database sessions: the session row is read in the user's query)."""
        if not self.session_key:
            return None
        store = import_module(settings.SESSION_ENGINE).SessionStore(session_key=self.session_key)
        users = User.objects.filter(pk=self.user.pk, is_active=True)
        if settings.SESSION_ENGINE == DB_SESSIONS:
            session = Session.objects.filter(
                session_key=self.session_key, expire_date__gt=timezone.now()
            ).values("session_data")[:1]
            user = users.annotate(session_data=Subquery(session)).first()
            if user is None:
                return None
            data = store.decode(user.session_data) if user.session_data else {}
            store._session_cache = data  # what store.load() would have read
            proof = (user.role, user.password, user.session_data)
        else:
            user = users.first()
            if user is None:
                return None
            data = store.load()
            proof = None
        self._login_proof = None
        if str(data.get(SESSION_KEY)) != str(user.pk):
            return None
        if not constant_time_compare(data.get(HASH_SESSION_KEY, ""), user.get_session_auth_hash()):
            return None
        self._session_left = (store.get_expiry_date() - timezone.now()).total_seconds()
        self._login_proof = proof
        return user

    def _login_guard(self) -> tuple[str, list] | None:
        """SQL conditions that hold exactly while the login checked last still holds unchanged:
        the user row (active, role, password, hence the session's auth hash) and the session row
        (not expired, the data that was decoded) as they were. A statement that carries them
        needs no login check of its own; when it matches nothing, the full check runs."""
        proof = getattr(self, "_login_proof", None)
        if proof is None:
            return None
        role, password, session_data = proof
        sql = (
            f"EXISTS (SELECT 1 FROM {User._meta.db_table} u WHERE u.id = %s AND u.is_active"
            " AND u.role = %s AND u.password = %s) AND EXISTS (SELECT 1 FROM"
            f" {Session._meta.db_table} s WHERE s.session_key = %s AND s.expire_date > %s"
            " AND s.session_data = %s)"
        )
        return sql, [self.user.pk, role, password, self.session_key, timezone.now(), session_data]

    def _still_allowed(self) -> bool:
        return self._login_valid() is not None

    async def _recheck_periodically(self) -> None:
        try:
            while not self.revoked:
                left = getattr(self, "_session_left", None)
                # spread: sockets opened together must not all re-check in the same instant
                wait = settings.TELEMED_SOCKET_RECHECK_S * random.uniform(0.75, 1.0)
                if left is not None:
                    wait = max(0.05, min(wait, left + 0.05))
                await asyncio.sleep(wait)
                if not await database_sync_to_async(self._still_allowed)():
                    await self._revoke()
        except asyncio.CancelledError:
            pass

    async def _revoke(self) -> None:
        """Leave every group at once (no further frame reaches this socket), then close."""
        if self.revoked:
            return
        self.revoked = True
        await self._watch_stop()
        await self.close(code=CLOSE_FORBIDDEN)

    async def access_revoked(self, event: dict[str, Any]) -> None:
        """Channel-layer event (see events.access_revoked_event); never sent to the client."""
        if self.revoked:
            return
        if event.get("reason") == "second_factor_reset":
            await self._revoke()
            return
        if event.get("session"):
            if event["session"] == self.session_hash:
                await self._revoke()
            return
        if not await database_sync_to_async(self._still_allowed)():
            await self._revoke()

    async def frame_send(self, event: dict[str, Any]) -> None:
        if not getattr(self, "revoked", False):
            if "text" in event:  # serialised once by the sender (events.send_now)
                await self.send(text_data=event["text"])
            elif "texts" in event:  # several in order (events.send_frames_on_commit)
                for text in event["texts"]:
                    await self.send(text_data=text)
            else:
                await self.send_json(event["frame"])


class ConsultConsumer(_LoginWatch, AsyncJsonWebsocketConsumer):
    """The live chat room of one consultation."""

    async def connect(self) -> None:
        self.user: User = self.scope["user"]
        self.consultation_id = int(self.scope["url_route"]["kwargs"]["consultation_id"])
        self.is_staff_socket = False
        self.revoked = False
        self.groups_joined: list[str] = []
        self._background: set[asyncio.Future] = set()
        self._outbox: list[tuple[str, uuid.UUID | None]] = []
        self._writer: asyncio.Future | None = None
        if not self.user.is_authenticated:
            await self.close(code=CLOSE_FORBIDDEN)
            return
        await self._watch_start()
        try:
            await self._require("read")
        except (AccessEnded, ConsultError):
            self.groups_joined = []
            await self.close(code=CLOSE_FORBIDDEN)
            return
        self.groups_joined.append(events.consult_group(self.consultation_id))
        if self.user.role == User.Role.CLINICIAN:
            self.is_staff_socket = True
            self.groups_joined.append(events.staff_group(self.consultation_id))
        for group in self.groups_joined:
            await self.channel_layer.group_add(group, self.channel_name)
        await self.accept()
        self._watch_loop()
        self._presence = await presence.hold(
            user=self.user, consultation_id=self.consultation_id, socket=self.channel_name
        )
        try:
            await self._send_triage_state()
        except AccessEnded:  # the login ended while the socket opened
            await self._revoke()

    async def disconnect(self, code: int) -> None:
        await presence.release(getattr(self, "_presence", None))
        await self._watch_stop()
        await self._sent()
        if self._background:  # the screening of the last messages runs to its end
            await asyncio.gather(*self._background, return_exceptions=True)

    # --- decoding ---------------------------------------------------------------------------

    @classmethod
    async def decode_json(cls, text_data: str) -> Any:
        """JSON within the size and depth limits, without NUL characters, or FrameError."""
        limit = settings.TELEMED_SOCKET_MAX_FRAME_BYTES
        if len(text_data) > limit:
            if _too_deep(text_data[:limit]):
                raise FrameError("invalid", _("The frame is nested too deeply."))
            raise FrameError("too_long", _("The frame is too large."))
        if "\x00" in text_data:
            raise FrameError("invalid", _("Text must not contain NUL characters."))
        try:
            content = json.loads(text_data)
        except RecursionError as exc:
            raise FrameError("invalid", _("The frame is nested too deeply.")) from exc
        except ValueError as exc:
            raise FrameError("malformed", _("Frames must be JSON text.")) from exc
        _check_json(content)
        return content

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        if self.revoked:
            return
        try:
            if not await self._within_rate():
                raise FrameError("rate_limited", _("You are sending too fast; wait a moment."))
            if not text_data:
                raise FrameError("malformed", _("Frames must be JSON text."))
            content = await self.decode_json(text_data)
        except FrameError as exc:
            await self.send_json(error_frame(exc.code, exc.detail))
            return
        await self.receive_json(content)

    async def receive_json(self, content: Any, **kwargs: Any) -> None:
        try:
            if not isinstance(content, dict) or not isinstance(content.get("type"), str):
                raise FrameError("malformed", _("A frame is a JSON object with a type."))
            handler = self.handlers.get(content["type"])
            if handler is None:
                raise FrameError("unknown_type", _("Unknown frame type."))
            if handler is not ConsultConsumer.on_message_send:
                await self._sent()  # what this socket sent before is stored and answered first
            await handler(self, content)
        except AccessEnded:
            await self._revoke()
        except ConsultError as exc:  # FrameError included
            await self.send_json(error_frame(exc.code, exc.detail))
        except Exception as exc:  # noqa: BLE001 - a bad frame never closes the socket
            logger.error("socket frame failed: %s", type(exc).__name__)
            await self.send_json(error_frame("server_error", _("Something went wrong; retry.")))

    async def _within_rate(self) -> bool:
        # No thread per frame, and no Redis round trip while the user is well within the limit.
        return await ratelimit.hit_local_first(
            "frames", self.user.pk, settings.TELEMED_MESSAGE_RATE
        )

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
        self._outbox.append((body.strip(), client_id))
        if self._writer is None:
            self._writer = asyncio.ensure_future(self._write_outbox())

    async def _write_outbox(self) -> None:
        """Store what this socket sent, in its order. The frames that arrive while one write
        runs go together in the next (one statement, one commit), so a busy socket is not held
        to one message per database round trip."""
        try:
            while self._outbox and not self.revoked:
                batch, self._outbox = self._outbox, []
                try:
                    outcomes, later, sends = await self._post_many(batch)
                    for group, event in sends:  # the room's frames first, as on commit
                        await self.channel_layer.group_send(group, event)
                except AccessEnded:
                    await self._revoke()
                    return
                except Exception as exc:  # noqa: BLE001 - a bad frame never closes the socket
                    logger.error("socket frame failed: %s", type(exc).__name__)
                    failed = error_frame("server_error", _("Something went wrong; retry."))
                    for _frame in batch:
                        await self.send_json(failed)
                    continue
                for message, created, error in outcomes:
                    if error is not None:
                        await self.send_json(error_frame(error.code, error.detail))
                    elif not created:
                        # The original broadcast already happened; answer the retry directly.
                        await self.send_json(events.message_frame(message))
                if later:
                    # The red-flag screen, after the broadcast and off this socket's path: the
                    # next frames need not wait for it.
                    self._in_background(self._after_post_soon(later))
        finally:
            self._writer = None

    async def _after_post_soon(self, later: list) -> None:
        await asyncio.sleep(SCREEN_DELAY_S)
        await self._after_post(later)

    async def _sent(self) -> None:
        while self._writer is not None:
            await asyncio.wait({self._writer})

    def _in_background(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def on_resume(self, content: dict[str, Any]) -> None:
        after = content.get("after_seq", 0)
        if not isinstance(after, int) or isinstance(after, bool) or after < 0:
            raise FrameError("invalid", _("after_seq must be a non-negative integer."))
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

    # --- database work (each action re-checks access) -------------------------------------

    def _ip(self) -> str | None:
        client = self.scope.get("client")
        return client[0] if client else None

    def _require_sync(self, need: access.Need, audit: bool = True):
        """The consultation if the login holds and `user` may `need` it. AccessEnded when the
        user may not even read it any more; AccessDenied (an error frame) otherwise."""
        user = self._login_valid()
        if user is None:
            raise AccessEnded
        self.user = user
        try:
            return access.consultation_access(
                user=user,
                consultation_id=self.consultation_id,
                need=need,
                ip=self._ip(),
                audit=audit,
            )
        except access.AccessDenied as exc:
            if exc.code == "not_found":
                raise AccessEnded from exc
            raise

    _require = database_sync_to_async(_require_sync)

    def _still_allowed(self) -> bool:
        try:
            self._require_sync("read", audit=False)
        except (AccessEnded, access.AccessDenied):
            return False
        return True

    # Sends run on a pool of threads, each with a pooled connection for the length of one call
    # (database_sync_to_async closes it, returning it to the pool), not on the one thread
    # that thread-sensitive calls share: rooms no longer queue behind each other.
    def _post_sync(self, body: str, client_id: uuid.UUID | None):
        """(message, created, later): `later`, the work that follows the broadcast.

        One statement checks the login (as last checked in full), the access rule and the
        client_id and stores the message; when it stores nothing, the login is checked in
        full and the service's locking path tells what stood in the way."""
        later: list = []
        guard = self._login_guard()
        if guard is not None:
            posted = services.message_post(
                consultation_id=self.consultation_id,
                user=self.user,
                body=body,
                client_id=client_id,
                need="write",
                guard=guard,
                later=later,
            )
            if posted is not None:
                return (*posted, later)
        user = self._login_valid()
        if user is None:
            raise AccessEnded
        self.user = user
        try:
            # The access rule is checked in the statement that writes.
            message, created = services.message_post(
                consultation_id=self.consultation_id,
                user=user,
                body=body,
                client_id=client_id,
                need="write",
                later=later,
            )
            return message, created, later
        except access.AccessDenied as exc:
            # Rolled back by now: the refusal is audited in its own transaction.
            access.audit_denied(
                user=user,
                consultation_id=self.consultation_id,
                need="write",
                exc=exc,
                ip=self._ip(),
            )
            if exc.code == "not_found":
                raise AccessEnded from exc
            raise

    def _post_many_sync(self, batch: list[tuple[str, uuid.UUID | None]]):
        """([(message, created, error)], later, sends) for the frames in `batch`, in order: all
        in one statement when the login as last checked still holds and nothing stands in the
        way, else one by one (_post_sync) with each refusal as that frame's error. `sends`: the
        group sends of what was stored, for the event loop to make (events.sends_collected)."""
        with events.sends_collected() as sends:
            outcomes, later = self._post_batch(batch)
        return outcomes, later, sends

    def _post_batch(self, batch: list[tuple[str, uuid.UUID | None]]):
        ids = [client_id for _, client_id in batch if client_id is not None]
        guard = self._login_guard()
        if len(batch) > 1 and guard is not None and len(set(ids)) == len(ids):
            later: list = []
            posted = services.messages_post(
                consultation_id=self.consultation_id,
                user=self.user,
                items=batch,
                guard=guard,
                later=later,
            )
            if posted is not None:
                return [(message, True, None) for message in posted], later
        outcomes, later = [], []
        for body, client_id in batch:
            try:
                message, created, more = self._post_sync(body, client_id)
            except ConsultError as exc:
                outcomes.append((None, False, exc))
                continue
            except AccessEnded:
                raise
            except Exception as exc:  # noqa: BLE001 - a bad frame never closes the socket
                logger.error("socket frame failed: %s", type(exc).__name__)
                failed = ConsultError("server_error", _("Something went wrong; retry."))
                outcomes.append((None, False, failed))
                continue
            later += more
            outcomes.append((message, created, None))
        return outcomes, later

    _post_many = _on_chat_threads(_post_many_sync)

    def _after_post_sync(self, later: list) -> None:
        for step in later:
            try:
                step()
            except Exception as exc:  # noqa: BLE001 - the message itself is stored and sent
                logger.error("work after a message failed: %s", type(exc).__name__)

    _after_post = _on_chat_threads(_after_post_sync)

    @database_sync_to_async
    def _queue_clinician_job(self, kind: str, lang: str):
        try:
            self._require_sync("assigned")
        except access.AccessDenied as exc:
            detail = _("Only the assigned clinician can use the AI tools.")
            raise FrameError("forbidden", detail) from exc
        return services.ai_tool_request(
            consultation_id=self.consultation_id, user=self.user, kind=kind, lang=lang
        )

    @database_sync_to_async
    def _triage_state(self) -> dict | None:
        consultation = self._require_sync("read")
        if not selectors.has_triage_state(consultation):
            return None
        return events.triage_frame(consultation)

    @database_sync_to_async
    def _messages_after(self, after_seq: int):
        consultation = self._require_sync("read")
        messages = selectors.messages_after(
            consultation_id=self.consultation_id, after_seq=after_seq, limit=MAX_RESUME
        )
        records_services.audit_record(
            actor=self.user,
            action="read",
            entity="Consultation",
            entity_id=self.consultation_id,
            patient_id=consultation.patient_id,
            ip=self._ip(),
            detail=f"socket resume after {after_seq}: {len(messages)} messages",
        )
        return messages


class DashboardConsumer(_LoginWatch, AsyncJsonWebsocketConsumer):
    """Pushes queue changes to clinicians' dashboards."""

    async def connect(self) -> None:
        self.user = self.scope["user"]
        self.revoked = False
        self.groups_joined: list[str] = []
        if not self.user.is_authenticated or self.user.role not in (
            User.Role.CLINICIAN,
            User.Role.ADMIN,
        ):
            await self.close(code=CLOSE_FORBIDDEN)
            return
        await self._watch_start()
        self.groups_joined.append(events.DASHBOARD_GROUP)
        if not await database_sync_to_async(self._still_allowed)():
            self.groups_joined = []
            await self.close(code=CLOSE_FORBIDDEN)
            return
        for group in self.groups_joined:
            await self.channel_layer.group_add(group, self.channel_name)
        await self.accept()
        self._watch_loop()

    async def disconnect(self, code: int) -> None:
        await self._watch_stop()

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        if not self.revoked:
            detail = _("The dashboard socket is read-only.")
            await self.send_json(error_frame("unknown_type", detail))
