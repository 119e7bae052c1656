from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):

    dependencies = [
        ("cadence", "0003_touch_message"),
        ("outbox", "0002_message_link_on_touch"),
    ]

    operations = [
        migrations.AlterField(
            model_name="touch",
            name="message",
            field=models.OneToOneField(blank=True, null=True,
                                       on_delete=django.db.models.deletion.SET_NULL,
                                       related_name="touch", to="outbox.message"),
        ),
    ]
