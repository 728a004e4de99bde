"""Chat attachments: judge an upload by its content, re-encode photos without metadata, store it
and post it as a chat message (`attachment_post`); reads of stored files (`attachment_for`)."""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import unicodedata
import warnings
from dataclasses import dataclass

import filetype
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError
from pillow_heif import register_heif_opener

from records.models import User
from telemed import ratelimit

from . import access, notifications
from .ai import screening
from .errors import ConsultError
from .models import Attachment, Consultation, Message
from .store import append

logger = logging.getLogger(__name__)
register_heif_opener()

# What a photo may decode to at most: a 48-megapixel phone camera fits, a decompression bomb
# (a small file that expands to gigabytes of pixels) does not. Pillow's own guard stays on too.
MAX_PIXELS = 60_000_000
THUMBNAIL_EDGE = 320
JPEG_QUALITY = 88
MAX_NAME_CHARS = 120
MAX_CAPTION_CHARS = 500

# the type judged from the content -> (Pillow decoder, stored type, stored extension)
IMAGE_TYPES = {
    "image/jpeg": ("JPEG", "image/jpeg", ".jpg"),
    "image/png": ("PNG", "image/png", ".png"),
    "image/apng": ("PNG", "image/png", ".png"),  # the first frame, as a plain PNG
    "image/webp": ("WEBP", "image/webp", ".webp"),
    "image/heic": ("HEIF", "image/jpeg", ".jpg"),  # browsers cannot show HEIC
    "image/heif": ("HEIF", "image/jpeg", ".jpg"),
}
PDF = "application/pdf"
# What a PDF may not carry: scripts, actions that start programs, import data or send a form,
# embedded files and rich media (a lab result or a letter needs none of them).
PDF_ACTIVE_KEYS = frozenset(
    {"/JS", "/JavaScript", "/EmbeddedFiles", "/EmbeddedFile", "/EF", "/RichMedia", "/XFA"}
)
PDF_ACTIVE_ACTIONS = frozenset(
    {"/JavaScript", "/Launch", "/ImportData", "/SubmitForm", "/GoToE", "/RichMediaExecute"}
)
# The objects looked at in one PDF at most (a 10 MB document has far fewer).
PDF_MAX_OBJECTS = 500_000


class AttachmentRefused(ConsultError):
    """An upload that is not stored; `status` is the HTTP answer (400, 413, 415 or 429)."""

    def __init__(self, code: str, detail: str, status: int = 400) -> None:
        super().__init__(code, detail)
        self.status = status


@dataclass(frozen=True)
class Prepared:
    """An upload made safe to store: the bytes to keep, their type and a display name."""

    data: bytes
    content_type: str
    name: str
    thumbnail: bytes | None = None
    width: int | None = None
    height: int | None = None


# --- validation and re-encoding ----------------------------------------------------------------


def max_bytes() -> int:
    return settings.TELEMED_UPLOAD_MAX_BYTES


def too_large() -> AttachmentRefused:
    return AttachmentRefused(
        "too_large",
        _("The file is larger than %(max)s.") % {"max": filesizeformat(max_bytes())},
        413,
    )


def _unsupported() -> AttachmentRefused:
    return AttachmentRefused(
        "unsupported_type",
        _("Only photos (JPEG, PNG, WebP, HEIC) and PDF documents can be sent."),
        415,
    )


def _unreadable() -> AttachmentRefused:
    return AttachmentRefused(
        "unreadable", _("The file could not be read. It may be damaged; please try another.")
    )


def read_upload(upload) -> bytes:
    """The upload's bytes, refusing (413) anything over the limit without reading it all."""
    limit = max_bytes()
    if upload.size is not None and upload.size > limit:
        raise too_large()
    upload.seek(0)
    data = upload.read(limit + 1)
    if len(data) > limit:
        raise too_large()
    if not data:
        raise AttachmentRefused("empty", _("The file is empty."))
    return data


def display_name(original: str, extension: str) -> str:
    """A name to show and to offer when saving: no folders, no control characters, the
    extension of what is really stored (a PNG named scan.pdf is shown as scan.png)."""
    base = os.path.basename((original or "").replace("\\", "/"))
    base = unicodedata.normalize("NFC", base)
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] not in ("C",))
    stem = os.path.splitext(base)[0].strip(" .") or _("attachment")
    stem = re.sub(r"\s+", " ", stem)[: MAX_NAME_CHARS - len(extension)]
    return f"{stem}{extension}"


def prepare(data: bytes, original_name: str) -> Prepared:
    """Judge `data` by its content and return what may be stored, or raise AttachmentRefused."""
    kind = filetype.guess(data)
    mime = kind.mime if kind is not None else None
    if mime in IMAGE_TYPES:
        return _prepare_image(data, original_name, mime)
    if mime == PDF:
        return _prepare_pdf(data, original_name)
    raise _unsupported()


def _open_image(data: bytes, decoder: str) -> Image.Image:
    """Decode with the one decoder the content was judged to be, within the pixel limit."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[decoder])
            width, height = image.size
            if width < 1 or height < 1:
                raise _unreadable()
            if width * height > MAX_PIXELS:
                raise AttachmentRefused(
                    "too_many_pixels",
                    _("The photo is too large (more than %(mp)d megapixels).")
                    % {"mp": MAX_PIXELS // 1_000_000},
                )
            image.load()
    except AttachmentRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise AttachmentRefused(
            "too_many_pixels",
            _("The photo is too large (more than %(mp)d megapixels).")
            % {"mp": MAX_PIXELS // 1_000_000},
        ) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as exc:
        raise _unreadable() from exc
    return image


def _eight_bit(image: Image.Image) -> Image.Image:
    """Greys of more than 8 bits (16-bit scans and X-ray exports, 32-bit integer or float
    images) scaled to 0-255 as a browser shows them; Pillow's own conversion clips them, which
    turns most of a 16-bit image white."""
    if image.mode.startswith("I;16"):
        return image.convert("I").point(lambda v: v * (255 / 65535)).convert("L")
    if image.mode in ("I", "F"):
        low, high = image.getextrema()
        if high <= low:
            return Image.new("L", image.size, 0)
        scale = 255 / (high - low)
        return image.convert("F").point(lambda v: (v - low) * scale).convert("L")
    return image


def _flatten(image: Image.Image, keep_alpha: bool) -> Image.Image:
    """RGB (or RGBA where the format keeps transparency), whatever mode the photo came in; the
    image itself when it is in that mode already (no copy of a large photo's pixels)."""
    image = _eight_bit(image)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    if has_alpha:
        rgba = image if image.mode == "RGBA" else image.convert("RGBA")
        if keep_alpha:
            return rgba
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image if image.mode == "RGB" else image.convert("RGB")


def _reduced(image: Image.Image, edge: int) -> Image.Image:
    """A copy at most `edge` pixels on its longer side (never enlarged), resized straight from
    the image: no full-size copy is made for a thumbnail."""
    width, height = image.size
    scale = min(1.0, edge / max(width, height))
    if scale >= 1.0:
        return image.copy()
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)


def _encode(image: Image.Image, fmt: str, icc: bytes | None) -> bytes:
    """Write a fresh file: only pixels (and the colour profile); no EXIF, GPS, XMP or comments."""
    out = io.BytesIO()
    options: dict = {}
    if icc:
        options["icc_profile"] = icc
    if fmt == "JPEG":
        options.update(quality=JPEG_QUALITY, optimize=True, progressive=True)
    elif fmt == "WEBP":
        options.update(quality=JPEG_QUALITY, method=4)
    elif fmt == "PNG":
        options.update(optimize=False, compress_level=6)
    image.save(out, format=fmt, **options)
    return out.getvalue()


def _prepare_image(data: bytes, original_name: str, mime: str) -> Prepared:
    decoder, stored_type, extension = IMAGE_TYPES[mime]
    source = _open_image(data, decoder)
    # the colour profile is kept (phones shoot in Display P3) unless it is for other channels
    icc = (source.info.get("icc_profile") or None) if source.mode in ("RGB", "RGBA") else None
    # A large photo's pixels are held at most twice at a time (the decoded source and the clean
    # copy): each step below drops the one before it.
    try:
        # before the EXIF (and its orientation) goes; in place: no copy of an upright photo
        ImageOps.exif_transpose(source, in_place=True)
    except (OSError, ValueError, SyntaxError, KeyError, TypeError) as exc:
        raise _unreadable() from exc
    out_format = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}[stored_type]
    clean = _flatten(source, keep_alpha=out_format in ("PNG", "WEBP"))
    # a new image from the pixels alone: nothing of the source's metadata can ride along
    pixels = Image.new(clean.mode, clean.size)
    pixels.paste(clean)
    del source, clean
    stored = _encode(pixels, out_format, icc)
    if len(stored) > max_bytes():
        raise too_large()
    thumb = _flatten(_reduced(pixels, THUMBNAIL_EDGE), keep_alpha=False)
    return Prepared(
        data=stored,
        content_type=stored_type,
        name=display_name(original_name, extension),
        thumbnail=_encode(thumb, "JPEG", icc),
        width=pixels.width,
        height=pixels.height,
    )


def _prepare_pdf(data: bytes, original_name: str) -> Prepared:
    """A PDF is kept as sent once pypdf can read its pages (no thumbnail)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                raise AttachmentRefused(
                    "encrypted", _("Password-protected PDF files cannot be sent.")
                )
            if len(reader.pages) < 1:
                raise _unreadable()
            if _pdf_has_active_content(reader):
                raise AttachmentRefused(
                    "pdf_active_content",
                    _(
                        "This PDF contains scripts, embedded files or actions that start "
                        "programs, so it cannot be sent. Print it to a new PDF, or send a photo "
                        "of it."
                    ),
                )
    except AttachmentRefused:
        raise
    except (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _unreadable() from exc
    return Prepared(data=data, content_type=PDF, name=display_name(original_name, ".pdf"))


def _pdf_has_active_content(reader) -> bool:
    """Whether any object reachable from the trailer is a script, a dangerous action or an
    embedded file (looked for in the objects themselves: compressed object streams included)."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    stack: list = [reader.trailer]
    seen: set[tuple[int, int]] = set()
    looked = 0
    while stack:
        obj = stack.pop()
        if isinstance(obj, IndirectObject):
            ref = (obj.idnum, obj.generation)
            if ref in seen:
                continue
            seen.add(ref)
            obj = obj.get_object()
        looked += 1
        if looked > PDF_MAX_OBJECTS:
            raise _unreadable()
        if isinstance(obj, DictionaryObject):
            if PDF_ACTIVE_KEYS.intersection(obj.keys()):
                return True
            if obj.get("/S") in PDF_ACTIVE_ACTIONS:
                return True
            stack.extend(obj.values())
        elif isinstance(obj, ArrayObject):
            stack.extend(obj)
    return False


# --- storing and posting -------------------------------------------------------------------------


def upload_rate_ok(user: User) -> bool:
    return ratelimit.hit("uploads", user.pk, settings.TELEMED_UPLOAD_RATE)


def attachment_post(
    *, consultation_id: int, user: User, upload, caption: str = "", ip: str | None = None
) -> tuple[Attachment, Message]:
    """Store an uploaded photo or PDF and post a chat message that carries it.

    Raises AttachmentRefused for a file that may not be stored and access.AccessDenied (already
    audited) when the user may not write in the consultation; either way nothing is left behind:
    no file in storage, no row, no message."""
    caption = _clean_caption(caption)
    if not upload_rate_ok(user):
        raise AttachmentRefused(
            "rate_limited", _("Too many files in a short time. Please wait a minute."), 429
        )
    prepared = prepare(read_upload(upload), getattr(upload, "name", "") or "")
    digest = hashlib.sha256(prepared.data).hexdigest()
    attachment = Attachment(
        uploaded_by=user,
        name=prepared.name,
        content_type=prepared.content_type,
        size=len(prepared.data),
        sha256=digest,
        width=prepared.width,
        height=prepared.height,
    )
    attachment.consultation_id = consultation_id
    extension = os.path.splitext(prepared.name)[1]
    stored: list = []
    try:
        # The files are written before the row lock is taken (storage may be a remote bucket).
        attachment.file.save(f"file{extension}", ContentFile(prepared.data), save=False)
        stored.append(attachment.file)
        if prepared.thumbnail is not None:
            attachment.thumbnail.save("thumb.jpg", ContentFile(prepared.thumbnail), save=False)
            stored.append(attachment.thumbnail)
        message = _post(attachment, user=user, body=caption or prepared.name, caption=caption)
    except access.AccessDenied as exc:
        _discard(stored)
        access.audit_denied(
            user=user, consultation_id=consultation_id, need="write", exc=exc, ip=ip
        )
        raise
    except BaseException:
        _discard(stored)
        raise
    return attachment, message


def _post(attachment: Attachment, *, user: User, body: str, caption: str = "") -> Message:
    with transaction.atomic():
        consultation = access.lock_for(
            user=user, consultation_id=attachment.consultation_id, need="write"
        )
        if consultation.status == Consultation.Status.CLOSED:
            raise access.AccessDenied("closed", _("This consultation is closed."))
        attachment.consultation = consultation
        attachment.save()
        sender = Message.Sender.PATIENT if user.is_patient else Message.Sender.CLINICIAN
        message = append(consultation, sender=sender, body=body, author=user, attachment=attachment)
        if sender == Message.Sender.PATIENT and caption:
            # What the patient writes under a photo is screened for red flags as a message is
            # (a file name alone is not: "chest pain.jpg" says nothing of now).
            transaction.on_commit(
                lambda: screening.screen(consultation=consultation), robust=True
            )
        if sender == Message.Sender.CLINICIAN:  # emailed if their room is not open, as for text
            patient_user_id = consultation.patient.user_id
            transaction.on_commit(
                lambda: notifications.clinician_message_notify(
                    consultation_id=consultation.pk, patient_user_id=patient_user_id
                ),
                robust=True,
            )
        return message


def _discard(files: list) -> None:
    for field in files:
        try:
            field.storage.delete(field.name)
        except Exception as exc:  # noqa: BLE001 - the original error is the one to report
            logger.warning("could not remove a refused attachment's file: %s", type(exc).__name__)


def _clean_caption(caption: str) -> str:
    text = "".join(
        ch for ch in (caption or "") if ch in "\n\t" or unicodedata.category(ch)[0] != "C"
    )
    text = text.strip()
    if len(text) > MAX_CAPTION_CHARS:
        raise AttachmentRefused(
            "too_long",
            _("The caption is longer than %(n)d characters.") % {"n": MAX_CAPTION_CHARS},
        )
    return text


# --- reading -------------------------------------------------------------------------------------


def attachment_for(*, consultation: Consultation, attachment_id: int) -> Attachment | None:
    """The attachment of this consultation (None for one of another consultation)."""
    return Attachment.objects.filter(consultation=consultation, pk=attachment_id).first()
