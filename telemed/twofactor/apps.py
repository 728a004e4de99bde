"""App config: wires the login signal that starts the staff idle clock."""

from django.apps import AppConfig


class TwoFactorConfig(AppConfig):
    name = "telemed.twofactor"
    label = "twofactor"
    verbose_name = "Two-factor authentication"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from .core import start_idle_clock

        user_logged_in.connect(start_idle_clock, dispatch_uid="twofactor-idle-clock")
