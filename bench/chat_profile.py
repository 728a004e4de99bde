"""Where one chat message's time goes (issue 10): the product's ASGI app in this process, a
patient and the assigned clinician on WebsocketCommunicator, ping-pong; each stage of the
consumer's path timed by wrapping it, and optionally cProfile of the event loop thread.

Run: `.venv/bin/python bench/chat_profile.py [-n 300] [--cprofile]` (PostgreSQL, Redis, DEBUG off
via bench/common.py)."""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import functools
import json
import pstats
import statistics
import threading
import time
import uuid
from collections import defaultdict

from common import configure, session_cookie, setup_django

configure(ai_enabled=False)

TIMES: dict[str, list[float]] = defaultdict(list)
_lock = threading.Lock()


def timed(name: str, fn):
    if asyncio.iscoroutinefunction(fn):

        @functools.wraps(fn)
        async def awrap(*args, **kwargs):
            t = time.perf_counter()
            try:
                return await fn(*args, **kwargs)
            finally:
                with _lock:
                    TIMES[name].append(time.perf_counter() - t)

        return awrap

    @functools.wraps(fn)
    def wrap(*args, **kwargs):
        t = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            with _lock:
                TIMES[name].append(time.perf_counter() - t)

    return wrap


def instrument() -> None:
    from channels.layers import get_channel_layer

    from consult import consumers, events, services, store
    from consult.ai import interview
    from telemed import ratelimit

    C = consumers.ConsultConsumer
    for name in ("receive", "_within_rate", "_post_many", "frame_send", "send_json"):
        fn = next(k.__dict__[name] for k in C.__mro__ if name in k.__dict__)
        setattr(C, name, timed(f"loop:{name}", fn))
    for name in ("_login_valid", "_post_sync", "_post_many_sync"):
        setattr(C, name, timed(f"thread:{name}", getattr(C, name)))
    services.message_post = timed("thread:message_post", services.message_post)
    store.append_where = timed("thread:append_where (statement)", store.append_where)
    ratelimit.hit = timed("thread:ratelimit.hit", ratelimit.hit)
    events.send_now = timed("thread:send_now", events.send_now)
    interview.on_patient_message = timed("thread:on_patient_message", interview.on_patient_message)
    layer = type(get_channel_layer())  # the product's layer (telemed/channel_layer.py)
    layer.group_send = timed("loop:group_send", layer.group_send)


async def run(n: int, profile: bool) -> None:
    from asgiref.sync import sync_to_async
    from channels.testing import WebsocketCommunicator

    from consult import services
    from telemed.asgi import application
    from tests.factories import PatientFactory, PractitionerFactory

    @sync_to_async
    def room():
        clinician = PractitionerFactory(user__username=f"pc-{uuid.uuid4().hex[:8]}")
        patient = PatientFactory(user__username=f"pp-{uuid.uuid4().hex[:10]}")
        cid = services.consultation_start(patient=patient).pk
        services.consultation_pick(consultation_id=cid, user=clinician.user)
        return session_cookie(patient.user), session_cookie(clinician.user), cid

    p_cookie, c_cookie, cid = await room()

    def comm(cookie):
        return WebsocketCommunicator(
            application,
            f"/ws/consult/{cid}/",
            headers=[(b"cookie", cookie.encode()), (b"origin", b"http://127.0.0.1")],
        )

    pat, cli = comm(p_cookie), comm(c_cookie)
    assert (await pat.connect())[0] and (await cli.connect())[0]
    for c in (pat, cli):
        while not await c.receive_nothing(timeout=0.3):
            await c.receive_from()
    TIMES.clear()
    lat = []
    prof = cProfile.Profile() if profile else None
    if prof:
        prof.enable()
    t0 = time.perf_counter()
    for i in range(n):
        body = f"m{i}"
        t = time.perf_counter()
        await pat.send_to(text_data=json.dumps(
            {"type": "message.send", "body": body, "client_id": str(uuid.uuid4())}
        ))
        while True:
            frame = json.loads(await cli.receive_from(timeout=10))
            if frame.get("body") == body:
                break
        lat.append(time.perf_counter() - t)
    total = time.perf_counter() - t0
    if prof:
        prof.disable()
    await pat.disconnect()
    await cli.disconnect()
    lat.sort()
    print(f"{n} round trips: p50 {lat[n // 2] * 1000:.2f} ms, p99 {lat[int(n * .99)] * 1000:.2f}"
          f" ms, {n / total:.0f} msg/s")
    for name, xs in sorted(TIMES.items()):
        print(f"  {name:34} n={len(xs):5} mean {statistics.mean(xs) * 1000:7.3f} ms"
              f"  p50 {statistics.median(xs) * 1000:7.3f} ms")
    if prof:
        pstats.Stats(prof).sort_stats("tottime").print_stats(35)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=300)
    ap.add_argument("--cprofile", action="store_true")
    ap.add_argument("--no-screen", action="store_true", help="no red-flag screen (diagnostic)")
    ap.add_argument("--switch", type=float, default=None, help="sys.setswitchinterval seconds")
    args = ap.parse_args()
    setup_django()
    instrument()
    if args.switch:
        import sys

        sys.setswitchinterval(args.switch)
    if args.no_screen:
        from consult.ai import interview

        interview.on_patient_message = lambda **kwargs: None
    asyncio.run(run(args.n, args.cprofile))


if __name__ == "__main__":
    main()
