"""Build a large account fast, with bulk_create: for the query-count test and bench/bench_web.py.

The shape is a long job search: most applications closed, most past touches done, and a
realistic Today (a few dozen items due or overdue). Rows are written directly (not through the
services, which re-plan each application) because the point is reading them back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch
from pursuit.contacts.models import Contact, ContactEmail, ContactPhone, Organization
from pursuit.pipeline.models import Application, Interviewer, Round, Stage


@dataclass(frozen=True)
class Size:
    contacts: int = 5000
    applications: int = 500
    rounds_per_application: int = 3
    touches: int = 20_000
    open_applications: int = 60
    due_today: int = 24


HEAVY = Size()
SMALL = Size(contacts=60, applications=12, touches=300, open_applications=6, due_today=8)

_OPEN = [Stage.INTERESTED, Stage.APPLIED, Stage.INTERVIEWING, Stage.INTERVIEWING, Stage.OFFER]
_CLOSED = [Stage.REJECTED, Stage.FILLED, Stage.WITHDRAWN, Stage.CLOSED, Stage.ACCEPTED]
_TYPES = ["thank_you_email", "follow_up_call", "weekly_follow_up", "postal_letter",
          "reference_alert", "weekly_follow_up"]


def build_account(owner: User, size: Size, *, now: datetime) -> dict[str, int]:
    """Fill `owner`'s account with `size` worth of rows; returns the counts written."""
    tz = ZoneInfo(owner.timezone)
    today = now.astimezone(tz).date()
    orgs = Organization.objects.bulk_create(
        Organization(owner=owner, name=f"Employer {n:04d}")
        for n in range(max(20, size.applications)))
    contacts = Contact.objects.bulk_create(
        Contact(owner=owner, full_name=f"Person {n:05d} Example", first="Person",
                last=f"{n:05d}", title="Engineering Manager" if n % 3 else "Recruiter",
                company=orgs[n % len(orgs)].name, organization=orgs[n % len(orgs)])
        for n in range(size.contacts))
    ContactEmail.objects.bulk_create(
        ContactEmail(owner=owner, contact=c, address=f"p{n}@employer{n % len(orgs)}.example")
        for n, c in enumerate(contacts))
    ContactPhone.objects.bulk_create(
        ContactPhone(owner=owner, contact=c, e164=f"+1312555{n % 10000:04d}",
                     as_printed=f"(312) 555-{n % 10000:04d}")
        for n, c in enumerate(contacts) if n % 2 == 0)
    applications = Application.objects.bulk_create(
        Application(owner=owner, employer=orgs[n], role=f"Data Engineer {n}",
                    stage=(_OPEN[n % len(_OPEN)] if n < size.open_applications
                           else _CLOSED[n % len(_CLOSED)]),
                    applied_on=today - timedelta(days=2 + n % 300))
        for n in range(size.applications))
    rounds = Round.objects.bulk_create(
        Round(owner=owner, application=app, number=k + 1,
              start=datetime.combine(today - timedelta(days=10 + 7 * k + n % 200), time(10),
                                     tzinfo=tz),
              end=datetime.combine(today - timedelta(days=10 + 7 * k + n % 200), time(11),
                                   tzinfo=tz),
              timezone=owner.timezone)
        for n, app in enumerate(applications) for k in range(size.rounds_per_application))
    Interviewer.objects.bulk_create(
        Interviewer(owner=owner, round=r, contact=contacts[(2 * n + j) % len(contacts)],
                    position=j, hiring_manager=j == 0, topics=["pipelines", "on-call"])
        for n, r in enumerate(rounds) for j in range(2))
    touches = []
    per_app = max(1, size.touches // size.applications)
    due_left = size.due_today
    for n, app in enumerate(applications):
        is_open = n < size.open_applications
        for k in range(per_app):
            contact = contacts[(2 * n * size.rounds_per_application) % len(contacts)]
            type_ = _TYPES[k % len(_TYPES)]
            if is_open and k >= per_app - 6:
                # The open applications' last touches: a few due now, the rest ahead.
                if due_left > 0 and k == per_app - 6:
                    due_on, status = today - timedelta(days=n % 3), Touch.Status.PLANNED
                    due_left -= 1
                else:
                    due_on, status = today + timedelta(days=7 * (k - per_app + 7)), "planned"
            else:
                due_on, status = today - timedelta(days=400 - k * 3 - n % 5), Touch.Status.DONE
            touches.append(Touch(
                owner=owner, application=app, key=f"bench:{k}", type=type_,
                channel="phone" if type_ == "follow_up_call" else "email", contact=contact,
                recipient_name=contact.full_name, due_on=due_on, status=status,
                done_at=now if status == Touch.Status.DONE else None,
                done_on=now.date() if status == Touch.Status.DONE else None,
                outcome="voicemail" if status == "done" and type_ == "follow_up_call" else ""))
    Touch.objects.bulk_create(touches, batch_size=2000)
    return {"contacts": len(contacts), "applications": len(applications),
            "rounds": len(rounds), "touches": len(touches)}
