"""Dates and times in the signed-in user's timezone, in the words a person uses."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from django import template
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.safestring import SafeString

from pursuit.core.agenda import day_words, time_words
from pursuit.core.due import due_state
from pursuit.core.timezones import canonical_zone
from pursuit.pipeline.models import Stage

register = template.Library()


def _tz(context: template.Context) -> ZoneInfo:
    user = getattr(context.get("request"), "user", None)
    name = getattr(user, "timezone", None) or "UTC"
    return ZoneInfo(name)


def _today(tz: ZoneInfo) -> date:
    return timezone.now().astimezone(tz).date()


@register.simple_tag(takes_context=True)
def day(context: template.Context, value: date | datetime | None) -> str:
    """'today', 'tomorrow', 'last Tuesday', 'Mon 3 Nov' (a datetime in the user's timezone)."""
    if value is None:
        return ""
    tz = _tz(context)
    if isinstance(value, datetime):
        value = value.astimezone(tz).date()
    return day_words(value, _today(tz))


@register.simple_tag(takes_context=True)
def when(context: template.Context, value: datetime | None, other_tz: str = "") -> str:
    """'9:00 tomorrow'; with `other_tz` different from the user's, adds the local time there."""
    if value is None:
        return ""
    tz = _tz(context)
    local = value.astimezone(tz)
    text = f"{time_words(local)} {day_words(local.date(), _today(tz))}"
    if other_tz and other_tz != tz.key:
        there = value.astimezone(ZoneInfo(other_tz))
        place = other_tz.rsplit("/", 1)[-1].replace("_", " ")
        text += f" ({time_words(there)} in {place})"
    return text


@register.filter
def stage_class(stage: str) -> str:
    """A CSS class per stage for its colour."""
    return f"stage-{stage}"


@register.simple_tag(takes_context=True)
def next_touch(context: template.Context, app: Any) -> str:
    """A card's next planned touch: 'next touch Friday', 'touch due today', or 'touch overdue'
    when it is late, by `core.due`'s rule (the one Today uses: a thank-you due by 9:00 is not
    overdue at 8:00)."""
    if app.next_due is None:
        return ""
    tz = _tz(context)
    now = timezone.now()
    state = due_state(due_on=app.next_due, deadline=app.next_deadline,
                      snoozed_until=app.next_snoozed, now=now, tz=tz)
    if state.overdue:
        return "touch overdue"
    if state.due:
        return "touch due today"
    return f"next touch {day_words(state.day, now.astimezone(tz).date())}"


@register.filter
def canonical(zone_name: str) -> str:
    """A stored zone as it is offered: "America/Atka" (an old alias) reads "America/Adak"."""
    return canonical_zone(zone_name) if zone_name else zone_name


#: How many monogram colours app.css has (.mono-0 ... .mono-7).
MONOGRAM_COLOURS = 8


@register.filter
def monogram(name: str) -> str:
    """A company's initial for its monogram on the board: its first letter or digit ("Ørsted"
    gives "Ø", "3M" gives "3"), "?" for a name without one. Drawn from the name alone: no
    favicon is fetched, nothing leaves the machine."""
    for char in name or "":
        if char.isalnum():
            return char.upper()
    return "?"


@register.filter
def monogram_colour(name: str) -> str:
    """The same company gets the same colour on every card and every visit: a stable sum of
    its name's characters (Python's hash() changes between processes)."""
    return f"mono-{sum(map(ord, (name or '').casefold())) % MONOGRAM_COLOURS}"


_OPTIONS: dict[str, SafeString] = {}


@register.simple_tag
def stage_options(current: str) -> SafeString:
    """The <option>s of the "Move to" select, built once per stage: the board shows many cards
    and a template loop per card was most of its rendering time."""
    if current not in _OPTIONS:
        _OPTIONS[current] = format_html_join(
            "", '<option value="{}"{}>{}</option>',
            ((value, " selected" if value == current else "", label)
             for value, label in Stage.choices))
    return _OPTIONS[current]
