"""Uploads: judged by content, size-limited, re-encoded without EXIF/GPS, HEIC as JPEG, PDFs kept;
refusals leave nothing behind (no file, no row, no message)."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from consult import services
from consult.models import Attachment, Message

from ..conftest import client_for
from .conftest import (
    heic_bytes,
    jpeg_bytes,
    pdf_bytes,
    png_bytes,
    storage,
    stored_files,
    webp_bytes,
)

pytestmark = pytest.mark.django_db


def upload(
    user_or_client, consultation, name, data, content_type="application/octet-stream", **extra
):
    client = user_or_client if isinstance(user_or_client, Client) else client_for(user_or_client)
    return client.post(
        f"/consult/{consultation.pk}/attachments/",
        {"file": SimpleUploadedFile(name, data, content_type=content_type), **extra},
        HTTP_ACCEPT="application/json",
    )


def stored_image(attachment: Attachment) -> Image.Image:
    with storage().open(attachment.file.name, "rb") as handle:
        image = Image.open(io.BytesIO(handle.read()))
        image.load()
    return image


def assert_nothing_stored(consultation, messages_before: int) -> None:
    assert not Attachment.objects.filter(consultation=consultation).exists()
    assert Message.objects.filter(consultation=consultation).count() == messages_before
    assert stored_files(consultation) == []


def test_patient_photo_is_stored_re_encoded_and_posted_as_a_message(assigned, patient):
    response = upload(patient.user, assigned, "rash.jpg", jpeg_bytes(), "image/jpeg")
    assert response.status_code == 201, response.content
    data = response.json()
    assert set(data) >= {"id", "url", "content_type", "size", "message_seq"}
    attachment = Attachment.objects.get(pk=data["id"])
    assert data["url"] == f"/consult/{assigned.pk}/attachments/{attachment.pk}/"
    assert data["content_type"] == "image/jpeg" == attachment.content_type
    assert data["size"] == attachment.size == attachment.file.size
    assert attachment.uploaded_by == patient.user and attachment.name == "rash.jpg"
    assert (attachment.width, attachment.height) == (640, 480)
    assert attachment.thumbnail  # a small JPEG for the chat bubble
    message = Message.objects.get(consultation=assigned, seq=data["message_seq"])
    assert message.attachment_id == attachment.pk
    assert message.sender == "patient" and message.body == "rash.jpg"
    # stored under a random name, the original name only in the row
    assert "rash" not in attachment.file.name and len(stored_files(assigned)) == 2


def test_exif_and_gps_are_gone_and_the_photo_stays_upright(assigned, patient):
    original = jpeg_bytes(orientation=6)  # stored sideways, shown turned 90° by viewers
    source = Image.open(io.BytesIO(original))
    assert source.getexif().get_ifd(0x8825)  # the test photo does carry GPS
    response = upload(patient.user, assigned, "IMG_0001.JPG", original, "image/jpeg")
    assert response.status_code == 201
    attachment = Attachment.objects.get(pk=response.json()["id"])
    stored = stored_image(attachment)
    assert stored.format == "JPEG"
    exif = stored.getexif()
    assert len(exif) == 0 and not exif.get_ifd(0x8825)
    assert "exif" not in stored.info and "xmp" not in stored.info
    raw = storage().open(attachment.file.name, "rb").read()
    assert b"Exif" not in raw and b"PhoneMaker" not in raw
    # turned upright: 480 wide, 640 high, and the red corner is now at the top right
    assert stored.size == (480, 640) == (attachment.width, attachment.height)
    r, g, b = stored.convert("RGB").getpixel((470, 10))
    assert r > 200 and g < 60 and b < 60


def test_a_png_named_pdf_is_stored_as_png(assigned, patient):
    response = upload(patient.user, assigned, "scan.pdf", png_bytes(), "application/pdf")
    assert response.status_code == 201
    attachment = Attachment.objects.get(pk=response.json()["id"])
    assert attachment.content_type == "image/png" and attachment.name == "scan.png"
    assert stored_image(attachment).format == "PNG"


def test_transparent_png_and_webp_keep_their_format(assigned, patient):
    response = upload(patient.user, assigned, "a.png", png_bytes(mode="RGBA"), "image/png")
    assert response.status_code == 201
    assert stored_image(Attachment.objects.get(pk=response.json()["id"])).mode == "RGBA"
    response = upload(patient.user, assigned, "b.webp", webp_bytes(), "image/webp")
    assert response.status_code == 201
    attachment = Attachment.objects.get(pk=response.json()["id"])
    stored = stored_image(attachment)
    assert stored.format == "WEBP" and attachment.content_type == "image/webp"
    assert not stored.getexif().get_ifd(0x8825)


def test_heic_is_accepted_and_stored_as_jpeg_without_gps(assigned, patient):
    response = upload(patient.user, assigned, "IMG_4711.HEIC", heic_bytes(), "image/heic")
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["content_type"] == "image/jpeg"
    attachment = Attachment.objects.get(pk=data["id"])
    assert attachment.name == "IMG_4711.jpg" and attachment.file.name.endswith(".jpg")
    stored = stored_image(attachment)
    assert stored.format == "JPEG" and stored.size == (400, 300)
    assert not stored.getexif().get_ifd(0x8825)


def test_pdf_is_accepted_as_sent(assigned, clinician):
    data = pdf_bytes(pages=2)
    response = upload(clinician.user, assigned, "results.pdf", data, "application/pdf")
    assert response.status_code == 201
    attachment = Attachment.objects.get(pk=response.json()["id"])
    assert attachment.content_type == "application/pdf" and not attachment.thumbnail
    assert storage().open(attachment.file.name, "rb").read() == data
    assert attachment.message.sender == "clinician"


def test_caption_is_the_message_body(assigned, patient):
    response = upload(
        patient.user, assigned, "leg.png", png_bytes(), "image/png", caption="  The rash today "
    )
    assert response.status_code == 201
    assert Message.objects.get(consultation=assigned, seq=response.json()["message_seq"]).body == (
        "The rash today"
    )


@pytest.mark.parametrize(
    ("name", "data", "status"),
    [
        ("photo.jpg", b"Just some text pretending to be a photo.\n" * 20, 415),
        ("photo.jpg", b"<html><script>alert(1)</script></html>", 415),
        ("anim.gif", b"GIF89a" + b"\x00" * 64, 415),
        ("broken.jpg", jpeg_bytes()[:400], 400),  # a JPEG header, then nothing
        ("broken.pdf", b"%PDF-1.7\n%garbage that is no PDF at all\n", 400),
        ("empty.png", b"", 400),
    ],
)
def test_bad_files_are_refused_with_a_reason_and_nothing_is_stored(
    assigned, patient, name, data, status
):
    before = Message.objects.filter(consultation=assigned).count()
    response = upload(patient.user, assigned, name, data, "image/jpeg")
    assert response.status_code == status, response.content
    assert response.json()["detail"]
    assert_nothing_stored(assigned, before)


def test_decompression_bomb_is_refused(assigned, patient):
    out = io.BytesIO()
    Image.new("1", (10_000, 8_000)).save(out, format="PNG")  # 80 megapixels in a few KB
    before = Message.objects.filter(consultation=assigned).count()
    response = upload(patient.user, assigned, "tiny.png", out.getvalue(), "image/png")
    assert response.status_code == 400
    assert "megapixels" in response.json()["detail"]
    assert_nothing_stored(assigned, before)


def test_size_limit(assigned, patient, settings):
    settings.TELEMED_UPLOAD_MAX_BYTES = 20_000
    before = Message.objects.filter(consultation=assigned).count()
    # just over the limit: read and refused
    response = upload(patient.user, assigned, "big.pdf", pdf_bytes() + b"\n" * 20_000)
    assert response.status_code == 413 and response.json()["code"] == "too_large"
    assert "20.0 KB" in response.json()["detail"] or "KB" in response.json()["detail"]
    # far over it: refused from the request's length before the body is read
    response = upload(patient.user, assigned, "huge.jpg", jpeg_bytes(size=(3000, 3000)) * 30)
    assert response.status_code == 413
    assert_nothing_stored(assigned, before)
    # within it: accepted
    assert upload(patient.user, assigned, "ok.png", png_bytes()).status_code == 201


def test_no_file_is_a_clear_400(assigned, patient):
    response = client_for(patient.user).post(
        f"/consult/{assigned.pk}/attachments/", {"caption": "x"}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 400 and response.json()["detail"]


# --- who may upload -------------------------------------------------------------------------


def test_another_patient_is_refused(assigned, other_patient):
    response = upload(other_patient.user, assigned, "a.png", png_bytes())
    assert response.status_code == 404
    assert_nothing_stored(assigned, Message.objects.filter(consultation=assigned).count())


def test_a_clinician_who_is_not_assigned_is_refused(assigned, other_clinician):
    before = Message.objects.filter(consultation=assigned).count()
    response = upload(other_clinician.user, assigned, "a.png", png_bytes())
    assert response.status_code in (403, 404)
    assert_nothing_stored(assigned, before)


def test_a_clinician_cannot_upload_before_picking_up(consultation, clinician):
    before = Message.objects.filter(consultation=consultation).count()
    response = upload(clinician.user, consultation, "a.png", png_bytes())
    assert response.status_code == 403 and response.json()["detail"]
    assert_nothing_stored(consultation, before)


def test_anonymous_is_refused(assigned):
    response = upload(Client(), assigned, "a.png", png_bytes())
    assert response.status_code in (302, 403)
    assert not Attachment.objects.exists()


def test_closed_consultation_refuses_uploads(assigned, patient, clinician):
    services.consultation_close(consultation_id=assigned.pk, user=clinician.user)
    before = Message.objects.filter(consultation=assigned).count()
    for user in (patient.user, clinician.user):
        response = upload(user, assigned, "a.png", png_bytes())
        assert response.status_code == 403
        assert response.json()["code"] == "closed"
    assert_nothing_stored(assigned, before)


def test_csrf_is_required(assigned, patient):
    client = Client(enforce_csrf_checks=True)
    client.force_login(patient.user)
    response = upload(client, assigned, "a.png", png_bytes())
    assert response.status_code == 403
    assert not Attachment.objects.exists()


def test_upload_rate_is_limited_per_user(assigned, patient, settings):
    from telemed import ratelimit

    settings.TELEMED_UPLOAD_RATE = "2/m"
    ratelimit.reset("uploads", patient.user.pk, "2/m")
    assert upload(patient.user, assigned, "1.png", png_bytes()).status_code == 201
    assert upload(patient.user, assigned, "2.png", png_bytes()).status_code == 201
    response = upload(patient.user, assigned, "3.png", png_bytes())
    assert response.status_code == 429 and response.json()["detail"]
    assert Attachment.objects.filter(consultation=assigned).count() == 2
    ratelimit.reset("uploads", patient.user.pk, "2/m")


def test_png_text_chunks_and_exif_are_dropped(assigned, patient):
    from PIL import PngImagePlugin

    from .conftest import exif_with_gps, picture

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "Taken at 12 Baker Street")
    out = io.BytesIO()
    picture((200, 100)).save(out, format="PNG", pnginfo=info, exif=exif_with_gps())
    response = upload(patient.user, assigned, "screenshot.png", out.getvalue(), "image/png")
    assert response.status_code == 201
    attachment = Attachment.objects.get(pk=response.json()["id"])
    stored = stored_image(attachment)
    assert "Comment" not in stored.info and not stored.getexif().get_ifd(0x8825)
    raw = storage().open(attachment.file.name, "rb").read()
    assert b"Baker Street" not in raw and b"PhoneMaker" not in raw
