"""App config for the EMR."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RecordsConfig(AppConfig):
    name = "records"
    verbose_name = _("Medical records")

    def ready(self) -> None:
        from . import language  # noqa: F401  (connects the login receiver)
