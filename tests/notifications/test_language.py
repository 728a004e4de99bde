"""Emails are written in the user's own language: the one they switched to or logged in with."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client

from consult.notifications import email_language
from records.models import User
from tests.factories import PatientFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-enough-password-2026"


@pytest.fixture
def user():
    patient = PatientFactory()
    patient.user.set_password(PASSWORD)
    patient.user.save()
    return patient.user


def test_it_writes_in_the_site_language_until_the_user_chooses(user):
    assert user.language == ""
    assert email_language(user) == settings.LANGUAGE_CODE


def test_it_remembers_the_language_a_user_logs_in_with(user):
    client = Client(HTTP_ACCEPT_LANGUAGE="zh-hans")
    response = client.post("/accounts/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.language == "zh-hans"
    assert email_language(user) == "zh-hans"


def test_it_remembers_a_switch_of_language(user):
    client = Client()
    client.force_login(user)
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/consult/"})
    assert User.objects.get(pk=user.pk).language == "zh-hans"
    client.post("/i18n/setlang/", {"language": "en", "next": "/consult/"})
    assert User.objects.get(pk=user.pk).language == "en"


def test_an_anonymous_switch_or_an_unknown_language_stores_nothing(user):
    Client().post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    assert User.objects.get(pk=user.pk).language == ""
    client = Client()
    client.force_login(user)  # a login in English
    client.post("/i18n/setlang/", {"language": "xx", "next": "/"})
    assert User.objects.get(pk=user.pk).language == "en"
