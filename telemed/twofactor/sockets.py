"""ASGI middleware: a staff socket needs a session that passed the second factor."""

from __future__ import annotations

import time
from importlib import import_module

from channels.db import database_sync_to_async
from django.conf import settings
from django.contrib.sessions.backends.base import UpdateError

from . import core

REFUSED = 4403
# A clinician's frames count as activity for the idle logoff, written at most this often.
TOUCH_INTERVAL = 60


@database_sync_to_async
def socket_check(scope) -> tuple[bool, bool]:
    """(allowed, staff) for the socket's user and session."""
    user = scope.get("user")
    if user is None or not core.is_staff_user(user):
        return True, False
    session = scope.get("session")
    if session is None or core.session_idle_expired(user, session):
        return False, True
    if not core.enforced():
        return True, True
    return core.session_device(user, session) is not None, True


@database_sync_to_async
def touch_session(session_key: str) -> None:
    """Record activity in a staff session unless it is gone or already idle-expired."""
    store = import_module(settings.SESSION_ENGINE).SessionStore(session_key=session_key)
    last = store.get(core.LAST_ACTIVITY_KEY)
    now = int(time.time())
    if store.session_key is None or last is None or now - float(last) > core.idle_timeout():
        return
    store[core.LAST_ACTIVITY_KEY] = now
    store.set_expiry(core.idle_timeout())
    try:
        store.save()
    except UpdateError:  # logged out meanwhile
        pass


def counting_activity(session_key: str, receive):
    last = 0.0

    async def wrapped():
        nonlocal last
        message = await receive()
        if message["type"] == "websocket.receive" and time.monotonic() - last >= TOUCH_INTERVAL:
            last = time.monotonic()
            await touch_session(session_key)
        return message

    return wrapped


class SecondFactorSocketMiddleware:
    """Sits inside `AuthMiddlewareStack`: refuses staff sockets of unverified or idle sessions
    with close code 4403 before the consumer runs; a clinician's own frames keep the session
    from idling out."""

    def __init__(self, inner):
        self.inner = inner

    async def __call__(self, scope, receive, send):
        if scope["type"] != "websocket":
            return await self.inner(scope, receive, send)
        allowed, staff = await socket_check(scope)
        if not allowed:
            message = await receive()
            if message["type"] == "websocket.connect":
                await send({"type": "websocket.close", "code": REFUSED})
            return None
        session_key = getattr(scope.get("session"), "session_key", None)
        if staff and session_key and core.idle_timeout() > 0:
            receive = counting_activity(session_key, receive)
        return await self.inner(scope, receive, send)
