"""Card scans, created by the contacts app (contacts 0002) and moved here: state only, the
table (contacts_cardscan) stays as it is."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import pursuit.cards.models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("contacts", "0003_cardscan_to_cards"),
        ("networking", "0001_initial"),
        ("pipeline", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="CardScan",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True,
                                                   serialize=False, verbose_name="ID")),
                        ("image", models.FileField(
                            upload_to=pursuit.cards.models.card_image_path)),
                        ("filename", models.CharField(blank=True, max_length=200)),
                        ("fields", models.JSONField(default=dict)),
                        ("status", models.CharField(choices=[
                            ("pending", "Waiting for review"), ("saved", "Saved as a contact"),
                            ("discarded", "Discarded")], default="pending", max_length=10)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        ("contact", models.ForeignKey(
                            blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL,
                            related_name="card_scans", to="contacts.contact")),
                        ("event", models.ForeignKey(
                            blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL,
                            related_name="+", to="networking.networkingevent")),
                        ("owner", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,
                                                    to=settings.AUTH_USER_MODEL)),
                        ("round", models.ForeignKey(
                            blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL,
                            related_name="+", to="pipeline.round")),
                    ],
                    options={
                        "db_table": "contacts_cardscan",
                        "ordering": ("created_at", "id"),
                        "indexes": [models.Index(fields=["owner", "status"],
                                                 name="contacts_ca_owner_i_279615_idx")],
                    },
                ),
            ],
        ),
    ]
