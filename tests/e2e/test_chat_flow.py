"""End to end in Chromium: sign-up, consultation, live dashboard, pick-up, live chat, reconnect."""

from __future__ import annotations

import re
import time
import uuid

import pytest

from tests.factories import PASSWORD, PractitionerFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

TIMEOUT_MS = 15_000


def _launch(playwright, executable_path: str):
    from .conftest import CHROMIUM_ARGS

    return playwright.chromium.launch(
        executable_path=executable_path, headless=True, args=CHROMIUM_ARGS
    )


def _login(page, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def _message(page, text: str):
    """The stored (not pending) chat bubble whose body is exactly `text`."""
    return page.locator(
        "#messages li[data-seq] .body", has_text=re.compile(rf"^{re.escape(text)}$")
    )


def _wait_live(page) -> None:
    page.locator("#conn[data-state='connected']").wait_for(timeout=TIMEOUT_MS)


def _send(page, text: str) -> None:
    page.get_by_test_id("composer").fill(text)
    page.get_by_test_id("send").click()


def run_flow(base: str, chromium: str, clinician_username: str, shots) -> None:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)
    tag = uuid.uuid4().hex[:6]
    complaint = f"Sore throat and fever since yesterday ({tag})"
    first_note = f"It hurts to swallow, temperature 38.4 ({tag})"
    answer = f"Thanks. Any rash or trouble breathing? ({tag})"
    while_away = f"Please also tell me which medicines you take ({tag})"
    queued = f"Only paracetamol, no rash ({tag})"

    with sync_playwright() as pw:
        browser = _launch(pw, chromium)
        try:
            doc_ctx = browser.new_context(viewport={"width": 1280, "height": 860}, locale="en-US")
            pat_ctx = browser.new_context(viewport={"width": 1280, "height": 860}, locale="en-US")
            doc_ctx.set_default_timeout(TIMEOUT_MS)
            pat_ctx.set_default_timeout(TIMEOUT_MS)
            errors: list[str] = []

            # --- the clinician logs in through the form and watches the live dashboard ----
            doc = doc_ctx.new_page()
            doc.on("pageerror", lambda exc: errors.append(f"clinician: {exc}"))
            doc.goto(f"{base}/accounts/login/")
            doc.locator("input[name=username]").fill(clinician_username)
            doc.locator("input[name=password]").fill(PASSWORD)
            doc.locator("main form button[type=submit]").click()
            doc.wait_for_url(f"{base}/dashboard/")
            _wait_live(doc)

            # --- the patient arrives on the landing page and signs up -----------------------
            pat = pat_ctx.new_page()
            pat.on("pageerror", lambda exc: errors.append(f"patient: {exc}"))
            pat.goto(f"{base}/")
            shots(pat, "01-landing")
            pat.locator("main a[href='/accounts/signup/']").first.click()
            pat.wait_for_url(f"{base}/accounts/signup/")
            pat.locator("input[name=full_name]").fill("Grace Hopper")
            pat.locator("input[name=birth_date]").fill("1986-12-09")
            pat.locator("select[name=sex]").select_option("female")
            pat.locator("input[name=phone]").fill("+1 555 010 0199")
            pat.locator("input[name=email]").fill(f"grace.{tag}@example.org")
            pat.locator("input[name=username]").fill(f"grace_{tag}")
            pat.locator("input[name=password1]").fill("cobol-compiler-1959")
            pat.locator("input[name=password2]").fill("cobol-compiler-1959")
            shots(pat, "02-signup")
            pat.locator("main form button[type=submit]").click()
            pat.wait_for_url(f"{base}/consult/")
            shots(pat, "02b-consultations")

            # --- starts a consultation with a complaint and writes in the chat ---------------
            pat.locator("textarea[name=chief_complaint]").fill(complaint)
            pat.get_by_test_id("start-consultation").click()
            pat.wait_for_url(re.compile(rf"^{re.escape(base)}/consult/\d+/$"))
            consultation_id = int(pat.url.rstrip("/").rsplit("/", 1)[1])
            _wait_live(pat)
            expect(_message(pat, complaint)).to_have_count(1)
            _send(pat, first_note)
            expect(_message(pat, first_note)).to_have_count(1)
            own = pat.locator("#messages li.mine", has_text=first_note)
            expect(own).to_have_count(1)
            expect(pat.locator("#messages li.pending")).to_have_count(0)
            shots(pat, "03-patient-chat")

            # --- the dashboard shows it live (no reload), the clinician picks it up ----------
            row = doc.locator(f"#queue-body tr[data-id='{consultation_id}']")
            expect(row).to_be_visible()
            expect(row).to_contain_text("Grace Hopper")
            expect(row).to_contain_text(complaint)
            shots(doc, "04-dashboard")
            row.get_by_test_id("pick").click()
            doc.wait_for_url(f"{base}/consult/{consultation_id}/")
            _wait_live(doc)
            expect(_message(doc, complaint)).to_have_count(1)
            expect(_message(doc, first_note)).to_have_count(1)
            expect(doc.get_by_test_id("status")).to_contain_text("In progress")

            # --- the clinician answers; the patient sees it appear without reloading ---------
            _send(doc, answer)
            expect(_message(doc, answer)).to_have_count(1)
            expect(_message(pat, answer)).to_have_count(1)
            expect(pat.locator("#messages li:not(.mine)", has_text=answer)).to_have_count(1)
            shots(doc, "05-clinician-chat")

            # --- the patient's socket drops; messages from both sides while it is down ------
            seq_before = pat.evaluate("window.telemedChat.lastSeq")
            pat.evaluate("window.telemedChat.simulateDrop()")
            expect(pat.locator("#conn")).to_have_attribute("data-state", "reconnecting")
            _send(doc, while_away)
            expect(_message(doc, while_away)).to_have_count(1)
            _send(pat, queued)  # queued in the browser until the socket is back
            expect(pat.locator("#messages li.pending", has_text=queued)).to_have_count(1)
            time.sleep(0.5)
            expect(_message(pat, while_away)).to_have_count(0)
            shots(pat, "06-patient-offline")

            pat.evaluate("window.telemedChat.reconnect()")
            _wait_live(pat)
            expect(_message(pat, while_away)).to_have_count(1)
            expect(_message(pat, queued)).to_have_count(1)
            expect(pat.locator("#messages li.pending")).to_have_count(0)
            expect(_message(doc, queued)).to_have_count(1)
            assert pat.evaluate("window.telemedChat.lastSeq") > seq_before
            time.sleep(1.0)  # a duplicate would arrive by now
            for page in (pat, doc):
                for text in (complaint, first_note, answer, while_away, queued):
                    expect(_message(page, text)).to_have_count(1)
                seqs = page.eval_on_selector_all(
                    "#messages li[data-seq]", "els => els.map(e => Number(e.dataset.seq))"
                )
                assert seqs == sorted(set(seqs)), seqs
            shots(pat, "07-patient-after-reconnect")

            # --- the page also works on a phone ----------------------------------------------
            pat.set_viewport_size({"width": 390, "height": 844})
            shots(pat, "08-patient-chat-mobile")
            doc.set_viewport_size({"width": 390, "height": 844})
            doc.goto(f"{base}/dashboard/")
            _wait_live(doc)
            expect(doc.locator(f"#queue-body tr[data-id='{consultation_id}']")).to_be_visible()
            shots(doc, "09-dashboard-mobile")
            pat.goto(f"{base}/")
            shots(pat, "10-landing-mobile")
            pat.goto(f"{base}/consult/")
            shots(pat, "11-consultations-mobile")
            pat.set_viewport_size({"width": 1280, "height": 860})
            pat.get_by_role("link", name="My record").click()
            expect(pat.locator("main h2").first).to_contain_text("Grace Hopper")
            shots(pat, "12-record")

            assert not errors, errors
        finally:
            browser.close()


def test_patient_and_clinician_chat_live_and_survive_a_dropped_socket(
    live_server_url, chromium_path, artifacts_dir
):
    clinician = PractitionerFactory(full_name="Dr. Ruth Okafor")
    username = clinician.user.username

    def shots(page, name: str) -> None:
        page.screenshot(path=str(artifacts_dir / f"{name}.png"), full_page=True)

    # Django's ORM is done above: Playwright's sync API runs an event loop in this thread.
    run_flow(live_server_url, chromium_path, username, shots)
