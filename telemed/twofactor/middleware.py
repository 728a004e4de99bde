"""HTTP enforcement: staff pass the second factor before anything clinical; idle staff log out."""

from __future__ import annotations

import time
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _

from . import core

# Reachable by a signed-in clinician or admin who has not passed the second factor yet.
OPEN_URL_NAMES = {"landing", "login", "logout", "signup", "healthz", "set_language", "admin:logout"}
OPEN_NAMESPACES = {"twofactor"}
# Requests a page makes by itself (polling) that must not count as staff activity.
BACKGROUND_URL_NAMES = {"consult:dashboard_queue"}
# Below this many seconds since the last recorded activity the session is not rewritten.
ACTIVITY_GRANULARITY = 10


def wants_json(request: HttpRequest) -> bool:
    accept = request.headers.get("Accept", "")
    return (
        request.path.endswith(".json")
        or request.path.startswith("/fhir/")
        or ("application/json" in accept and "text/html" not in accept)
        or request.headers.get("X-Requested-With") == "XMLHttpRequest"
    )


def _route(request: HttpRequest) -> tuple[str, str]:
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return "", ""
    return match.view_name, match.namespace


def _with_next(url: str, request: HttpRequest) -> str:
    if request.method != "GET":
        return url
    return f"{url}?{urlencode({'next': request.get_full_path()})}"


class StaffIdleTimeoutMiddleware:
    """HIPAA automatic logoff: `TELEMED_STAFF_IDLE_TIMEOUT` seconds without a request end a
    clinician's or admin's session. Patients keep the normal session age."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        timeout = core.idle_timeout()
        if timeout > 0 and core.is_staff_user(user):
            now = time.time()
            if core.session_idle_expired(user, request.session, now):
                logout(request)
                return self._expired(request)
            view_name, _ns = _route(request)
            last = request.session.get(core.LAST_ACTIVITY_KEY)
            if view_name not in BACKGROUND_URL_NAMES or last is None:
                if last is None or now - float(last) >= ACTIVITY_GRANULARITY:
                    request.session[core.LAST_ACTIVITY_KEY] = int(now)
                    # The server-side session dies with the idle clock too.
                    request.session.set_expiry(timeout)
        return self.get_response(request)

    def _expired(self, request: HttpRequest) -> HttpResponse:
        detail = _("You were signed out after a period of inactivity. Please log in again.")
        if wants_json(request):
            return JsonResponse({"code": "session_expired", "detail": detail}, status=401)
        messages.info(request, detail)
        return redirect(_with_next(reverse("login"), request))


class SecondFactorRequiredMiddleware:
    """With `TELEMED_REQUIRE_2FA` on, a signed-in clinician or admin who has not passed the
    second factor in this session reaches only the open pages and the two-factor pages:
    HTML requests go to enrolment or verification, JSON requests get 403."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if not core.enforced() or not core.is_staff_user(user) or user.is_verified():
            return self.get_response(request)
        view_name, namespace = _route(request)
        if view_name in OPEN_URL_NAMES or namespace in OPEN_NAMESPACES:
            return self.get_response(request)
        step = "twofactor:verify" if core.has_authenticator(user) else "twofactor:setup"
        if wants_json(request):
            return JsonResponse(
                {
                    "code": "second_factor_required",
                    "detail": _("Confirm your sign-in with your second factor first."),
                    "url": reverse(step),
                },
                status=403,
            )
        return redirect(_with_next(reverse(step), request))
