"""Email backends for the tests: one that refuses every message, one that fails twice first."""

from __future__ import annotations

import smtplib

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend


class RefusingBackend(LocmemBackend):
    """The mail server is unreachable: every send raises."""

    calls = 0

    def send_messages(self, messages):
        type(self).calls += 1
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


class FlakyBackend(LocmemBackend):
    """Fails the first two sends with a temporary SMTP error, then delivers to the outbox."""

    calls = 0

    def send_messages(self, messages):
        type(self).calls += 1
        if type(self).calls <= 2:
            raise smtplib.SMTPResponseException(451, b"4.3.0 Try again later")
        return super().send_messages(messages)


def outbox() -> list:
    return getattr(mail, "outbox", [])
