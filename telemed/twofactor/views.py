"""Enrolment of an authenticator app, verification at sign-in, and backup codes."""

from __future__ import annotations

from base64 import b32encode
from urllib.parse import urlencode

import qrcode
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login

from telemed.auth import client_ip

from . import core


def qr_svg(data: str, label: str) -> SafeString:
    """The QR code of `data` as inline SVG: no image library, no request to anywhere."""
    code = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(data)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix)
    path = "".join(
        f"M{x} {y}h1v1h-1z" for y, row in enumerate(matrix) for x, on in enumerate(row) if on
    )
    return mark_safe(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="240" '
        f'height="240" shape-rendering="crispEdges" role="img" aria-label="{escape(label)}" '
        f'class="qr-code" data-testid="qr-code"><rect width="{size}" height="{size}" '
        f'fill="#fff"/><path d="{path}" fill="#000"/></svg>'
    )


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("after_login")


def _step(name: str, next_url: str) -> str:
    return f"{reverse(name)}?{urlencode({'next': next_url})}"


def _staff_only(request: HttpRequest) -> HttpResponse | None:
    if not core.is_staff_user(request.user):
        return redirect("after_login")
    return None


def _group(secret: str) -> str:
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@never_cache
@sensitive_post_parameters("token")
@login_required
def setup(request: HttpRequest) -> HttpResponse:
    """Show a new authenticator's QR code and secret; confirm it with a code it generated."""
    if (refused := _staff_only(request)) is not None:
        return refused
    if core.has_authenticator(request.user):
        if request.user.is_verified():
            return redirect("twofactor:backup_codes")
        return redirect(_step("twofactor:verify", _next_url(request)))
    device = core.pending_authenticator(request.user)
    error = ""
    if request.method == "POST":
        if core.confirm_authenticator(request.user, device, request.POST.get("token", "")):
            request.session.cycle_key()
            otp_login(request, device)
            core.audit_enrolment(request.user, client_ip(request))
            request.session[core.NEW_CODES_KEY] = core.new_backup_codes(request.user)
            return redirect(_step("twofactor:backup_codes", _next_url(request)))
        core.audit_failed_code(request.user, client_ip(request))
        error = _("That code did not match. Check the clock of your phone and try again.")
    secret = b32encode(device.bin_key).decode().rstrip("=")
    context = {
        "qr": qr_svg(device.config_url, _("QR code for your authenticator app")),
        "secret": _group(secret),
        "error": error,
        "next": _next_url(request),
    }
    return render(request, "twofactor/setup.html", context, status=400 if error else 200)


@never_cache
@sensitive_post_parameters("token")
@login_required
def verify(request: HttpRequest) -> HttpResponse:
    """Ask a signed-in clinician or admin for an authenticator or backup code."""
    if (refused := _staff_only(request)) is not None:
        return refused
    if not core.has_authenticator(request.user):
        return redirect(_step("twofactor:setup", _next_url(request)))
    if request.user.is_verified():
        return redirect(_next_url(request))
    error = ""
    if request.method == "POST":
        throttled = core.is_throttled(request.user)
        device = core.verify_second_factor(request.user, request.POST.get("token", ""))
        if device is not None:
            request.session.cycle_key()
            otp_login(request, device)
            return redirect(_next_url(request))
        core.audit_failed_code(request.user, client_ip(request))
        if throttled:
            error = _("Too many wrong codes. Wait a little before trying again.")
        else:
            error = _("That code is not valid. Try again.")
    context = {"error": error, "next": _next_url(request)}
    return render(request, "twofactor/verify.html", context, status=400 if error else 200)


@never_cache
@login_required
def backup_codes(request: HttpRequest) -> HttpResponse:
    """Show newly issued backup codes once; a verified user may issue a new set."""
    if (refused := _staff_only(request)) is not None:
        return refused
    if not request.user.is_verified():
        return redirect("twofactor:verify")
    if request.method == "POST":
        request.session[core.NEW_CODES_KEY] = core.new_backup_codes(request.user)
        return redirect("twofactor:backup_codes")
    codes = request.session.pop(core.NEW_CODES_KEY, None)
    context = {
        "codes": codes,
        "left": core.backup_codes_left(request.user),
        "next": _next_url(request),
    }
    return render(request, "twofactor/backup_codes.html", context)
