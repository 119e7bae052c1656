"""OAuth 2.0 for mail, the pure parts: the providers' endpoints and scopes, the SASL XOAUTH2
string, the address an ID token names, when a token wants refreshing, and which refusals
mean "sign in again" (never retried) rather than "try later".

No HTTP here: `outbox.oauth` talks to the providers (through authlib).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import timedelta

MICROSOFT = "microsoft"
GOOGLE = "google"

# Refresh this long before the access token expires (they live an hour at both providers):
# a connection opened just before the expiry still logs in.
REFRESH_MARGIN = timedelta(minutes=10)
# After a refresh that failed for a reason that may pass (the provider unreachable, a 5xx),
# the next try waits this long: never a loop of requests.
RETRY_AFTER = timedelta(minutes=5)
# How long a worker's claim on renewing an account's token lasts: the renewal is one request
# with a 10-second limit, so a claim this old belongs to a worker that died mid-renewal.
RENEW_LEASE = timedelta(minutes=2)
# Revoking a removed sign-in at the provider (RFC 7009): tried this many times, RETRY_AFTER
# times the try's number apart, then given up (the user is told where to remove it by hand).
REVOKE_TRIES = 3


@dataclass(frozen=True, slots=True)
class Provider:
    key: str
    label: str
    authorize_url: str
    token_url: str
    device_url: str  # "" where the provider has no device grant for mail scopes
    userinfo_url: str
    # RFC 7009 revocation endpoint; "" where the provider has none for refresh tokens.
    revoke_url: str
    # Where the user removes Pursuit's access by hand (shown when it cannot be revoked).
    permissions_url: str
    scopes: tuple[str, ...]
    # The preset (core.mail_presets) whose servers a signed-in account gets, unless the
    # address's own preset says otherwise.
    preset: str
    client_id: str = ""
    client_secret: str = ""

    @property
    def scope(self) -> str:
        return " ".join(self.scopes)

    @property
    def configured(self) -> bool:
        return bool(self.client_id)

    @property
    def device(self) -> bool:
        return bool(self.device_url) and self.configured


# The real endpoints (Microsoft identity platform v2.0, "common": personal and work or school
# accounts; Google's OAuth 2.0). `openid email` asks for an ID token naming the address.
DEFAULTS: dict[str, Provider] = {
    MICROSOFT: Provider(
        key=MICROSOFT, label="Microsoft",
        authorize_url="https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
        token_url="https://login.microsoftonline.com/common/oauth2/v2.0/token",  # noqa: S106
        device_url="https://login.microsoftonline.com/common/oauth2/v2.0/devicecode",
        userinfo_url="",
        # Microsoft has no RFC 7009 endpoint: refresh tokens are invalidated only by Graph's
        # revokeSignInSessions, which signs the user out of every application, needs
        # User.RevokeSessions.All (an administrator's consent), and is not available for
        # personal accounts. The user removes Pursuit's consent by hand instead.
        revoke_url="",
        permissions_url="https://account.live.com/consent/Manage",
        scopes=("openid", "email", "offline_access", "https://outlook.office.com/SMTP.Send",
                "https://outlook.office.com/IMAP.AccessAsUser.All"),
        preset="outlook"),
    GOOGLE: Provider(
        key=GOOGLE, label="Google",
        authorize_url="https://accounts.google.com/o/oauth2/v2/auth",
        token_url="https://oauth2.googleapis.com/token",  # noqa: S106 - a URL
        # Google's device flow ("TV and limited input") does not allow the mail scope.
        device_url="",
        userinfo_url="https://openidconnect.googleapis.com/v1/userinfo",
        # Revoking the refresh token ends the whole grant (its access tokens too).
        revoke_url="https://oauth2.googleapis.com/revoke",
        permissions_url="https://myaccount.google.com/permissions",
        scopes=("openid", "email", "https://mail.google.com/"),
        preset="gmail"),
}

# What a token endpoint answers when the grant itself is dead: the user must sign in again.
# RFC 6749 5.2 `invalid_grant` (expired, revoked, or the password changed), and the
# identity platforms' "the user must act" errors. Anything else (a 5xx, a timeout,
# `temporarily_unavailable`) may pass: tried again after RETRY_AFTER.
_REFUSALS = frozenset({"invalid_grant", "unauthorized_client", "invalid_client",
                       "interaction_required", "consent_required", "access_denied"})


def is_refusal(error: str) -> bool:
    return error in _REFUSALS


def xoauth2(user: str, access_token: str) -> str:
    """The SASL XOAUTH2 initial response (before base64), as Google and Microsoft define it."""
    for value in (user, access_token):
        if "\x01" in value or "\r" in value or "\n" in value:
            raise ValueError("a control character in the XOAUTH2 user or token")
    return f"user={user}\x01auth=Bearer {access_token}\x01\x01"


def parse_xoauth2(initial: bytes) -> tuple[str, str] | None:
    """(user, token) of an XOAUTH2 initial response (base64 decoded), or None (tests'
    servers)."""
    try:
        text = initial.decode("utf-8")
    except UnicodeDecodeError:
        return None
    fields = dict(part.split("=", 1) for part in text.split("\x01") if "=" in part)
    auth = fields.get("auth", "")
    if "user" not in fields or not auth.startswith("Bearer "):
        return None
    return fields["user"], auth.removeprefix("Bearer ")


def id_token_address(id_token: str) -> str | None:
    """The e-mail address an OpenID Connect ID token names (`email`, else Microsoft's
    `preferred_username` when it is an address), or None.

    The signature is not checked: the token came straight from the provider's token
    endpoint over TLS, which OpenID Connect Core 3.1.3.7 accepts in place of it; and the
    address is only a suggestion the user sees and can change (the mail servers decide
    what the token may send as).
    """
    parts = id_token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload))
    except (binascii.Error, ValueError):
        return None
    if not isinstance(claims, dict):
        return None
    for key in ("email", "preferred_username", "upn"):
        value = claims.get(key)
        if isinstance(value, str) and "@" in value and " " not in value:
            return value.strip()
    return None


def refused_words(address: str) -> str:
    """What the user is told (Today, the digest) when the provider refused a refresh."""
    return f"Pursuit can no longer send from {address}: sign in again (Settings → Mail account)."


def forgotten_words(p: Provider, address: str) -> str:
    """What the user is told when Pursuit forgets a sign-in (account removed, signed out,
    replaced by another address): the provider is asked to revoke it in the background where
    it can be; Microsoft cannot be asked, so the user is told where to remove it."""
    if p.revoke_url:
        return (f"Pursuit deleted its sign-in for {address} and asks {p.label} to cancel it "
                f"too (Settings → Mail account says if {p.label} could not be reached).")
    return (f"Pursuit deleted its sign-in for {address}. {p.label} offers applications no way "
            f"to cancel their own sign-in: to remove Pursuit's access at {p.label} too, go "
            f"to {p.permissions_url} (a personal account) or https://myapps.microsoft.com "
            f"(a work or school account).")
