"""Chat attachments over HTTP: upload (multipart POST) and access-checked, audited downloads."""

from __future__ import annotations

import os

from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from records.models import User
from records.services import audit_record
from telemed.auth import client_ip, role_required

from . import access, events
from .attachments import AttachmentRefused, attachment_for, attachment_post, max_bytes, too_large

ACCESS_STATUS = {"not_found": 404, "forbidden": 403, "closed": 403}
# room for the multipart envelope and a caption around a file of the largest allowed size
MULTIPART_OVERHEAD = 64 * 1024
# The served file may load and run nothing of the site, even opened as a page of its own: a photo
# is sandboxed (no script, no origin), a PDF is left to the browser's own viewer (its scripts, if
# any got through, run in the viewer's sandbox, never with the site's scripts or styles).
PHOTO_POLICY = (
    "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox"
)
PDF_POLICY = (
    "default-src 'none'; object-src 'self'; img-src 'self' data:; style-src 'unsafe-inline'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)


def _error(code: str, detail: str, status: int) -> JsonResponse:
    return JsonResponse({"code": code, "detail": str(detail)}, status=status)


@require_POST
@role_required(User.Role.PATIENT, User.Role.CLINICIAN)
def attachment_upload(request: HttpRequest, consultation_id: int) -> HttpResponse:
    ip = client_ip(request)
    try:
        access.consultation_access(
            user=request.user, consultation_id=consultation_id, need="write", ip=ip
        )
    except access.AccessDenied as exc:
        return _error(exc.code, exc.detail, ACCESS_STATUS.get(exc.code, 403))
    # a body larger than any allowed file is refused before it is read
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > max_bytes() + MULTIPART_OVERHEAD:
        exc = too_large()
        return _error(exc.code, exc.detail, exc.status)
    upload = request.FILES.get("file")
    if upload is None:
        return _error("no_file", _("Choose a photo or a PDF to send."), 400)
    try:
        attachment, message = attachment_post(
            consultation_id=consultation_id,
            user=request.user,
            upload=upload,
            caption=request.POST.get("caption", ""),
            ip=ip,
        )
    except AttachmentRefused as exc:
        return _error(exc.code, exc.detail, exc.status)
    except access.AccessDenied as exc:
        return _error(exc.code, exc.detail, ACCESS_STATUS.get(exc.code, 403))
    info = events.attachment_info(attachment)
    return JsonResponse(
        {
            "id": attachment.pk,
            "url": info["url"],
            "thumbnail_url": info["thumbnail_url"],
            "content_type": attachment.content_type,
            "name": attachment.name,
            "size": attachment.size,
            "message_seq": message.seq,
        },
        status=201,
    )


@require_GET
@role_required(User.Role.PATIENT, User.Role.CLINICIAN, User.Role.ADMIN)
def attachment_file(request: HttpRequest, consultation_id: int, attachment_id: int) -> HttpResponse:
    return _serve(request, consultation_id, attachment_id, thumbnail=False)


@require_GET
@role_required(User.Role.PATIENT, User.Role.CLINICIAN, User.Role.ADMIN)
def attachment_thumbnail(
    request: HttpRequest, consultation_id: int, attachment_id: int
) -> HttpResponse:
    return _serve(request, consultation_id, attachment_id, thumbnail=True)


def _serve(request: HttpRequest, consultation_id: int, attachment_id: int, *, thumbnail: bool):
    """The file to those who may read the consultation (404 for anyone else), one audit row for
    each time it is served."""
    ip = client_ip(request)
    try:
        consultation = access.consultation_access(
            user=request.user, consultation_id=consultation_id, need="read", ip=ip
        )
    except access.AccessDenied as exc:
        raise Http404 from exc
    attachment = attachment_for(consultation=consultation, attachment_id=attachment_id)
    field = None if attachment is None else (attachment.thumbnail if thumbnail else attachment.file)
    if not field:
        raise Http404
    try:
        handle = field.open("rb")
    except (FileNotFoundError, OSError) as exc:
        raise Http404 from exc
    audit_record(
        actor=request.user,
        action="read",
        entity="Attachment",
        entity_id=attachment.pk,
        patient_id=consultation.patient_id,
        ip=ip,
        detail="thumbnail" if thumbnail else "file",
    )
    content_type = "image/jpeg" if thumbnail else attachment.content_type
    response = FileResponse(handle, content_type=content_type)
    name = attachment.name
    if thumbnail:  # what is served is a JPEG, whatever the photo was stored as
        name = f"{os.path.splitext(name)[0]}-thumbnail.jpg"
    response["Content-Disposition"] = content_disposition_header(as_attachment=False, filename=name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = (
        PHOTO_POLICY if content_type.startswith("image/") else PDF_POLICY
    )
    # Never from a cache: a fresh copy would be shown without asking here, to the next user of a
    # shared computer or to a clinician who has since lost access, and health images stay off disk.
    response["Cache-Control"] = "private, no-store"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response
