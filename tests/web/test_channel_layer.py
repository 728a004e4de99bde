"""The product's channel layer (telemed/channel_layer.py) on the real Redis: its pipelined
group send delivers like channels_redis's own, to every member in every process."""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest
from channels.layers import get_channel_layer
from django.conf import settings

from telemed.channel_layer import PipelinedRedisChannelLayer

pytestmark = pytest.mark.asyncio


def _layer(**config) -> PipelinedRedisChannelLayer:
    base = dict(settings.CHANNEL_LAYERS["default"]["CONFIG"])
    base["prefix"] = f"layer-test-{uuid.uuid4().hex[:8]}"
    return PipelinedRedisChannelLayer(**{**base, **config})


async def test_it_is_the_configured_layer():
    assert isinstance(get_channel_layer(), PipelinedRedisChannelLayer)


async def test_a_group_send_reaches_every_member_of_every_process():
    layer = _layer()
    local = [await layer.new_channel() for _ in range(2)]  # one process: one Redis key
    remote = f"specific.{uuid.uuid4().hex}!other"  # another process's socket
    plain = await layer.new_channel("plain.")
    for channel in [*local, remote, plain]:
        await layer.group_add("room", channel)
    await layer.group_send("room", {"type": "chat.message", "text": "hello"})
    for channel in [*local, plain]:
        message = await asyncio.wait_for(layer.receive(channel), 2)
        assert message == {"type": "chat.message", "text": "hello"}
    # The other process's key holds the message for its channel.
    connection = layer.connection(0)
    assert await connection.zcard(layer.prefix + layer.non_local_name(remote)) == 1
    await layer.flush()


async def test_an_expired_member_is_dropped_and_gets_nothing():
    layer = _layer(group_expiry=1)
    stale, fresh = await layer.new_channel(), await layer.new_channel()
    await layer.group_add("room", stale)
    connection = layer.connection(0)
    key = layer._group_key("room")
    await connection.zadd(key, {stale: time.time() - 10})  # joined long ago
    await layer.group_add("room", fresh)
    await layer.group_send("room", {"type": "x", "n": 1})
    assert await asyncio.wait_for(layer.receive(fresh), 2) == {"type": "x", "n": 1}
    assert [m.decode() for m in await connection.zrange(key, 0, -1)] == [fresh]
    await layer.flush()


async def test_a_full_channel_is_skipped_not_overfilled():
    layer = _layer(capacity=2)
    channel = await layer.new_channel()
    await layer.group_add("room", channel)
    for n in range(4):
        await layer.group_send("room", {"type": "x", "n": n})
    received = [await asyncio.wait_for(layer.receive(channel), 2) for _ in range(2)]
    assert [m["n"] for m in received] == [0, 1]
    await layer.flush()


async def test_a_send_to_an_empty_group_is_a_no_op():
    layer = _layer()
    await layer.group_send("nobody-here", {"type": "x"})
    await layer.flush()
