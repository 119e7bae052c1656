"""A touch points at its approved message (it used to be the other way round: Message.touch).

The cadence owns a touch's status and must withdraw the touch's message when the touch is no
longer wanted, so the link moves to the touch (see docs/architecture.md, "Layers")."""

import django.db.models.deletion
from django.db import migrations, models


def copy_links(apps, schema_editor):
    Message = apps.get_model("outbox", "Message")
    Touch = apps.get_model("cadence", "Touch")
    # Older messages first, so that where a touch had a cancelled message and then a new one,
    # the newer (the one that counts) is written last. A cancelled message never replaces a
    # live one.
    live: dict[int, tuple[int, str]] = {}
    for message_id, touch_id, state in (Message.objects.filter(touch__isnull=False)
                                        .order_by("created_at", "id")
                                        .values_list("id", "touch_id", "state")):
        if state == "cancelled" and touch_id in live and live[touch_id][1] != "cancelled":
            continue
        live[touch_id] = (message_id, state)
    for touch_id, (message_id, _state) in live.items():
        Touch.objects.filter(pk=touch_id).update(message_id=message_id)


class Migration(migrations.Migration):

    dependencies = [
        ("cadence", "0002_coach_figures"),
        ("outbox", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="touch",
            name="message",
            field=models.OneToOneField(blank=True, null=True,
                                       on_delete=django.db.models.deletion.SET_NULL,
                                       related_name="+", to="outbox.message"),
        ),
        migrations.RunPython(copy_links, migrations.RunPython.noop),
    ]
