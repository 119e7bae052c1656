"""The settings sections, grouped, for the navigation at the top of every settings page.

One list drives both renderings (grouped tabs on a wide screen, a compact menu on a phone), so
a new section cannot appear in one and be missing from the other."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import template
from django.urls import reverse

register = template.Library()


@dataclass(frozen=True, slots=True)
class Section:
    label: str
    url: str
    current: bool


@dataclass(frozen=True, slots=True)
class Group:
    label: str
    sections: tuple[Section, ...]


# (group, ((label, url name, url names that count as this section, only for the instance's
# administrator), ...)).
_GROUPS: tuple[tuple[str, tuple[tuple[str, str, tuple[str, ...], bool], ...]], ...] = (
    ("You", (
        ("Time and schedule", "settings", ("settings",), False),
        ("Profile and strengths", "profile", ("profile",), False),
        ("Password", "password_change", ("password_change",), False),
    )),
    ("Mail and letters", (
        ("Mail account", "mail_settings", ("mail_settings",), False),
        ("Letter templates", "letter_templates",
         ("letter_templates",), False),
        ("Morning digest", "digest_settings", ("digest_settings",), False),
    )),
    ("Connections", (
        ("Calendar", "calendar_settings", ("calendar_settings",), False),
        ("Coaches", "coach_settings", ("coach_settings",), False),
        ("API", "api_tokens", ("api_tokens",), False),
    )),
    # The instance's, not the user's: only its administrator sees this group.
    ("This Pursuit", (
        ("Accounts", "account_settings", ("account_settings",), True),
    )),
)


@register.simple_tag(takes_context=True)
def settings_groups(context: template.Context) -> dict[str, Any]:
    """The groups of sections this user may open, and the section open now (or None)."""
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    name = getattr(match, "url_name", "") or ""
    is_admin = bool(getattr(getattr(request, "user", None), "is_superuser", False))
    groups: list[Group] = []
    current: Section | None = None
    for label, sections in _GROUPS:
        shown = []
        for title, url_name, names, admin_only in sections:
            if admin_only and not is_admin:
                continue
            # Every letter-template page (list, one kind, its editor) is that section.
            here = name in names or (url_name == "letter_templates"
                                     and name.startswith("letter_template"))
            section = Section(title, reverse(url_name), here)
            current = section if here else current
            shown.append(section)
        if shown:
            groups.append(Group(label, tuple(shown)))
    return {"groups": groups, "current": current}
