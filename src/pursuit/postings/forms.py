from __future__ import annotations

from typing import Any

from django import forms

from pursuit.core.postings import Posting
from pursuit.pipeline.models import Remote, Stage


class SourceForm(forms.Form):
    """Where the posting comes from: its address, its HTML pasted, or the saved page."""

    url = forms.CharField(max_length=2000, required=False, label="The posting's address",
                          widget=forms.URLInput(attrs={"placeholder": "https://…",
                                                       "inputmode": "url"}))
    html = forms.CharField(required=False, label="Or paste the page's HTML",
                           widget=forms.Textarea(attrs={"rows": 4, "spellcheck": "false"}))
    page = forms.FileField(
        required=False, label="Or drop the saved page (.html)",
        widget=forms.ClearableFileInput(attrs={"accept": ".html,.htm,text/html"}))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (data.get("url", "").strip() or data.get("html", "").strip() or data.get("page")):
            raise forms.ValidationError("Give the posting's address, paste its HTML or drop "
                                        "the saved page.")
        return data


class PostingForm(forms.Form):
    """The application as the posting fills it; the user checks it before saving."""

    role = forms.CharField(max_length=200)
    employer = forms.CharField(max_length=200)
    location = forms.CharField(max_length=300, required=False)
    remote = forms.ChoiceField(choices=[("", "Not said"), *Remote.choices], required=False,
                               label="On site or remote")
    salary_range = forms.CharField(max_length=100, required=False, label="Salary")
    employment_type = forms.CharField(max_length=100, required=False, label="Employment type")
    posted_on = forms.DateField(required=False, label="Posted on",
                                widget=forms.DateInput(attrs={"type": "date"}))
    closing_on = forms.DateField(
        required=False, label="Closes on", widget=forms.DateInput(attrs={"type": "date"}),
        help_text="A closing date puts “apply by” on Today two business days before.")
    posting_url = forms.URLField(max_length=500, required=False, label="Posting link",
                                 assume_scheme="https")
    posting_text = forms.CharField(widget=forms.Textarea(attrs={"rows": 10}), required=False,
                                   label="Description")
    stage = forms.ChoiceField(choices=[(Stage.INTERESTED, "Interested: not applied yet"),
                                       (Stage.APPLIED, "Applied already")],
                              initial=Stage.INTERESTED, label="Where you are")
    save_anyway = forms.BooleanField(required=False, widget=forms.HiddenInput)

    @staticmethod
    def initial_for(posting: Posting) -> dict[str, Any]:
        return {"role": posting.title[:200], "employer": posting.employer[:200],
                "location": posting.location[:300], "remote": posting.remote,
                "salary_range": posting.salary[:100],
                "employment_type": posting.employment_type[:100],
                "posted_on": posting.posted_on, "closing_on": posting.closing_on,
                "posting_url": posting.url[:500], "posting_text": posting.description,
                "stage": Stage.INTERESTED}

    def details(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {name: data[name] for name in (
            "location", "remote", "salary_range", "employment_type", "posted_on", "closing_on",
            "posting_url", "posting_text")}
