from __future__ import annotations

from django import forms


class InviteForm(forms.Form):
    email = forms.EmailField(label="Your coach's e-mail address", max_length=254,
                             help_text="They get a link to accept; they sign in with this "
                                       "address to see your progress.")


class ShareForm(forms.Form):
    share = forms.BooleanField(required=False)
