"""Rules of sending and receiving mail, free of sockets: header checks, failure classes,
retry schedule, auto-reply detection, reply matching."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from email.utils import getaddresses

from pursuit.core.errors import BadInput

# Any of these in a header value would let a name or subject smuggle in a new header.
_FORBIDDEN = re.compile(r"[\r\n\x00\x0b\x0c\x85\u2028\u2029]")
_ADDRESS = re.compile(r"^[^@\s<>(),;:\"\[\]\\]+@[^@\s<>(),;:\"\[\]\\]+\.[^@\s<>(),;:\"\[\]\\]+$")


def check_header(value: str, *, field: str) -> str:
    """Refuse a line break (or NUL) in a header value; returns the value unchanged."""
    if _FORBIDDEN.search(value):
        raise BadInput("a line break is not allowed here (it could inject mail headers)",
                       where=field)
    return value


def check_address(address: str, *, field: str) -> str:
    """One plain e-mail address, no display name, no line break."""
    check_header(address, field=field)
    address = address.strip()
    if not _ADDRESS.match(address):
        raise BadInput(f"{address!r} is not an e-mail address", where=field)
    return address


# What became of one delivery attempt.
SENT, RETRY, FAILED, UNKNOWN = "sent", "retry", "failed", "unknown"

# Seconds to wait before each further attempt after a transient failure. Bounded: after the
# last one the message fails and the user sees the server's last answer.
BACKOFF = (60, 300, 900, 3600, 3 * 3600)


@dataclass(frozen=True, slots=True)
class Failure:
    """How a send failed: in which phase, with which SMTP code (None: no reply at all)."""

    phase: str  # "connect", "auth", "envelope", "data_command", "after_data"
    code: int | None
    detail: str


def classify(failure: Failure) -> str:
    """RETRY, FAILED or UNKNOWN for a failed attempt.

    After the message data went out, a broken connection leaves us not knowing whether the
    server queued it: UNKNOWN, never resent automatically (a second thank-you looks desperate).
    A 5xx reply is permanent, a 4xx reply transient; no reply at all before the data is
    transient (the server was down or slow).
    """
    if failure.phase == "after_data" and failure.code is None:
        return UNKNOWN
    if failure.code is not None and 500 <= failure.code < 600:
        return FAILED
    if failure.phase == "auth" and failure.code is not None and failure.code != 454:
        return FAILED  # wrong password: retrying will not fix it
    return RETRY


def next_delay(attempts: int) -> int | None:
    """Seconds until the next try after `attempts` failed tries, or None to give up."""
    return BACKOFF[attempts - 1] if 1 <= attempts <= len(BACKOFF) else None


def is_auto_reply(headers: Mapping[str, str]) -> bool:
    """An automatic answer (out-of-office, auto-responder) is not a reply from a person."""
    lowered = {k.lower(): v for k, v in headers.items()}
    auto = lowered.get("auto-submitted", "").strip().lower()
    if auto and auto != "no":
        return True
    if any(k in lowered for k in ("x-autoreply", "x-autorespond", "x-autoresponse")):
        return True
    if lowered.get("precedence", "").strip().lower() in {"auto_reply", "bulk", "junk", "list"}:
        return True
    subject = lowered.get("subject", "").lower()
    return bool(re.match(r"^\s*(auto(matic)?[ -]?reply|out of (the )?office|auto:)", subject))


_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


def referenced_ids(in_reply_to: str, references: str) -> list[str]:
    """Message-IDs a reply points at, nearest first (In-Reply-To, then References backwards)."""
    ids = _MESSAGE_ID.findall(in_reply_to or "")
    ids += list(reversed(_MESSAGE_ID.findall(references or "")))
    seen: dict[str, None] = {}
    for mid in ids:
        seen.setdefault(mid.lower(), None)
    return list(seen)


def sender_address(from_header: str) -> str:
    addresses = [a for _, a in getaddresses([from_header or ""]) if "@" in a]
    return addresses[0].strip().lower() if addresses else ""


def snippet(text: str, limit: int = 280) -> str:
    """The start of a reply without the quoted part, on one line."""
    kept = []
    for line in text.splitlines():
        if line.startswith(">") or re.match(r"^On .+ wrote:$", line.strip()):
            break
        kept.append(line.strip())
    joined = " ".join(part for part in kept if part)
    return joined if len(joined) <= limit else joined[: limit - 1].rstrip() + "…"


def imap_quote(value: str) -> str:
    """A value from a mail header made safe as an IMAP quoted string (RFC 3501 §4.3)."""
    cleaned = _FORBIDDEN.sub(" ", value)
    cleaned = "".join(ch for ch in cleaned if ch >= " " and ch != "\x7f")
    return '"' + cleaned.replace("\\", "\\\\").replace('"', '\\"') + '"'


def unique_ids(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i.lower() for i in ids))


_REJECTION = re.compile(
    r"\b(decided to (move|go) forward with (another|other) candidates?|"
    r"(position|role|job) has (been|now been) filled|"
    r"(moving|move) forward with (another|other) candidates?|"
    r"(will|have decided to) not (be )?(moving|move) forward with your|"
    r"not (been )?selected|unfortunately,? we (have|will)|regret to inform)\b",
    re.IGNORECASE,
)


def suggests_rejection(text: str) -> bool:
    """Does a reply read like "the job went to someone else"? The user confirms before it
    becomes a `rejected` event."""
    return bool(_REJECTION.search(text or ""))


# -- the user's own Sent folder --------------------------------------------------------------
# Tried in this order when no folder carries the \Sent special-use flag (RFC 6154).
SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "INBOX.Sent", "[Gmail]/Sent Mail",
              "Sent Mail", "INBOX/Sent")


def sent_folder(folders: Iterable[tuple[Iterable[bytes | str], str]]) -> str | None:
    """The Sent folder among an IMAP LIST answer of (flags, name): the one flagged \\Sent,
    else the first of the common names (case set aside), else None."""
    listed = [(tuple(f.decode() if isinstance(f, bytes) else f for f in flags), name)
              for flags, name in folders]
    for flags, name in listed:
        if any(f.lower() == "\\sent" for f in flags):
            return name
    by_name = {name.lower(): name for _, name in listed}
    for candidate in SENT_NAMES:
        if candidate.lower() in by_name:
            return by_name[candidate.lower()]
    return None


def wants_sent_copy(setting: str, *, has_imap: bool, provider_files_it: bool) -> bool:
    """Append a delivered message to the Sent folder? `setting` is the account's choice:
    "on", "off" or "auto" (yes unless the provider files SMTP submissions itself)."""
    if not has_imap or setting == "off":
        return False
    return setting == "on" or not provider_files_it
