"""factory_boy factories for people and consultations."""

import datetime as dt

import factory

from consult import services as consult_services
from records.models import Patient, Practitioner, User

PASSWORD = "correct-horse-battery-77"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    role = User.Role.PATIENT
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class PatientFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Patient

    user = factory.SubFactory(UserFactory, role=User.Role.PATIENT)
    full_name = factory.Sequence(lambda n: f"Patient {n}")
    birth_date = dt.date(1985, 3, 1)
    sex = Patient.Sex.FEMALE
    phone = "+1 555 0100"


class PractitionerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Practitioner

    user = factory.SubFactory(UserFactory, role=User.Role.CLINICIAN)
    full_name = factory.Sequence(lambda n: f"Dr. Clinician {n}")


def start_consultation(patient: Patient, complaint: str = "Sore throat since yesterday"):
    return consult_services.consultation_start(patient=patient, chief_complaint=complaint)
