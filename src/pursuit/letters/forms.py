"""Forms of the letter pages: they only check shapes; the services decide."""

from __future__ import annotations

from django import forms

from pursuit.core.letters.limits import LIMITS
from pursuit.letters.services import SEND_MORNING, SEND_NOW


class LetterTextForm(forms.Form):
    subject = forms.CharField(required=False, max_length=300, strip=False)
    body = forms.CharField(required=False, strip=False, widget=forms.Textarea)


class ApproveForm(LetterTextForm):
    send = forms.ChoiceField(required=False, choices=[(SEND_NOW, "Send now"),
                                                      (SEND_MORNING, "Next business morning")])


class TemplateForm(forms.Form):
    subject = forms.CharField(required=False, max_length=300, label="Subject",
                              widget=forms.TextInput(attrs={"class": "code"}))
    body = forms.CharField(strip=False, label="Body", max_length=LIMITS.source,
                           widget=forms.Textarea(attrs={"rows": 24, "class": "code",
                                                        "spellcheck": "false"}))


class ResetForm(forms.Form):
    confirm = forms.BooleanField(label="Yes, discard my copy and use the shipped default")


def split_finding(value: str) -> tuple[int, str]:
    """A "Use suggestion" button's value is "<start>:<key>"."""
    start, _, key = value.partition(":")
    try:
        return int(start), key
    except ValueError:
        return -1, key
