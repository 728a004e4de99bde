"""In Chromium: the patient sends a photo (file picker) and the clinician sees its thumbnail live;
a PDF dropped on the chat and a pasted screenshot arrive too; a bad file gets a clear message;
the progress bar shows while a (throttled) upload runs; the composer on a phone has a camera."""

from __future__ import annotations

import base64
import io
import re

import pytest
from PIL import Image

from consult import services
from tests.factories import PatientFactory, PractitionerFactory

from ..attachments.conftest import jpeg_bytes, pdf_bytes, png_bytes
from .test_chat_flow import TIMEOUT_MS, _launch, _login, _wait_live

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DROP_JS = """([b64, name, type]) => {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const dt = new DataTransfer();
  dt.items.add(new File([bytes], name, { type }));
  const chat = document.getElementById("chat");
  const opts = { dataTransfer: dt, bubbles: true, cancelable: true };
  chat.dispatchEvent(new DragEvent("dragenter", opts));
  chat.dispatchEvent(new DragEvent("dragover", opts));
  const dragging = chat.classList.contains("dragging");
  chat.dispatchEvent(new DragEvent("drop", opts));
  return dragging;
}"""

PASTE_JS = """([b64, name, type]) => {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const dt = new DataTransfer();
  dt.items.add(new File([bytes], name, { type }));
  document.getElementById("composer-input").dispatchEvent(
    new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
}"""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _noisy_jpeg(size=(1600, 1200)) -> bytes:
    """A photo that does not compress to nothing, so a throttled upload takes a moment."""
    image = Image.effect_noise(size, 80).convert("RGB")
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=95)
    return out.getvalue()


def run_flow(base, chromium, ids, shots) -> None:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)
    room = f"{base}/consult/{ids['consultation']}/"
    with sync_playwright() as pw:
        browser = _launch(pw, chromium)
        try:
            errors: list[str] = []
            doc_ctx = browser.new_context(viewport={"width": 1280, "height": 860}, locale="en-US")
            pat_ctx = browser.new_context(viewport={"width": 1280, "height": 860}, locale="en-US")
            for ctx in (doc_ctx, pat_ctx):
                ctx.set_default_timeout(TIMEOUT_MS)
            doc = doc_ctx.new_page()
            pat = pat_ctx.new_page()
            for who, page in (("clinician", doc), ("patient", pat)):
                page.on("pageerror", lambda exc, who=who: errors.append(f"{who}: {exc}"))
                page.on(
                    "console",
                    lambda msg, who=who: (
                        errors.append(f"{who} console: {msg.text}")
                        if msg.type == "error" and "Content Security Policy" in msg.text
                        else None
                    ),
                )
            _login(doc, base, ids["clinician"])
            doc.goto(room)
            _wait_live(doc)
            _login(pat, base, ids["patient"])
            pat.goto(room)
            _wait_live(pat)
            expect(pat.get_by_test_id("attach")).to_be_visible()
            expect(pat.get_by_test_id("camera")).to_be_hidden()  # no camera on a desktop
            shots(pat, "att-01-patient-composer")

            # --- the patient picks a photo; both pages show its thumbnail live --------------
            pat.get_by_test_id("attach-input").set_input_files(
                {"name": "rash.jpg", "mimeType": "image/jpeg", "buffer": jpeg_bytes(6)}
            )
            for page in (pat, doc):
                thumb = page.locator("#messages li[data-seq] img[data-testid=attachment-thumbnail]")
                expect(thumb).to_have_count(1)
                expect(thumb).to_be_visible()
                page.wait_for_function(
                    "() => { const i = document.querySelector("
                    "'#messages img[data-testid=attachment-thumbnail]');"
                    " return i && i.complete && i.naturalWidth > 0; }"
                )
                assert thumb.get_attribute("alt") == "rash.jpg"
                natural = thumb.evaluate("i => [i.naturalWidth, i.naturalHeight]")
                assert natural[1] > natural[0], natural  # upright: portrait after EXIF rotation
            expect(
                pat.locator("#messages li.mine img[data-testid=attachment-thumbnail]")
            ).to_have_count(1)
            expect(doc.locator("#messages li.from-patient:not(.mine) a.att-photo")).to_have_count(1)
            expect(pat.get_by_test_id("upload-status")).to_be_hidden()
            shots(doc, "att-02-clinician-sees-photo")
            shots(pat, "att-03-patient-sent-photo")

            # the full photo opens for the clinician, without EXIF, with safe headers
            href = doc.locator("#messages a.att-photo").get_attribute("href")
            assert re.fullmatch(rf"/consult/{ids['consultation']}/attachments/\d+/", href)
            served = doc.request.get(f"{base}{href}")
            assert served.status == 200
            assert served.headers["content-type"] == "image/jpeg"
            assert served.headers["x-content-type-options"] == "nosniff"
            assert served.headers["content-disposition"].startswith("inline;")
            photo = Image.open(io.BytesIO(served.body()))
            assert len(photo.getexif()) == 0 and photo.size == (480, 640)

            # --- the clinician drops a PDF on the chat: a file chip on both sides -----------
            assert doc.evaluate(DROP_JS, [_b64(pdf_bytes()), "results.pdf", "application/pdf"])
            for page in (doc, pat):
                chip = page.locator("#messages li[data-seq] a.att-file")
                expect(chip).to_have_count(1)
                expect(chip).to_contain_text("results.pdf")
                expect(chip).to_contain_text("PDF")
            expect(doc.locator("#chat.dragging")).to_have_count(0)
            shots(pat, "att-04-patient-sees-pdf")

            # --- the patient pastes a screenshot -------------------------------------------
            pat.evaluate(PASTE_JS, [_b64(png_bytes()), "image.png", "image/png"])
            expect(
                pat.locator("#messages li[data-seq] img[data-testid=attachment-thumbnail]")
            ).to_have_count(2)
            expect(
                doc.locator("#messages li[data-seq] img[data-testid=attachment-thumbnail]")
            ).to_have_count(2)

            # --- a text file named like a photo: a clear message, nothing in the chat ------
            count = pat.locator("#messages li[data-seq]").count()
            pat.get_by_test_id("attach-input").set_input_files(
                {"name": "photo.jpg", "mimeType": "image/jpeg", "buffer": b"not a photo\n" * 50}
            )
            error = pat.get_by_test_id("upload-error")
            expect(error).to_be_visible()
            expect(error).to_contain_text("photo.jpg")
            expect(error).to_contain_text("Only photos (JPEG, PNG, WebP, HEIC) and PDF")
            assert pat.locator("#messages li[data-seq]").count() == count
            shots(pat, "att-05-refused-file")

            # --- a slow connection: the progress bar shows while the photo goes up ---------
            cdp = pat_ctx.new_cdp_session(pat)
            cdp.send("Network.enable")
            cdp.send(
                "Network.emulateNetworkConditions",
                {
                    "offline": False,
                    "latency": 100,
                    "downloadThroughput": 4_000_000,
                    "uploadThroughput": 250_000,
                },
            )
            big = _noisy_jpeg()
            pat.get_by_test_id("attach-input").set_input_files(
                {"name": "knee.jpg", "mimeType": "image/jpeg", "buffer": big}
            )
            status = pat.get_by_test_id("upload-status")
            expect(status).to_be_visible()
            expect(status).to_contain_text("knee.jpg")
            pat.wait_for_function(
                "() => document.getElementById('upload-progress').value > 0", timeout=TIMEOUT_MS
            )
            shots(pat, "att-06-progress")
            expect(status).to_be_hidden(timeout=60_000)
            cdp.send("Network.emulateNetworkConditions", {
                "offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1,
            })  # fmt: skip
            expect(
                doc.locator("#messages li[data-seq] img[data-testid=attachment-thumbnail]")
            ).to_have_count(3)

            # --- after a reload both pages show the history with its attachments ------------
            doc.reload()
            _wait_live(doc)
            expect(doc.locator("#messages a.att-photo")).to_have_count(3)
            expect(doc.locator("#messages a.att-file")).to_have_count(1)
            shots(doc, "att-07-clinician-after-reload")

            # --- on a phone the composer offers the camera --------------------------------
            phone = browser.new_context(
                viewport={"width": 390, "height": 844},
                locale="en-US",
                is_mobile=True,
                has_touch=True,
                device_scale_factor=2,
            )
            phone.set_default_timeout(TIMEOUT_MS)
            mob = phone.new_page()
            _login(mob, base, ids["patient"])
            mob.goto(room)
            _wait_live(mob)
            expect(mob.get_by_test_id("camera")).to_be_visible()
            assert mob.locator("#camera-input").get_attribute("capture") == "environment"
            expect(mob.locator("#messages a.att-photo")).to_have_count(3)
            shots(mob, "att-08-patient-phone")
            mob.locator("#composer").screenshot(path=str(shots.dir / "att-09-phone-composer.png"))
            phone.close()

            assert not errors, errors
        finally:
            browser.close()


def test_patient_photo_reaches_the_clinician_live(live_server_url, chromium_path, artifacts_dir):
    patient = PatientFactory(full_name="Ada Lovelace")
    clinician = PractitionerFactory(full_name="Dr. Ruth Okafor")
    consultation = services.consultation_start(
        patient=patient, chief_complaint="An itchy rash on my arm since Monday"
    )
    services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    ids = {
        "patient": patient.user.username,
        "clinician": clinician.user.username,
        "consultation": consultation.pk,
    }

    def shots(page, name: str) -> None:
        page.screenshot(path=str(artifacts_dir / f"{name}.png"), full_page=True)

    shots.dir = artifacts_dir

    # Django's ORM is done above: Playwright's sync API runs an event loop in this thread.
    run_flow(live_server_url, chromium_path, ids, shots)
