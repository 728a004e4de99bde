"""Files to upload (made here with Pillow, pillow-heif and pypdf) and an assigned consultation."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from PIL import ExifTags, Image, ImageDraw

from consult import services
from consult.models import Attachment

GPS = {
    ExifTags.GPS.GPSLatitudeRef: "N",
    ExifTags.GPS.GPSLatitude: (51.0, 30.0, 26.0),
    ExifTags.GPS.GPSLongitudeRef: "W",
    ExifTags.GPS.GPSLongitude: (0.0, 7.0, 39.0),
}


@pytest.fixture(autouse=True)
def _uploads_unlimited(settings):
    """Each test's uploads are not held back by another's count (runs share one Redis)."""
    settings.TELEMED_UPLOAD_RATE = "100000/m"


@pytest.fixture
def assigned(consultation, clinician):
    services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    consultation.refresh_from_db()
    return consultation


def picture(size=(640, 480), mode="RGB") -> Image.Image:
    """A landscape picture whose top-left is red, so its orientation can be checked."""
    image = Image.new(mode, size, "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, size[0] // 4, size[1] // 4), fill="red")
    draw.ellipse((size[0] // 3, size[1] // 3, size[0] // 2, size[1] // 2), fill="blue")
    return image


def exif_with_gps(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.Model] = "Phone 15"
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.IFD.GPSInfo] = GPS
    return exif


def jpeg_bytes(orientation: int = 1, size=(640, 480)) -> bytes:
    out = io.BytesIO()
    picture(size).save(out, format="JPEG", exif=exif_with_gps(orientation), quality=90)
    return out.getvalue()


def png_bytes(size=(300, 200), mode="RGB") -> bytes:
    out = io.BytesIO()
    picture(size, mode).save(out, format="PNG")
    return out.getvalue()


def webp_bytes() -> bytes:
    out = io.BytesIO()
    picture((320, 240)).save(out, format="WEBP", exif=exif_with_gps())
    return out.getvalue()


def heic_bytes() -> bytes:
    from pillow_heif import register_heif_opener

    register_heif_opener()
    out = io.BytesIO()
    picture((400, 300)).save(out, format="HEIF", exif=exif_with_gps(), quality=80)
    return out.getvalue()


def pdf_bytes(pages: int = 1) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": "Blood test results"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def storage():
    return Attachment._meta.get_field("file").storage


def stored_files(consultation) -> list[str]:
    """Every file the attachments storage holds for this consultation."""
    root = Path(django_settings.TELEMED_MEDIA_ROOT) / "consult" / str(consultation.pk)
    if django_settings.TELEMED_STORAGE_BACKEND != "filesystem":
        _dirs, files = storage().listdir(f"consult/{consultation.pk}")
        return files
    return sorted(p.name for p in root.glob("*")) if root.exists() else []
