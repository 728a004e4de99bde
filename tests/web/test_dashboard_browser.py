"""In Chromium: a flood of queue.changed frames still refreshes the dashboard (throttle, not a
debounce), and a new emergency raises the banner while the flood goes on."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest

from consult import events, services
from tests.factories import PASSWORD

from ..e2e.conftest import artifacts_dir, chromium_path, live_server_url  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_MS = 20_000
FLOOD_PER_S = 100
FLOOD_MAX_S = 20.0


def test_refresh_throttle_under_node():
    """The throttle itself on a fake clock (tests/web/js/refresh_throttle.test.js)."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    done = subprocess.run(
        [node, "--test", str(ROOT / "tests/web/js/")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def _flood(stop: threading.Event, sent: list[int]) -> None:
    """queue.changed frames as a busy clinic would send them, straight into the group."""
    from channels.layers import get_channel_layer

    async def run() -> None:
        layer = get_channel_layer()
        deadline = time.monotonic() + FLOOD_MAX_S
        while not stop.is_set() and time.monotonic() < deadline:
            frame = {"type": "queue.changed", "consultation": 0, "status": "waiting"}
            frame["urgency"] = "routine"
            await layer.group_send(events.DASHBOARD_GROUP, {"type": "frame.send", "frame": frame})
            sent.append(1)
            await asyncio.sleep(1 / FLOOD_PER_S)

    asyncio.run(run())


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_dashboard_refreshes_during_a_flood_and_shows_an_emergency_at_once(
    live_server_url,  # noqa: F811
    chromium_path,  # noqa: F811
    clinician,
    other_patient,
    monkeypatch,
):
    from playwright.sync_api import expect, sync_playwright

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")  # ORM checks beside Playwright's loop
    from ..e2e.conftest import CHROMIUM_ARGS

    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="en-US")
            page.set_default_timeout(TIMEOUT_MS)
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(f"{live_server_url}/accounts/login/")
            page.locator("input[name=username]").fill(clinician.user.username)
            page.locator("input[name=password]").fill(PASSWORD)
            page.locator("form button[type=submit]").last.click()
            page.goto(f"{live_server_url}/dashboard/")
            page.locator("#conn[data-state='connected']").wait_for()
            page.wait_for_timeout(1500)  # the load and on-connect refreshes are done

            refreshes: list[float] = []
            page.on(
                "request",
                lambda r: refreshes.append(time.monotonic()) if "queue.json" in r.url else None,
            )
            stop, sent = threading.Event(), []
            flood = threading.Thread(target=_flood, args=(stop, sent), daemon=True)
            flood_started = time.monotonic()
            flood.start()
            try:
                page.wait_for_timeout(3000)
                during = len(refreshes)
                # A resettable 150 ms debounce would not have refreshed once by now.
                assert during >= 3, f"{during} refreshes in 3 s of {len(sent)} frames"
                assert during < len(sent) / 5, "refreshes are coalesced"

                created: list = []

                def emergency() -> None:
                    c = services.consultation_start(patient=other_patient, chief_complaint="x")
                    services.consultation_set_urgency(
                        consultation_id=c.pk, urgency="emergency", red_flags=["chest_pain_cardiac"]
                    )
                    created.append((c, time.monotonic()))

                writer = threading.Thread(target=emergency)
                writer.start()
                writer.join()
                banner = page.get_by_test_id("emergency-alert")
                expect(banner).to_be_visible(timeout=10_000)
                shown = time.monotonic()
                assert flood.is_alive(), "the banner came only after the flood ended"
                expect(banner).to_contain_text(other_patient.full_name)
                expect(page.locator(f'#queue-body tr[data-id="{created[0][0].pk}"]')).to_have_count(
                    1
                )
            finally:
                stop.set()
                flood.join(timeout=10)
            print(
                f"flood {len(sent)} frames in {time.monotonic() - flood_started:.1f} s, "
                f"{len(refreshes)} refreshes; banner {1000 * (shown - created[0][1]):.0f} ms "
                "after the emergency committed"
            )
            assert not errors, errors
        finally:
            browser.close()
