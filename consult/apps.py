"""App config for consultations."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultConfig(AppConfig):
    name = "consult"
    verbose_name = _("Consultations")

    def ready(self) -> None:
        from records.signals import report_signed

        from . import access  # noqa: F401  (connects the logout and deactivation receivers)
        from .services import consultation_close_on_sign

        report_signed.connect(
            lambda sender, **kwargs: consultation_close_on_sign(**kwargs),
            weak=False,
            dispatch_uid="consult-close-on-sign",
        )
