"""Which patients have a room open: per (consultation, user) a Redis sorted set of socket names
scored by when each stops counting, refreshed while the socket is open, so a process that dies
leaves no patient "present" for longer than PRESENCE_TTL_S."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from functools import cache

import redis
from asgiref.sync import sync_to_async
from django.conf import settings

logger = logging.getLogger(__name__)

PRESENCE_TTL_S = 90
REFRESH_S = 30


@cache
def _client(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)


def client() -> redis.Redis:
    """The Redis client of this deployment (also used for the notification quiet period)."""
    return _client(settings.REDIS_URL)


def namespace() -> str:
    """Deployments and test runs sharing one Redis keep apart, as their channel layers do."""
    config = settings.CHANNEL_LAYERS.get("default", {}).get("CONFIG", {})
    return str(config.get("prefix", "telemed"))


def _key(consultation_id: int, user_id: int) -> str:
    return f"{namespace()}:presence:{consultation_id}:{user_id}"


def mark(*, consultation_id: int, user_id: int, socket: str) -> None:
    """Count this socket as open for PRESENCE_TTL_S more seconds."""
    key = _key(consultation_id, user_id)
    now = time.time()
    pipe = client().pipeline()
    pipe.zadd(key, {socket: now + PRESENCE_TTL_S})
    pipe.zremrangebyscore(key, "-inf", now)
    pipe.expire(key, PRESENCE_TTL_S)
    pipe.execute()


def clear(*, consultation_id: int, user_id: int, socket: str) -> None:
    """This socket closed."""
    client().zrem(_key(consultation_id, user_id), socket)


def is_present(*, consultation_id: int, user_id: int) -> bool:
    """Whether the user has a socket of this consultation open (False when Redis is down)."""
    try:
        return client().zcount(_key(consultation_id, user_id), time.time(), "+inf") > 0
    except redis.RedisError as exc:
        logger.warning("presence unavailable: %s", type(exc).__name__)
        return False


class Hold:
    """One open socket's presence, refreshed by a background task until released."""

    def __init__(self, consultation_id: int, user_id: int, socket: str) -> None:
        self.args = {"consultation_id": consultation_id, "user_id": user_id, "socket": socket}
        self.task: asyncio.Task | None = None

    async def _call(self, fn) -> None:
        try:
            await sync_to_async(fn, thread_sensitive=False)(**self.args)
        except redis.RedisError as exc:  # presence is best effort: the chat goes on
            logger.warning("presence update failed: %s", type(exc).__name__)

    async def _refresh(self) -> None:
        while True:
            # spread: sockets opened together refresh at different moments
            await asyncio.sleep(REFRESH_S * random.uniform(0.75, 1.0))
            await self._call(mark)


async def hold(*, user, consultation_id: int, socket: str) -> Hold | None:
    """Start counting a patient's open room socket as presence (None for other roles)."""
    if not getattr(user, "is_patient", False):
        return None
    held = Hold(consultation_id, user.pk, socket)
    await held._call(mark)
    held.task = asyncio.ensure_future(held._refresh())
    return held


async def release(held: Hold | None) -> None:
    """The socket closed: stop refreshing and forget it."""
    if held is None:
        return
    if held.task is not None:
        held.task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await held.task
        held.task = None
    await held._call(clear)
