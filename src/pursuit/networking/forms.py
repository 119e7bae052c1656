"""Forms of the networking pages: they check what a page sends; the services do the work."""

from __future__ import annotations

from django import forms

from pursuit.networking.models import InteractionKind, NetworkingEvent

# Names are typed with the page's list of contacts as suggestions (a <datalist>).
_NAME = forms.TextInput(attrs={"list": "contact-names", "autocomplete": "off"})


class InteractionForm(forms.Form):
    kind = forms.ChoiceField(choices=InteractionKind.choices, label="What you did")
    contact_id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    name = forms.CharField(required=False, max_length=300, label="With whom", widget=_NAME,
                           help_text="A contact's name; a new name adds the person. "
                                     "Leave it empty for something with nobody in particular.")
    on = forms.DateField(required=False, label="When",
                         widget=forms.DateInput(attrs={"type": "date"}),
                         help_text="Empty means today.",
                         error_messages={"invalid": "When: enter a date, or leave it empty "
                                                    "for today."})
    # Each message names its field: the error is also read out of context (a screen reader's
    # list of errors), and Django's "Ensure this value is ..." says neither which nor why.
    minutes = forms.IntegerField(required=False, min_value=0, max_value=1440, label="Minutes",
                                 error_messages={
                                     "invalid": "Minutes: a whole number, such as 20.",
                                     "min_value": "Minutes: at least 0.",
                                     "max_value": "Minutes: at most 1440 (a whole day)."})
    note = forms.CharField(required=False, max_length=2000, label="Note",
                           widget=forms.Textarea(attrs={"rows": 2}))


class SessionForm(forms.Form):
    minutes = forms.IntegerField(min_value=1, max_value=1440, label="Minutes spent networking")


class GoalForm(forms.Form):
    minutes = forms.IntegerField(min_value=1, max_value=480, label="Daily goal (minutes)")


class WeeklyGoalForm(forms.Form):
    period = forms.ChoiceField(choices=[("day", "Every day"), ("week", "Every week")])
    weekly_minutes = forms.IntegerField(min_value=1, max_value=2400, required=False,
                                        label="Weekly goal (minutes)")


class RhythmForm(forms.Form):
    days = forms.IntegerField(required=False, min_value=1, max_value=730,
                              label="Keep in touch every (days)",
                              help_text="Empty takes the person off the rhythm.")


class EventForm(forms.ModelForm):
    class Meta:
        model = NetworkingEvent
        fields = ("name", "kind", "date", "location", "cards_given", "notes")
        labels = {"name": "Event", "kind": "Kind", "cards_given": "Cards you gave out"}
        widgets = {"date": forms.DateInput(attrs={"type": "date"}),
                   "notes": forms.Textarea(attrs={"rows": 3})}


class PersonMetForm(forms.Form):
    name = forms.CharField(max_length=300, label="Name", widget=_NAME,
                           help_text="A contact's name, or a new person.")
    company = forms.CharField(required=False, max_length=200, label="Company")
    card_gathered = forms.BooleanField(required=False, initial=True,
                                       label="I have their business card")


class ReferenceForm(forms.Form):
    name = forms.CharField(max_length=300, label="Name", widget=_NAME,
                           help_text="A contact's name, or a new person.")
    relationship = forms.CharField(required=False, max_length=200, label="Relationship",
                                   help_text="Former manager, professor, client...")
    email = forms.EmailField(required=False, label="E-mail (for a new person)")


class RelationshipForm(forms.Form):
    relationship = forms.CharField(required=False, max_length=200, label="Relationship")


class AlertedForm(forms.Form):
    on = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}),
                         label="Alerted on", help_text="Empty means not alerted yet.")


class OfferForm(forms.Form):
    contacts = forms.TypedMultipleChoiceField(coerce=int, choices=[], required=False)
    days = forms.IntegerField(min_value=1, max_value=730, label="Every (days)")

    def __init__(self, *args: object, people: list[int], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        field = self.fields["contacts"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [(p, str(p)) for p in people]
