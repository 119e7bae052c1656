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

    def sentence(self) -> str:
        """The message as a sentence for a page. Services speak in clauses, for the command
        line's "field: message"; only the first letter of a first word in lower case changes
        (a name inside keeps its capitals, which str.capitalize would lower; an e-mail
        address or a file name first is left as written)."""
        text = self.message
        first = text.split(" ", 1)[0].rstrip(",:;")
        if first.isalpha() and first.islower():  # not an address or a name: "x@y.org is ..."
            text = text[:1].upper() + text[1:]
        return text if text.endswith((".", "!", "?")) else text + "."
