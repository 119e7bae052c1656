"""R1 thank-yous, and the preparation item before a scheduled round.

Window of a thank-you e-mail: from the round's end to 09:00 on `next_bd(D)`, `D` being the date
the interview ended, both read on the interviewer's own clock when their zone is known, else
on the round's. The times are built as local wall-clock times and zoneinfo attaches the right
UTC offset, so a window that spans a daylight-saving change is still 09:00 local.
"""

from __future__ import annotations

import datetime as dt

from pursuit.core.business_days import next_bd, prev_bd
from pursuit.core.cadence.model import (
    EMAIL,
    INTERVIEW_PREPARATION,
    POST,
    SELF,
    TASK,
    THANK_YOU_EMAIL,
    THANK_YOU_LETTER,
    Interviewer,
    PlannedTouch,
)
from pursuit.core.cadence.timeline import RoundInPlay
from pursuit.core.timezones import zone

_DEADLINE_TIME = dt.time(9, 0)


def thank_you_key(round_key: str, person_key: str) -> str:
    """One key for the e-mail or the letter: switching medium is not a new touch."""
    return f"thank_you:{round_key}:{person_key}"


def thank_you(
    rip: RoundInPlay,
    person: Interviewer,
    *,
    holidays: frozenset[dt.date],
    by_post: bool,
    address: str | None,
) -> PlannedTouch:
    """R1 for one interviewer: an e-mail with a window, or a letter dated `next_bd(D)`."""
    r = rip.round
    tz = (
        zone(person.timezone, where=f"round {r.key}.interviewers.{person.key}.timezone")
        if person.timezone
        else rip.zone
    )
    ended = r.end.astimezone(tz)
    reply_day = next_bd(ended.date(), holidays)
    key = thank_you_key(r.key, person.key)
    if by_post:
        return PlannedTouch(
            key=key,
            type=THANK_YOU_LETTER,
            recipient_key=person.key,
            recipient_name=person.name,
            channel=POST,
            round=r.number,
            date=reply_day,
            not_before=None,
            deadline=None,
            address=address,
        )
    return PlannedTouch(
        key=key,
        type=THANK_YOU_EMAIL,
        recipient_key=person.key,
        recipient_name=person.name,
        channel=EMAIL,
        round=r.number,
        date=None,
        not_before=ended,
        deadline=dt.datetime.combine(reply_day, _DEADLINE_TIME, tzinfo=tz),
    )


def preparation(rip: RoundInPlay, *, holidays: frozenset[dt.date]) -> PlannedTouch:
    """The candidate's own preparation item, the business day before a scheduled round."""
    r = rip.round
    return PlannedTouch(
        key=f"interview_preparation:{r.key}",
        type=INTERVIEW_PREPARATION,
        recipient_key=SELF,
        recipient_name=SELF,
        channel=TASK,
        round=r.number,
        date=prev_bd(rip.date, holidays),
        not_before=None,
        deadline=None,
    )
