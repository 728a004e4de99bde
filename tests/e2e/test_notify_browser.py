"""In Chromium: the waiting patient sees their place in the queue; with the tab in the
background a clinician joining or writing puts "(N)" in the title and a system notification
(no message text) that clears when the tab is back; the clinician's tab likewise for the
patient's messages. While the patient's room is open no email is queued; once it is closed, one."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from consult import presence, services
from consult.models import Notification
from tests.factories import PatientFactory, PractitionerFactory

from .test_chat_flow import TIMEOUT_MS, _launch, _login, _send, _wait_live

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# Before any page script: a switchable document.hidden and a spy on system notifications.
INIT_JS = """
window.__hidden = false;
Object.defineProperty(Document.prototype, "hidden", {
  configurable: true, get() { return window.__hidden; } });
window.__notes = [];
const RealNotification = window.Notification;
class SpyNotification {
  constructor(title, options) { window.__notes.push({ title, body: options && options.body }); }
  static get permission() { return RealNotification ? RealNotification.permission : "denied"; }
  static requestPermission() { return RealNotification.requestPermission(); }
  close() {}
}
window.Notification = SpyNotification;
"""

SET_HIDDEN = """(hidden) => {
  window.__hidden = hidden;
  document.dispatchEvent(new Event("visibilitychange"));
}"""


def run_flow(base, chromium, ids, counts) -> None:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)
    room = f"{base}/consult/{ids['consultation']}/"
    with sync_playwright() as pw:
        browser = _launch(pw, chromium)
        try:
            errors: list[str] = []
            doc_ctx = browser.new_context(locale="en-US")
            pat_ctx = browser.new_context(locale="en-US")
            for ctx in (doc_ctx, pat_ctx):
                ctx.set_default_timeout(TIMEOUT_MS)
                ctx.add_init_script(INIT_JS)
                ctx.grant_permissions(["notifications"], origin=base)
            doc = doc_ctx.new_page()
            pat = pat_ctx.new_page()
            for who, page in (("clinician", doc), ("patient", pat)):
                page.on("pageerror", lambda exc, who=who: errors.append(f"{who}: {exc}"))
                page.on(
                    "console",
                    lambda msg, who=who: (
                        errors.append(f"{who} console: {msg.text}") if msg.type == "error" else None
                    ),
                )

            _login(pat, base, ids["patient"])
            pat.goto(room)
            _wait_live(pat)
            waiting = pat.get_by_test_id("waiting")
            expect(waiting).to_be_visible()
            expect(pat.get_by_test_id("waiting-position")).to_have_text(
                "You are next in the queue."
            )
            expect(pat.get_by_test_id("notify-enable")).to_have_count(0)  # already granted
            title = pat.title()

            # The patient's tab goes to the background; a clinician picks it up and writes.
            pat.evaluate(SET_HIDDEN, True)
            _login(doc, base, ids["clinician"])
            doc.goto(room)
            doc.get_by_test_id("pick").click()
            _wait_live(doc)
            expect(waiting).to_be_hidden()
            pat.wait_for_function(f"() => document.title === '(1) {title}'")
            _send(doc, "Please describe the pain in your throat")
            pat.wait_for_function(f"() => document.title === '(2) {title}'")
            notes = pat.evaluate("window.__notes")
            assert [n["body"] for n in notes] == [
                "A clinician has joined your consultation",
                "Your clinician has written to you",
            ]
            assert all("throat" not in (n["body"] or "") for n in notes)
            assert counts() == 0  # the room is open: no email
            pat.evaluate(SET_HIDDEN, False)
            pat.wait_for_function(f"() => document.title === '{title}'")

            # The clinician's tab in the background hears of the patient's message.
            doc_title = doc.title()
            doc.evaluate(SET_HIDDEN, True)
            _send(pat, "It is sharp when I swallow")
            doc.wait_for_function(f"() => document.title === '(1) {doc_title}'")
            assert doc.evaluate("window.__notes.map((n) => n.body)") == [
                "The patient has written"
            ]
            # A visible tab is not badged.
            _send(doc, "Thank you")
            pat.locator("#messages li[data-seq] .body", has_text="Thank you").wait_for()
            assert pat.title() == title

            # The patient closes the room: the next message queues one email.
            pat.close()
            present = {"consultation_id": ids["consultation"], "user_id": ids["patient_user"]}
            deadline = time.monotonic() + 10
            while presence.is_present(**present) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert not presence.is_present(**present)
            _send(doc, "Please reply when you are back")
            doc.locator("#messages li[data-seq] .body", has_text="when you are back").wait_for()
            deadline = time.monotonic() + 10
            while counts() == 0 and time.monotonic() < deadline:
                time.sleep(0.2)
            assert counts() == 1
            assert not errors, errors
        finally:
            browser.close()


def test_background_tabs_are_told_and_absent_patients_emailed(live_server_url, chromium_path):
    patient = PatientFactory(full_name="Grace Hopper", user__email="grace@example.org")
    clinician = PractitionerFactory(full_name="Dr. Ruth Okafor")
    consultation = services.consultation_start(
        patient=patient, chief_complaint="Sore throat for three days"
    )
    # Ids repeat across runs (a database each) while Redis keeps a quiet period 15 minutes.
    presence.client().delete(f"{presence.namespace()}:notify-quiet:{consultation.pk}")
    ids = {
        "patient": patient.user.username,
        "patient_user": patient.user.pk,
        "clinician": clinician.user.username,
        "consultation": consultation.pk,
    }

    def count() -> int:
        try:
            return Notification.objects.filter(
                consultation_id=consultation.pk, kind=Notification.Kind.CLINICIAN_MESSAGE
            ).count()
        finally:
            connection.close()

    def counts() -> int:
        # Playwright's sync API runs an event loop in this thread: the ORM goes to another.
        with ThreadPoolExecutor(max_workers=1) as pool:
            return pool.submit(count).result()

    run_flow(live_server_url, chromium_path, ids, counts)
