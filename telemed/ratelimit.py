"""Rate limits kept in Redis (the `limits` library); settings write them `N/s`, `N/m`, `N/h`."""

from __future__ import annotations

import asyncio
import logging
import re
import threading
import time
import weakref
from collections import deque
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


# hit_local_first: this process's own recent events per (scope, key), and the keys whose shared
# count in Redis was last seen over the limit.
_recent: dict[tuple[str, str], deque[float]] = {}
_over: set[tuple[str, str]] = set()
_counting: set[asyncio.Task] = set()
_local_lock = threading.Lock()
_PRUNE_AT = 4096


async def hit_local_first(scope: str, key: object, rate: str) -> bool:
    """`hit_async` without a Redis round trip on the way of an event that is well within the
    limit (socket frames: the chat's latency, issue 10). This process keeps an exact sliding
    log of its own events, so one process never lets more than `rate` through; the shared
    count in Redis is taken in the background, and once it says over (the same user on other
    processes too) every event waits for Redis again until Redis allows one. Across processes
    an event or two may pass before the shared count is seen over."""
    item = parse_rate(rate)
    k = (scope, str(key))
    now = time.monotonic()
    if not _has_room(k, item, now):
        return False
    if k in _over:
        if not await hit_async(scope, key, rate):
            return False
        _over.discard(k)
    else:
        task = asyncio.ensure_future(_count_shared(k, rate))
        _counting.add(task)
        task.add_done_callback(_counting.discard)
    with _local_lock:
        _recent.setdefault(k, deque()).append(now)
    return True


def _has_room(k: tuple[str, str], item: RateLimitItem, now: float) -> bool:
    with _local_lock:
        log = _recent.get(k)
        if log is None:
            if len(_recent) >= _PRUNE_AT:
                _prune(now)
            log = _recent[k] = deque()
        while log and log[0] <= now - item.get_expiry():
            log.popleft()
        return len(log) < item.amount


def _prune(now: float) -> None:
    # Keys with nothing in the last hour (the longest period a rate can have).
    for k in [k for k, log in _recent.items() if not log or log[-1] <= now - 3600]:
        del _recent[k]


async def _count_shared(k: tuple[str, str], rate: str) -> None:
    if not await hit_async(k[0], k[1], rate):
        _over.add(k)


def reset(scope: str, key: object, rate: str) -> None:
    """Forget the count of (scope, key), e.g. in tests."""
    _limiter(settings.REDIS_URL).clear(parse_rate(rate), _namespace(), scope, str(key))
    with _local_lock:
        _recent.pop((scope, str(key)), None)
        _over.discard((scope, str(key)))
