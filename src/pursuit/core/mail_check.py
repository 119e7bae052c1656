""""Test connection", said in words: the step of the conversation with a mail server that
failed, and what a job seeker can do about it. Pure: `outbox.checks` runs the steps.

Steps, in order: DNS (the server's name), TCP (reaching it), TLS (its certificate, the
encrypted handshake), login, send permission (the server accepts MAIL FROM and RCPT TO for
your address; nothing is sent) and, for reading replies, the IMAP login and INBOX.
"""

from __future__ import annotations

from dataclasses import dataclass

DNS, TCP, TLS_CERT, TLS, LOGIN, SEND, INBOX = (
    "dns", "tcp", "tls_certificate", "tls", "login", "send_permission", "inbox")

STEP_NAMES = {
    DNS: "finding the server (DNS)", TCP: "reaching the server (TCP connection)",
    TLS_CERT: "checking the server's certificate (TLS)",
    TLS: "setting up encryption (TLS handshake)", LOGIN: "logging in",
    SEND: "permission to send from your address", INBOX: "opening your INBOX",
}

ADVICE = {
    DNS: "The server name does not exist. Check its spelling (for example smtp.gmail.com), "
         "or use \"Look up settings\" to fill it in.",
    TCP: "Nothing answered on that port. Check the port number and the security setting "
         "(587 goes with STARTTLS, 465 and 993 with TLS); a firewall or your network may also "
         "block mail ports.",
    TLS_CERT: "The server's certificate is not trusted: the server name may be wrong (use the "
              "name your provider gives, not an address), or the server uses a self-signed "
              "certificate, as Proton Mail Bridge does.",
    TLS: "The encrypted connection could not be set up: the security setting probably does "
         "not match the port. Try STARTTLS on 587 (IMAP: 143) or TLS on 465 (IMAP: 993).",
    LOGIN: "The server refused the user name or password. Many providers (Gmail, Yahoo, "
           "iCloud, AOL, Fastmail) need an app password here, not your usual password; "
           "\"Look up settings\" links to your provider's page for making one.",
    SEND: "You are logged in, but the server will not send from this address. Use the "
          "address of the mailbox you logged in to (or an alias your provider lets you "
          "send from) as your e-mail address.",
    INBOX: "You are logged in, but your INBOX could not be opened. Try again later; if it "
           "persists, ask your provider whether IMAP access must be turned on.",
}


@dataclass(frozen=True, slots=True)
class StepFailure:
    step: str
    detail: str

    def words(self, protocol: str) -> str:
        """One paragraph: which step failed, what the server said, and what to do."""
        return (f"{protocol} failed at {STEP_NAMES[self.step]}: {self.detail}. "
                f"What to do: {ADVICE[self.step]}")
