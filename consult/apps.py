"""App config for consultations."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultConfig(AppConfig):
    name = "consult"
    verbose_name = _("Consultations")

    def ready(self) -> None:
        # Signing a report no longer closes the consultation: the clinician writes a last
        # message and closes it (consult.services.consultation_close).
        from records.signals import report_signed

        from . import access  # noqa: F401  (connects the logout and deactivation receivers)
        from .notifications import report_signed_notify

        report_signed.connect(
            lambda sender, **kwargs: report_signed_notify(**kwargs),
            weak=False,
            dispatch_uid="consult-notify-on-sign",
        )
