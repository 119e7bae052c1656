"""Settings → Mail account's errands, done by the worker so that no request waits on the
network: finishing OAuth sign-ins (the code exchange, the device grant's polls at the
provider's interval: `outbox.oauth.sign_ins_run`) and "Look up settings"
(`worker.mail_lookup`). Apart from `loop.py` so that the loop only calls it."""

from __future__ import annotations

import logging

from pursuit.outbox.oauth import sign_ins_run
from pursuit.worker.mail_lookup import lookups_run

log = logging.getLogger(__name__)


def mail_settings_run(*, worker: str) -> None:
    """One pass: one query each when nothing is waiting. A bug here must never stop the
    delivery of approved messages: logged, and the worker goes on."""
    try:
        sign_ins_run(worker=worker)
    except Exception:
        log.exception("finishing OAuth sign-ins failed")
    try:
        lookups_run(worker=worker)
    except Exception:
        log.exception("looking up mail settings failed")
