"""seed_demo never takes over a real account that happens to have a demo username."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from records.models import User

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("username,role", [("admin", "admin"), ("patient1", "patient")])
def test_an_existing_account_is_not_given_the_demo_password(settings, username, role):
    settings.DEBUG = True
    real = User.objects.create_user(username=username, password="a real secret 42", role=role)
    err = io.StringIO()
    call_command("seed_demo", stderr=err)
    assert "skipped" in err.getvalue() and username in err.getvalue()
    real.refresh_from_db()
    assert real.check_password("a real secret 42")
    assert not real.check_password("telemed-demo-2026")
    assert real.role == role
    # nothing was made: the command is all or nothing
    assert not User.objects.filter(username="clinician1").exists()


def test_demo_accounts_made_earlier_are_reused(settings):
    settings.DEBUG = True
    call_command("seed_demo")
    call_command("seed_demo")
    assert User.objects.get(username="admin").check_password("telemed-demo-2026")
