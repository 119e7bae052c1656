from django.db import migrations, models


def confirm_chosen_zones(apps, schema_editor):
    # An account on another zone than the old default chose it (first run, Settings): it is
    # not asked again. One still on America/Chicago may never have been asked: Today asks once.
    User = apps.get_model("accounts", "User")
    User.objects.exclude(timezone="America/Chicago").update(timezone_confirmed=True)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0004_user_demo_of")]

    operations = [
        migrations.AddField(model_name="user", name="timezone_confirmed",
                            field=models.BooleanField(default=False)),
        migrations.RunPython(confirm_chosen_zones, migrations.RunPython.noop),
    ]
