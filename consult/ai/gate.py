"""Releases patient-facing model text sentence by sentence, each only after it passes the output
check; the first failing sentence ends the reply. What was released is exactly what is stored."""

from __future__ import annotations

from collections.abc import Callable

from ..llm.text import clean_reply, sentence_ends

Check = Callable[[str], bool]


class SentenceGate:
    """Feed raw model pieces; `emit` receives only checked text. After `max_sentences` or a
    failing sentence, `closed` is True and the caller stops generating."""

    def __init__(self, check: Check, emit: Callable[[str], None], *, max_sentences: int = 2):
        self.check = check
        self.emit = emit
        self.max_sentences = max_sentences
        self.released: list[str] = []
        self.blocked = False
        self._raw = ""

    @property
    def closed(self) -> bool:
        return self.blocked or len(self.released) >= self.max_sentences

    @property
    def text(self) -> str:
        """Exactly what the patient has been shown."""
        return "".join(self.released).strip()

    def feed(self, piece: str) -> None:
        if self.closed:
            return
        self._raw += piece
        self._release(final=False)

    def finish(self, *, complete: bool) -> None:
        """End of generation; `complete` when the model ended its reply itself (so a last
        sentence without a full stop is whole), False when cut by a limit or a cancel."""
        if not self.closed:
            self._release(final=complete)

    def _release(self, *, final: bool) -> None:
        cleaned = clean_reply(self._raw, drop_incomplete=False)
        shown = len(self.text)
        # Only text after what was already shown is new; a cleaned prefix that changed under
        # us (a role marker appearing later) ends the reply rather than rewriting it.
        if not cleaned.startswith(self.text):
            self.blocked = True
            return
        rest = cleaned[shown:]
        ends = sentence_ends(rest)
        if final and rest.strip() and (not ends or ends[-1] < len(rest.rstrip())):
            ends.append(len(rest))
        start = 0
        for end in ends:
            sentence = rest[start:end]
            start = end
            if not sentence.strip():
                continue
            if not self.check(sentence.strip()):
                self.blocked = True
                return
            piece = sentence if self.released else sentence.lstrip()
            self.released.append(piece)
            self.emit(piece)
            if self.closed:
                return
