"""Letter.message goes: the letter's touch holds the link to the approved message."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("letters", "0001_initial"),
        ("cadence", "0003_touch_message"),
    ]

    operations = [
        migrations.RemoveField(model_name="letter", name="message"),
    ]
