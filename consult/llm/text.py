"""Text handling shared by every engine and the sentence gate (no torch, no Django): stop-string
hold-back while streaming, sentence boundaries, and tidying raw model output for display."""

from __future__ import annotations

import re

__all__ = ["clean_reply", "sentence_ends", "stop_holdback"]


def stop_holdback(text: str, stops: list[str]) -> int:
    """Length of the longest suffix of `text` that is a proper prefix of some stop string."""
    best = 0
    for stop in stops:
        for k in range(min(len(stop) - 1, len(text)), best, -1):
            if text.endswith(stop[:k]):
                best = k
                break
    return best


_TEMPLATE_TOKEN = re.compile(r"<\|[^|<>]{1,40}\|>|</?s>")
_TURN_START = re.compile(r"<\|im_start\|>\s*(assistant|system|user)?\s*", re.IGNORECASE)
_LEADING_ROLE = re.compile(r"^\s*(?:assistant|ai|bot)\s*[:：]\s*", re.IGNORECASE)
_NEXT_TURN = re.compile(r"(?:^|\n)\s*(?:user|human|system|assistant)\s*[:：]", re.IGNORECASE)
# A sentence ends at . ! ? (plus closing quotes/brackets) before whitespace or the end,
# or right after a CJK terminator.
_SENTENCE_END = re.compile(
    r"(?:[.!?]+[\"'”’)\]]*(?=\s|$)|[。！？]+[”’」』）]*)"
)


def sentence_ends(text: str) -> list[int]:
    return [m.end() for m in _SENTENCE_END.finditer(text)]


def clean_reply(
    text: str, max_sentences: int | None = None, *, drop_incomplete: bool = True
) -> str:
    """Tidy raw model output for display.

    Strips chat-template tokens and role markers, cuts hallucinated next turns, collapses
    whitespace, keeps at most `max_sentences`, and (with `drop_incomplete`, typically when
    generation hit its token or time limit) drops an unfinished trailing sentence.
    """
    text = text or ""
    # A new turn marker after some content means the model started writing the next turn.
    first = _TURN_START.match(text)
    if first:
        text = text[first.end():]
    for marker in ("<|im_start|>", "<|im_end|>", "<|endoftext|>"):
        idx = text.find(marker)
        if idx >= 0:
            text = text[:idx]
    text = _TEMPLATE_TOKEN.sub("", text)
    text = _LEADING_ROLE.sub("", text)
    nxt = _NEXT_TURN.search(text)
    if nxt and nxt.start() > 0:
        text = text[: nxt.start()]

    lines = [re.sub(r"[ \t\u00a0\u3000]+", " ", line).strip() for line in text.splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()

    ends = sentence_ends(text)
    if max_sentences is not None and max_sentences > 0 and len(ends) > max_sentences:
        text = text[: ends[max_sentences - 1]]
    elif drop_incomplete and ends and ends[-1] < len(text):
        text = text[: ends[-1]]
    return text.strip()
