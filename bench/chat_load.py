"""Chat at the relay's pace (issue 10): W0 a bare echo consumer, W1 a two-socket Redis group
relay (bench/relay_asgi.py, no database), P our chat (patient -> assigned clinician), in one run,
interleaved: 1 conversation ping-pong and saturation, then N conversations at 0.5 msg/s each.
Prints p50/p99 ms, msg/s, lost/dup/gaps, statements per message and P/W1, and dashboard
freshness under the largest load: a waiting patient's emergency message -> the dashboard socket's
queue.changed and the row in /dashboard/queue.json.

Run: `.venv/bin/python bench/chat_load.py [--duration 10] [--rooms 20,100] [--pingpong 300]`
(PostgreSQL, Redis, DEBUG off via bench/common.py)."""

from __future__ import annotations

import argparse
import asyncio
import json
import time
import uuid

from common import configure, free_port, session_cookie, setup_django, start, stop

configure(ai_enabled=False)


def wait_port(port: int) -> None:
    import socket

    for _ in range(150):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError("server did not start")


async def ws(url: str, cookie: str | None = None):
    import websockets

    headers = {"Cookie": cookie} if cookie else {}
    return await websockets.connect(
        url, origin="http://127.0.0.1", additional_headers=headers, open_timeout=30
    )


class Pair:
    """A sender and a receiver; `body` frames carry a tag and a counter."""

    def __init__(self, send, recv, kind: str):
        self.send_ws, self.recv_ws, self.kind = send, recv, kind
        self.sent: dict[str, float] = {}
        self.lat: list[float] = []
        self.seen: set[str] = set()
        self.dup = 0
        self.seqs: list[int] = []
        self.waiters: dict[str, asyncio.Future] = {}

    async def send(self, tag: str) -> None:
        self.sent[tag] = time.perf_counter()
        if self.kind.startswith("P"):
            frame = {"type": "message.send", "body": tag, "client_id": str(uuid.uuid4())}
            await self.send_ws.send(json.dumps(frame))
        else:
            await self.send_ws.send(json.dumps({"body": tag}))

    async def reader(self) -> None:
        try:
            async for raw in self.recv_ws:
                frame = json.loads(raw)
                tag = frame.get("body")
                product = self.kind.startswith("P")
                if tag not in self.sent or (product and frame.get("type") != "message"):
                    continue
                if tag in self.seen:
                    self.dup += 1
                    continue
                self.seen.add(tag)
                self.lat.append(time.perf_counter() - self.sent[tag])
                if "seq" in frame:
                    self.seqs.append(frame["seq"])
                waiter = self.waiters.pop(tag, None)
                if waiter and not waiter.done():
                    waiter.set_result(None)
        except Exception:  # noqa: BLE001 - closed at the end
            pass

    async def roundtrip(self, tag: str, timeout: float = 10) -> None:
        fut = asyncio.get_running_loop().create_future()
        self.waiters[tag] = fut
        await self.send(tag)
        try:
            await asyncio.wait_for(fut, timeout)
        except TimeoutError:
            pass


async def make_pairs(kind: str, n: int, ports: dict, rooms: list) -> list[Pair]:
    pairs = []
    for i in range(n):
        if kind == "W0":
            a = await ws(f"ws://127.0.0.1:{ports['relay']}/echo/")
            pair = Pair(a, a, kind)
        elif kind == "W1":
            room = uuid.uuid4().hex[:12]
            a = await ws(f"ws://127.0.0.1:{ports['relay']}/relay/{room}/")
            b = await ws(f"ws://127.0.0.1:{ports['relay']}/relay/{room}/")
            pair = Pair(a, b, kind)
        else:
            p_cookie, c_cookie, cid = rooms[i]
            url = f"ws://127.0.0.1:{ports[kind]}/ws/consult/{cid}/"
            pair = Pair(await ws(url, p_cookie), await ws(url, c_cookie), kind)
        pair.task = asyncio.ensure_future(pair.reader())
        pairs.append(pair)
    await asyncio.sleep(0.3)
    return pairs


async def close(pairs: list[Pair]) -> None:
    for p in pairs:
        await p.send_ws.close()
        if p.recv_ws is not p.send_ws:
            await p.recv_ws.close()
        p.task.cancel()


def summary(pairs: list[Pair], elapsed: float) -> dict:
    lat = sorted(x for p in pairs for x in p.lat)
    sent = sum(len(p.sent) for p in pairs)
    got = sum(len(p.seen) for p in pairs)
    gaps = 0
    for p in pairs:
        s = sorted(p.seqs)
        gaps += sum(b - a - 1 for a, b in zip(s, s[1:], strict=False) if b - a > 1)
    pick = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000 if lat else float("nan")  # noqa: E731
    return {
        "p50": pick(0.5), "p99": pick(0.99), "rate": got / elapsed if elapsed else 0,
        "lost": sent - got, "dup": sum(p.dup for p in pairs), "gaps": gaps,
    }


async def pingpong(pairs, n):
    t = time.perf_counter()
    for i in range(n):
        await pairs[0].roundtrip(f"pp{i}-{uuid.uuid4().hex[:6]}")
    return summary(pairs, time.perf_counter() - t)


async def saturation(pairs, n, inflight=20):
    sem = asyncio.Semaphore(inflight)
    t = time.perf_counter()

    async def one(i):
        async with sem:
            await pairs[0].roundtrip(f"sat{i}-{uuid.uuid4().hex[:6]}", timeout=30)

    await asyncio.gather(*(one(i) for i in range(n)))
    return summary(pairs, time.perf_counter() - t)


EMERGENCY = "crushing pain in the middle of my chest spreading to my left arm and I'm sweating"


def _fetch_queue(port: int, cookie: str) -> list[dict]:
    import urllib.request

    req = urllib.request.Request(
        f"http://127.0.0.1:{port}/dashboard/queue.json", headers={"Cookie": cookie}
    )
    with urllib.request.urlopen(req, timeout=5) as resp:
        return json.loads(resp.read())["queue"]


async def dashboard_freshness(port: int, room: tuple, at: float) -> dict:
    """A waiting patient's emergency message, `at` seconds into the load: time until an open
    dashboard socket gets the consultation's `queue.changed` saying emergency, and until
    /dashboard/queue.json lists it as emergency, fetched as the dashboard page does: when the
    frame arrives (again every 50 ms while it is not listed yet)."""
    p_cookie, c_cookie, cid = room
    dash = await ws(f"ws://127.0.0.1:{port}/ws/dashboard/", c_cookie)
    patient = await ws(f"ws://127.0.0.1:{port}/ws/consult/{cid}/", p_cookie)
    await asyncio.sleep(at)
    out: dict = {}

    async def frame() -> None:
        async for raw in dash:
            f = json.loads(raw)
            if f.get("type") == "queue.changed" and f.get("consultation") == cid and (
                f.get("urgency") == "emergency"
            ):
                out["socket"] = time.perf_counter() - t0
                return

    def listed() -> bool:
        rows = _fetch_queue(port, c_cookie)
        return any(r.get("id") == cid and r.get("urgency") == "emergency" for r in rows)

    async def poll() -> None:
        await waiter
        while not await asyncio.to_thread(listed):
            await asyncio.sleep(0.05)
        out["queue.json"] = time.perf_counter() - t0

    waiter = asyncio.ensure_future(frame())
    t0 = time.perf_counter()
    await patient.send(json.dumps(
        {"type": "message.send", "body": EMERGENCY, "client_id": str(uuid.uuid4())}
    ))
    try:
        await asyncio.wait_for(poll(), 15)
    except TimeoutError:
        pass
    await dash.close()
    await patient.close()
    return out


async def paced(pairs, duration, rate=0.5):
    t = time.perf_counter()

    async def conv(k, p):
        await asyncio.sleep(k * (1 / rate) / len(pairs))  # spread the starts
        i = 0
        while time.perf_counter() - t < duration:
            await p.send(f"c{k}-{i}-{uuid.uuid4().hex[:6]}")
            i += 1
            await asyncio.sleep(1 / rate)

    await asyncio.gather(*(conv(k, p) for k, p in enumerate(pairs)))
    await asyncio.sleep(3)  # stragglers
    return summary(pairs, duration)


def statements_per_message(rooms) -> str:
    """One patient and one clinician send through the consumer's own database path, counted."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from consult.consumers import ConsultConsumer
    from consult.models import Consultation

    out = []
    for who, (cookie, _c, cid) in (("patient", rooms[0]), ("clinician", rooms[0])):
        consumer = ConsultConsumer()
        consultation = Consultation.objects.select_related("patient__user", "clinician__user").get(
            pk=cid
        )
        user = consultation.patient.user if who == "patient" else consultation.clinician.user
        cookie = rooms[0][0] if who == "patient" else rooms[0][1]
        consumer.scope, consumer.user, consumer.consultation_id = {"client": None}, user, cid
        consumer.session_key = cookie.split("=", 1)[1]
        consumer._login_valid()  # as connect() leaves the socket

        def send(body, consumer=consumer):
            _message, _created, later = consumer._post_sync(body, uuid.uuid4())
            for step in later:  # the work after the broadcast (the patient's red-flag screen)
                step()

        send("warm")
        with CaptureQueriesContext(connection) as q:
            send("count")
        sql = [x["sql"] for x in q.captured_queries]
        tx = sql.count("BEGIN") + sql.count("COMMIT")
        out.append(f"{who} {len(sql)} (BEGIN/COMMIT among them: {tx})")
    return ", ".join(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--duration", type=float, default=10.0)
    ap.add_argument("--rooms", default="20,100")
    ap.add_argument("--pingpong", type=int, default=300)
    ap.add_argument("--saturation", type=int, default=400)
    ap.add_argument("--app", default="telemed.asgi:application", help="the product's ASGI app (P)")
    ap.add_argument("--app2", default="", help="a second build of the product (P2), interleaved")
    ap.add_argument("--repeat", type=int, default=1, help="run every scenario this many times")
    ap.add_argument("--warmup", type=int, default=100,
                    help="unmeasured ping-pong round trips per server first (a server in production"
                         " is warm: first messages import modules, compile patterns, prepare"
                         " statements)")
    args = ap.parse_args()
    setup_django()
    from consult import services
    from tests.factories import PatientFactory, PractitionerFactory

    sizes = [int(x) for x in args.rooms.split(",") if x]
    ports = {"P": free_port(), "relay": free_port(), "P2": free_port()}
    kinds = ("W0", "W1", "P", "P2") if args.app2 else ("W0", "W1", "P")
    web = start("daphne", "-b", "127.0.0.1", "-p", str(ports["P"]), args.app)
    web2 = None
    if args.app2:
        web2 = start("daphne", "-b", "127.0.0.1", "-p", str(ports["P2"]), args.app2)
    relay = start(
        "daphne", "-b", "127.0.0.1", "-p", str(ports["relay"]), "bench.relay_asgi:application"
    )
    try:
        wait_port(ports["P"])
        if web2:
            wait_port(ports["P2"])
        wait_port(ports["relay"])
        rooms = []
        clinician = PractitionerFactory(user__username=f"lc-{uuid.uuid4().hex[:8]}")
        c_cookie = session_cookie(clinician.user)
        for _ in range(max(sizes + [1])):
            patient = PatientFactory(user__username=f"lp-{uuid.uuid4().hex[:10]}")
            cid = services.consultation_start(patient=patient).pk
            services.consultation_pick(consultation_id=cid, user=clinician.user)
            rooms.append((session_cookie(patient.user), c_cookie, cid))
        print(f"statements per message (DEBUG off, PostgreSQL): {statements_per_message(rooms)}")
        # A waiting consultation for the dashboard-freshness check (never picked up).
        waiting = PatientFactory(user__username=f"lw-{uuid.uuid4().hex[:10]}")
        waiting_room = (
            session_cookie(waiting.user), c_cookie,
            services.consultation_start(patient=waiting).pk,
        )
        freshness: dict = {}
        # The dashboard page loads the queue when it opens: the server's first request of it
        # (imports, templates) is not part of the check.
        _fetch_queue(ports["P"], c_cookie)
        results: dict[tuple[str, str], dict] = {}

        async def scenario(name, kind, n, fn):
            pairs = await make_pairs(kind, n, ports, rooms)
            results[(name, kind)] = await fn(pairs)
            await close(pairs)

        async def run_all():
            for kind in kinds:  # the same warm-up for every server, not measured
                if args.warmup:
                    pairs = await make_pairs(kind, 1, ports, rooms)
                    await pingpong(pairs, args.warmup)
                    await close(pairs)
            suffixes = [""] + [f" #{r + 1}" for r in range(1, args.repeat)]
            for sfx in suffixes:
                for kind in kinds:  # interleaved per scenario
                    await scenario(f"1 conv ping-pong{sfx}", kind, 1,
                                   lambda p: pingpong(p, args.pingpong))
            for sfx in suffixes:
                for kind in kinds:
                    await scenario(f"1 conv saturation (20 in flight){sfx}", kind, 1,
                                   lambda p: saturation(p, args.saturation))
            for n in sizes:
                for sfx in suffixes:
                    for kind in kinds:
                        if kind == "P" and n == max(sizes) and not sfx:
                            async def with_check(p, n=n):
                                check = asyncio.ensure_future(dashboard_freshness(
                                    ports["P"], waiting_room, args.duration / 2
                                ))
                                result = await paced(p, args.duration)
                                freshness[n] = await check
                                return result

                            await scenario(f"{n} conv at 0.5 msg/s{sfx}", kind, n, with_check)
                            continue
                        await scenario(f"{n} conv at 0.5 msg/s{sfx}", kind, n,
                                       lambda p: paced(p, args.duration))

        asyncio.run(run_all())
        print(f"{'scenario':34} {'kind':4} {'p50 ms':>8} {'p99 ms':>8} {'msg/s':>8} lost dup gaps")
        for (name, kind), r in results.items():
            print(f"{name:34} {kind:4} {r['p50']:8.2f} {r['p99']:8.2f} {r['rate']:8.1f} "
                  f"{r['lost']:4} {r['dup']:3} {r['gaps']:4}")
        for name in dict.fromkeys(n for n, _ in results):
            w1 = results[(name, "W1")]
            for kind in kinds[2:]:
                p = results[(name, kind)]
                print(f"{kind}/W1 {name}: p50 {p['p50'] / w1['p50']:.1f}x, "
                      f"p99 {p['p99'] / w1['p99']:.1f}x, msg/s {p['rate'] / w1['rate']:.2f}x")
        for n, got in freshness.items():
            shown = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in got.items()) or "NOT SEEN"
            print(f"dashboard freshness while {n} conversations chat (P): emergency message -> "
                  f"{shown} (goal: within 1 s)")
    finally:
        if web2:
            stop(web2)
        stop(web)
        stop(relay)


if __name__ == "__main__":
    main()
