"""One exception hierarchy for the whole app; interfaces catch `PursuitError` at the top."""

from __future__ import annotations


class PursuitError(Exception):
    """Base of every error Pursuit raises on purpose."""


class BadInput(PursuitError):
    """Input a user gave is wrong. `where` names the file, line or field."""

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.where = where
        self.message = message
        super().__init__(f"{where}: {message}" if where else message)
