"""Refusals every layer of the consult app raises; `code` goes to the client."""

from __future__ import annotations


class ConsultError(Exception):
    """A refused action; `code` goes to the client."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


class Conflict(ConsultError):
    pass
