"""Every server frame is built here, and pushed to WebSocket groups (on commit, or at once)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction
from django.utils.translation import get_language

from .triage import redflags

DASHBOARD_GROUP = "dashboard"
SEND_TIMEOUT_S = 10.0


def consult_group(consultation_id: int) -> str:
    """Everyone allowed in the room: patient and clinicians."""
    return f"consult.{consultation_id}"


def staff_group(consultation_id: int) -> str:
    """Clinician sockets of a room only: AI suggestions and drafts never reach the patient."""
    return f"consult.{consultation_id}.staff"


def user_group(user_id: int) -> str:
    """Every socket of one user, so that logout or deactivation reaches all of them."""
    return f"user.{user_id}"


# --- sending --------------------------------------------------------------------------------


class _LoopSender:
    """One event loop thread per worker process for channel-layer sends from many job threads
    (async_to_sync would build an event loop, and Redis connections, for every token batch)."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        threading.Thread(target=self.loop.run_forever, name="channel-sends", daemon=True).start()

    def send(self, group: str, message: dict[str, Any]) -> None:
        future = asyncio.run_coroutine_threadsafe(
            get_channel_layer().group_send(group, message), self.loop
        )
        future.result(timeout=SEND_TIMEOUT_S)


_sender: _LoopSender | None = None
_sender_lock = threading.Lock()


def use_background_loop() -> None:
    """Called once in a worker process that runs many jobs on threads."""
    global _sender
    with _sender_lock:
        if _sender is None:
            _sender = _LoopSender()


def send_now(group: str, frame: dict[str, Any]) -> None:
    """A frame the consumers forward to their clients, serialised once here (`text`) rather
    than by every socket of the group."""
    send_event_now(group, {"type": "frame.send", "frame": frame, "text": json.dumps(frame)})


def send_frames_on_commit(group: str, frames: list[dict[str, Any]]) -> None:
    """Several frames in this order as one group message (one Redis round trip)."""
    texts = [json.dumps(frame) for frame in frames]
    transaction.on_commit(
        lambda: send_event_now(group, {"type": "frame.send", "texts": texts})
    )


def send_on_commit(group: str, frame: dict[str, Any]) -> None:
    transaction.on_commit(lambda: send_now(group, frame))


_collected: ContextVar[list | None] = ContextVar("consult_collected_sends", default=None)


@contextmanager
def sends_collected() -> Iterator[list[tuple[str, dict[str, Any]]]]:
    """Within this block (on a thread a consumer called), group sends are collected in order
    for the consumer to make on its own event loop afterwards, instead of each hopping to the
    loop and back while the thread waits. If the block raises, what was collected (stored and
    committed already) is sent at once, the usual way."""
    box: list[tuple[str, dict[str, Any]]] = []
    token = _collected.set(box)
    try:
        yield box
    except BaseException:
        _collected.reset(token)
        token = None
        for group, event in box:
            send_event_now(group, event)
        raise
    finally:
        if token is not None:
            _collected.reset(token)


def send_event_now(group: str, event: dict[str, Any]) -> None:
    """A message for the consumers themselves (not forwarded to clients), e.g. access.revoked."""
    box = _collected.get()
    if box is not None:
        box.append((group, event))
        return
    if _sender is not None:
        _sender.send(group, event)
    else:
        async_to_sync(get_channel_layer().group_send)(group, event)


def send_event_on_commit(group: str, event: dict[str, Any]) -> None:
    transaction.on_commit(lambda: send_event_now(group, event))


def session_hash(session_key: str | None) -> str | None:
    """What travels in revoke events instead of the session key itself."""
    if not session_key:
        return None
    return hashlib.sha256(session_key.encode()).hexdigest()[:32]


def access_revoked_event(
    *, reason: str, consultation_id: int | None = None, session_hash: str | None = None
) -> dict[str, Any]:
    """Tells sockets to re-check their access (and close with 4403 when it is gone). With
    `session_hash`, the sockets of that login session close without asking."""
    return {
        "type": "access.revoked",
        "reason": reason,
        "consultation": consultation_id,
        "session": session_hash,
    }


# --- frames ---------------------------------------------------------------------------------


def error_frame(code: str, detail: str) -> dict[str, str]:
    return {"type": "error", "code": code, "detail": str(detail)}


def attachment_info(attachment) -> dict:
    """What a chat client needs to show an attachment; the url checks access on every fetch."""
    base = f"/consult/{attachment.consultation_id}/attachments/{attachment.pk}/"
    return {
        "id": attachment.pk,
        "url": base,
        "thumbnail_url": f"{base}thumbnail/" if attachment.thumbnail else None,
        "content_type": attachment.content_type,
        "name": attachment.name,
        "size": attachment.size,
    }


def message_frame(message) -> dict:
    frame = {
        "type": "message",
        "seq": message.seq,
        "id": message.pk,
        "sender": message.sender,
        "body": message.body,
        "created": message.created_at.isoformat(),
        "client_id": str(message.client_id) if message.client_id else None,
    }
    if message.attachment_id is not None:
        frame["attachment"] = attachment_info(message.attachment)
    return frame


def red_flag_labels(codes: list[str]) -> list[str]:
    """Human labels of red-flag codes in the active language."""
    zh = (get_language() or "en").startswith("zh")
    labels = []
    for code in codes:
        try:
            rule = redflags.rule(code)
        except KeyError:
            labels.append(code)
            continue
        labels.append(rule.label_zh if zh else rule.label_en)
    return labels


def assessment_summary(consultation) -> str:
    """The clinician-facing summary in the active language when the assessment has one."""
    triage = consultation.triage or {}
    if (get_language() or "en").startswith("zh") and triage.get("summary_zh"):
        return triage["summary_zh"]
    return consultation.ai_summary or ", ".join(consultation.red_flags)


def triage_frame(consultation) -> dict:
    return {
        "type": "triage",
        "urgency": consultation.urgency,
        "red_flags": list(consultation.red_flags),
        "red_flag_labels": red_flag_labels(consultation.red_flags),
        "summary": assessment_summary(consultation),
        "assessment": consultation.triage,
    }


def status_frame(consultation) -> dict:
    return {
        "type": "consultation.status",
        "status": consultation.status,
        "status_label": str(consultation.get_status_display()),
        "clinician": consultation.clinician.full_name if consultation.clinician else None,
    }


def queue_changed_frame(consultation) -> dict:
    """No health data: each dashboard refetches the queue it is allowed to see."""
    return {
        "type": "queue.changed",
        "consultation": consultation.pk,
        "status": consultation.status,
        "urgency": consultation.urgency,
    }


def ai_start_frame(job) -> dict:
    return {"type": "ai.start", "job": str(job.pk), "attempt": job.attempts}


def ai_token_frame(job_id: int | str, text: str) -> dict:
    return {"type": "ai.token", "job": str(job_id), "text": text}


def ai_done_frame(job, seq: int | None) -> dict:
    return {"type": "ai.done", "job": str(job.pk), "seq": seq}


def ai_error_frame(job, detail: str, **extra: Any) -> dict:
    return {"type": "ai.error", "job": str(job.pk), **extra, "detail": str(detail)}


def ai_queued_frame(job) -> dict:
    return {"type": "ai.queued", "job": str(job.pk), "kind": job.kind}


def ai_suggestions_frame(items: list[dict], fallback: bool, model: str) -> dict:
    return {"type": "ai.suggestions", "items": items, "fallback": fallback, "model": model}


def report_draft_frame(report, sections: dict, fallback: bool, model: str) -> dict:
    return {
        "type": "report.draft",
        "report": report.pk,
        "url": f"/records/reports/{report.pk}/edit/",
        "sections": sections,
        "fallback": fallback,
        "model": model,
    }


def suggestion_decided_frame(job, index: int, decision: dict) -> dict:
    """The clinician's accept/dismiss, without who decided (the staff group sees the room)."""
    return {
        "type": "ai.suggestion.decided",
        "job": str(job.pk),
        "index": index,
        "kind": "suggest",
        **{k: v for k, v in decision.items() if k != "by"},
    }
