"""The red-flag screen of chat messages in a helper process, so its regexes do not hold the web
process's GIL while that process relays everyone's chat (issue 10).

The screen is pure code (consult.triage.redflags) and runs after each patient message; in the
web process its ~1-2 ms of Python stalled every socket's event loop for that long. Here one
helper process per web process runs it while the calling chat thread waits without the GIL.
Whatever goes wrong with the helper (it could not start, died, or is slow), the screen runs in
this process instead: a patient message is always screened.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from django.conf import settings

from ..triage import redflags

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
# Set by start(), which only the web process calls (telemed/asgi.py): Celery workers and
# management commands screen in process and never start a helper.
_started = False


def _warm() -> None:
    """Import and compile the rules once, when the helper starts."""
    redflags.screen_conversation(["warm up"])


def _executor() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            # spawn: a fork of a web process would copy its threads' held locks.
            context = multiprocessing.get_context("spawn")
            _pool = ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_warm)
        return _pool


def _discard(pool: ProcessPoolExecutor) -> None:
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


def start() -> None:
    """Start the helper now (web process start-up), so the first message does not wait for it."""
    global _started
    if settings.TELEMED_SCREEN_PROCESS:
        _started = True
        _executor().submit(_warm)


def screen_conversation(texts: Sequence[str]) -> list[redflags.RedFlag]:
    """`redflags.screen_conversation(texts)`, in the helper process when this is a web process
    and TELEMED_SCREEN_PROCESS is on, else (or if the helper fails in any way) here."""
    if not (_started and settings.TELEMED_SCREEN_PROCESS):
        return redflags.screen_conversation(texts)
    pool = _executor()
    try:
        future = pool.submit(redflags.screen_conversation, list(texts))
        return future.result(timeout=settings.TELEMED_SCREEN_PROCESS_TIMEOUT_S)
    except Exception as exc:  # noqa: BLE001 - a dead, broken or slow helper: screen here
        logger.warning("screen process unavailable (%s); screening in process", type(exc).__name__)
        _discard(pool)
        return redflags.screen_conversation(texts)
