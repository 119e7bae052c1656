"""The digest's words. Pure: today's agenda and the networking lines in, subject and body out.

No Django here, so the text can be tested (and read) without a database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from pursuit.core.agenda import ACTIONS, AgendaItem

_CHANNELS = {"email": "e-mail", "phone": "phone", "post": "post"}


@dataclass(frozen=True, slots=True)
class Digest:
    subject: str
    body: str


@dataclass(frozen=True, slots=True)
class PersonLine:
    """One keep-in-touch contact due today, already in words."""

    name: str
    detail: str  # "last in touch 94 days ago"


def day_title(day: date) -> str:
    """Monday 3 November"""
    return f"{day:%A} {day.day} {day:%B}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}es" if word.endswith("ch") else f"{n} {word}s"


def _touch_line(item: AgendaItem) -> str:
    touch = item.touch
    action = ACTIONS.get(touch.type, touch.type.replace("_", " ").capitalize())
    head = action if touch.type == "interview_preparation" else f"{action}: {touch.to}"
    channel = _CHANNELS.get(touch.channel)
    if channel and touch.type != "interview_preparation":
        head += f" ({channel})"
    return f"- {head}\n  {item.why[:1].upper()}{item.why[1:]}. {touch.application}"


def compose(*, name: str, today: date, items: Sequence[AgendaItem],
            keep_in_touch: Sequence[PersonLine] = (), suggestion: str = "",
            link: str = "", placed_as: str = "", alerts: Sequence[str] = ()) -> Digest:
    """The morning e-mail. With nothing due it says so in a line or two; `link` (the app's
    address, when known) ends it, so one click opens Today. `placed_as` ("Data Engineer at
    Larchmont") is career mode: the search is over, so the network comes first and the
    subject speaks of it."""
    if alerts:
        # What stops Pursuit working for the user (a refused mail sign-in) comes first.
        digest = compose(name=name, today=today, items=items, keep_in_touch=keep_in_touch,
                         suggestion=suggestion, link=link, placed_as=placed_as)
        greeting, rest = digest.body.split("\n\n", 1)
        return Digest(subject=digest.subject,
                      body=f"{greeting}\n\n" + "\n".join(alerts) + f"\n\n{rest}")
    if placed_as:
        return _compose_placed(name=name, today=today, items=items,
                               keep_in_touch=keep_in_touch, suggestion=suggestion, link=link,
                               placed_as=placed_as)
    active = [i for i in items if not i.held]
    held = [i for i in items if i.held]
    overdue = [i for i in active if i.overdue]
    due_today = [i for i in active if not i.overdue]
    greeting = f"Good morning, {name}." if name else "Good morning."
    when = day_title(today)

    if not active:
        subject = f"Nothing due today, {when}"
    else:
        subject = f"{_plural(len(active), 'touch')} today"
        if overdue:
            subject += f" ({len(overdue)} overdue)"
        subject += f", {when}"

    parts = [greeting]
    if not active:
        parts.append("Nothing is due today.")
    else:
        if overdue:
            parts.append("Overdue\n" + "\n".join(_touch_line(i) for i in overdue))
        if due_today:
            parts.append("Today\n" + "\n".join(_touch_line(i) for i in due_today))
    if held:
        parts.append("On hold (the person asked not to be contacted yet)\n"
                     + "\n".join(_touch_line(i) for i in held))
    if keep_in_touch:
        parts.append("Keep in touch\n" + "\n".join(
            f"- {p.name}: {p.detail}" if p.detail else f"- {p.name}" for p in keep_in_touch))
    if suggestion:
        parts.append(f"Today's networking idea\n{suggestion}")
    parts.append(f"Pursuit\n{link}" if link else "Pursuit")
    return Digest(subject=f"Pursuit: {subject}", body="\n\n".join(parts) + "\n")


def _compose_placed(*, name: str, today: date, items: Sequence[AgendaItem],
                    keep_in_touch: Sequence[PersonLine], suggestion: str, link: str,
                    placed_as: str) -> Digest:
    """Career mode's digest: the people to keep in touch with first, a thank-you still owed
    after them, and no talk of the search."""
    when = day_title(today)
    active = [i for i in items if not i.held]
    if keep_in_touch:
        subject = f"{_plural(len(keep_in_touch), 'person')} to keep in touch with, {when}" \
            .replace("persons", "people")
    else:
        subject = f"Your network, {when}"
    greeting = f"Good morning, {name}." if name else "Good morning."
    parts = [greeting, f"You are {placed_as} now: the network you built is the living "
                       "connection you keep for the rest of your career."]
    if keep_in_touch:
        parts.append("Keep in touch\n" + "\n".join(
            f"- {p.name}: {p.detail}" if p.detail else f"- {p.name}" for p in keep_in_touch))
    else:
        parts.append("Nobody is due for a note today.")
    if active:
        parts.append("Still to do\n" + "\n".join(_touch_line(i) for i in active))
    if suggestion:
        parts.append(f"Today's networking idea\n{suggestion}")
    parts.append(f"Pursuit\n{link}" if link else "Pursuit")
    return Digest(subject=f"Pursuit: {subject}", body="\n\n".join(parts) + "\n")
