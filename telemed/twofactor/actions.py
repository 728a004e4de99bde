"""The admin action "reset two-factor authentication" for the user admin."""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from telemed.auth import client_ip

from . import core


@admin.action(description=_("Reset two-factor authentication"), permissions=["change"])
def reset_two_factor(modeladmin, request, queryset) -> None:
    """Delete the selected users' authenticators and backup codes; they enrol again."""
    count = 0
    for user in queryset:
        core.reset_second_factor(user, actor=request.user, ip=client_ip(request))
        count += 1
    modeladmin.message_user(
        request,
        ngettext(
            "Two-factor authentication was reset for %(count)d user.",
            "Two-factor authentication was reset for %(count)d users.",
            count,
        )
        % {"count": count},
        messages.SUCCESS,
    )
