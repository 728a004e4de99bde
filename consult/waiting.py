"""What a waiting patient is told: their place in the queue (the dashboard's order: urgency,
then longest waiting) and how long recent pick-ups took, when there are enough to say."""

from __future__ import annotations

import datetime as dt
import math
import statistics

from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import Consultation
from .selectors import queue_position

# The typical wait is the median pick-up time of the last RECENT_PICKS consultations picked up
# within RECENT_DAYS; with fewer than MIN_PICKS of them nothing is said.
RECENT_PICKS = 20
RECENT_DAYS = 7
MIN_PICKS = 5
# Every waiting page asks every 20 s; the figure is shared for this long (per process).
TYPICAL_WAIT_CACHE_S = 60
TYPICAL_WAIT_KEY = "consult:typical-wait"


def typical_wait(*, now: dt.datetime | None = None) -> tuple[int, int] | None:
    """(median minutes from start to pick-up, how many pick-ups) of recent consultations, or
    None with too few to say."""
    now = now or timezone.now()
    rows = list(
        Consultation.objects.filter(
            picked_at__isnull=False, picked_at__gte=now - dt.timedelta(days=RECENT_DAYS)
        )
        .order_by("-picked_at")
        .values_list("created_at", "picked_at")[:RECENT_PICKS]
    )
    if len(rows) < MIN_PICKS:
        return None
    seconds = statistics.median((picked - created).total_seconds() for created, picked in rows)
    return max(1, math.ceil(seconds / 60)), len(rows)


def waiting_info(consultation: Consultation) -> dict:
    """The waiting box of the patient's room: numbers and the sentences that say them."""
    if consultation.status != Consultation.Status.WAITING:
        return {"status": consultation.status, "position": None, "typical_wait_minutes": None}
    position = queue_position(consultation)
    ahead = position - 1
    if ahead == 0:
        position_text = _("You are next in the queue.")
    else:
        position_text = ngettext(
            "There is %(n)d person ahead of you in the queue.",
            "There are %(n)d people ahead of you in the queue.",
            ahead,
        ) % {"n": ahead}
    typical = cache.get_or_set(TYPICAL_WAIT_KEY, typical_wait, TYPICAL_WAIT_CACHE_S)
    minutes, count = typical if typical is not None else (None, 0)
    wait_text = ""
    if minutes is not None:
        wait_text = ngettext(
            "Recently a clinician joined after about %(n)d minute (the middle of the last "
            "%(count)d waits).",
            "Recently a clinician joined after about %(n)d minutes (the middle of the last "
            "%(count)d waits).",
            minutes,
        ) % {"n": minutes, "count": count}
    return {
        "status": consultation.status,
        "position": position,
        "ahead": ahead,
        "typical_wait_minutes": minutes,
        "position_text": position_text,
        "wait_text": wait_text,
        "note": _("More urgent consultations are seen first, so your place can change."),
    }

