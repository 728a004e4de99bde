"""Create the demo accounts and a few sample consultations (idempotent)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from consult.models import URGENCY_RANK, Consultation, Message
from records import services as records_services
from records.models import Patient, Practitioner, User

DEMO_PASSWORD = "telemed-demo-2026"

# Sample patients (no login: an unusable password) and what brings them in.
SAMPLE_PATIENTS = {
    "demo-zhang": ("张伟", dt.date(1975, 3, 2), Patient.Sex.MALE, "+86 139 0000 0002"),
    "demo-smith": ("John Smith", dt.date(1961, 11, 20), Patient.Sex.MALE, "+44 20 7946 0003"),
    "demo-garcia": ("Maria Garcia", dt.date(1994, 7, 8), Patient.Sex.FEMALE, "+1 555 010 0004"),
    "demo-okafor": ("Ada Okafor", dt.date(2001, 1, 30), Patient.Sex.FEMALE, "+44 20 7946 0005"),
}
WAITING = (
    ("demo-smith", "urgent", "Tight chest on the stairs since this morning, settles at rest."),
    ("demo-zhang", "routine", "咳嗽三天，有点低烧，晚上咳得厉害。"),
    ("demo-garcia", "self_care", "Blocked nose and sneezing for two days, no fever."),
)
IN_PROGRESS = (
    "demo-okafor",
    "Itchy red rash on both forearms for two days after gardening.",
    [
        ("patient", "Itchy red rash on both forearms for two days after gardening."),
        ("clinician", "Thanks, Ada. Is the rash spreading, and do you have any blisters?"),
        ("patient", "A few small blisters, it is not spreading. No fever."),
    ],
)
CLOSED = {
    "complaint": "Sore throat and mild fever for two days.",
    "messages": [
        ("patient", "Sore throat and mild fever for two days."),
        ("clinician", "Any trouble swallowing saliva or breathing? Any rash?"),
        ("patient", "No, it just hurts to swallow. Temperature was 38.2 this morning."),
        ("clinician", "It sounds like a viral throat infection. I have written up your report."),
    ],
    "report": {
        "subjective": "Sore throat and mild fever for two days. No drooling, no breathing "
        "difficulty, no rash.",
        "objective": "Temperature 38.2 °C reported by the patient. Speaking comfortably.",
        "assessment": "Acute viral pharyngitis (likely).",
        "plan": "Fluids, rest, paracetamol 1 g up to four times a day for pain or fever.",
        "follow_up_instructions": "Start a follow-up consultation if you are not better in "
        "five days.",
        "safety_netting": "Seek help at once if you cannot swallow fluids, have trouble "
        "breathing, or the fever lasts more than three days.",
    },
}


class Command(BaseCommand):
    help = (
        "Create demo accounts (patient1, clinician1, clinician2, admin) and a few sample "
        "consultations: waiting ones of each urgency, one in progress with clinician1, and a "
        "closed one with a signed report."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--force", action="store_true", help="allow with DEBUG off")

    @transaction.atomic
    def handle(self, *args, **options) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError("seed_demo creates known passwords; refused with DEBUG off.")
        taken = self._not_demo_accounts()
        if taken:  # a warning, not a failure: `make run` goes on with the accounts as they are
            self.stderr.write(
                "seed_demo skipped: these usernames belong to accounts it did not make, and "
                f"nothing was changed: {', '.join(taken)}"
            )
            return
        patient = self._user("patient1", User.Role.PATIENT)
        patient1, _created = Patient.objects.get_or_create(
            user=patient,
            defaults={
                "full_name": "Li Wei",
                "birth_date": dt.date(1988, 5, 14),
                "sex": Patient.Sex.FEMALE,
                "phone": "+86 138 0000 0001",
            },
        )
        clinicians = {}
        for username, name in (("clinician1", "Dr. Anna Chen"), ("clinician2", "Dr. Omar Haddad")):
            user = self._user(username, User.Role.CLINICIAN)
            clinicians[username], _created = Practitioner.objects.get_or_create(
                user=user, defaults={"full_name": name, "qualification": "MD, General Practice"}
            )
        admin = self._user("admin", User.Role.ADMIN)
        admin.is_staff = admin.is_superuser = True
        admin.save(update_fields=["is_staff", "is_superuser"])
        created = self._samples(patient1, clinicians["clinician1"])
        self.stdout.write(
            f"Demo accounts (password {DEMO_PASSWORD}): patient1, clinician1, clinician2, admin"
        )
        if created:
            self.stdout.write(f"Sample consultations added: {created}")

    def _not_demo_accounts(self) -> list[str]:
        """Existing accounts with a demo username that are not demo accounts (a demo login has
        the demo password, a sample patient no usable one): a real "admin" must never be given
        a published password, nor a real patient sample consultations."""
        logins = {"patient1", "clinician1", "clinician2", "admin"}
        taken = []
        for user in User.objects.filter(username__in=logins | set(SAMPLE_PATIENTS)):
            if user.username in logins:
                is_demo = user.check_password(DEMO_PASSWORD)
            else:
                is_demo = not user.has_usable_password()
            if not is_demo:
                taken.append(user.username)
        return sorted(taken)

    def _user(self, username: str, role: str) -> User:
        user, created = User.objects.get_or_create(username=username, defaults={"role": role})
        if created or not user.check_password(DEMO_PASSWORD):
            user.set_password(DEMO_PASSWORD)
            user.role = role
            user.save()
        return user

    # --- sample consultations ----------------------------------------------------------------

    def _samples(self, patient1: Patient, clinician: Practitioner) -> int:
        """Adds each sample consultation that is not there yet; returns how many were added."""
        patients = {"patient1": patient1}
        for username, (name, born, sex, phone) in SAMPLE_PATIENTS.items():
            user, made = User.objects.get_or_create(
                username=username, defaults={"role": User.Role.PATIENT}
            )
            if made:
                user.set_unusable_password()
                user.save(update_fields=["password"])
            patients[username], _created = Patient.objects.get_or_create(
                user=user,
                defaults={"full_name": name, "birth_date": born, "sex": sex, "phone": phone},
            )
        created = 0
        for username, urgency, complaint in WAITING:
            if self._exists(patients[username], complaint):
                continue
            self._consultation(patients[username], complaint, urgency, [("patient", complaint)])
            created += 1
        username, complaint, messages = IN_PROGRESS
        if not self._exists(patients[username], complaint):
            consultation = self._consultation(
                patients[username], complaint, "routine", messages, clinician
            )
            self._pick(consultation, clinician, minutes_ago=12)
            created += 1
        if not self._exists(patient1, CLOSED["complaint"]):
            consultation = self._consultation(
                patient1, CLOSED["complaint"], "routine", CLOSED["messages"], clinician, days_ago=3
            )
            self._pick(consultation, clinician, minutes_ago=3 * 24 * 60 - 10)
            self._sign_and_close(consultation, clinician)
            created += 1
        return created

    @staticmethod
    def _exists(patient: Patient, complaint: str) -> bool:
        return Consultation.objects.filter(patient=patient, chief_complaint=complaint).exists()

    @staticmethod
    def _consultation(
        patient: Patient,
        complaint: str,
        urgency: str,
        messages: list,
        clinician: Practitioner | None = None,
        days_ago: int = 0,
    ) -> Consultation:
        """A consultation with its encounter and messages, written directly: no AI job is
        queued and nothing is announced (no socket is listening while seeding)."""
        encounter = records_services.encounter_open(patient=patient, reason=complaint)
        consultation = Consultation.objects.create(
            patient=patient,
            encounter=encounter,
            chief_complaint=complaint,
            urgency=urgency,
            urgency_rank=URGENCY_RANK[urgency],
        )
        authors = {"patient": patient.user, "clinician": clinician.user if clinician else None}
        for seq, (sender, body) in enumerate(messages, start=1):
            Message.objects.create(
                consultation=consultation,
                seq=seq,
                sender=sender,
                author=authors.get(sender),
                body=body,
            )
        Consultation.objects.filter(pk=consultation.pk).update(
            last_seq=len(messages),
            last_message_at=timezone.now(),
            created_at=timezone.now() - dt.timedelta(days=days_ago, minutes=20),
        )
        consultation.refresh_from_db()
        return consultation

    @staticmethod
    def _pick(consultation: Consultation, clinician: Practitioner, minutes_ago: int) -> None:
        consultation.status = Consultation.Status.IN_PROGRESS
        consultation.clinician = clinician
        consultation.picked_at = timezone.now() - dt.timedelta(minutes=minutes_ago)
        consultation.save(update_fields=["status", "clinician", "picked_at"])
        records_services.encounter_start(
            encounter_id=consultation.encounter_id, practitioner=clinician
        )

    @staticmethod
    def _sign_and_close(consultation: Consultation, clinician: Practitioner) -> None:
        records_services.observation_record(
            patient=consultation.patient,
            performer=clinician.user,
            code="8310-5",
            value=Decimal("38.2"),
            encounter=consultation.encounter,
        )
        report = records_services.report_create_draft(
            encounter=consultation.encounter, author=clinician.user, sections={}
        )
        sections = {**CLOSED["report"], "follow_up_date": timezone.localdate() + dt.timedelta(5)}
        records_services.report_save_and_sign(
            report_id=report.pk, practitioner=clinician, sections=sections
        )
        records_services.encounter_finish(encounter_id=consultation.encounter_id)
        seq = consultation.last_seq + 1
        Message.objects.create(
            consultation=consultation,
            seq=seq,
            sender=Message.Sender.SYSTEM,
            body=_("The consultation was closed. The signed report: %(url)s")
            % {"url": reverse("records:report", args=[report.pk])},
        )
        Consultation.objects.filter(pk=consultation.pk).update(
            status=Consultation.Status.CLOSED, closed_at=timezone.now(), last_seq=seq
        )
