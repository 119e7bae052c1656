"""The user's settings and profile: in the cadence because a change of holiday calendar moves
every open application's business days, so it re-plans them in the same transaction."""

from __future__ import annotations

from django.db import transaction

from pursuit.accounts.models import User
from pursuit.cadence.services.plan import applications_replan
from pursuit.core.errors import BadInput
from pursuit.core.mail import check_header
from pursuit.core.timezones import canonical_zone, zone_name
from pursuit.pipeline.models import OPEN_STAGES, Application

SETTINGS_FIELDS = ("timezone", "country", "subdivision", "workday_start", "workday_end",
                   "pipeline_target")
PROFILE_FIELDS = ("full_name", "email", "phone", "return_address", "linkedin", "signature",
                  "target_roles")
# A change to one of these moves business days, so every open application is re-planned.
_CALENDAR_FIELDS = ("country", "subdivision")


def user_update(*, user: User, **fields: object) -> User:
    """Save settings or profile fields; re-plans open applications when holidays change."""
    unknown = set(fields) - set(SETTINGS_FIELDS) - set(PROFILE_FIELDS)
    if unknown:
        raise BadInput(f"unknown fields {sorted(unknown)}", where="settings")
    if "full_name" in fields:  # the From name of every e-mail the user sends
        check_header(str(fields["full_name"]), field="full_name")
    if "timezone" in fields:
        zone_name(str(fields["timezone"]), where="timezone")
    if "email" in fields:
        email = str(fields["email"]).strip().lower()
        if User.objects.filter(email__iexact=email).exclude(pk=user.pk).exists():
            raise BadInput("another account uses this e-mail", where="email")
        fields["email"] = email
    if "timezone" in fields:  # chosen in a form: the person has said which zone is theirs
        fields["timezone_confirmed"] = True
    replan = any(fields.get(f, getattr(user, f)) != getattr(user, f) for f in _CALENDAR_FIELDS)
    with transaction.atomic():
        for name, value in fields.items():
            setattr(user, name, value)
        user.save()
        if replan:
            applications_replan(Application.objects.filter(owner=user, stage__in=OPEN_STAGES))
    return user


def timezone_confirm(*, user: User, zone: str) -> User:
    """The person says `zone` is theirs (Today's "Your time zone looks like ..." banner): it is
    saved as its canonical name and Today stops asking. Nothing is re-planned, as when the zone
    is changed in Settings: business days depend on the country, not the zone."""
    name = canonical_zone(zone_name(zone, where="timezone"))
    user.timezone, user.timezone_confirmed = name, True
    user.save(update_fields=["timezone", "timezone_confirmed"])
    return user
