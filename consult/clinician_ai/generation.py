"""One streamed model call, shared by ranking and report drafting: its text and its stats."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def generate(
    llm: Any,
    prompt: list[dict[str, str]],
    *,
    on_piece: Callable[[str], None] | None = None,
    **limits: Any,
) -> tuple[str, Any]:
    """Stream `prompt` through `llm` (each piece also to `on_piece`); returns the whole text
    and the call's GenerationStats (None when the engine reported none). `limits` go to
    Engine.stream (max_new_tokens, max_time, stop)."""
    collected: list = []
    pieces: list[str] = []
    for piece in llm.stream(prompt, on_stats=collected.append, **limits):
        pieces.append(piece)
        if on_piece is not None:
            on_piece(piece)
    return "".join(pieces), (collected[0] if collected else None)
