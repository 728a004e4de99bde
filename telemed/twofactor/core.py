"""Who needs a second factor, whether a session has passed one, enrolment and reset."""

from __future__ import annotations

import time

from django.conf import settings
from django.db import transaction
from django.dispatch import Signal
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

BACKUP_CODE_COUNT = 10
LAST_ACTIVITY_KEY = "telemed_last_activity"
NEW_CODES_KEY = "twofactor_new_codes"


def is_staff_user(user) -> bool:
    """Clinicians and admins (and anyone who can open Django admin)."""
    if user is None or not user.is_authenticated:
        return False
    return (
        getattr(user, "role", "") in ("clinician", "admin") or user.is_staff or user.is_superuser
    )


def enforced() -> bool:
    return bool(getattr(settings, "TELEMED_REQUIRE_2FA", False))


def idle_timeout() -> int:
    return int(getattr(settings, "TELEMED_STAFF_IDLE_TIMEOUT", 900) or 0)


def session_device(user, session) -> Device | None:
    """The confirmed device of `user` this session was verified with, if any."""
    persistent_id = session.get(DEVICE_ID_SESSION_KEY)
    if not persistent_id or user is None or not user.is_authenticated:
        return None
    device = Device.from_persistent_id(persistent_id)
    if device is None or device.user_id != user.pk or not device.confirmed:
        return None
    return device


def has_authenticator(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def pending_authenticator(user) -> TOTPDevice:
    """The unconfirmed authenticator being enrolled (created on first use)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    return device


def new_backup_codes(user) -> list[str]:
    """Replace the user's backup codes with fresh single-use ones; returns them once."""
    with transaction.atomic():
        StaticDevice.objects.filter(user=user).delete()
        device = StaticDevice.objects.create(user=user, name="backup", confirmed=True)
        codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=c) for c in codes)
    return codes


def backup_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def confirm_authenticator(user, device: TOTPDevice, token: str) -> bool:
    """Confirm an enrolling authenticator with a code it generated."""
    if device.user_id != user.pk or not device.verify_token(_digits(token)):
        return False
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
    return True


def verify_second_factor(user, token: str) -> Device | None:
    """The device (authenticator first, then backup codes) that accepts `token`, if any.

    A backup code is consumed by its use; wrong codes count towards django-otp's throttling.
    """
    token = token.strip().replace(" ", "").replace("-", "")
    if not token:
        return None
    with transaction.atomic():
        if token.isdigit():
            for device in TOTPDevice.objects.select_for_update().filter(user=user, confirmed=True):
                if device.verify_token(token):
                    return device
        for device in StaticDevice.objects.select_for_update().filter(user=user, confirmed=True):
            if device.verify_token(token.lower()):
                return device
    return None


def is_throttled(user) -> bool:
    devices = list(TOTPDevice.objects.filter(user=user, confirmed=True))
    return bool(devices) and not any(d.verify_is_allowed()[0] for d in devices)


# Sent after commit with user=: every open socket of that user must close (the consult app listens).
second_factor_reset = Signal()


def reset_second_factor(user, *, actor=None, ip: str | None = None) -> int:
    """Delete every device of `user` (they enrol again at next login); returns how many."""
    with transaction.atomic():
        count = TOTPDevice.objects.filter(user=user).count()
        count += StaticDevice.objects.filter(user=user).count()
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
        _audit(actor, "update", user, ip, "second factor reset")
        transaction.on_commit(lambda: second_factor_reset.send(sender=None, user=user))
    return count


def audit_enrolment(user, ip: str | None) -> None:
    _audit(user, "create", user, ip, "second factor enrolled")


def audit_failed_code(user, ip: str | None) -> None:
    from records.services import audit_refusal

    audit_refusal(actor=user, entity="SecondFactor", entity_id=user.pk, ip=ip, detail="wrong code")


def start_idle_clock(sender, request, user, **kwargs) -> None:
    """Signal receiver: a fresh login starts the staff idle clock."""
    if request is not None and hasattr(request, "session"):
        request.session[LAST_ACTIVITY_KEY] = int(time.time())


def session_idle_expired(user, session, now: float | None = None) -> bool:
    timeout = idle_timeout()
    if timeout <= 0 or not is_staff_user(user):
        return False
    last = session.get(LAST_ACTIVITY_KEY)
    return last is not None and (now or time.time()) - float(last) > timeout


def _digits(token: str) -> str:
    return "".join(ch for ch in token if ch.isdigit())


def _audit(actor, action: str, user, ip: str | None, detail: str) -> None:
    from records.services import audit_record

    audit_record(
        actor=actor, action=action, entity="SecondFactor", entity_id=user.pk, ip=ip, detail=detail
    )
