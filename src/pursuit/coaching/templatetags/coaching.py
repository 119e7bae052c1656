from __future__ import annotations

from django import template

from pursuit.core.agenda import ACTIONS

register = template.Library()


@register.filter
def touch_action(touch_type: str) -> str:
    """What the candidate does for this kind of touch, in words ("Send a thank-you e-mail")."""
    return ACTIONS.get(touch_type, touch_type.replace("_", " "))
