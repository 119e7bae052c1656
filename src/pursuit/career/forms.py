from __future__ import annotations

from django import forms


class AnnounceForm(forms.Form):
    contacts = forms.TypedMultipleChoiceField(coerce=int, choices=[], label="Tell them")

    def __init__(self, *args: object, people: list[tuple[int, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["contacts"].choices = people  # type: ignore[attr-defined]


class RhythmForm(forms.Form):
    period = forms.ChoiceField(choices=[("week", "Every week"), ("day", "Every day")])
    weekly_minutes = forms.IntegerField(min_value=1, max_value=2400, required=False)
