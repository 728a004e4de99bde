"""End to end in Chromium: the clinician saves and signs the report in one step, sends a last
message and closes; the patient's page (in Chinese) turns into the closed view with the report
link, the follow-up plan and what to do if things get worse."""

from __future__ import annotations

import datetime as dt
import re
import uuid

import pytest

from consult import services as consult_services
from tests.factories import PASSWORD, PatientFactory, PractitionerFactory, start_consultation

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

TIMEOUT_MS = 15_000


def _login(page, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(rf"^{re.escape(base)}/(dashboard|consult)/$"))


def _message(page, text: str):
    return page.locator(
        "#messages li[data-seq] .body", has_text=re.compile(rf"^{re.escape(text)}$")
    )


def test_sign_last_message_close_and_the_patient_sees_the_report(
    live_server_url, chromium_path, artifacts_dir
):
    from playwright.sync_api import expect, sync_playwright

    from .conftest import CHROMIUM_ARGS

    base = live_server_url
    tag = uuid.uuid4().hex[:6]
    patient = PatientFactory(full_name="Wang Fang")
    clinician = PractitionerFactory(full_name="Dr. Helen Park")
    consultation = start_consultation(patient, f"Sore throat for two days ({tag})")
    consult_services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    room = f"{base}/consult/{consultation.pk}/"
    follow_up = f"五天后如未好转，请发起复诊。({tag})"
    worse = f"如果无法吞咽液体或呼吸困难，请立即就医。({tag})"
    goodbye = f"Take care, the report is ready for you. ({tag})"
    when = (dt.date.today() + dt.timedelta(days=5)).isoformat()
    expect.set_options(timeout=TIMEOUT_MS)

    def shot(page, name: str) -> None:
        page.screenshot(path=str(artifacts_dir / f"ending-{name}.png"), full_page=True)

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        try:
            errors: list[str] = []
            doc_ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
            pat_ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
            pat_ctx.add_cookies([{"name": "django_language", "value": "zh-hans", "url": base}])
            for ctx in (doc_ctx, pat_ctx):
                ctx.set_default_timeout(TIMEOUT_MS)
            doc, pat = doc_ctx.new_page(), pat_ctx.new_page()
            doc.on("pageerror", lambda exc: errors.append(f"clinician: {exc}"))
            pat.on("pageerror", lambda exc: errors.append(f"patient: {exc}"))

            _login(pat, base, patient.user.username)
            pat.goto(room)
            pat.locator("#conn[data-state='connected']").wait_for()

            _login(doc, base, clinician.user.username)
            doc.goto(room)
            doc.locator("#conn[data-state='connected']").wait_for()

            # A new report, edited and signed in one step.
            doc.get_by_test_id("report-new").click()
            doc.wait_for_url(re.compile(r".*/records/reports/\d+/edit/$"))
            report_id = int(doc.url.rstrip("/").split("/")[-2])
            doc.locator("textarea[name=subjective]").fill("Sore throat for two days, no fever.")
            doc.locator("textarea[name=assessment]").fill("Acute viral pharyngitis.")
            doc.locator("textarea[name=plan]").fill("Fluids, rest, paracetamol if needed.")
            doc.locator("textarea[name=follow_up_instructions]").fill(follow_up)
            doc.locator("input[name=follow_up_date]").fill(when)
            expect(doc.locator("textarea[name=safety_netting]")).not_to_have_value("")
            doc.locator("textarea[name=safety_netting]").fill(worse)
            shot(doc, "01-edit-and-sign")
            doc.get_by_test_id("report-save-sign").click()

            # Back in the open room: told the report is signed, the chat still open.
            doc.wait_for_url(room)
            expect(doc.locator("main .notice")).to_contain_text("Report signed")
            doc.locator("#conn[data-state='connected']").wait_for()
            doc.get_by_test_id("composer").fill(goodbye)
            doc.get_by_test_id("send").click()
            expect(_message(pat, goodbye)).to_have_count(1)
            shot(doc, "02-signed-room")

            # Close: the patient's page turns into the closed view, in Chinese.
            doc.get_by_test_id("close").click()
            doc.wait_for_url(f"{base}/dashboard/")
            closed = pat.get_by_test_id("room-closed")
            expect(closed).to_be_visible()
            link = pat.get_by_test_id("closed-report-link")
            expect(link).to_have_attribute("href", f"/records/reports/{report_id}/")
            expect(pat.get_by_test_id("closed-report-pdf")).to_have_attribute(
                "href", f"/records/reports/{report_id}/pdf/"
            )
            expect(pat.get_by_test_id("closed-follow-up")).to_contain_text(follow_up)
            expect(pat.get_by_test_id("closed-safety")).to_contain_text(worse)
            expect(pat.get_by_test_id("start-follow-up")).to_be_visible()
            expect(pat.locator("html")).to_have_attribute("lang", "zh-hans")
            expect(pat.get_by_test_id("composer")).to_have_count(0)
            expect(_message(pat, goodbye)).to_have_count(1)
            system = pat.locator("#messages li[data-seq] .body", has_text="/records/reports/")
            expect(system).to_have_count(1)
            shot(pat, "03-patient-closed-zh")

            link.click()
            pat.wait_for_url(f"{base}/records/reports/{report_id}/")
            expect(pat.get_by_test_id("report-follow-up")).to_contain_text(follow_up)
            expect(pat.get_by_test_id("report-safety")).to_contain_text(worse)
            shot(pat, "04-patient-report-zh")

            pat.set_viewport_size({"width": 390, "height": 844})
            pat.goto(room)
            expect(pat.get_by_test_id("room-closed")).to_be_visible()
            expect(_message(pat, goodbye)).to_have_count(1)
            shot(pat, "05-patient-closed-mobile")
            assert not errors, errors
        finally:
            browser.close()
