"""ASGI middleware: a staff socket needs a session that passed the second factor."""

from __future__ import annotations

from channels.db import database_sync_to_async

from . import core

REFUSED = 4403


@database_sync_to_async
def socket_allowed(scope) -> bool:
    user = scope.get("user")
    if user is None or not core.is_staff_user(user):
        return True
    session = scope.get("session")
    if session is None:
        return False
    if core.session_idle_expired(user, session):
        return False
    if not core.enforced():
        return True
    return core.session_device(user, session) is not None


class SecondFactorSocketMiddleware:
    """Sits inside `AuthMiddlewareStack`: refuses staff sockets of unverified or idle sessions
    with close code 4403 before the consumer runs."""

    def __init__(self, inner):
        self.inner = inner

    async def __call__(self, scope, receive, send):
        if scope["type"] == "websocket" and not await socket_allowed(scope):
            message = await receive()
            if message["type"] == "websocket.connect":
                await send({"type": "websocket.close", "code": REFUSED})
            return None
        return await self.inner(scope, receive, send)
