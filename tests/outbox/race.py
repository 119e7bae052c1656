"""A skip racing the worker, across processes: `python -m tests.outbox.race seed PORT COUNT`
makes COUNT applications, each with one weekly follow-up whose message is queued; `skip`
skips them newest first (the worker sends oldest first, so the two meet in the middle) and
prints, per touch, whether the page would say the message was already on its way; `report`
prints every touch's status and its message's state."""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pursuit.settings")


def seed(port: int, count: int) -> None:
    import django

    django.setup()
    from django.core.management import call_command

    from pursuit.accounts.models import User
    from pursuit.cadence.models import Touch
    from pursuit.cadence.services import PersonIn, round_log, touch_queue_message
    from pursuit.cli.base import ensure_database
    from pursuit.outbox.services import mail_account_save
    from pursuit.pipeline.services import application_create

    ensure_database()
    # A shared PostgreSQL database holds what earlier tests of the pass left (applications
    # PROTECT their employers, so deleting users is not enough): start from empty tables.
    call_command("flush", interactive=False, verbosity=0)
    owner = User.objects.create_user("race@example.com", "race password 42",
                                     timezone="America/Chicago")
    mail_account_save(owner=owner, from_address="race@example.com", smtp_host="127.0.0.1",
                      smtp_port=port, smtp_security="none", rate_per_minute=600)
    start = datetime.now(ZoneInfo("America/Chicago")) - timedelta(days=20)
    for n in range(count):
        application = application_create(owner=owner, employer=f"Employer {n}", role="Engineer")
        round_log(owner=owner, application_id=application.pk, start=start,
                  end=start + timedelta(hours=1), timezone="America/Chicago",
                  people=[PersonIn(name=f"Person {n}", email=f"person{n}@example.com",
                                   hiring_manager=True)])
        touch = Touch.objects.filter(application=application, type="weekly_follow_up",
                                     status="planned").order_by("due_on").first()
        assert touch is not None
        touch_queue_message(owner=owner, touch_id=touch.pk, to_address=f"person{n}@example.com",
                            to_name=f"Person {n}", subject=f"Following up ({n})",
                            body="I remain very interested.\n")
    print(count)


def skip() -> None:
    import django

    django.setup()
    from pursuit.accounts.models import User
    from pursuit.cadence.models import Touch
    from pursuit.cadence.services import message_too_late, touch_skip

    owner = User.objects.get(email="race@example.com")
    told = {}
    for touch in Touch.objects.filter(owner=owner, message__isnull=False).order_by("-id"):
        skipped = touch_skip(owner=owner, touch_id=touch.pk, reason="race")
        late = message_too_late(skipped)
        told[skipped.message.message_id] = {"status": skipped.status,
                                            "told_too_late": late is not None}
    print(json.dumps(told))


def report() -> None:
    import django

    django.setup()
    from pursuit.cadence.models import Touch

    print(json.dumps({t.message.message_id: {"touch": t.status, "message": t.message.state}
                      for t in Touch.objects.filter(message__isnull=False)
                      .select_related("message")}))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "seed":
        seed(int(sys.argv[2]), int(sys.argv[3]))
    elif command == "skip":
        skip()
    else:
        report()
