"""Chat messages are append-only: a consultation with messages cannot be deleted (PROTECT) and
the database refuses UPDATE/DELETE of a message row."""

import django.db.models.deletion
from django.db import migrations, models

from records import db_guards


def install(apps, schema_editor):
    db_guards.append_only_install(schema_editor, "consult_message")


def remove(apps, schema_editor):
    db_guards.append_only_remove(schema_editor, "consult_message")


class Migration(migrations.Migration):
    dependencies = [
        ("consult", "0004_ai_job_lang"),
        ("records", "0004_clinical_data_immutable"),
    ]

    operations = [
        migrations.AlterField(
            model_name="message",
            name="consultation",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="messages",
                to="consult.consultation",
            ),
        ),
        migrations.RunPython(install, remove),
    ]
