"""Forms more than one package's pages use."""

from __future__ import annotations

from django import forms


class SearchForm(forms.Form):
    q = forms.CharField(max_length=100, required=False, label="Search")
