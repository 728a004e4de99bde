"""Burst check for the chat path on a real daphne server: N conversations whose first messages
are sent at the same instant, and M concurrent sends into one room. Prints how many messages
were stored and delivered, and the latency spread.

Run: `.venv/bin/python bench/chat_burst.py` (needs PostgreSQL and Redis). BURST_ROOMS (100),
BURST_SENDS (264).
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import time
import uuid

from common import configure, free_port, session_cookie, setup_django, start_daphne, stop

configure(ai_enabled=False)  # the chat path alone
ROOMS = int(os.environ.get("BURST_ROOMS", "100"))
SENDS = int(os.environ.get("BURST_SENDS", "264"))


async def connect(port: int, cookie: str, consultation_id: int):
    import websockets

    return await websockets.connect(
        f"ws://127.0.0.1:{port}/ws/consult/{consultation_id}/",
        origin="http://127.0.0.1",
        additional_headers={"Cookie": cookie},
        open_timeout=30,
    )


async def await_bodies(ws, wanted: set[str], timeout: float) -> dict[str, float]:
    """Times at which each wanted body arrived on this socket."""
    seen: dict[str, float] = {}
    deadline = time.monotonic() + timeout
    while len(seen) < len(wanted) and time.monotonic() < deadline:
        try:
            raw = await asyncio.wait_for(ws.recv(), timeout=max(0.05, deadline - time.monotonic()))
        except TimeoutError:
            break
        frame = json.loads(raw)
        if frame.get("type") == "message" and frame["body"] in wanted:
            seen.setdefault(frame["body"], time.monotonic())
        elif frame.get("type") == "error":
            print("error frame:", frame)
    return seen


async def burst_rooms(port: int, rooms: list[tuple[str, int]]) -> tuple[int, list[float]]:
    sockets = await asyncio.gather(*(connect(port, c, cid) for c, cid in rooms))
    bodies = [f"first message {uuid.uuid4()}" for _ in rooms]
    start = time.monotonic()
    await asyncio.gather(
        *(
            ws.send(json.dumps({"type": "message.send", "body": b}))
            for ws, b in zip(sockets, bodies, strict=True)
        )
    )
    results = await asyncio.gather(
        *(await_bodies(ws, {b}, 30) for ws, b in zip(sockets, bodies, strict=True))
    )
    for ws in sockets:
        await ws.close()
    latencies = [t - start for r in results for t in r.values()]
    return sum(len(r) for r in results), latencies


async def burst_one_room(port: int, cookie: str, cid: int, n: int) -> tuple[int, int, float]:
    senders = await asyncio.gather(*(connect(port, cookie, cid) for _ in range(8)))
    listener = await connect(port, cookie, cid)
    bodies = [f"burst {i} {uuid.uuid4()}" for i in range(n)]
    start = time.monotonic()
    await asyncio.gather(
        *(
            senders[i % len(senders)].send(json.dumps({"type": "message.send", "body": b}))
            for i, b in enumerate(bodies)
        )
    )
    got = await await_bodies(listener, set(bodies), 60)
    elapsed = time.monotonic() - start
    for ws in [*senders, listener]:
        await ws.close()
    return len(got), n, elapsed


def main() -> None:
    setup_django()
    from consult import services
    from consult.models import Message
    from tests.factories import PatientFactory

    port = free_port()
    web = start_daphne(port)
    try:
        rooms = []
        for _ in range(ROOMS):
            patient = PatientFactory(user__username=f"burst-{uuid.uuid4().hex[:10]}")
            cookie = session_cookie(patient.user)
            rooms.append((cookie, services.consultation_start(patient=patient).pk))
        delivered, lat = asyncio.run(burst_rooms(port, rooms))
        stored = Message.objects.filter(
            consultation_id__in=[cid for _, cid in rooms], body__startswith="first message"
        ).count()
        print(
            f"{ROOMS} conversations starting at once: stored {stored}/{ROOMS}, "
            f"delivered {delivered}/{ROOMS}, "
            f"latency median {statistics.median(lat) * 1000:.0f} ms, max {max(lat) * 1000:.0f} ms"
        )
        cookie, cid = rooms[0]
        got, n, elapsed = asyncio.run(burst_one_room(port, cookie, cid, SENDS))
        seqs = list(
            Message.objects.filter(consultation_id=cid)
            .order_by("seq")
            .values_list("seq", flat=True)
        )
        gap_free = seqs == list(range(1, len(seqs) + 1))
        print(
            f"{n} concurrent sends into one room: delivered {got}/{n} in {elapsed:.1f} s, "
            f"seq gap-free: {gap_free}"
        )
    finally:
        stop(web)


if __name__ == "__main__":
    main()
