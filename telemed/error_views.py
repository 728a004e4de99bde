"""Friendly error pages (403, 404, 500) in the user's language; the 500 page needs no database."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """403: the refusal's own sentence (e.g. "You cannot see this record.") when it has one."""
    detail = ""
    if isinstance(exception, PermissionDenied) and exception.args:
        detail = str(exception.args[0])
    return render(request, "403.html", {"detail": detail}, status=403)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """404: the same page whether the thing is missing or belongs to someone else."""
    return render(request, "404.html", {}, status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    """500: rendered without the request context (no session, user or database read)."""
    return HttpResponseServerError(loader.get_template("500.html").render({}))
