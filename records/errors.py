"""Refusals of the EMR; `code` (forbidden, not_found, conflict, invalid) goes to the client."""

from __future__ import annotations


class RecordError(Exception):
    """A refused EMR action; `code` is one of forbidden, not_found, conflict, invalid."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


class AccessDenied(RecordError):
    """The user may not do this to this record (or it does not exist for them)."""
