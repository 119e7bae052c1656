"""Forms validate what a page sends; the services do the work.

Datetimes typed by the user are read in their own timezone: every signed-in view runs inside
`timezone.override(user.timezone)` (see `views.common.member`).
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import holidays
from django import forms
from django.urls import reverse

from pursuit.accounts.models import User
from pursuit.cadence.models import Touch
from pursuit.contacts.models import Contact, Source
from pursuit.core import contact_details
from pursuit.core.errors import BadInput
from pursuit.core.mail import check_header
from pursuit.core.timezones import (
    canonical_zone,
    canonical_zones,
    zone,
    zone_label,
    zones_by_region,
)
from pursuit.pipeline.models import Application, Channel, Event, Interviewer, Remote, Round, Stage

ROUND_FORMATS = [("onsite", "On site"), ("video", "Video call"), ("phone", "Phone"),
                 ("panel", "Panel"), ("other", "Other")]


@cache
def timezone_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """The zones a person picks from, as <optgroup>s by region (no backward-compatible aliases:
    `core.timezones.canonical_zones`)."""
    return [(region, [(name, zone_label(name)) for name in names])
            for region, names in zones_by_region()]


class TimezoneField(forms.ChoiceField):
    """A zone picked from the canonical ones, grouped by region; the page adds a search box
    (timezone.js). A stored alias (America/Atka, saved before the list was trimmed) shows and
    saves as its canonical zone (America/Adak): the same clock. A stored zone that leads to
    none of them is kept as an extra choice, so saving a form never changes it unasked."""

    widget = forms.Select(attrs={"data-timezone-search": ""})

    def __init__(self, *, blank: str | None = None, **kwargs: Any) -> None:
        self.blank = blank
        super().__init__(choices=self._choices_for(""), **kwargs)

    def _choices_for(self, extra: str) -> list[Any]:
        choices: list[Any] = list(timezone_choices())
        if extra and extra not in canonical_zones():
            choices.append(("Other", [(extra, extra.replace("_", " "))]))
        return [("", self.blank), *choices] if self.blank is not None else choices

    def keep(self, stored: str) -> None:
        """Offer `stored` (once made canonical) even when it is none of the usual zones."""
        self.choices = self._choices_for(canonical_zone(stored) if stored else "")

    def prepare_value(self, value: Any) -> Any:
        return canonical_zone(value) if isinstance(value, str) and value else value

    def to_python(self, value: Any) -> str:
        text = super().to_python(value)
        return canonical_zone(text) if text else text

    def valid_value(self, value: Any) -> bool:
        if super().valid_value(value):
            return True
        try:  # a real zone kept by `keep` on the page that sent it
            zone(str(value), where="timezone")
        except BadInput:
            return False
        return True


def keep_stored_zones(form: forms.BaseForm) -> None:
    """Let each TimezoneField of `form` offer the zone it starts at (or was sent)."""
    for name, field in form.fields.items():
        if isinstance(field, TimezoneField):
            value = form.data.get(form.add_prefix(name)) if form.is_bound else None
            value = value or form.initial.get(name) or field.initial or ""
            field.keep(str(value))


@cache
def country_choices() -> list[tuple[str, str]]:
    """Countries the `holidays` package has calendars for, by name ("United States")."""
    from holidays.registry import COUNTRIES

    names = {codes[1]: key.replace("_", " ").title() for key, codes in COUNTRIES.items()}
    return sorted(names.items(), key=lambda pair: pair[1])


def _date() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"})


def _time() -> forms.TimeInput:
    return forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


def one_line(value: str) -> None:
    """A name that goes into the From or To of e-mails (the user's, a contact's): a line break
    there could add mail headers of its own."""
    try:
        check_header(value, field="")
    except BadInput:
        raise forms.ValidationError("Write it on one line: it goes into e-mail headers.",
                                    code="line_break") from None


def _lines(text: str) -> list[str]:
    """Topics typed one per line or separated by commas."""
    return [p.strip() for chunk in text.splitlines() for p in chunk.split(",") if p.strip()]


class OwnerForm(forms.Form):
    full_name = forms.CharField(max_length=200, label="Your name", validators=[one_line])
    email = forms.EmailField(label="E-mail")
    password = forms.CharField(widget=forms.PasswordInput, label="Password", min_length=10,
                               help_text="At least 10 characters.")


class FirstRunForm(OwnerForm):
    """The first run: the owner's account, and what the letters need (they never print a gap,
    but a letter without a number to call back or an envelope without a return address is
    weaker)."""

    phone = forms.CharField(max_length=40, required=False, label="Phone (optional)",
                            help_text="For call-backs: your letters and voicemails give it.",
                            widget=forms.TextInput(attrs={"type": "tel",
                                                          "autocomplete": "tel"}))
    return_address = forms.CharField(
        required=False, label="Postal address (optional)",
        help_text="The return address on the letters you post and their envelopes.",
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "street-address"}))
    timezone = TimezoneField(initial="America/Chicago", required=False, label="Your timezone",
                             help_text="Every date and reminder is in this timezone.")
    # The browser's own zone, put in by timezone.js when it starts the select there: the
    # person then saw a zone chosen for them and kept it or picked another, and Today need not
    # ask again. Without script the select starts at a default nobody chose: Today asks.
    browser_timezone = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound:  # a new form starts at the browser's zone (timezone.js)
            attrs = self.fields["timezone"].widget.attrs
            attrs["data-browser-timezone"] = ""
            attrs["data-guess-url"] = reverse("timezone_guess")

    def zone_confirmed(self) -> bool:
        """Whether the zone sent was picked with the browser's zone on show."""
        data = self.cleaned_data
        return bool(data.get("browser_timezone") and data.get("timezone"))


class JoinForm(forms.Form):
    """An invited person opening their account: the address is the invitation's."""

    full_name = forms.CharField(max_length=200, label="Your name", validators=[one_line])
    password = forms.CharField(widget=forms.PasswordInput, label="Password", min_length=10,
                               help_text="At least 10 characters.")


class InviteAccountForm(forms.Form):
    email = forms.EmailField(label="E-mail address")
    as_coach = forms.BooleanField(required=False, label="A career coach",
                                  help_text="Coaches see their candidates' progress once a "
                                            "candidate invites them.")


# --- Today -----------------------------------------------------------------------------------

class DoneForm(forms.Form):
    outcome = forms.ChoiceField(choices=[("", "—"), *Touch.Outcome.choices], required=False)
    note = forms.CharField(max_length=2000, required=False)


class SkipForm(forms.Form):
    reason = forms.CharField(max_length=500, label="Why skip it?")


class SnoozeForm(forms.Form):
    until = forms.DateField(widget=_date(), label="Snooze until")


# --- Board and applications ------------------------------------------------------------------

class MoveForm(forms.Form):
    stage = forms.ChoiceField(choices=Stage.choices, label="Move to")


class ApplicationForm(forms.Form):
    employer = forms.CharField(max_length=200)
    role = forms.CharField(max_length=200)
    stage = forms.ChoiceField(choices=Stage.choices, initial=Stage.APPLIED)
    posting_url = forms.URLField(max_length=500, required=False, label="Posting link",
                                 assume_scheme="https")
    posting_text = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), required=False,
                                   label="Posting text", help_text="Paste the job description.")
    applied_on = forms.DateField(widget=_date(), required=False, label="Date applied")
    found_via = forms.CharField(max_length=200, required=False, label="How you found it")
    referred_by = forms.CharField(max_length=300, required=False, validators=[one_line],
                                  label="Referred by (a contact's name)")
    recruiter = forms.CharField(max_length=300, required=False, validators=[one_line],
                                label="Recruiter or coordinator (name)")
    salary_range = forms.CharField(max_length=100, required=False, label="Salary range")
    location = forms.CharField(max_length=300, required=False)
    remote = forms.ChoiceField(choices=[("", "Not said"), *Remote.choices], required=False,
                               label="On site or remote")
    employment_type = forms.CharField(max_length=100, required=False, label="Employment type")
    posted_on = forms.DateField(widget=_date(), required=False, label="Posted on")
    closing_on = forms.DateField(widget=_date(), required=False, label="Posting closes on",
                                 help_text="Not applied yet? “Apply by” comes on Today two "
                                           "business days before.")
    preferred_channel = forms.ChoiceField(choices=Channel.choices, initial=Channel.NO_PREFERENCE,
                                          label="How the employer prefers to be reached")
    mailing_address = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False,
                                      label="Employer's mailing address",
                                      help_text="For the postal letter.")
    expected_decision_on = forms.DateField(widget=_date(), required=False,
                                           label="Decision expected by")
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), required=False)

    @classmethod
    def initial_for(cls, application: Application) -> dict[str, Any]:
        return {
            "employer": application.employer.name, "role": application.role,
            "stage": application.stage, "posting_url": application.posting_url,
            "posting_text": application.posting_text, "applied_on": application.applied_on,
            "found_via": application.found_via,
            "referred_by": application.referred_by.full_name if application.referred_by else "",
            "recruiter": application.recruiter.full_name if application.recruiter else "",
            "salary_range": application.salary_range, "location": application.location,
            "remote": application.remote, "employment_type": application.employment_type,
            "posted_on": application.posted_on, "closing_on": application.closing_on,
            "preferred_channel": application.preferred_channel,
            "mailing_address": application.mailing_address,
            "expected_decision_on": application.expected_decision_on, "notes": application.notes,
        }


class RoundForm(forms.Form):
    day = forms.DateField(widget=_date(), label="Date")
    start_time = forms.TimeField(widget=_time(), label="Starts")
    end_time = forms.TimeField(widget=_time(), label="Ends")
    timezone = TimezoneField(label="Timezone of the interview")
    format = forms.ChoiceField(choices=ROUND_FORMATS)
    location = forms.CharField(max_length=300, required=False)
    status = forms.ChoiceField(
        choices=[(Round.Status.HELD, "Held (it happened)"),
                 (Round.Status.SCHEDULED, "Scheduled (coming up)")],
        initial=Round.Status.HELD)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        keep_stored_zones(self)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if {"day", "start_time", "end_time", "timezone"} <= data.keys():
            tz = ZoneInfo(data["timezone"])
            data["start"] = datetime.combine(data["day"], data["start_time"], tzinfo=tz)
            data["end"] = datetime.combine(data["day"], data["end_time"], tzinfo=tz)
            if data["end"] <= data["start"]:
                self.add_error("end_time", "The round ends before it starts.")
        # (whether a held round has started is the round service's rule: see round_new)
        return data


class PersonForm(forms.Form):
    """One person met in a round: pick a contact or type a new one."""

    contact = forms.TypedChoiceField(coerce=int, required=False, empty_value=None,
                                     label="Someone you know")
    name = forms.CharField(max_length=300, required=False, label="…or a new person's name",
                           validators=[one_line])
    email = forms.EmailField(required=False, label="E-mail")
    title = forms.CharField(max_length=200, required=False)
    hiring_manager = forms.BooleanField(required=False, label="Hiring manager")
    role = forms.ChoiceField(choices=Interviewer.Role.choices, initial=Interviewer.Role.INTERVIEWER)
    topics = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False,
                             label="Topics discussed",
                             help_text="One per line or separated by commas.")

    def __init__(self, *args: Any, people: list[Contact] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["contact"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", "— a new person —")] + [
            (c.pk, f"{c.full_name}{' · ' + c.title if c.title else ''}") for c in people or []
        ]

    @property
    def is_blank(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return not data.get("contact") and not data.get("name", "").strip()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        data["topic_list"] = _lines(data.get("topics", ""))
        return data


# django-stubs makes these generic for the type checker only; at run time they are not.
if TYPE_CHECKING:
    _FormSet = forms.BaseFormSet[PersonForm]
    _UserForm = forms.ModelForm[User]
else:
    _FormSet = forms.BaseFormSet
    _UserForm = forms.ModelForm


class BasePersonFormSet(_FormSet):
    def clean(self) -> None:
        if any(self.errors):
            return
        people = [f for f in self.forms if not f.is_blank]
        if not people:
            raise forms.ValidationError("Name at least one person you met.")
        ids = [f.cleaned_data["contact"] for f in people if f.cleaned_data.get("contact")]
        if len(ids) != len(set(ids)):
            raise forms.ValidationError("The same person is listed twice.")


PersonFormSet = forms.formset_factory(PersonForm, formset=BasePersonFormSet, extra=3,
                                      max_num=12, validate_max=True)


class RoundStatusForm(forms.Form):
    status = forms.ChoiceField(choices=Round.Status.choices)
    day = forms.DateField(widget=_date(), required=False, label="New date")
    start_time = forms.TimeField(widget=_time(), required=False, label="New start")
    end_time = forms.TimeField(widget=_time(), required=False, label="New end")

    def times(self, tz: str) -> tuple[datetime | None, datetime | None]:
        data = self.cleaned_data
        if data["status"] != Round.Status.RESCHEDULED or not (
                data.get("day") and data.get("start_time") and data.get("end_time")):
            return None, None
        zone = ZoneInfo(tz)
        return (datetime.combine(data["day"], data["start_time"], tzinfo=zone),
                datetime.combine(data["day"], data["end_time"], tzinfo=zone))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("status") == Round.Status.RESCHEDULED and not (
                data.get("day") and data.get("start_time") and data.get("end_time")):
            raise forms.ValidationError("Give the new date and times of the round.")
        return data


class DebriefForm(forms.Form):
    topics = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False,
                             label="Topics discussed", help_text="One per line.")
    cares_about = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False,
                                  label="What they care about")
    next_steps = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False,
                                 label="Next steps they gave")
    decision_on = forms.DateField(widget=_date(), required=False,
                                  label="Decision date they gave")
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)

    def topic_list(self) -> list[str]:
        return _lines(self.cleaned_data.get("topics", ""))


class EventForm(forms.Form):
    type = forms.ChoiceField(choices=Event.Type.choices, label="What happened")
    at = forms.DateTimeField(widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
                             label="When")
    summary = forms.CharField(max_length=2000, required=False)
    decision_expected_by = forms.DateField(widget=_date(), required=False,
                                           label="Decision expected by (if they said)")


class ReferenceForm(forms.Form):
    name = forms.CharField(max_length=300, label="Reference's name", validators=[one_line])
    relationship = forms.CharField(max_length=200, required=False)


# --- Contacts --------------------------------------------------------------------------------

class ContactForm(forms.Form):
    full_name = forms.CharField(max_length=300, label="Name", validators=[one_line])
    title = forms.CharField(max_length=200, required=False)
    company = forms.CharField(max_length=200, required=False)
    department = forms.CharField(max_length=200, required=False)
    email = forms.EmailField(required=False, label="E-mail")
    phone = forms.CharField(max_length=60, required=False)
    website = forms.CharField(max_length=300, required=False)
    linkedin = forms.CharField(max_length=300, required=False, label="LinkedIn")
    twitter = forms.CharField(max_length=100, required=False)
    timezone = TimezoneField(blank="— same as yours —", required=False)
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)

    def __init__(self, *args: Any, region: str = "US", **kwargs: Any) -> None:
        # A number without a country code is read in the user's country.
        self.region = region
        super().__init__(*args, **kwargs)
        keep_stored_zones(self)

    def clean_website(self) -> str:
        try:
            return contact_details.website(self.cleaned_data["website"])
        except BadInput as exc:
            raise forms.ValidationError(f"Website: {exc.message}.") from None

    def clean_phone(self) -> str:
        try:
            return contact_details.phone(self.cleaned_data["phone"], region=self.region)
        except BadInput as exc:
            raise forms.ValidationError(f"Phone: {exc.message}.") from None

    @classmethod
    def initial_for(cls, contact: Contact) -> dict[str, Any]:
        emails = list(contact.emails.all())
        phones = list(contact.phones.all())
        initial: dict[str, Any] = {f: getattr(contact, f) for f in (
            "full_name", "title", "company", "department", "website", "linkedin", "twitter",
            "timezone", "notes")}
        initial["email"] = emails[0].address if emails else ""
        initial["phone"] = str(phones[0]) if phones else ""
        return initial


class NewContactForm(ContactForm):
    source = forms.ChoiceField(choices=[("", "—"), *Source.choices], required=False,
                               label="How you know them")
    source_detail = forms.CharField(max_length=300, required=False, label="Details",
                                    help_text="e.g. the event, school or company")


class PauseForm(forms.Form):
    until = forms.DateField(widget=_date(), required=False, label="Do not contact until",
                            help_text="Leave empty to lift the pause.")


# --- Settings, profile, account --------------------------------------------------------------

class SettingsForm(forms.Form):
    timezone = TimezoneField()
    country = forms.ChoiceField(choices=country_choices, label="Country (for public holidays)")
    subdivision = forms.CharField(max_length=10, required=False,
                                  label="State or region code (optional)",
                                  help_text="e.g. IL, CA, BY: adds that region's holidays.")
    workday_start = forms.TimeField(widget=_time(), label="Working day starts")
    workday_end = forms.TimeField(widget=_time(), label="Working day ends")
    pipeline_target = forms.IntegerField(min_value=1, max_value=100,
                                         label="Open applications to keep going")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        keep_stored_zones(self)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        country, subdivision = data.get("country"), (data.get("subdivision") or "").upper()
        data["subdivision"] = subdivision
        if country and subdivision:
            known = holidays.country_holidays(country).subdivisions
            if subdivision not in known:
                self.add_error("subdivision", f"{country} has no region {subdivision}.")
        if data.get("workday_start") and data.get("workday_end") and \
                data["workday_end"] <= data["workday_start"]:
            self.add_error("workday_end", "The working day ends before it starts.")
        return data


class ProfileForm(_UserForm):
    """Validation only: the view saves through `accounts.services.user_update`."""

    class Meta:
        model = User
        fields = ("full_name", "email", "phone", "return_address", "linkedin", "signature",
                  "target_roles")
        labels = {"full_name": "Your name", "return_address": "Return postal address",
                  "linkedin": "LinkedIn", "target_roles": "Target roles"}
        widgets = {"return_address": forms.Textarea(attrs={"rows": 3}),
                   "signature": forms.Textarea(attrs={"rows": 3}),
                   "target_roles": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["full_name"].validators.append(one_line)  # the From name of its e-mails


class StrengthForm(forms.Form):
    phrase = forms.CharField(max_length=200, label="Strength",
                             help_text="A short phrase: “cut cloud costs 30% at Acme”.")
    evidence = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False,
                               label="The evidence behind it")
    keywords = forms.CharField(max_length=300, required=False,
                               help_text="Words that tie it to interview topics.")


class DeleteAccountForm(forms.Form):
    password = forms.CharField(widget=forms.PasswordInput, label="Your password, to confirm")

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That is not your password.")
        return password
