from zoneinfo import ZoneInfo

from django.db import migrations, models


def fill_done_on(apps, schema_editor):
    """Touches carried out before the column existed: their day in the owner's timezone."""
    Touch = apps.get_model("cadence", "Touch")
    done = Touch.objects.filter(done_at__isnull=False).select_related("owner")
    batch = []
    for touch in done.only("pk", "done_at", "owner__timezone").iterator(chunk_size=2000):
        touch.done_on = touch.done_at.astimezone(ZoneInfo(touch.owner.timezone)).date()
        batch.append(touch)
        if len(batch) == 2000:
            Touch.objects.bulk_update(batch, ["done_on"])
            batch = []
    Touch.objects.bulk_update(batch, ["done_on"])


class Migration(migrations.Migration):

    dependencies = [
        ("cadence", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="touch",
            name="done_on",
            field=models.DateField(blank=True, null=True),
        ),
        migrations.RunPython(fill_done_on, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="touch",
            index=models.Index(fields=["status", "due_on"], name="touch_status_due"),
        ),
    ]
