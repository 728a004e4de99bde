"""What a worker process runs beside its jobs: the heartbeat of its jobs and the sweeper."""

from __future__ import annotations

import logging
import threading
import time

from django.db import close_old_connections

from . import jobs

logger = logging.getLogger(__name__)

SWEEP_EVERY_S = 5.0

_started = threading.Event()


def _loop(every: float, action, name: str) -> None:
    """Runs for the life of the (daemon) thread, so for the life of the worker process."""
    while True:
        try:
            action()
        except Exception:  # a database hiccup must not end the loop
            logger.exception("%s failed", name)
        finally:
            close_old_connections()
        time.sleep(every)


def start() -> None:
    """Start the heartbeat and sweeper threads once per process."""
    if _started.is_set():
        return
    _started.set()
    for every, action, name in (
        (jobs.HEARTBEAT_S, jobs.beat, "heartbeat"),
        (SWEEP_EVERY_S, jobs.sweep, "sweeper"),
    ):
        threading.Thread(
            target=_loop, args=(every, action, name), name=f"ai-{name}", daemon=True
        ).start()
