"""The Celery app: workers run AI jobs (the language model) outside the web process."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "telemed.settings")

app = Celery("telemed")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
