"""The Celery app: workers run AI jobs (the language model) and send notification emails outside
the web process; beat queues the follow-up reminders hourly."""

import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "telemed.settings")

app = Celery("telemed")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
app.conf.beat_schedule = {
    "follow-up-reminders": {
        "task": "consult.tasks.send_follow_up_reminders",
        "schedule": crontab(minute=7),
    },
}
