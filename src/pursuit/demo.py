"""The demo: a dozen applications across every stage, placed around today.

Dates are relative to `now` so that Today always has something to show; everything created is
flagged `is_demo` (or is the demo's own networking event), so loading it again replaces it and
removing it takes away what it added and nothing else.

In the app the demo lives in its own account (`demo_open`): each account that asks gets a
demo account of its own (`User.demo_of`), without a password, reached only by switching from
that account, refreshed each time it is opened and deleted with it. On a server shared by
several people nobody sees anyone else's demo, and nothing the demo does reaches a real
profile. `pursuit demo --user EMAIL` still loads into the account it names (contracts.md);
the profile and strengths are the demo's only in an account that is the demo's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models import Q

from pursuit.accounts.models import Strength, User
from pursuit.cadence.models import Touch
from pursuit.cadence.services import (
    PersonIn,
    event_record,
    reference_add,
    round_log,
    touch_complete,
)
from pursuit.contacts.models import Contact, Organization
from pursuit.contacts.services import AddressIn, ContactIn, PhoneIn, contact_create
from pursuit.core.errors import BadInput
from pursuit.networking.models import NetworkingEvent
from pursuit.networking.services import (
    event_add_contact,
    event_create,
    interaction_log,
    keep_in_touch_default,
)
from pursuit.outbox.models import Message
from pursuit.pipeline.models import Application, Event, Round
from pursuit.pipeline.services import application_create


@dataclass(frozen=True)
class _Person:
    name: str
    title: str
    company: str
    email: str | None
    phone: str
    source: str
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    timezone: str = ""


PEOPLE = [
    _Person("Adaeze Okonkwo", "VP, Research", "Larchmont Analytics", "adaeze@larchmont.example",
            "+13125550101", "business_card", "200 W Madison St, Suite 1400", "Chicago", "IL",
            "60606"),
    _Person("Siobhan O'Sullivan", "Staff Data Engineer", "Larchmont Analytics",
            "siobhan@larchmont.example", "+13125550102", "business_card"),
    _Person("Minh Nguyen", "Engineering Manager", "Larchmont Analytics",
            "minh.nguyen@larchmont.example", "+13125550103", "business_card"),
    _Person("Chloé Martin", "Head of Platform", "Bellweather Freight", "chloe@bellweather.example",
            "+16125550110", "business_card", "90 S 7th St", "Minneapolis", "MN", "55402"),
    _Person("Rahul Iyer", "Senior SRE", "Bellweather Freight", "rahul@bellweather.example",
            "+16125550111", "interview"),
    _Person("Renata Solberg", "Head of Applied Science", "Ferncliff Labs",
            "r.solberg@ferncliff.example", "+15035550147", "business_card",
            "410 Quarry Lane, Suite 2", "Portland", "OR", "97205", "America/Los_Angeles"),
    _Person("Tomasz Kowalski", "Recruiter", "Ferncliff Labs", "tomasz@ferncliff.example",
            "+15035550148", "linkedin"),
    _Person("Grace Whitfield", "Director of Interoperability", "Quarry & Pine Health",
            "grace@quarrypine.example", "+16175550120", "business_card", "1 Beacon St",
            "Boston", "MA", "02108", "America/New_York"),
    _Person("Oliver Bennett", "CTO", "Alpine Ski House", "oliver@alpineskihouse.example",
            "+14405550130", "interview", "", "", "", "", "Europe/London"),
    _Person("Priya Raman", "Data Platform Manager", "Contoso Pharmaceuticals",
            "priya@contoso.example", "+12065550140", "business_card", "1 Microsoft Way",
            "Redmond", "WA", "98052"),
    _Person("Dmitri Volkov", "SRE Manager", "Tailspin Toys", "dmitri@tailspin.example",
            "+17205550150", "interview"),
    _Person("Tom Alvarez", "Former manager", "Acme Cloud", "tom.alvarez@acme.example",
            "+13125550160", "former_manager"),
    _Person("Dr. Helen Park", "Professor of Computer Science", "Northern Illinois University",
            "hpark@niu.example", "+18155550170", "professor"),
    _Person("Marcus Lee", "Product Manager", "Northwind Traders", "marcus@northwind.example",
            "+13125550180", "alumni"),
    _Person("Aisha Khan", "Career Counselor", "City Colleges Career Center",
            "aisha@careers.example", "+13125550190", "career_counselor"),
    _Person("Sam Rivera", "Nurse", "", None, "+13125550199", "family"),
    _Person("Father Brian Kelly", "Pastor", "St. Mark's", None, "+13125550198", "church"),
    _Person("Lena Fischer", "Data Scientist", "Wide World Importers", "lena@wideworld.example",
            "+4930555012", "event"),
]

STRENGTHS = [
    ("cut cloud costs 30% at Acme", "Moved batch jobs to spot instances and right-sized clusters",
     "cloud cost aws kubernetes terraform"),
    ("built a real-time data platform", "Kafka and PostgreSQL pipeline serving 2,000 dashboards",
     "data pipeline kafka postgresql streaming analytics"),
    ("led a team of five engineers", "Hired and mentored five engineers over two years",
     "leadership mentoring hiring team"),
    ("shipped FHIR integrations", "Connected three hospital systems through FHIR APIs",
     "fhir healthcare interoperability api"),
]


def _local(tz: ZoneInfo, day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=tz)


def _weekday_before(day: date, days: int) -> date:
    """A weekday `days` or more before `day`, so demo interviews fall on working days."""
    result = day - timedelta(days=days)
    while result.weekday() >= 5:
        result -= timedelta(days=1)
    return result


# The profile of a demo account (and of an account `pursuit demo` created for the demo).
DEMO_NAME = "Jordan Rivera"
DEMO_PROFILE = {"full_name": DEMO_NAME, "phone": "+1 312 555 0100",
                "return_address": "1520 N Damen Ave\nChicago, IL 60622",
                "linkedin": "linkedin.com/in/jordan-rivera-demo"}
DEMO_DOMAIN = "demo.pursuit.invalid"  # .invalid: an address no mail can ever reach


def has_demo_data(owner: User) -> bool:
    return Application.objects.filter(owner=owner, is_demo=True).exists() or \
        Contact.objects.filter(owner=owner, is_demo=True).exists()


def owns_demo_profile(owner: User) -> bool:
    """The account's profile is the demo's: a demo account, or one an earlier `pursuit demo`
    set up (the demo's name, no strength but the demo's)."""
    return owner.demo_of_id is not None or owner.full_name == DEMO_NAME and \
        not owner.strengths.exclude(_demo_strengths()).exists()


def _demo_strengths() -> Q:
    """The demo's strengths, word for word (phrase, evidence and keywords): a strength the
    user wrote is never taken for one of them."""
    match = Q(pk__in=[])
    for phrase, evidence, keywords in STRENGTHS:
        match |= Q(phrase=phrase, evidence=evidence, keywords=keywords)
    return match


def demo_remove(*, owner: User) -> dict[str, int]:
    """Delete everything the demo created in this account, and nothing else: its applications
    and contacts (with their rounds, touches, letters, interactions), the organisations it
    made that nothing else uses, its networking event, and the demo's own strengths (an
    earlier version put them in the user's profile). Returns how many applications and
    contacts it removed."""
    with transaction.atomic():
        names = {p.company for p in PEOPLE} | {a[0] for a in APPLICATIONS}
        applications = Application.objects.filter(owner=owner, is_demo=True)
        contacts = Contact.objects.filter(owner=owner, is_demo=True)
        # Counted before deleting: delete()'s own count includes every cascaded row.
        removed = {"applications": applications.count(), "contacts": contacts.count()}
        applications.delete()
        contacts.delete()
        Strength.objects.filter(_demo_strengths(), owner=owner).delete()
        Organization.objects.filter(owner=owner, name__in=names, website="",
                                    applications__isnull=True, contacts__isnull=True).delete()
        # Interactions of demo contacts went with them; the demo's one event goes when only
        # demo people (now gone) were met there.
        NetworkingEvent.objects.filter(owner=owner, name=DEMO_EVENT, met__isnull=True).delete()
    return removed


def demo_account(user: User) -> User | None:
    """The user's own demo account, if they opened one."""
    return User.objects.filter(demo_of=user).first()


def demo_open(*, user: User, now: datetime) -> User:
    """The user's demo account, made on first use and loaded afresh (its dates around today),
    in the user's timezone and country. The user's own account is only read."""
    if user.demo_of_id is not None:
        raise BadInput("this is the demo already", where="demo")
    with transaction.atomic():
        demo = User.objects.select_for_update().filter(demo_of=user).first()
        if demo is None:
            # No password: the demo is reached only by switching from its account.
            demo = User.objects.create_user(f"demo-{user.pk}@{DEMO_DOMAIN}", None,
                                            demo_of=user, is_active=True)
        for name in ("timezone", "country", "subdivision", "workday_start", "workday_end"):
            setattr(demo, name, getattr(user, name))
        demo.save()
        demo_load(owner=demo, now=now, with_profile=True)
    return demo


def demo_close(*, user: User) -> None:
    """Delete the user's demo account with everything in it, in the order the foreign keys
    ask (as `archive.account_delete` does): rounds PROTECT their interviewers' contacts and
    applications their employer."""
    with transaction.atomic():
        for demo in User.objects.filter(demo_of=user):
            Message.objects.filter(owner=demo).delete()
            Application.objects.filter(owner=demo).delete()
            Contact.objects.filter(owner=demo).delete()
            Organization.objects.filter(owner=demo).delete()
            demo.delete()


# employer, role, stage, channel
APPLICATIONS = [
    ("Larchmont Analytics", "Senior Data Engineer", "interviewing", "no_preference"),
    ("Bellweather Freight", "Platform Engineer", "interviewing", "no_preference"),
    ("Ferncliff Labs", "Machine Learning Engineer", "interviewing", "no_preference"),
    ("Quarry & Pine Health", "FHIR Integration Engineer", "interviewing", "mail"),
    ("Alpine Ski House", "DevOps Engineer", "interviewing", "email"),
    ("Contoso Pharmaceuticals", "Data Platform Lead", "interviewing", "no_preference"),
    ("Tailspin Toys", "Site Reliability Engineer", "interviewing", "phone"),
    ("Northwind Traders", "Backend Engineer", "applied", "no_preference"),
    ("Wide World Importers", "Cloud Engineer", "applied", "no_preference"),
    ("Adventure Works", "Analytics Engineer", "interested", "no_preference"),
    ("Fabrikam", "Staff Engineer", "applied", "no_preference"),
    ("Margie's Travel", "Contract Data Engineer", "accepted", "no_preference"),
    ("Lucerne Publishing", "Data Engineer", "applied", "no_preference"),
]


_DEMO_NOTE = "Demo application: remove it from Settings or with `pursuit demo --remove`."
_ACCEPTED_NOTE = "A three-month contract accepted last spring; kept for the record."


def demo_load(*, owner: User, now: datetime, with_profile: bool | None = None) -> dict[str, int]:
    """Replace this account's demo data; returns counts of what was created.

    The profile and strengths are set only `with_profile` (by default: when the account's
    profile is the demo's, `owns_demo_profile`); a real account keeps its own untouched.
    """
    tz = ZoneInfo(owner.timezone)
    today = now.astimezone(tz).date()
    if with_profile is None:
        with_profile = owns_demo_profile(owner)
    with transaction.atomic():
        demo_remove(owner=owner)
        if with_profile:
            for name, value in DEMO_PROFILE.items():
                setattr(owner, name, value)
            owner.save(update_fields=list(DEMO_PROFILE))
            for phrase, evidence, keywords in STRENGTHS:
                Strength.objects.create(owner=owner, phrase=phrase, evidence=evidence,
                                        keywords=keywords)
        people = {p.name: _contact(owner, p) for p in PEOPLE}
        apps = {
            employer: application_create(
                owner=owner, employer=employer, role=role, stage=stage, preferred_channel=channel,
                applied_on=today - timedelta(days=20 + n), is_demo=True,
                notes=_ACCEPTED_NOTE if stage == "accepted" else _DEMO_NOTE,
            )
            for n, (employer, role, stage, channel) in enumerate(APPLICATIONS)
        }
        _interviews(owner, apps, people, tz, today, now)
    return {"applications": len(apps), "contacts": len(people)}


def _done_before(owner: User, day: date, now: datetime) -> None:
    """Mark older touches done, as a diligent user would have: Today shows a realistic day."""
    old = list(Touch.objects.filter(owner=owner, application__is_demo=True, status="planned",
                                    due_on__lt=day))
    zone = ZoneInfo(owner.timezone)
    for n, touch in enumerate(old):
        # A thank-you the evening of the interview; anything else at 10:00 the day it was due.
        at = (touch.not_before + timedelta(hours=3) if touch.not_before
              else datetime.combine(touch.due_on, time(10), tzinfo=zone))
        phoned = touch.type in ("follow_up_call", "weekly_follow_up") and touch.channel == "phone"
        touch_complete(owner=owner, touch_id=touch.pk, at=at,
                       outcome=("reached", "voicemail", "no_answer")[n % 3] if phoned else "")


DEMO_EVENT = "Northern Illinois alumni evening"

# Who the demo keeps in touch with, and how long ago they last talked (None: never logged).
_NETWORK = [("Tom Alvarez", "call", 10), ("Dr. Helen Park", "email", 75),
            ("Marcus Lee", "coffee", 70), ("Aisha Khan", "email", 50),
            ("Sam Rivera", "message", 3), ("Father Brian Kelly", None, None),
            ("Lena Fischer", None, None)]


def _network(owner: User, people: dict[str, Contact], today: date, now: datetime) -> None:
    """Keep-in-touch rhythms, a few past interactions and an alumni evening, so the Network
    page has people due and people coming up."""
    for name, kind, days_ago in _NETWORK:
        contact = people[name]
        keep_in_touch_default(owner=owner, contact_id=contact.pk)
        if kind and days_ago is not None:
            # No minutes: they would go into the day's networking session, which the demo
            # cannot tell from the user's own when it is removed from a real account.
            interaction_log(owner=owner, kind=kind, at=now - timedelta(days=days_ago),
                            contact_id=contact.pk)
    event = event_create(owner=owner, name=DEMO_EVENT, date=today - timedelta(days=12),
                         kind="alumni", location="Chicago", cards_given=5)
    event_add_contact(event, people["Lena Fischer"], card_gathered=True)
    event_add_contact(event, people["Marcus Lee"], card_gathered=False)


def _contact(owner: User, p: _Person) -> Contact:
    prefix, name = ("Dr.", p.name[4:]) if p.name.startswith("Dr. ") else ("", p.name)
    return contact_create(owner=owner, data=ContactIn(
        full_name=name, prefix=prefix, title=p.title, company=p.company, timezone=p.timezone,
        emails=(p.email,) if p.email else (),
        phones=(PhoneIn(type="work", e164=p.phone, as_printed=p.phone),),
        addresses=(AddressIn(street=p.street, city=p.city, region=p.region,
                             postal_code=p.postal_code),) if p.street else (),
        sources=((p.source, "demo"),), is_demo=True,
    ))


def _interviews(owner: User, apps: dict[str, Application], people: dict[str, Contact],
                tz: ZoneInfo, today: date, now: datetime) -> None:
    def held(app: str, days_ago: int, hour: int, who: list[tuple[str, bool, list[str]]],
             fmt: str = "onsite", role: str = "interviewer") -> Round:
        day = _weekday_before(today, days_ago)
        return round_log(
            owner=owner, application_id=apps[app].pk, start=_local(tz, day, hour),
            end=_local(tz, day, hour + 1), timezone=str(tz), format=fmt,
            people=[PersonIn(contact_id=people[name].pk, hiring_manager=hm, topics=topics,
                             role=role if name == "Tomasz Kowalski" else "interviewer")
                    for name, hm, topics in who],
        )

    tom, helen = people["Tom Alvarez"], people["Dr. Helen Park"]
    held("Larchmont Analytics", 1, 10, [
        ("Adaeze Okonkwo", True, ["real-time analytics roadmap", "team growth"]),
        ("Siobhan O'Sullivan", False, ["Kafka to PostgreSQL pipeline", "data quality checks"]),
        ("Minh Nguyen", False, ["on-call practices", "mentoring"]),
    ], fmt="panel")
    reference_add(owner=owner, application_id=apps["Larchmont Analytics"].pk,
                  contact_id=tom.pk, relationship="Former manager at Acme Cloud")
    reference_add(owner=owner, application_id=apps["Larchmont Analytics"].pk,
                  contact_id=helen.pk, relationship="Thesis advisor")
    next_day = today + timedelta(days=3)
    while next_day.weekday() >= 5:
        next_day += timedelta(days=1)
    round_log(owner=owner, application_id=apps["Larchmont Analytics"].pk,
              start=_local(tz, next_day, 14), end=_local(tz, next_day, 15), timezone=str(tz),
              format="video", status=Round.Status.SCHEDULED,
              people=[PersonIn(contact_id=people["Adaeze Okonkwo"].pk, hiring_manager=True)])

    held("Bellweather Freight", 0 if now.astimezone(tz).hour >= 12 else 1, 9, [
        ("Chloé Martin", True, ["Kubernetes migration", "cost of the CI fleet"]),
        ("Rahul Iyer", False, ["incident reviews", "SLOs for the tracking API"]),
    ])

    ferncliff = held("Ferncliff Labs", 12, 13, [
        ("Renata Solberg", True, ["model monitoring", "feature store"]),
        ("Tomasz Kowalski", False, ["timeline", "relocation"]),
    ], fmt="video")
    for touch in ferncliff.touches.filter(type__in=["thank_you_email", "follow_up_call"]):
        touch_complete(owner=owner, touch_id=touch.pk,
                       outcome="voicemail" if touch.type == "follow_up_call" else "",
                       at=now - timedelta(days=5))
    event_record(owner=owner, application_id=apps["Ferncliff Labs"].pk,
                 type=Event.Type.INTERVIEWER_REPLIED, at=now - timedelta(days=2),
                 by_contact_id=people["Renata Solberg"].pk,
                 summary="Thanks for the note: we are finishing interviews this week.",
                 decision_expected_by=today + timedelta(days=10))

    held("Quarry & Pine Health", 20, 11, [
        ("Grace Whitfield", True, ["FHIR R4 rollout", "HL7 v2 legacy feeds"]),
    ])
    event_record(owner=owner, application_id=apps["Quarry & Pine Health"].pk,
                 type=Event.Type.OFFER_RECEIVED,
                 at=now - timedelta(days=1), summary="Verbal offer; written offer to follow.")

    held("Alpine Ski House", 6, 10, [("Oliver Bennett", True, ["Terraform modules", "on-call"])],
         fmt="video")
    held("Contoso Pharmaceuticals", 25, 15, [("Priya Raman", True, ["data governance"])])
    event_record(owner=owner, application_id=apps["Contoso Pharmaceuticals"].pk,
                 type=Event.Type.REJECTED,
                 at=now - timedelta(days=8), summary="They chose an internal candidate.")
    held("Tailspin Toys", 30, 9, [("Dmitri Volkov", True, ["SLOs", "chaos testing"])],
         fmt="phone")
    event_record(owner=owner, application_id=apps["Tailspin Toys"].pk,
                 type=Event.Type.JOB_FILLED,
                 at=now - timedelta(days=15))
    event_record(owner=owner, application_id=apps["Fabrikam"].pk,
                 type=Event.Type.CANDIDATE_WITHDREW,
                 at=now - timedelta(days=9), summary="The role moved to on-site five days a week.")
    event_record(owner=owner, application_id=apps["Lucerne Publishing"].pk,
                 type=Event.Type.JOB_CLOSED,
                 at=now - timedelta(days=4), summary="Hiring freeze.")
    _done_before(owner, today - timedelta(days=2), now)
    _network(owner, people, today, now)

