"""Rate limits kept in Redis (the `limits` library); settings write them `N/s`, `N/m`, `N/h`."""

from __future__ import annotations

import asyncio
import logging
import re
import weakref
from functools import cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from limits import (
    RateLimitItem,
    RateLimitItemPerHour,
    RateLimitItemPerMinute,
    RateLimitItemPerSecond,
)
from limits.aio.strategies import SlidingWindowCounterRateLimiter as AsyncLimiter
from limits.storage import storage_from_string
from limits.strategies import SlidingWindowCounterRateLimiter

logger = logging.getLogger(__name__)
_RATE = re.compile(r"^\s*(\d+)\s*/\s*([smh])\s*$")
_PER = {"s": RateLimitItemPerSecond, "m": RateLimitItemPerMinute, "h": RateLimitItemPerHour}


def parse_rate(rate: str) -> RateLimitItem:
    """`"30/m"` -> 30 per minute; anything else raises ImproperlyConfigured."""
    match = _RATE.match(rate or "")
    if match is None or int(match.group(1)) < 1:
        raise ImproperlyConfigured(f"A rate is N/s, N/m or N/h with N >= 1, not {rate!r}")
    return _PER[match.group(2)](int(match.group(1)))


@cache
def _limiter(redis_url: str) -> SlidingWindowCounterRateLimiter:
    return SlidingWindowCounterRateLimiter(storage_from_string(redis_url))


def _namespace() -> str:
    """Deployments (and test runs) sharing one Redis keep apart, as their channel layers do."""
    config = settings.CHANNEL_LAYERS.get("default", {}).get("CONFIG", {})
    return f"{config.get('prefix', 'telemed')}:rate"


def hit(scope: str, key: object, rate: str) -> bool:
    """Count one event for (scope, key); False when it is over `rate` (it is then not counted).
    Without Redis the event is allowed (the chat is down then anyway) and a warning logged."""
    try:
        return _limiter(settings.REDIS_URL).hit(parse_rate(rate), _namespace(), scope, str(key))
    except ImproperlyConfigured:
        raise
    except Exception as exc:  # noqa: BLE001 - a limiter outage must not close sockets
        logger.warning("rate limiter unavailable: %s", type(exc).__name__)
        return True


# One asyncio Redis client per event loop (its connections belong to that loop).
_async_limiters: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


async def hit_async(scope: str, key: object, rate: str) -> bool:
    """`hit` on the running event loop, without a thread (sockets count every frame): the same
    counters in Redis, so `hit`, `hit_async` and `reset` see one count."""
    try:
        loop = asyncio.get_running_loop()
        limiter = _async_limiters.get(loop)
        if limiter is None:
            storage = storage_from_string(f"async+{settings.REDIS_URL}", implementation="redispy")
            limiter = _async_limiters[loop] = AsyncLimiter(storage)
        return await limiter.hit(parse_rate(rate), _namespace(), scope, str(key))
    except ImproperlyConfigured:
        raise
    except Exception as exc:  # noqa: BLE001 - a limiter outage must not close sockets
        logger.warning("rate limiter unavailable: %s", type(exc).__name__)
        return True


def reset(scope: str, key: object, rate: str) -> None:
    """Forget the count of (scope, key), e.g. in tests."""
    _limiter(settings.REDIS_URL).clear(parse_rate(rate), _namespace(), scope, str(key))
