"""Signing a mail account in with OAuth 2.0 (Microsoft, Google), and keeping it signed in.

The one owner of a mail account's OAuth state: its provider, the refresh and access tokens
(encrypted like the passwords, `pursuit.crypto`), the access token's expiry, and "sign-in
refused" (when, and the provider's words). The token requests go through authlib's requests
client, to the provider's own endpoints only (the instance's settings, `PURSUIT_OAUTH`).

- The pages write a sign-in row (`OAuthSignIn`, one per user) and never wait on the provider:
  `sign_in_start` (code grant with PKCE S256 and a state; the browser goes to the provider),
  `sign_in_returned` (the callback: checks the state, keeps the code) and, for an instance
  without a public address, Microsoft's device grant (`device_sign_in_start`). The worker's
  `sign_ins_run` does the talking: `code_exchange`, `device_start`, `device_poll` at the
  provider's interval; then `mail_account_oauth_save` fills the account.
- The worker: `tokens_refresh` renews the access tokens about to expire, each under a
  claim (one worker at a time asks the provider). A refusal (`invalid_grant`: revoked,
  expired, password changed) stops the account's sending (its messages wait, never failed)
  and is never retried; signing in again resumes it. `revocations_run` revokes the sign-ins
  Pursuit forgot (RFC 7009), so the page that removed one never waits on the provider.
"""

from __future__ import annotations

import logging
import os
import secrets
import threading
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

import requests
from authlib.integrations.requests_client import OAuth2Session, OAuthError
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from pursuit.accounts import stamp
from pursuit.accounts.models import User
from pursuit.core import oauth as rules
from pursuit.core.errors import BadInput
from pursuit.core.mail import check_address
from pursuit.core.mail_presets import (
    GOOGLE_WORKSPACE,
    MICROSOFT_365,
    Preset,
    domain_of,
    preset_for_domain,
)
from pursuit.crypto import decrypt, encrypt, hash_token
from pursuit.outbox.models import MailAccount, Message, OAuthRevocation, OAuthSignIn

log = logging.getLogger(__name__)

TIMEOUT = 10  # seconds for one request to a provider
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
_FALLBACK_PRESET = {rules.MICROSOFT: MICROSOFT_365, rules.GOOGLE: GOOGLE_WORKSPACE}


class SignInFailed(BadInput):
    """The provider said no (or could not be reached) while signing in: shown on the page."""


def provider(key: str) -> rules.Provider:
    """The provider with this instance's client ID and endpoints (settings.PURSUIT_OAUTH)."""
    if key not in rules.DEFAULTS:
        raise BadInput(f"unknown provider {key!r}", where="provider")
    configured: dict[str, str] = getattr(settings, "PURSUIT_OAUTH", {}).get(key, {})
    base = rules.DEFAULTS[key]
    changes: dict[str, Any] = {field: value for field, value in configured.items()
                               if value and hasattr(base, field)}
    return replace(base, **changes)


def providers() -> list[rules.Provider]:
    return [provider(key) for key in rules.DEFAULTS]


def _session(p: rules.Provider, redirect_uri: str | None = None) -> OAuth2Session:
    if not p.configured:
        raise BadInput(f"no client ID is set for {p.label} on this instance "
                       f"(PURSUIT_OAUTH_{p.key.upper()}_CLIENT_ID)", where="provider")
    return OAuth2Session(
        p.client_id, p.client_secret or None, scope=p.scope, redirect_uri=redirect_uri,
        code_challenge_method="S256", default_timeout=TIMEOUT,
        # A confidential client (Google's web clients have a secret) sends it in the body;
        # a public one (Microsoft "mobile and desktop") sends only its ID.
        token_endpoint_auth_method="client_secret_post" if p.client_secret else "none",
        revocation_endpoint_auth_method="client_secret_post" if p.client_secret else "none")


@dataclass(frozen=True, slots=True)
class Authorization:
    url: str
    state: str
    verifier: str


def authorization_url(key: str, *, redirect_uri: str) -> Authorization:
    """Where to send the browser to sign in; `state` and `verifier` are kept in the session."""
    p = provider(key)
    verifier = secrets.token_urlsafe(48)  # 64 characters: RFC 7636 wants 43 to 128
    extra = {"prompt": "select_account"}
    if p.key == rules.GOOGLE:
        # A refresh token is given only with offline access, and again only with consent.
        extra = {"access_type": "offline", "prompt": "consent"}
    url, state = _session(p, redirect_uri).create_authorization_url(
        p.authorize_url, code_verifier=verifier, **extra)
    return Authorization(url=url, state=state, verifier=verifier)


def _token_request(what: str, call: Any) -> dict[str, Any]:
    try:
        return dict(call())
    except OAuthError as exc:
        detail = f"{exc.error}: {exc.description}" if exc.description else str(exc.error)
        raise SignInFailed(f"{what} was refused ({detail})", where="oauth") from exc
    except (requests.RequestException, ValueError) as exc:
        raise SignInFailed(f"{what} failed: {exc}", where="oauth") from exc


def code_exchange(key: str, *, code: str, verifier: str, redirect_uri: str) -> dict[str, Any]:
    """The tokens for an authorization code (one request to the provider's token endpoint;
    the user waits on the callback page for it, as on any site's sign-in)."""
    p = provider(key)
    session = _session(p, redirect_uri)
    return _token_request(f"{p.label}'s sign-in", lambda: session.fetch_token(
        p.token_url, grant_type="authorization_code", code=code, code_verifier=verifier))


@dataclass(frozen=True, slots=True)
class DeviceCode:
    device_code: str
    user_code: str
    verification_uri: str
    interval: int
    expires_at: datetime


def device_start(key: str) -> DeviceCode:
    """Start the device grant (RFC 8628): the user types `user_code` at `verification_uri`
    on any device while the page polls."""
    p = provider(key)
    if not p.device:
        raise BadInput(f"{p.label} does not allow signing in with a code for mail",
                       where="provider")
    session = _session(p)
    answer = _token_request(f"{p.label}'s sign-in with a code", lambda: _device_answer(
        session.post(p.device_url, data={"client_id": p.client_id, "scope": p.scope},
                     withhold_token=True)))
    try:
        return DeviceCode(
            device_code=str(answer["device_code"]), user_code=str(answer["user_code"]),
            verification_uri=str(answer.get("verification_uri")
                                 or answer.get("verification_url") or ""),
            interval=max(1, int(answer.get("interval", 5))),
            expires_at=timezone.now() + timedelta(seconds=int(answer.get("expires_in", 900))))
    except (KeyError, TypeError, ValueError) as exc:
        raise SignInFailed(f"{p.label} answered without a device code ({exc})",
                           where="oauth") from exc


def _device_answer(response: requests.Response) -> dict[str, Any]:
    body = response.json()
    if not isinstance(body, dict):
        raise ValueError("not a JSON object")
    if "error" in body:
        raise OAuthError(error=body["error"], description=body.get("error_description"))
    return body


PENDING = "pending"
SLOW_DOWN = "slow_down"


def device_poll(key: str, *, device_code: str) -> dict[str, Any] | str:
    """The tokens once the user has approved; PENDING while they have not yet, SLOW_DOWN when
    the provider asks to be polled less often. Raises SignInFailed when refused or
    expired."""
    p = provider(key)
    session = _session(p)
    try:
        return dict(session.fetch_token(p.token_url, grant_type=DEVICE_GRANT,
                                        device_code=device_code, client_id=p.client_id))
    except OAuthError as exc:
        if exc.error == "slow_down":
            return SLOW_DOWN
        if exc.error == "authorization_pending":
            return PENDING
        detail = f"{exc.error}: {exc.description}" if exc.description else str(exc.error)
        raise SignInFailed(f"{p.label}'s sign-in with a code was refused ({detail})",
                           where="oauth") from exc
    except (requests.RequestException, ValueError) as exc:
        raise SignInFailed(f"{p.label}'s sign-in with a code failed: {exc}",
                           where="oauth") from exc


def address_of(key: str, tokens: dict[str, Any]) -> str | None:
    """The address the user signed in as: from the ID token, else (Google) from userinfo."""
    found = rules.id_token_address(str(tokens.get("id_token") or ""))
    p = provider(key)
    if found or not p.userinfo_url:
        return found
    try:
        response = requests.get(p.userinfo_url, timeout=TIMEOUT, headers={
            "Authorization": f"Bearer {tokens.get('access_token', '')}"})
        email = response.json().get("email") if response.ok else None
    except (requests.RequestException, ValueError, AttributeError):
        return None
    return email if isinstance(email, str) and "@" in email else None


def _servers(key: str, address: str) -> Preset:
    return preset_for_domain(domain_of(address)) or _FALLBACK_PRESET[key]


def _expiry(tokens: dict[str, Any], now: datetime) -> datetime:
    try:
        seconds = int(tokens.get("expires_in") or 3600)
    except (TypeError, ValueError):
        seconds = 3600
    return now + timedelta(seconds=max(60, seconds))


def _forget(account: MailAccount, now: datetime) -> str:
    """Queue the revocation of the account's refresh token at its provider (the worker sends
    it: `revocations_run`), and say what the user is told. A DB write only: the caller's
    request (or transaction) never waits on the provider."""
    p = provider(account.oauth_provider)
    if p.revoke_url and account.oauth_refresh_encrypted:
        OAuthRevocation.objects.create(
            owner_id=account.owner_id, provider=p.key, address=account.from_address,
            token_encrypted=account.oauth_refresh_encrypted, next_attempt_at=now)
    return rules.forgotten_words(p, account.from_address)


def mail_account_oauth_save(*, owner: User, key: str, tokens: dict[str, Any],
                            address: str | None) -> tuple[MailAccount, str]:
    """Sign the user's mail account in with the provider's tokens. The account's servers are
    kept when it was already set up for this address (a domain of one's own at Microsoft
    365 or Google Workspace, set by hand); else they come from the presets. A refusal of an
    earlier sign-in is lifted, and messages waiting for a retry go now.

    A sign-in it replaces for another address or provider is revoked at its provider (what
    the user is told is returned beside the account). One for the same address at the same
    provider is not: Google revokes the whole grant, the new tokens with it."""
    refresh = str(tokens.get("refresh_token") or "")
    access = str(tokens.get("access_token") or "")
    if not refresh or not access:
        raise SignInFailed("the provider gave no refresh token: sign in again and allow "
                           "Pursuit to keep access (offline access)", where="oauth")
    account = MailAccount.objects.filter(owner=owner).first()
    address = (address or (account.from_address if account else "") or owner.email).strip()
    check_address(address, field="from_address")
    now = timezone.now()
    replaced = (account is not None and account.uses_oauth
                and (account.oauth_provider != key
                     or account.from_address.lower() != address.lower()))
    with transaction.atomic():
        said = _forget(account, now) if replaced and account is not None else ""
        if account is None:
            account = MailAccount(owner=owner, from_name=owner.full_name)
        if not account.smtp_host or account.from_address.lower() != address.lower():
            preset = _servers(key, address)
            account.smtp_host, account.smtp_port = preset.smtp_host, preset.smtp_port
            account.smtp_security = preset.smtp_security
            account.imap_host, account.imap_port = preset.imap_host, preset.imap_port
            account.imap_security = preset.imap_security
        account.from_address = address
        account.smtp_username = account.imap_username = address
        account.smtp_password_encrypted = account.imap_password_encrypted = ""
        account.oauth_provider = key
        account.oauth_refresh_encrypted = encrypt(refresh)
        account.oauth_access_encrypted = encrypt(access)
        account.oauth_expires_at = _expiry(tokens, now)
        account.oauth_refused_at, account.oauth_error = None, ""
        # A renewal in flight for the old tokens finds its claim gone and writes nothing.
        account.oauth_renewing_by, account.oauth_renewing_until = "", None
        account.save()
        Message.objects.retry_now(owner.pk)
    stamp.renew(owner.pk)
    return account, said


def mail_account_oauth_forget(*, owner: User) -> str:
    """Back to a password: the tokens are dropped (the user fills in the passwords), and the
    refresh token is revoked at the provider by the worker. Returns what the user is told
    ("" when the account was not signed in with OAuth)."""
    now = timezone.now()
    with transaction.atomic():
        account = MailAccount.objects.select_for_update().filter(owner=owner).first()
        if account is None or not account.uses_oauth:
            return ""
        said = _forget(account, now)
        MailAccount.objects.filter(pk=account.pk).update(
            oauth_provider="", oauth_refresh_encrypted="", oauth_access_encrypted="",
            oauth_expires_at=None, oauth_refused_at=None, oauth_error="",
            oauth_renewing_by="", oauth_renewing_until=None)
    return said


def mail_account_oauth_removed(account: MailAccount) -> str:
    """The account is being deleted (`outbox.services.mail_account_delete`, or the whole
    user with `archive.services.account_delete`, in their transaction): its sign-in, if any,
    is revoked at the provider by the worker. Returns what the user is told."""
    return _forget(account, timezone.now()) if account.uses_oauth else ""


def access_token(account: MailAccount) -> str:
    """The stored access token (the worker refreshes it before it expires)."""
    return decrypt(account.oauth_access_encrypted)


# -- renewing access tokens (the worker) --------------------------------------------------
def _due(now: datetime) -> Q:
    """An OAuth account whose access token wants renewing, that no worker is renewing (and
    not waiting out a passing failure), and whose sign-in was not refused."""
    return (Q(oauth_refused_at__isnull=True)
            & (Q(oauth_expires_at__lte=now + rules.REFRESH_MARGIN)
               | Q(oauth_expires_at__isnull=True))
            & (Q(oauth_renewing_until__isnull=True) | Q(oauth_renewing_until__lte=now))
            & ~Q(oauth_provider=""))


def _claim(pk: int, worker: str, now: datetime) -> MailAccount | None:
    """Claim the renewal of one account, like a message claim: one conditional UPDATE, which
    on PostgreSQL re-checks its condition on the row another worker just changed, and on
    SQLite runs under the database's one write lock. Only the winner asks the provider, with
    the refresh token read after its claim (the one the last renewal stored)."""
    claimed = MailAccount.objects.filter(_due(now), pk=pk).update(
        oauth_renewing_by=worker, oauth_renewing_until=now + rules.RENEW_LEASE)
    if not claimed:
        return None
    return MailAccount.objects.filter(pk=pk, oauth_renewing_by=worker).first()


def _mine(account: MailAccount, worker: str) -> QuerySet[MailAccount]:
    """The account, if our claim still holds and no new sign-in replaced its tokens."""
    return MailAccount.objects.filter(pk=account.pk, oauth_renewing_by=worker,
                                      oauth_refresh_encrypted=account.oauth_refresh_encrypted)


def _refused(account: MailAccount, worker: str, error: str, now: datetime) -> None:
    if _mine(account, worker).update(oauth_refused_at=now, oauth_error=error[:2000],
                                     oauth_renewing_by="", oauth_renewing_until=None):
        stamp.renew(account.owner_id)  # Today says so at once (its cached copy is stale)
    log.warning("%s: the provider refused to renew the sign-in: %s", account.from_address, error)


def _later(account: MailAccount, worker: str, detail: str, now: datetime) -> None:
    """A failure that may pass: tried again after RETRY_AFTER, by whichever worker (the
    claim's time becomes the time of the next try)."""
    log.warning("%s: renewing the sign-in failed, tried again later: %s",
                account.from_address, detail)
    _mine(account, worker).update(
        oauth_error=f"renewing the sign-in failed (tried again later): {detail}"[:2000],
        oauth_renewing_by="", oauth_renewing_until=now + rules.RETRY_AFTER)


def token_refresh(account: MailAccount, *, worker: str, now: datetime) -> bool:
    """Renew one claimed account's access token; True when it was renewed. A refusal marks
    the account "sign-in refused"; any other failure is recorded and left for a later try."""
    p = provider(account.oauth_provider)
    try:
        session = _session(p)
        tokens = dict(session.refresh_token(
            p.token_url, refresh_token=decrypt(account.oauth_refresh_encrypted)))
    except OAuthError as exc:
        detail = f"{exc.error}: {exc.description}" if exc.description else str(exc.error)
        if rules.is_refusal(str(exc.error)):
            _refused(account, worker, detail, now)
        else:
            _later(account, worker, detail, now)
        return False
    except (requests.RequestException, ValueError, BadInput) as exc:
        _later(account, worker, str(exc), now)
        return False
    update: dict[str, Any] = {
        "oauth_access_encrypted": encrypt(str(tokens.get("access_token") or "")),
        "oauth_expires_at": _expiry(tokens, now), "oauth_error": "",
        "oauth_renewing_by": "", "oauth_renewing_until": None}
    if tokens.get("refresh_token"):  # Microsoft rotates refresh tokens; Google keeps its one
        update["oauth_refresh_encrypted"] = encrypt(str(tokens["refresh_token"]))
    # Conditional: a sign-in made meanwhile (new tokens) is not overwritten by older ones.
    _mine(account, worker).update(**update)
    return True


def tokens_refresh(*, worker: str | None = None, now: datetime | None = None) -> list[int]:
    """Renew the access tokens that expire soon (the worker's job), each under a claim so
    that of several workers only one asks the provider. Accounts whose sign-in was refused
    are left alone (never a loop of refused requests), and so are those waiting out a
    passing failure. Returns the ids of the accounts tried and not renewed."""
    now = now or timezone.now()
    worker = worker or f"{os.getpid()}-{threading.get_ident()}"
    failed: list[int] = []
    for pk in MailAccount.objects.filter(_due(now)).values_list("pk", flat=True):
        account = _claim(pk, worker, now)
        if account is not None and not token_refresh(account, worker=worker, now=now):
            failed.append(pk)
    return failed


# -- revoking forgotten sign-ins (the worker) -----------------------------------------------
def _revocation_due(now: datetime) -> Q:
    return (Q(finished_at__isnull=True, next_attempt_at__lte=now)
            & (Q(claimed_until__isnull=True) | Q(claimed_until__lte=now)))


def revocations_run(*, worker: str, now: datetime | None = None) -> int:
    """Revoke the forgotten sign-ins at their providers (RFC 7009), one request each with
    TIMEOUT, outside any transaction. A provider that cannot be reached (or answers 5xx) is
    tried again REVOKE_TRIES times in all, then the user is told where to remove the access
    by hand. Returns how many were tried. One query when none is due."""
    now = now or timezone.now()
    tried = 0
    for pk in OAuthRevocation.objects.filter(_revocation_due(now)).values_list(
            "pk", flat=True)[:20]:
        if not OAuthRevocation.objects.filter(_revocation_due(now), pk=pk).update(
                claimed_by=worker, claimed_until=now + rules.RENEW_LEASE,
                attempts=F("attempts") + 1):
            continue  # another worker took it
        _revoke(OAuthRevocation.objects.get(pk=pk), worker, now)
        tried += 1
    return tried


def _revoke(row: OAuthRevocation, worker: str, now: datetime) -> None:
    p = provider(row.provider)
    if not p.revoke_url or not p.configured:
        _revoked(row, worker, now, OAuthRevocation.Outcome.FAILED,
                 f"this instance has no revocation endpoint for {p.label}")
        return
    try:
        response = _session(p).revoke_token(p.revoke_url, token=decrypt(row.token_encrypted),
                                            token_type_hint="refresh_token")  # noqa: S106
    except (requests.RequestException, ValueError, BadInput) as exc:
        _revoke_later(row, worker, now, f"{p.label} could not be reached: {exc}")
        return
    try:
        error = str(response.json().get("error") or "")
    except (ValueError, AttributeError):
        error = ""
    if response.ok or (response.status_code == 400 and error in ("invalid_token",
                                                                  "invalid_grant")):
        # RFC 7009 2.2: a token already invalid is answered 200; Google answers 400
        # invalid_token. Either way nobody can use it any more.
        _revoked(row, worker, now, OAuthRevocation.Outcome.REVOKED,
                 f"{p.label} answered {response.status_code}")
    elif response.status_code >= 500 or response.status_code == 429:
        _revoke_later(row, worker, now, f"{p.label} answered {response.status_code} {error}")
    else:
        _revoked(row, worker, now, OAuthRevocation.Outcome.FAILED,
                 f"{p.label} refused: {response.status_code} {error}".strip())


def _revoke_later(row: OAuthRevocation, worker: str, now: datetime, detail: str) -> None:
    log.warning("revoking the sign-in of %s: %s", row.address, detail)
    if row.attempts >= rules.REVOKE_TRIES:
        _revoked(row, worker, now, OAuthRevocation.Outcome.FAILED, detail)
        return
    OAuthRevocation.objects.filter(pk=row.pk, claimed_by=worker).update(
        next_attempt_at=now + rules.RETRY_AFTER * row.attempts, claimed_by="",
        claimed_until=None, detail=detail[:2000])


def _revoked(row: OAuthRevocation, worker: str, now: datetime, outcome: str,
             detail: str) -> None:
    """Done, one way or the other: the token is no longer kept."""
    OAuthRevocation.objects.filter(pk=row.pk, claimed_by=worker).update(
        outcome=outcome, detail=detail[:2000], finished_at=now, token_encrypted="",
        claimed_by="", claimed_until=None)


def login_refused(*, owner_id: int) -> int:
    """The mail server refused an OAuth account's access token (revoked at the provider
    before it expired): it is renewed at the worker's next pass, where a refusal of the
    renewal stops the sending instead of its messages spending their retries. Returns 1 for
    an OAuth account, 0 for a password one (nothing to renew)."""
    return MailAccount.objects.filter(owner_id=owner_id, oauth_refused_at__isnull=True).exclude(
        oauth_provider="").update(oauth_expires_at=timezone.now())


# -- signing in: the page writes a row, the worker asks the provider ----------------------
STARTED_FOR = timedelta(minutes=15)  # how long a started sign-in may take
# A worker's claim on one sign-in: its requests take at most a few TIMEOUTs (the token
# endpoint, then userinfo); a worker gone meanwhile leaves it to another after this.
SIGN_IN_LEASE = timedelta(minutes=1)
SLOW_DOWN_BY = 5  # RFC 8628 3.5: seconds added to the interval, for this and later polls
_SIGN_INS_PER_TURN = 20
CODE, DEVICE = OAuthSignIn.Grant.CODE, OAuthSignIn.Grant.DEVICE
STARTED, EXCHANGING = OAuthSignIn.State.STARTED, OAuthSignIn.State.EXCHANGING
WAITING, DONE, FAILED = (OAuthSignIn.State.WAITING, OAuthSignIn.State.DONE,
                         OAuthSignIn.State.FAILED)
NOT_STARTED_HERE = ("This sign-in was not started from this page, or took too long: start "
                    "it again.")
EXPIRED = "The code expired before it was used: start again."

Said = list[tuple[str, str]]  # (level, text): django.contrib.messages levels by name


def _replace(owner: User, row: OAuthSignIn) -> OAuthSignIn:
    """The user's one sign-in under way is this one: an older one is dropped (a worker in the
    middle of it finds its claim gone and keeps nothing)."""
    with transaction.atomic():
        OAuthSignIn.objects.filter(owner=owner).delete()
        row.save()
    return row


def sign_in_start(*, owner: User, key: str, redirect_uri: str) -> str:
    """Start a code-grant sign-in; returns the provider's page for the browser. The row keeps
    the state's hash and the PKCE verifier (encrypted) for the callback; nothing is asked
    of the provider here."""
    started = authorization_url(key, redirect_uri=redirect_uri)
    now = timezone.now()
    _replace(owner, OAuthSignIn(
        owner=owner, provider=key, grant=CODE, state=STARTED,
        state_hash=hash_token(started.state), verifier_encrypted=encrypt(started.verifier),
        redirect_uri=redirect_uri, started_at=now, expires_at=now + STARTED_FOR))
    return started.url


def sign_in_returned(*, owner: User, state: str, code: str, error: str = "",
                     error_description: str = "") -> OAuthSignIn:
    """The browser came back from the provider (the callback): the state must be the one of
    the user's own started sign-in, within STARTED_FOR; the code is kept, encrypted, for the
    worker to exchange. A refusal or a mismatch ends the started sign-in (a callback works
    once) and raises what the user is told."""
    row = OAuthSignIn.objects.filter(owner=owner, grant=CODE, state=STARTED).first()
    if error:
        if row is not None:
            row.delete()
        said = error_description or error
        raise SignInFailed(f"The sign-in did not go through: {said[:300]}", where="oauth")
    now = timezone.now()
    if (row is None or not secrets.compare_digest(row.state_hash, hash_token(state))
            or now > row.expires_at):
        if row is not None:
            row.delete()
        raise SignInFailed(NOT_STARTED_HERE, where="oauth")
    if not OAuthSignIn.objects.filter(pk=row.pk, owner=owner, state=STARTED).update(
            state=EXCHANGING, code_encrypted=encrypt(code), state_hash="",
            next_attempt_at=now):
        raise SignInFailed(NOT_STARTED_HERE, where="oauth")  # replaced meanwhile
    row.refresh_from_db()
    return row


def device_sign_in_start(*, owner: User, key: str) -> OAuthSignIn:
    """Start a device-grant sign-in: the worker asks the provider for a code, then polls its
    token endpoint until the user has entered it (the page only reads this row)."""
    p = provider(key)
    if not p.device:
        raise BadInput(f"{p.label} does not allow signing in with a code for mail",
                       where="provider")
    _session(p)  # no client ID on this instance: said at once, not by the worker
    now = timezone.now()
    return _replace(owner, OAuthSignIn(
        owner=owner, provider=key, grant=DEVICE, state=STARTED, started_at=now,
        expires_at=now + STARTED_FOR, next_attempt_at=now))


def sign_in_cancel(*, owner: User) -> bool:
    """The user gave up the sign-in under way: the worker asks nothing more."""
    return OAuthSignIn.objects.filter(owner=owner).delete()[0] > 0


def sign_in_shown(*, owner: User, sign_in_id: int) -> Said:
    """What a finished sign-in tells its user, once: the row is removed as it is read."""
    with transaction.atomic():
        row = OAuthSignIn.objects.filter(
            pk=sign_in_id, owner=owner, state__in=[DONE, FAILED]).first()
        if row is None:
            return []
        row.delete()
    return [(str(level), str(text)) for level, text in row.said]


def _sign_in_due(now: datetime) -> Q:
    return (Q(next_attempt_at__lte=now, finished_at__isnull=True)
            & (Q(claimed_until__isnull=True) | Q(claimed_until__lte=now)))


def sign_ins_run(*, worker: str, now: datetime | None = None) -> int:
    """The worker's part of signing in: exchange the codes the callbacks kept, ask for device
    codes, and poll the token endpoint for the device grants at each one's interval (slower
    when the provider says `slow_down`) until the code is entered, expires, or the user
    cancels. Each sign-in is claimed first (several workers: one asks); every request has
    TIMEOUT and none is made inside a transaction. Returns how many were tried; one query
    when none is due."""
    now = now or timezone.now()
    tried = 0
    for pk in OAuthSignIn.objects.filter(_sign_in_due(now)).order_by(
            "next_attempt_at").values_list("pk", flat=True)[:_SIGN_INS_PER_TURN]:
        if not OAuthSignIn.objects.filter(_sign_in_due(now), pk=pk).update(
                claimed_by=worker, claimed_until=now + SIGN_IN_LEASE):
            continue  # another worker took it
        row = OAuthSignIn.objects.select_related("owner").filter(
            pk=pk, claimed_by=worker).first()
        if row is None:
            continue  # replaced or cancelled meanwhile
        tried += 1
        try:
            _sign_in_step(row, worker, now)
        except Exception:  # a bug: the user is told, the worker goes on
            log.exception("sign-in %s failed", pk)
            _sign_in_end(row, worker, now, FAILED, [(
                "error", "The sign-in failed unexpectedly: start it again.")])
    return tried


def _sign_in_mine(row: OAuthSignIn, worker: str) -> QuerySet[OAuthSignIn]:
    return OAuthSignIn.objects.filter(pk=row.pk, claimed_by=worker)


def _sign_in_end(row: OAuthSignIn, worker: str, now: datetime, state: str,
                 said: Said) -> None:
    """Finished, one way or the other: every secret is blanked."""
    _sign_in_mine(row, worker).update(
        state=state, said=[list(pair) for pair in said], finished_at=now,
        next_attempt_at=None, claimed_by="", claimed_until=None, state_hash="",
        verifier_encrypted="", code_encrypted="", device_code_encrypted="")


def _sign_in_step(row: OAuthSignIn, worker: str, now: datetime) -> None:
    if row.grant == CODE:
        try:
            tokens = code_exchange(row.provider, code=decrypt(row.code_encrypted),
                                   verifier=decrypt(row.verifier_encrypted),
                                   redirect_uri=row.redirect_uri)
        except BadInput as exc:
            _sign_in_end(row, worker, now, FAILED, [("error", exc.message)])
            return
        _sign_in_done(row, worker, now, tokens)
    elif row.state == STARTED:
        try:
            code = device_start(row.provider)
        except BadInput as exc:
            _sign_in_end(row, worker, now, FAILED, [("error", exc.message)])
            return
        interval = min(code.interval, 60)  # a provider's odd answer never parks it for days
        _sign_in_mine(row, worker).update(
            state=WAITING, device_code_encrypted=encrypt(code.device_code),
            user_code=code.user_code[:40], verification_uri=code.verification_uri[:500],
            interval=interval, expires_at=min(code.expires_at, row.started_at + STARTED_FOR),
            next_attempt_at=now + timedelta(seconds=interval), claimed_by="",
            claimed_until=None)
    elif now >= row.expires_at:
        _sign_in_end(row, worker, now, FAILED, [("error", EXPIRED)])
    else:
        try:
            answer = device_poll(row.provider, device_code=decrypt(row.device_code_encrypted))
        except BadInput as exc:
            _sign_in_end(row, worker, now, FAILED, [("error", exc.message)])
            return
        if isinstance(answer, dict):
            _sign_in_done(row, worker, now, answer)
            return
        interval = row.interval + (SLOW_DOWN_BY if answer == SLOW_DOWN else 0)
        _sign_in_mine(row, worker).update(
            interval=interval, next_attempt_at=now + timedelta(seconds=interval),
            claimed_by="", claimed_until=None)


def _sign_in_done(row: OAuthSignIn, worker: str, now: datetime,
                  tokens: dict[str, Any]) -> None:
    """Keep the tokens in the user's mail account, unless the sign-in was replaced or
    cancelled meanwhile (then nothing is kept)."""
    address = address_of(row.provider, tokens)  # userinfo, maybe: before the transaction
    label = provider(row.provider).label
    try:
        with transaction.atomic():
            if _sign_in_mine(row, worker).select_for_update().first() is None:
                return
            account, forgotten = mail_account_oauth_save(
                owner=row.owner, key=row.provider, tokens=tokens, address=address)
            said: Said = [("success", f"Signed in with {label} as {account.from_address}: "
                                      "Pursuit sends and reads replies with this sign-in. "
                                      "Test the connection below.")]
            if forgotten:  # the sign-in it replaced (another address or provider)
                said.append(("info", forgotten))
            if address is None:
                said.append(("warning", f"{label} did not say which address you signed in "
                                        "with: check “Your e-mail address” below and Save."))
            _sign_in_end(row, worker, now, DONE, said)
    except BadInput as exc:
        _sign_in_end(row, worker, now, FAILED, [("error", exc.message)])
