"""In Chromium: the clinician asks for suggestions, follows a #seq reference, accepts one and
drafts the report; the AI jobs run in this process (no Celery worker needed)."""

from __future__ import annotations

import re
import threading
import time

import pytest

from consult.ai import runner
from consult.models import AIJob
from records.models import Condition
from tests.factories import PASSWORD

from ..e2e.conftest import artifacts_dir, chromium_path, live_server_url  # noqa: F401

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
TIMEOUT_MS = 20_000


def _run_next_job(kind: str, done: list) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        job = AIJob.objects.filter(kind=kind, status="queued").first()
        if job is not None:
            runner.run_job(job_id=job.pk)
            done.append(job.pk)
            return
        time.sleep(0.2)


def test_clinician_tools_in_the_browser(
    tiny_ai,
    live_server_url,  # noqa: F811
    chromium_path,  # noqa: F811
    picked,
    clinician,
    monkeypatch,
):
    from playwright.sync_api import expect, sync_playwright

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")  # ORM checks beside Playwright's loop
    from ..e2e.conftest import CHROMIUM_ARGS

    expect.set_options(timeout=TIMEOUT_MS)
    base = live_server_url
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="en-US")
            page.set_default_timeout(TIMEOUT_MS)
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(f"{base}/accounts/login/")
            page.locator("input[name=username]").fill(clinician.user.username)
            page.locator("input[name=password]").fill(PASSWORD)
            page.locator("form button[type=submit]").last.click()
            page.goto(f"{base}/consult/{picked.pk}/")
            page.locator("#conn[data-state='connected']").wait_for()

            done: list = []
            worker = threading.Thread(target=_run_next_job, args=("suggest", done))
            worker.start()
            page.get_by_test_id("ai-suggest").click()
            worker.join()
            assert done
            items = page.locator("[data-testid=suggestion]")
            expect(items.first).to_be_visible()
            expect(page.get_by_test_id("ai-fallback")).to_be_visible()
            assert page.locator("#ai-stream-text").inner_text().strip()
            # the chat shows no AI bubble for a clinician tool
            assert page.locator("#messages li.streaming").count() == 0
            ref = page.locator("#ai-suggestions a.seq-ref").first
            seq = ref.get_attribute("data-seq")
            ref.click()
            expect(page.locator(f'#messages li[data-seq="{seq}"]')).to_have_class(
                re.compile("highlight")
            )
            items.first.get_by_test_id("accept").click()
            expect(items.first.locator(".sg-decision")).to_be_visible()
            assert Condition.objects.filter(encounter=picked.encounter).count() == 1

            done.clear()
            worker = threading.Thread(target=_run_next_job, args=("report", done))
            worker.start()
            page.get_by_test_id("ai-report").click()
            worker.join()
            editor = page.get_by_test_id("report-editor")
            expect(editor).to_be_visible()
            expect(page.locator("textarea[data-section=assessment]")).to_have_value(
                re.compile(r"ICD-10")
            )
            href = page.get_by_test_id("report-edit-link").get_attribute("href")
            assert href.startswith("/records/reports/") and href.endswith("/edit/")
            page.screenshot(path="test-artifacts/clinician-tools.png", full_page=True)
            assert not errors, errors
        finally:
            browser.close()
