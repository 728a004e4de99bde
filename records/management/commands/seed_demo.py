"""Create the demo accounts (idempotent)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from records.models import Patient, Practitioner, User

DEMO_PASSWORD = "telemed-demo-2026"


class Command(BaseCommand):
    help = "Create demo accounts: patient1, clinician1, clinician2 and admin."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--force", action="store_true", help="allow with DEBUG off")

    @transaction.atomic
    def handle(self, *args, **options) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError("seed_demo creates known passwords; refused with DEBUG off.")
        patient = self._user("patient1", User.Role.PATIENT)
        Patient.objects.get_or_create(
            user=patient,
            defaults={
                "full_name": "Li Wei",
                "birth_date": dt.date(1988, 5, 14),
                "sex": Patient.Sex.FEMALE,
                "phone": "+86 138 0000 0001",
            },
        )
        for username, name in (("clinician1", "Dr. Anna Chen"), ("clinician2", "Dr. Omar Haddad")):
            user = self._user(username, User.Role.CLINICIAN)
            Practitioner.objects.get_or_create(
                user=user, defaults={"full_name": name, "qualification": "MD, General Practice"}
            )
        admin = self._user("admin", User.Role.ADMIN)
        admin.is_staff = admin.is_superuser = True
        admin.save(update_fields=["is_staff", "is_superuser"])
        self.stdout.write(
            f"Demo accounts (password {DEMO_PASSWORD}): patient1, clinician1, clinician2, admin"
        )

    def _user(self, username: str, role: str) -> User:
        user, created = User.objects.get_or_create(username=username, defaults={"role": role})
        if created or not user.check_password(DEMO_PASSWORD):
            user.set_password(DEMO_PASSWORD)
            user.role = role
            user.save()
        return user
