"""Card scans move to their own app (pursuit.cards): state only, the table stays."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("contacts", "0002_cardscan"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="CardScan")],
            database_operations=[],
        ),
    ]
