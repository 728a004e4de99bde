"""Attachments tried as an attacker would: hostile names in headers and pages, polyglot files,
PDFs that carry scripts, files served to a browser that might run them, cached copies after the
reader lost access."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from PIL import Image

from consult import services
from consult.models import Attachment, Message

from ..conftest import client_for
from .conftest import jpeg_bytes, pdf_bytes, png_bytes
from .test_upload import assert_nothing_stored, upload

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)


def posted(response) -> Attachment:
    assert response.status_code == 201, response.content
    return Attachment.objects.get(pk=response.json()["id"])


def csp(response) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return {
        part.strip().split(" ", 1)[0]: part.strip().partition(" ")[2]
        for part in policy.split(";")
        if part.strip()
    }


# --- headers of the served file ------------------------------------------------------------------


def test_served_photo_and_thumbnail_run_nothing_even_if_opened_as_a_page(assigned, patient):
    photo = posted(upload(patient.user, assigned, "rash.png", png_bytes(), "image/png"))
    client = client_for(patient.user)
    base = f"/consult/{assigned.pk}/attachments/{photo.pk}/"
    for url in (base, f"{base}thumbnail/"):
        response = client.get(url)
        assert response.status_code == 200
        policy = csp(response)
        assert "sandbox" in policy  # no script, no same-origin access, no forms
        assert policy["default-src"] == "'none'"
        assert response["X-Content-Type-Options"] == "nosniff"


def test_served_pdf_may_not_load_or_run_anything_of_the_site(assigned, clinician):
    doc = posted(upload(clinician.user, assigned, "letter.pdf", pdf_bytes(), "application/pdf"))
    response = client_for(clinician.user).get(f"/consult/{assigned.pk}/attachments/{doc.pk}/")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    policy = csp(response)
    assert policy["default-src"] == "'none'"
    assert "'self'" not in policy.get("script-src", "'none'")


def test_a_served_file_is_not_kept_in_the_browser_cache(assigned, patient):
    """A fresh cached copy is shown without asking the server: on a shared computer the next
    user (or a clinician who has since lost access) would see it for as long as it is fresh."""
    photo = posted(upload(patient.user, assigned, "rash.png", png_bytes(), "image/png"))
    base = f"/consult/{assigned.pk}/attachments/{photo.pk}/"
    for url in (base, f"{base}thumbnail/"):
        cache = client_for(patient.user).get(url)["Cache-Control"]
        assert "no-store" in cache and "max-age=6" not in cache


@pytest.mark.parametrize(
    "name",
    [
        'x"; filename="evil.html',
        "rash\r\nSet-Cookie: sessionid=stolen\r\n.png",
        "皮疹 照片 \u202egnp.exe",
        "../../../etc/passwd.png",
        "..\\..\\windows\\system32\\a.png",
        "<img src=x onerror=alert(1)>.png",
        "a" * 5000 + ".png",
    ],
)
def test_hostile_file_names_are_harmless_in_headers_paths_and_json(assigned, patient, name):
    photo = posted(upload(patient.user, assigned, name, png_bytes(), "image/png"))
    assert "/" not in photo.name and "\\" not in photo.name and ".." not in photo.name.strip(".")
    assert not any(ch in photo.name for ch in "\r\n\x00\u202e")
    assert len(photo.name) <= 120 and photo.name.endswith(".png")
    assert re.fullmatch(rf"consult/{assigned.pk}/[0-9a-f]{{32}}\.png", photo.file.name)
    response = client_for(patient.user).get(f"/consult/{assigned.pk}/attachments/{photo.pk}/")
    disposition = response["Content-Disposition"]
    assert "\r" not in disposition and "\n" not in disposition
    assert disposition.startswith("inline;")
    # exactly one file name parameter (quoted, or RFC 5987 for non-ASCII)
    assert len(re.findall(r'filename\*?=(?:"(?:[^"\\]|\\.)*"|[^;]*)', disposition)) == 1
    assert "Set-Cookie" not in {k.lower().title() for k, _ in response.items()} or (
        "stolen" not in response.get("Set-Cookie", "")
    )
    if any(ord(ch) > 127 for ch in photo.name):
        assert "filename*=utf-8''" in disposition


def test_a_non_ascii_name_is_offered_with_rfc5987(assigned, patient):
    photo = posted(upload(patient.user, assigned, "化验单.png", png_bytes(), "image/png"))
    response = client_for(patient.user).get(f"/consult/{assigned.pk}/attachments/{photo.pk}/")
    assert "filename*=utf-8''%E5%8C%96%E9%AA%8C%E5%8D%95.png" in response["Content-Disposition"]


# --- polyglots and hostile content ------------------------------------------------------------


def test_a_jpeg_that_is_also_html_is_stored_without_the_html(assigned, patient):
    # a real JPEG with a comment segment carrying a page and script
    data = bytearray(jpeg_bytes())
    payload = b"<html><script>alert(document.cookie)</script></html>"
    segment = b"\xff\xfe" + (len(payload) + 2).to_bytes(2, "big") + payload
    data[2:2] = segment
    photo = posted(upload(patient.user, assigned, "p.html", bytes(data), "text/html"))
    stored = photo.file.open("rb").read()
    assert b"<script" not in stored and b"<html" not in stored
    assert photo.content_type == "image/jpeg" and photo.name == "p.jpg"


@pytest.mark.parametrize(
    "name,data",
    [
        (
            "x.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        ),
        ("x.png", b"<!doctype html><script>alert(1)</script>"),
        ("x.jpg", b"GIF89a/*\x01\x00\x01\x00*/=alert(1)//"),
    ],
)
def test_script_files_dressed_as_photos_are_refused(assigned, patient, name, data):
    before = Message.objects.filter(consultation=assigned).count()
    response = upload(patient.user, assigned, name, data, "image/png")
    assert response.status_code == 415
    assert_nothing_stored(assigned, before)


def _pdf_with(entries: dict) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    for key, value in entries.items():
        if key == "js":  # a document-level script in the /Names tree
            action = DictionaryObject(
                {
                    NameObject("/S"): NameObject("/JavaScript"),
                    NameObject("/JS"): TextStringObject(value),
                }
            )
            tree = DictionaryObject(
                {
                    NameObject("/Names"): ArrayObject(
                        [TextStringObject("x"), writer._add_object(action)]
                    )
                }
            )
            writer._root_object[NameObject("/Names")] = DictionaryObject(
                {NameObject("/JavaScript"): writer._add_object(tree)}
            )
        elif key == "open_action":
            action = DictionaryObject(
                {
                    NameObject("/S"): NameObject("/JavaScript"),
                    NameObject("/JS"): TextStringObject(value),
                }
            )
            writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
        elif key == "launch":
            action = DictionaryObject(
                {
                    NameObject("/S"): NameObject("/Launch"),
                    NameObject("/F"): TextStringObject(value),
                }
            )
            writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
        elif key == "embedded":
            writer.add_attachment("payload.exe", value)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "entries",
    [
        {"js": "app.alert('hi')"},
        {"open_action": "this.exportDataObject({cName: 'x', nLaunch: 2})"},
        {"launch": "cmd.exe"},
        {"embedded": b"MZ\x90\x00 not a real program"},
    ],
    ids=["names-javascript", "open-action-js", "launch", "embedded-file"],
)
def test_a_pdf_that_runs_scripts_or_carries_files_is_refused(assigned, patient, entries):
    before = Message.objects.filter(consultation=assigned).count()
    response = upload(patient.user, assigned, "results.pdf", _pdf_with(entries), "application/pdf")
    assert response.status_code == 400, response.content
    assert response.json()["code"] == "pdf_active_content"
    assert response.json()["detail"]
    assert_nothing_stored(assigned, before)


def test_a_plain_pdf_with_links_is_still_accepted(assigned, patient):
    from pypdf import PdfWriter
    from pypdf.annotations import Link

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_annotation(0, Link(rect=(50, 50, 200, 80), url="https://example.org/results"))
    out = io.BytesIO()
    writer.write(out)
    posted(upload(patient.user, assigned, "lab.pdf", out.getvalue(), "application/pdf"))


def test_a_huge_but_tiny_png_is_refused_before_it_is_decoded(assigned, patient):
    out = io.BytesIO()
    Image.new("L", (1, 70_000)).resize((70_000, 1)).save(out, format="PNG")
    tall = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(tall, format="PNG")  # 400 megapixels
    for data in (tall.getvalue(),):
        before = Message.objects.filter(consultation=assigned).count()
        response = upload(patient.user, assigned, "tiny.png", data, "image/png")
        assert response.status_code == 400
        assert_nothing_stored(assigned, before)
    # a long thin strip is a picture like any other
    posted(upload(patient.user, assigned, "strip.png", out.getvalue(), "image/png"))


def test_a_truncated_photo_is_refused(assigned, patient):
    data = png_bytes((800, 600))
    before = Message.objects.filter(consultation=assigned).count()
    response = upload(patient.user, assigned, "cut.png", data[: len(data) // 2], "image/png")
    assert response.status_code == 400
    assert_nothing_stored(assigned, before)


# --- access ----------------------------------------------------------------------------------


def test_ids_guessed_across_consultations_and_after_losing_access(
    assigned, patient, other_patient, clinician, other_clinician
):
    mine = posted(upload(patient.user, assigned, "rash.png", png_bytes(), "image/png"))
    theirs_consultation = services.consultation_start(
        patient=other_patient, chief_complaint="Something else"
    )
    services.consultation_pick(consultation_id=theirs_consultation.pk, user=other_clinician.user)
    theirs = posted(
        upload(other_patient.user, theirs_consultation, "theirs.png", png_bytes(), "image/png")
    )
    me = client_for(patient.user)
    for url in (
        f"/consult/{assigned.pk}/attachments/{theirs.pk}/",
        f"/consult/{assigned.pk}/attachments/{theirs.pk}/thumbnail/",
        f"/consult/{theirs_consultation.pk}/attachments/{theirs.pk}/",
        f"/consult/{theirs_consultation.pk}/attachments/{mine.pk}/",
    ):
        assert me.get(url).status_code == 404, url
    # a clinician who is not assigned (the consultation is no longer waiting)
    assert (
        client_for(other_clinician.user)
        .get(f"/consult/{assigned.pk}/attachments/{mine.pk}/")
        .status_code
        == 404
    )
    # the assigned clinician, deactivated, is refused too
    clinician.user.is_active = False
    clinician.user.save(update_fields=["is_active"])
    response = Client().get(f"/consult/{assigned.pk}/attachments/{mine.pk}/")
    assert response.status_code == 302


def test_scripts_render_names_and_captions_as_text_only():
    """Names and captions reach the DOM only as text or plain attributes."""
    for name in ("chat.js", "attachments.js", "notify.js", "waiting.js", "closing.js"):
        source = (ROOT / "static" / "js" / name).read_text()
        assert "innerHTML" not in source, name
        assert "insertAdjacentHTML" not in source, name
        assert "outerHTML" not in source and "document.write" not in source, name


PEAK_SCRIPT = """
import io, resource, sys
import django
django.setup()
from PIL import Image
from consult.attachments import MAX_PIXELS, prepare
side = int((MAX_PIXELS * 0.98) ** 0.5)
out = io.BytesIO()
Image.new("RGB", (side, side), "white").save(out, format="PNG")
data = out.getvalue()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
prepare(data, "x.png")
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print((after - before) // 1024)
"""


def test_the_largest_allowed_photo_is_decoded_without_many_full_size_copies():
    """A photo just under the pixel limit is a few hundred KB as a PNG; each upload of it must
    not hold many full-size copies of its pixels at once (a patient may send 20 a minute)."""
    import os
    import subprocess
    import sys

    from consult.attachments import MAX_PIXELS

    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "telemed.settings", "DJANGO_DEBUG": "1"}
    result = subprocess.run(
        [sys.executable, "-c", PEAK_SCRIPT],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        cwd=ROOT,
        check=True,
    )
    grown_mb = int(result.stdout.strip().splitlines()[-1])
    one_copy_mb = MAX_PIXELS * 0.98 * 3 / 2**20  # RGB
    assert grown_mb < 2.6 * one_copy_mb, (grown_mb, one_copy_mb)


@pytest.mark.parametrize("size,thumb", [((100, 80), (100, 80)), ((640, 480), (320, 240))])
def test_thumbnails_are_reduced_never_enlarged(assigned, patient, size, thumb):
    photo = posted(upload(patient.user, assigned, "a.png", png_bytes(size), "image/png"))
    with photo.thumbnail.open("rb") as handle:
        image = Image.open(io.BytesIO(handle.read()))
        assert image.size == thumb and image.format == "JPEG"


def test_a_16_bit_grey_scan_keeps_its_greys(assigned, patient):
    """X-ray and scanner exports are often 16-bit greyscale PNGs: stored as 8-bit they must keep
    their greys (as a browser shows them), not be clipped to white."""
    ramp = Image.new("I;16", (256, 16))
    ramp.putdata([x * 257 for _ in range(16) for x in range(256)])
    out = io.BytesIO()
    ramp.save(out, format="PNG")
    photo = posted(upload(patient.user, assigned, "xray.png", out.getvalue(), "image/png"))
    with photo.file.open("rb") as handle:
        stored = Image.open(io.BytesIO(handle.read())).convert("L")
    row = [stored.getpixel((x, 8)) for x in range(0, 256, 32)]
    assert all(abs(got - x) <= 2 for got, x in zip(row, range(0, 256, 32), strict=True)), row


def test_s3_storage_is_private_and_never_overwrites():
    """With TELEMED_STORAGE_BACKEND=s3 the bucket objects are private (no public ACL, signed
    URLs only, and the app never hands those out) and an upload never replaces another."""
    import json
    import os
    import subprocess
    import sys

    script = (
        "import json, telemed.settings as settings; "
        "print(json.dumps(settings.STORAGES['attachments']))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "telemed.settings",
        "DJANGO_DEBUG": "1",
        "TELEMED_STORAGE_BACKEND": "s3",
    }
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
        check=True,
    )
    config = json.loads(result.stdout.strip().splitlines()[-1])
    options = config["OPTIONS"]
    assert config["BACKEND"] == "storages.backends.s3.S3Storage"
    assert options["default_acl"] == "private"
    assert options["querystring_auth"] is True
    assert options["file_overwrite"] is False
    assert not options.get("custom_domain")


def test_files_written_before_a_failed_post_are_removed(assigned, patient, monkeypatch):
    """The files go to storage before the row lock; when storing the message fails afterwards
    (here: the database refuses it), the transaction rolls back and the files are removed."""
    from django.db import DatabaseError

    import consult.attachments as attachments

    def refuse(*_args, **_kwargs):
        raise DatabaseError("the database is gone")

    monkeypatch.setattr(attachments, "append", refuse)
    before = Message.objects.filter(consultation=assigned).count()
    client = client_for(patient.user)
    client.raise_request_exception = False
    response = client.post(
        f"/consult/{assigned.pk}/attachments/",
        {"file": io.BytesIO(png_bytes())},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 500
    assert_nothing_stored(assigned, before)


def test_a_thumbnail_is_offered_under_a_jpeg_name(assigned, patient):
    photo = posted(upload(patient.user, assigned, "rash.png", png_bytes(), "image/png"))
    url = f"/consult/{assigned.pk}/attachments/{photo.pk}/thumbnail/"
    disposition = client_for(patient.user).get(url)["Content-Disposition"]
    assert disposition == 'inline; filename="rash-thumbnail.jpg"'


def test_a_photo_caption_is_screened_for_red_flags_like_a_message(
    assigned, patient, django_capture_on_commit_callbacks
):
    """What a patient writes under a photo is what they say: an emergency told there escalates
    the consultation at once, as the same words sent as a message would."""
    assert not assigned.red_flags
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(
            patient.user,
            assigned,
            "arm.jpg",
            jpeg_bytes(),
            "image/jpeg",
            caption="I have crushing chest pain going down my left arm and I'm sweating",
        )
    assert response.status_code == 201
    assigned.refresh_from_db()
    assert assigned.red_flags and assigned.urgency == "emergency"


def test_a_photo_without_a_caption_is_not_screened_by_its_file_name(
    assigned, patient, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(
            patient.user, assigned, "crushing chest pain.jpg", jpeg_bytes(), "image/jpeg"
        )
    assert response.status_code == 201
    assigned.refresh_from_db()
    assert not assigned.red_flags
