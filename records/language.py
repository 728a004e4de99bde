"""The user's own language, kept so that what reaches them outside a request (emails) is in it."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.views.i18n import set_language as django_set_language

from .models import User

SUPPORTED = {code for code, _ in settings.LANGUAGES}


def user_language(user: User) -> str:
    """The language to write to this user in: their own, else the site's."""
    return user.language if user.language in SUPPORTED else settings.LANGUAGE_CODE


def user_language_remember(*, user: User, language: str | None) -> None:
    if language in SUPPORTED and user.pk and user.language != language:
        User.objects.filter(pk=user.pk).update(language=language)
        user.language = language


@receiver(user_logged_in)
def _remember_on_login(sender, request: HttpRequest, user: User, **kwargs) -> None:
    user_language_remember(user=user, language=translation.get_language())


def set_language(request: HttpRequest) -> HttpResponse:
    """Django's language switch, also remembered for a signed-in user."""
    response = django_set_language(request)
    if request.method == "POST" and request.user.is_authenticated:
        user_language_remember(user=request.user, language=request.POST.get("language"))
    return response
