"""Message.touch goes: the link is Touch.message now (cadence 0003 copied it)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("outbox", "0001_initial"),
        ("cadence", "0003_touch_message"),
        ("letters", "0001_initial"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="message", name="one_message_per_touch"),
        migrations.RemoveField(model_name="message", name="touch"),
    ]
