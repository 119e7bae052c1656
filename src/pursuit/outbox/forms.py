from __future__ import annotations

from django import forms

from pursuit.outbox.models import MailAccount


class MailAccountForm(forms.Form):
    from_name = forms.CharField(max_length=200, required=False, label="Your name as senders see it")
    from_address = forms.EmailField(label="Your e-mail address")
    smtp_host = forms.CharField(max_length=255, label="SMTP server",
                                help_text="e.g. smtp.gmail.com or smtp.fastmail.com")
    smtp_port = forms.IntegerField(min_value=1, max_value=65535, initial=587, label="SMTP port")
    smtp_security = forms.ChoiceField(choices=MailAccount.Security.choices, initial="starttls",
                                      label="SMTP security")
    smtp_username = forms.CharField(max_length=255, required=False, label="SMTP user name")
    smtp_password = forms.CharField(widget=forms.PasswordInput, required=False,
                                    label="SMTP password",
                                    help_text="Leave empty to keep the stored one. Stored "
                                              "encrypted; an app password is best.")
    imap_host = forms.CharField(max_length=255, required=False, label="IMAP server",
                                help_text="To notice replies. Leave empty to skip.")
    imap_port = forms.IntegerField(min_value=1, max_value=65535, initial=993, label="IMAP port")
    imap_security = forms.ChoiceField(choices=MailAccount.Security.choices, initial="tls",
                                      label="IMAP security")
    imap_username = forms.CharField(max_length=255, required=False, label="IMAP user name")
    imap_password = forms.CharField(widget=forms.PasswordInput, required=False,
                                    label="IMAP password",
                                    help_text="Leave empty to keep the stored one.")
    sent_copy = forms.ChoiceField(
        # Short words: the model's longer labels do not fit a select on a phone.
        choices=[("auto", "Automatic"), ("on", "Always"), ("off", "Never")],
        initial="auto", required=False,
        label="A copy in my Sent folder",
        help_text="Each message Pursuit sends is put into your Sent folder over IMAP, so your "
                  "own mail shows the whole conversation. Automatic: yes, except with Gmail "
                  "and Microsoft, which do it themselves.")
    rate_per_minute = forms.IntegerField(min_value=1, max_value=600, initial=20,
                                         label="Messages per minute at most")


    def clean_sent_copy(self) -> str:
        # Left out (an older page, a script): automatic, as for a new account.
        return str(self.cleaned_data.get("sent_copy") or MailAccount.SentCopy.AUTO)


class ResolveForm(forms.Form):
    sent = forms.TypedChoiceField(choices=[("yes", "It went out"), ("no", "Send it again")],
                                  coerce=lambda v: v == "yes")
