"""The socket frame limit without a Redis round trip per frame (telemed.ratelimit.hit_local_first):
exact within one process, the shared Redis count still deciding once other processes used it up."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from telemed import ratelimit

RATE = "3/m"


@pytest.fixture
def key():
    key = f"local-first-{uuid.uuid4().hex}"
    yield key
    ratelimit.reset("frames", key, RATE)


async def _settled() -> None:
    """The background counts in Redis have been taken."""
    while ratelimit._counting:
        await asyncio.gather(*list(ratelimit._counting))


async def test_one_process_lets_exactly_the_rate_through(key):
    allowed = [await ratelimit.hit_local_first("frames", key, RATE) for _ in range(6)]
    assert allowed == [True, True, True, False, False, False]
    await _settled()


async def test_allowed_events_are_counted_in_redis_too(key):
    for _ in range(3):
        assert await ratelimit.hit_local_first("frames", key, RATE)
    await _settled()
    # Another process (the synchronous limiter shares the Redis count) finds the limit used up.
    assert ratelimit.hit("frames", key, RATE) is False


async def test_a_count_used_up_elsewhere_refuses_once_redis_has_said_so(key):
    for _ in range(3):  # the same user on another process
        assert ratelimit.hit("frames", key, RATE)
    # One event may pass before the shared count is seen over; none after it.
    await ratelimit.hit_local_first("frames", key, RATE)
    await _settled()
    assert [await ratelimit.hit_local_first("frames", key, RATE) for _ in range(3)] == [
        False,
        False,
        False,
    ]


async def test_reset_forgets_both_counts(key):
    for _ in range(3):
        ratelimit.hit("frames", key, RATE)
    await ratelimit.hit_local_first("frames", key, RATE)
    await _settled()
    ratelimit.reset("frames", key, RATE)
    assert await ratelimit.hit_local_first("frames", key, RATE)
    await _settled()
