"""Two daphne processes behind HAProxy (deploy/haproxy.cfg): the patient on one, the clinician
on the other; chat both ways and the dashboard stay live across them (through Redis)."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from channels.db import database_sync_to_async

from consult import services
from records.models import AuditEvent

from ..conftest import session_cookie
from ..e2e.conftest import _database_url, _free_port, _wait_healthy

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "deploy" / "haproxy.cfg"
ARTIFACTS = ROOT / "test-artifacts"
PIN = "X-Telemed-Pin"  # test-only: sends a request to the named process
UPSTREAM = "X-Telemed-Upstream"  # test-only: the process that served it

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def _haproxy() -> str:
    found = shutil.which("haproxy") or "/usr/sbin/haproxy"
    if not os.path.exists(found):
        pytest.skip("Debian haproxy is not installed; run scripts/haproxy.sh")
    return found


def haproxy_config(listen: int, upstreams: dict[str, int]) -> str:
    """deploy/haproxy.cfg with local servers instead of Docker's replicas, each pinnable."""
    text = CONFIG.read_text()
    servers = [f"    server {name} 127.0.0.1:{port} check" for name, port in upstreams.items()]
    servers += [
        f"    use-server {name} if {{ req.hdr({PIN.lower()}) -m str {name} }}" for name in upstreams
    ]
    servers.append(f"    http-response set-header {UPSTREAM} %s")
    text, n = re.subn(
        r"    # servers: begin\n.*?    # servers: end\n",
        "\n".join(servers) + "\n",
        text,
        flags=re.S,
    )
    assert n == 1, "deploy/haproxy.cfg lost its servers markers"
    text, n = re.subn(r"(?m)^    bind :8000$", f"    bind 127.0.0.1:{listen}", text)
    assert n == 1, "deploy/haproxy.cfg no longer binds :8000"
    text = re.sub(r"(?ms)^resolvers docker\n.*", "", text)  # no Docker DNS here
    return text.replace("resolvers docker", "")


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


@pytest.fixture(scope="module")
def cluster(django_db_setup, django_db_blocker):
    """{"url": proxy, "web1": port, "web2": port}: two daphnes and HAProxy in front."""
    from django.conf import settings
    from django.db import connection

    haproxy = _haproxy()
    if connection.settings_dict["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("the scale-out test needs the PostgreSQL test database")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "telemed.test_settings",
        "DATABASE_URL": _database_url(connection.settings_dict),
        "REDIS_URL": settings.REDIS_URL,
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_COOKIES": "0",
        "TELEMED_CHANNEL_PREFIX": os.environ.get("TELEMED_CHANNEL_PREFIX", "telemed-test"),
        "TELEMED_CELERY_QUEUE": os.environ.get("TELEMED_CELERY_QUEUE", "telemed-test"),
        "TELEMED_AI_ENABLED": "0",  # screening only: red flags are code
        "TELEMED_DB_POOL_MIN": "1",
        "TELEMED_DB_POOL_MAX": "4",
        "PYTHONUNBUFFERED": "1",
    }
    ARTIFACTS.mkdir(exist_ok=True)
    procs: list[subprocess.Popen] = []
    ports = {"web1": _free_port(), "web2": _free_port()}
    try:
        for name, port in ports.items():
            log = ARTIFACTS / f"scale-out-{name}.log"
            with log.open("w") as out:
                proc = subprocess.Popen(
                    [sys.executable, "-m", "daphne", "--proxy-headers", "-b", "127.0.0.1"]
                    + ["-p", str(port), "telemed.asgi:application"],
                    cwd=ROOT,
                    env=env,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                )
            procs.append(proc)
        for (name, port), proc in zip(ports.items(), procs, strict=True):
            log = ARTIFACTS / f"scale-out-{name}.log"
            _wait_healthy(f"http://127.0.0.1:{port}/healthz", proc, log)
        listen = _free_port()
        cfg = ARTIFACTS / "scale-out-haproxy.cfg"
        cfg.write_text(haproxy_config(listen, ports))
        check = subprocess.run([haproxy, "-c", "-f", str(cfg)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
        log = ARTIFACTS / "scale-out-haproxy.log"
        with log.open("w") as out:
            proxy = subprocess.Popen(
                [haproxy, "-db", "-f", str(cfg)], stdout=out, stderr=subprocess.STDOUT
            )
        procs.append(proxy)
        url = f"http://127.0.0.1:{listen}"
        _wait_healthy(f"{url}/healthz", proxy, log)
        yield {"url": url, **ports}
    finally:
        for proc in reversed(procs):
            _stop(proc)


def http_get(
    url: str, pin: str | None, cookie: bytes | None = None, **headers: str
) -> tuple[str, bytes]:
    """(the process that served it, body) of a GET through the proxy."""
    request = urllib.request.Request(url, headers={"Accept": "application/json", **headers})
    if pin:
        request.add_header(PIN, pin)
    if cookie:
        request.add_header("Cookie", cookie.decode())
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers[UPSTREAM], response.read()


async def open_ws(cluster: dict, path: str, cookie: bytes, pin: str):
    from websockets.asyncio.client import connect

    ws_url = cluster["url"].replace("http://", "ws://") + path
    ws = await connect(
        ws_url,
        origin=cluster["url"],
        additional_headers={"Cookie": cookie.decode(), PIN: pin},
        open_timeout=10,
    )
    assert ws.response.headers[UPSTREAM] == pin, "the proxy did not route as pinned"
    return ws


async def until(ws, frame_type: str, timeout: float = 10.0, **match) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        assert left > 0, f"no {frame_type} {match} within {timeout} s"
        frame = json.loads(await asyncio.wait_for(ws.recv(), left))
        if frame["type"] == frame_type and all(frame.get(k) == v for k, v in match.items()):
            return frame


async def test_patient_on_one_process_clinician_on_the_other(
    cluster, consultation, patient, clinician
):
    p_cookie = await database_sync_to_async(session_cookie)(patient.user)
    c_cookie = await database_sync_to_async(session_cookie)(clinician.user)
    # Requests are balanced over both processes.
    served = {http_get(f"{cluster['url']}/healthz", None)[0] for _ in range(6)}
    assert served == {"web1", "web2"}

    dash = await open_ws(cluster, "/ws/dashboard/", c_cookie, "web2")
    room = f"/ws/consult/{consultation.pk}/"
    p_ws = await open_ws(cluster, room, p_cookie, "web1")
    try:
        # A red flag said on web1 reaches the dashboard on web2 as an emergency, and the
        # queue that web2 serves already shows it.
        await p_ws.send(json.dumps({
            "type": "message.send",
            "body": "I have crushing chest pain and I am sweating a lot",
            "client_id": str(uuid.uuid4()),
        }))
        changed = await until(dash, "queue.changed", consultation=consultation.pk)
        assert changed["urgency"] == "emergency"
        # A client's own X-Forwarded-For is dropped: daphne (--proxy-headers) records the
        # address the proxy saw, not a forged one.
        forged = {"X-Forwarded-For": "203.0.113.9"}
        upstream, body = await asyncio.to_thread(
            http_get, f"{cluster['url']}/dashboard/queue.json", "web2", c_cookie, **forged
        )
        assert upstream == "web2"
        row = next(i for i in json.loads(body)["queue"] if i["id"] == consultation.pk)
        assert row["urgency"] == "emergency"
        read = await database_sync_to_async(
            lambda: AuditEvent.objects.filter(detail="queue.json", entity_id=str(consultation.pk))
            .order_by("-pk")
            .first()
        )()
        assert read is not None and read.ip == "127.0.0.1"

        # The pick-up (here, a third process) reaches the dashboard on web2 too.
        await database_sync_to_async(services.consultation_pick)(
            consultation_id=consultation.pk, user=clinician.user
        )
        await until(dash, "queue.changed", consultation=consultation.pk, status="in_progress")

        # Chat both ways between the processes, in order, no gaps.
        c_ws = await open_ws(cluster, room, c_cookie, "web2")
        try:
            await p_ws.send(json.dumps({
                "type": "message.send", "body": "Thank you, I am sitting down now",
                "client_id": str(uuid.uuid4()),
            }))
            said = "Thank you, I am sitting down now"
            heard = await until(c_ws, "message", sender="patient", body=said)
            await c_ws.send(json.dumps({
                "type": "message.send", "body": "An ambulance is on its way",
                "client_id": str(uuid.uuid4()),
            }))
            answer = await until(p_ws, "message", sender="clinician")
            assert answer["body"] == "An ambulance is on its way"
            assert answer["seq"] == heard["seq"] + 1
        finally:
            await c_ws.close()
    finally:
        await p_ws.close()
        await dash.close()
