"""Audit rows and signed clinical reports: refused UPDATE/DELETE in the database itself."""

from django.db import migrations

from records import db_guards


def install(apps, schema_editor):
    db_guards.append_only_install(schema_editor, "records_auditevent")
    db_guards.report_install(schema_editor, "records_clinicalreport")


def remove(apps, schema_editor):
    db_guards.report_remove(schema_editor, "records_clinicalreport")
    db_guards.append_only_remove(schema_editor, "records_auditevent")


class Migration(migrations.Migration):
    dependencies = [("records", "0003_icd10_any_chapter")]

    operations = [migrations.RunPython(install, remove)]
