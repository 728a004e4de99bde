"""Who may read, write in or act on a consultation: `consultation_access` returns it or raises
AccessDenied, for every view, socket action and service (Zulip's `access_stream_by_id` shape).

Refusals are audited here, so callers should ask before opening their own transaction (a row
written inside a transaction that rolls back is lost)."""

from __future__ import annotations

import logging
import uuid
from typing import Literal

from django.contrib.auth.signals import user_logged_out
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.translation import gettext as _

from records import services as records_services
from records.models import User
from telemed.twofactor.core import second_factor_reset

from . import events, store
from .errors import ConsultError
from .models import Consultation
from .selectors import consultation_visible_q, user_can_write, user_is_assigned_clinician

logger = logging.getLogger(__name__)

Need = Literal["read", "write", "assigned"]


class AccessDenied(ConsultError):
    """`code`: not_found (nothing this user may see), forbidden, or closed (no more writing)."""


def consultation_access(
    *,
    user: User,
    consultation_id: int,
    need: Need = "read",
    ip: str | None = None,
    audit: bool = True,
) -> Consultation:
    """The consultation when `user` may `need` it:

    - read: the patient, clinicians while it waits or when assigned to them, admins;
    - write (post messages): the patient and the assigned clinician, while it is not closed;
    - assigned: the assigned clinician only (AI tools, suggestions, close).
    """
    try:
        return _check(user, consultation_id, need)
    except AccessDenied as exc:
        if audit:
            audit_denied(user=user, consultation_id=consultation_id, need=need, exc=exc, ip=ip)
        raise


def audit_denied(
    *, user: User, consultation_id: int, need: Need, exc: AccessDenied, ip: str | None
) -> None:
    """The audit row of a refusal (written outside the transaction that found it)."""
    records_services.audit_refusal(
        actor=user if getattr(user, "is_authenticated", False) else None,
        entity="Consultation",
        entity_id=consultation_id,
        ip=ip,
        detail=f"{need}: {exc.code}",
    )


def lock_for(
    *, user: User, consultation_id: int, need: Need, client_id: uuid.UUID | None = None
) -> Consultation:
    """The same rule as consultation_access in the statement that locks the row for a write
    (see store.lock_for_post). Not audited: the transaction rolls back on AccessDenied, so the
    caller audits afterwards (audit_denied)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        raise AccessDenied("not_found", _("No such consultation."))
    consultation = store.lock_for_post(
        consultation_id, where=consultation_visible_q(user), client_id=client_id
    )
    _require_need(user, consultation, need)
    return consultation


def _check(user: User, consultation_id: int, need: Need) -> Consultation:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        raise AccessDenied("not_found", _("No such consultation."))
    consultation = (
        Consultation.objects.filter(consultation_visible_q(user), pk=consultation_id)
        .select_related("patient", "clinician", "patient__user", "clinician__user")
        .first()
    )
    _require_need(user, consultation, need)
    return consultation


def _require_need(user: User, consultation: Consultation | None, need: Need) -> None:
    if consultation is None:
        raise AccessDenied("not_found", _("No such consultation."))
    if need == "write" and not user_can_write(user=user, consultation=consultation):
        if consultation.status == Consultation.Status.CLOSED:
            raise AccessDenied("closed", _("This consultation is closed."))
        raise AccessDenied("forbidden", _("You cannot write in this consultation."))
    if need == "assigned" and not user_is_assigned_clinician(user=user, consultation=consultation):
        raise AccessDenied("forbidden", _("Only the assigned clinician can do this."))


def taken_by(*, user: User, consultation_id: int) -> str | None:
    """The name of the colleague who picked up a consultation that `user`, a clinician, can no
    longer open (for the refusal page); None for anyone else and anything else."""
    if not getattr(user, "is_authenticated", False) or user.role != User.Role.CLINICIAN:
        return None
    return (
        Consultation.objects.filter(pk=consultation_id, clinician__isnull=False)
        .exclude(clinician__user_id=user.pk)
        .values_list("clinician__full_name", flat=True)
        .first()
    )


def can_access(*, user: User, consultation_id: int, need: Need = "read") -> bool:
    """The same rule as a yes/no (no audit row), for choosing what a page shows."""
    try:
        _check(user, consultation_id, need)
    except AccessDenied:
        return False
    return True


# --- when access ends, open sockets are told (they re-check and close with 4403) -------------


@receiver(user_logged_out, dispatch_uid="consult-sockets-logout")
def _sockets_close_on_logout(sender, request, user, **kwargs) -> None:
    """The sockets of the session that logged out close; the user's other sessions stay."""
    if user is None:
        return
    key = getattr(getattr(request, "session", None), "session_key", None)
    _notify(
        events.user_group(user.pk),
        events.access_revoked_event(reason="logout", session_hash=events.session_hash(key)),
    )


@receiver(post_save, sender=User, dispatch_uid="consult-sockets-deactivated")
def _sockets_close_on_deactivation(sender, instance: User, created: bool, **kwargs) -> None:
    if created or instance.is_active:
        return
    transaction.on_commit(
        lambda: _notify(
            events.user_group(instance.pk), events.access_revoked_event(reason="deactivated")
        )
    )


@receiver(second_factor_reset, dispatch_uid="consult-sockets-2fa-reset")
def _sockets_close_on_second_factor_reset(sender, user: User, **kwargs) -> None:
    """After an admin reset, every open socket of the user closes: they verify again."""
    _notify(events.user_group(user.pk), events.access_revoked_event(reason="second_factor_reset"))


def _notify(group: str, event: dict) -> None:
    try:
        events.send_event_now(group, event)
    except Exception as exc:  # noqa: BLE001 - the periodic socket check still closes them
        logger.warning("could not tell sockets that access ended: %s", type(exc).__name__)
