"""Batches streamed model text into few `ai.token` frames (not one channel message per token)."""

from __future__ import annotations

import time
from collections.abc import Callable

from . import events

FLUSH_INTERVAL_S = 0.05
FLUSH_PIECES = 4


class TokenBatcher:
    """Collects text pieces and sends them to a group about every 50 ms or every few pieces.

    The first piece goes out at once so the time to first token is not delayed.
    """

    def __init__(
        self,
        group: str,
        job_id: int,
        *,
        send: Callable[[str, dict], None] = events.send_now,
        interval: float = FLUSH_INTERVAL_S,
        max_pieces: int = FLUSH_PIECES,
    ) -> None:
        self.group = group
        self.job_id = str(job_id)
        self._send = send
        self.interval = interval
        self.max_pieces = max_pieces
        self._buffer: list[str] = []
        self._last_flush = 0.0
        self.frames_sent = 0
        self.first_sent_at: float | None = None

    def add(self, piece: str) -> None:
        if not piece:
            return
        self._buffer.append(piece)
        now = time.monotonic()
        if (
            self.frames_sent == 0
            or len(self._buffer) >= self.max_pieces
            or now - self._last_flush >= self.interval
        ):
            self.flush()

    def flush(self) -> None:
        if not self._buffer:
            return
        text = "".join(self._buffer)
        self._buffer.clear()
        self._send(self.group, events.ai_token_frame(self.job_id, text))
        self._last_flush = time.monotonic()
        if self.first_sent_at is None:
            self.first_sent_at = self._last_flush
        self.frames_sent += 1
