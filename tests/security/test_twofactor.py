"""Second factor for staff (TOTP, backup codes, admin reset) and the staff idle logoff."""

from __future__ import annotations

import asyncio
import base64
import os
import re
import subprocess
import sys
import time

import pytest
from channels.db import database_sync_to_async
from django.conf import settings as django_settings
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from consult import services
from records.models import AuditEvent
from telemed.twofactor import core

from ..conftest import open_socket

pytestmark = pytest.mark.django_db


@pytest.fixture
def require_2fa(settings):
    settings.TELEMED_REQUIRE_2FA = True
    return settings


def code_for(device: TOTPDevice, offset_steps: int = 0) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + offset_steps * device.step
    return f"{totp.token():0{device.digits}d}"


def enrolled(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)


def logged_in(user, device=None) -> Client:
    """A client signed in with the password step; with `device`, also past the second factor."""
    client = Client()
    client.force_login(user)
    if device is not None:
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return client


def cookie_of(client: Client) -> bytes:
    name = django_settings.SESSION_COOKIE_NAME
    return f"{name}={client.cookies[name].value}".encode()


# --- enforcement -----------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/dashboard/", "/after-login/", "/consult/"])
def test_clinician_without_a_device_is_sent_to_enrolment(require_2fa, clinician, url):
    response = logged_in(clinician.user).get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/2fa/setup/?next=")


def test_enrolled_clinician_is_sent_to_verification_for_pages_and_records(
    require_2fa, clinician, patient
):
    enrolled(clinician.user)
    client = logged_in(clinician.user)
    for url in ("/dashboard/", f"/records/patients/{patient.pk}/", "/records/icd10/search/?q=J0"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/2fa/verify/?next="), url


def test_json_endpoints_answer_403_json_before_the_second_factor(require_2fa, clinician, patient):
    enrolled(clinician.user)
    client = logged_in(clinician.user)
    response = client.get("/dashboard/queue.json")
    assert response.status_code == 403
    assert response.json()["code"] == "second_factor_required"
    fhir = client.get(f"/fhir/Patient/{patient.pk}/$everything")
    assert fhir.status_code == 403 and fhir.json()["code"] == "second_factor_required"
    picked = client.post("/consult/1/pick/", HTTP_ACCEPT="application/json")
    assert picked.status_code == 403


def test_admin_needs_the_second_factor_for_django_admin(require_2fa, admin_user):
    device = enrolled(admin_user)
    client = logged_in(admin_user)
    for url in ("/admin/", "/admin/records/user/", "/admin/records/auditevent/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/2fa/verify/"), url
    assert logged_in(admin_user, device).get("/admin/records/user/").status_code == 200


def test_verified_clinician_reaches_pages_and_json(require_2fa, clinician):
    client = logged_in(clinician.user, enrolled(clinician.user))
    assert client.get("/dashboard/").status_code == 200
    assert client.get("/dashboard/queue.json").status_code == 200


def test_open_pages_stay_open_to_an_unverified_clinician(require_2fa, clinician):
    enrolled(clinician.user)
    client = logged_in(clinician.user)
    assert client.get("/").status_code == 200
    assert client.get("/healthz").status_code in (200, 503)
    assert client.get("/accounts/2fa/verify/").status_code == 200
    assert client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"}).status_code == 302
    assert client.post("/accounts/logout/").status_code == 302
    assert client.get("/dashboard/").status_code == 302  # now anonymous: to the login page
    assert Client().get("/accounts/login/").status_code == 200


def test_patients_are_never_asked(require_2fa, patient):
    client = logged_in(patient.user)
    assert client.get("/consult/").status_code == 200
    assert client.get(f"/records/patients/{patient.pk}/").status_code == 200
    assert client.get("/accounts/2fa/setup/")["Location"] == "/after-login/"
    assert not TOTPDevice.objects.filter(user=patient.user).exists()


def test_off_when_the_setting_is_off(settings, clinician, admin_user):
    settings.TELEMED_REQUIRE_2FA = False
    enrolled(clinician.user)
    assert logged_in(clinician.user).get("/dashboard/").status_code == 200
    assert logged_in(clinician.user).get("/dashboard/queue.json").status_code == 200
    assert logged_in(admin_user).get("/admin/").status_code == 200


def test_admin_logout_stays_open(require_2fa, admin_user):
    enrolled(admin_user)
    client = logged_in(admin_user)
    response = client.post("/admin/logout/")
    assert "/accounts/2fa/" not in response.get("Location", "")
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("debug,expected", [("0", "True"), ("1", "False")])
def test_default_is_on_unless_debug(debug, expected):
    env = {k: v for k, v in os.environ.items() if k != "TELEMED_REQUIRE_2FA"}
    env.update(DJANGO_DEBUG=debug, DJANGO_SECRET_KEY="x")
    code = (
        "import telemed.settings as s; "
        "print(s.TELEMED_REQUIRE_2FA, s.TELEMED_STAFF_IDLE_TIMEOUT)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == [expected, "900"]


# --- sockets ---------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
async def test_staff_sockets_are_closed_with_4403_until_verified(
    require_2fa, consultation, clinician
):
    await database_sync_to_async(services.consultation_pick)(
        consultation_id=consultation.pk, user=clinician.user
    )
    device = await database_sync_to_async(enrolled)(clinician.user)
    plain = await database_sync_to_async(logged_in)(clinician.user)
    verified = await database_sync_to_async(logged_in)(clinician.user, device)
    for path in ("/ws/dashboard/", f"/ws/consult/{consultation.pk}/"):
        ws, ok, code = await open_socket(path, cookie_of(plain))
        assert not ok and code == 4403, path
        ws, ok, _ = await open_socket(path, cookie_of(verified))
        assert ok, path
        await ws.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_patient_sockets_need_no_second_factor(require_2fa, consultation, patient):
    client = await database_sync_to_async(logged_in)(patient.user)
    ws, ok, _ = await open_socket(f"/ws/consult/{consultation.pk}/", cookie_of(client))
    assert ok
    await ws.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_staff_socket_of_an_idle_session_is_refused(settings, clinician):
    settings.TELEMED_REQUIRE_2FA = False
    idle = await database_sync_to_async(logged_in)(clinician.user)
    active = await database_sync_to_async(logged_in)(clinician.user)

    def go_idle():
        session = idle.session
        session[core.LAST_ACTIVITY_KEY] = int(time.time()) - 901
        session.save()

    await database_sync_to_async(go_idle)()
    ws, ok, code = await open_socket("/ws/dashboard/", cookie_of(idle))
    assert not ok and code == 4403
    ws, ok, _ = await open_socket("/ws/dashboard/", cookie_of(active))
    assert ok
    await ws.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_a_clinicians_frames_count_as_activity(settings, clinician):
    settings.TELEMED_REQUIRE_2FA = False
    client = await database_sync_to_async(logged_in)(clinician.user)

    def last_activity(seconds_ago: int | None = None) -> int:
        session = client.session
        if seconds_ago is not None:
            session[core.LAST_ACTIVITY_KEY] = int(time.time()) - seconds_ago
            session.save()
        return session[core.LAST_ACTIVITY_KEY]

    await database_sync_to_async(last_activity)(800)
    ws, ok, _ = await open_socket("/ws/dashboard/", cookie_of(client))
    assert ok
    await ws.send_json_to({"type": "ping"})
    for _ in range(50):
        if time.time() - await database_sync_to_async(last_activity)() < 60:
            break
        await asyncio.sleep(0.1)
    assert time.time() - await database_sync_to_async(last_activity)() < 60
    await ws.disconnect()


# --- enrolment and verification --------------------------------------------------------------


def test_enrolment_with_a_real_totp_code_then_backup_codes_once(require_2fa, clinician):
    client = logged_in(clinician.user)
    page = client.get("/accounts/2fa/setup/?next=/dashboard/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "<svg" in html and 'data-testid="qr-code"' in html
    assert not re.search(r'(src|href)="https?://', html.split("<svg", 1)[1].split("</svg>")[0])
    device = TOTPDevice.objects.get(user=clinician.user, confirmed=False)
    secret = re.search(r'data-testid="totp-secret">([A-Z2-7 ]+)<', html).group(1)
    secret = secret.replace(" ", "")
    assert base64.b32decode(secret + "=" * (-len(secret) % 8)) == device.bin_key
    assert client.get("/accounts/2fa/setup/").status_code == 200  # same pending device
    assert TOTPDevice.objects.filter(user=clinician.user).count() == 1

    wrong = client.post("/accounts/2fa/setup/", {"token": "000000", "next": "/dashboard/"})
    assert wrong.status_code == 400
    assert client.get("/dashboard/").status_code == 302
    time.sleep(1.1)  # django-otp throttles for 1 s after one wrong code

    done = client.post("/accounts/2fa/setup/", {"token": code_for(device), "next": "/dashboard/"})
    assert done.status_code == 302 and done["Location"].startswith("/accounts/2fa/backup-codes/")
    device.refresh_from_db()
    assert device.confirmed
    shown = client.get(done["Location"])
    codes = re.findall(r"<li><code>([a-z0-9]+)</code></li>", shown.content.decode())
    assert len(codes) == core.BACKUP_CODE_COUNT == 10
    assert set(codes) == set(
        StaticToken.objects.filter(device__user=clinician.user).values_list("token", flat=True)
    )
    again = client.get("/accounts/2fa/backup-codes/").content.decode()
    assert not any(code in again for code in codes)  # shown once
    assert client.get("/dashboard/").status_code == 200
    assert AuditEvent.objects.filter(
        entity="SecondFactor", action="create", actor=clinician.user
    ).exists()


def test_enrolled_user_cannot_enrol_again_without_verifying(require_2fa, clinician):
    enrolled(clinician.user)
    client = logged_in(clinician.user)
    response = client.get("/accounts/2fa/setup/")
    assert response["Location"].startswith("/accounts/2fa/verify/")
    assert client.post("/accounts/2fa/setup/", {"token": "123456"}).status_code == 302
    assert TOTPDevice.objects.filter(user=clinician.user).count() == 1


def test_login_then_totp_code_opens_the_dashboard(require_2fa, clinician):
    from ..factories import PASSWORD

    device = enrolled(clinician.user)
    client = Client()
    login = client.post(
        "/accounts/login/", {"username": clinician.user.username, "password": PASSWORD}
    )
    assert login.status_code == 302
    after = client.get(login["Location"])
    assert after["Location"].startswith("/accounts/2fa/verify/?next=")
    bad = client.post("/accounts/2fa/verify/", {"token": "111111", "next": "/dashboard/"})
    assert bad.status_code == 400
    time.sleep(1.1)  # django-otp throttles for 1 s after one wrong code
    ok = client.post("/accounts/2fa/verify/", {"token": code_for(device), "next": "/dashboard/"})
    assert ok.status_code == 302 and ok["Location"] == "/dashboard/"
    assert client.get("/dashboard/").status_code == 200
    # A new login starts unverified again.
    client.post("/accounts/logout/")
    client.post("/accounts/login/", {"username": clinician.user.username, "password": PASSWORD})
    assert client.get("/dashboard/").status_code == 302


def test_verify_never_redirects_off_site(require_2fa, clinician):
    device = enrolled(clinician.user)
    client = logged_in(clinician.user)
    response = client.post(
        "/accounts/2fa/verify/", {"token": code_for(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/after-login/"


def test_a_backup_code_works_once(require_2fa, clinician):
    enrolled(clinician.user)
    code = core.new_backup_codes(clinician.user)[0]
    first = logged_in(clinician.user)
    assert first.post("/accounts/2fa/verify/", {"token": code.upper()}).status_code == 302
    assert first.get("/dashboard/").status_code == 200
    second = logged_in(clinician.user)
    assert second.post("/accounts/2fa/verify/", {"token": code}).status_code == 400
    assert second.get("/dashboard/").status_code == 302
    assert core.backup_codes_left(clinician.user) == core.BACKUP_CODE_COUNT - 1


def test_new_backup_codes_replace_the_old_ones(require_2fa, clinician):
    device = enrolled(clinician.user)
    old = core.new_backup_codes(clinician.user)
    client = logged_in(clinician.user, device)
    assert client.post("/accounts/2fa/backup-codes/").status_code == 302
    fresh = re.findall(r"<li><code>([a-z0-9]+)</code></li>", client.get(
        "/accounts/2fa/backup-codes/").content.decode())
    assert len(fresh) == 10 and not set(fresh) & set(old)
    assert StaticDevice.objects.filter(user=clinician.user).count() == 1


def test_wrong_codes_are_throttled(require_2fa, clinician):
    device = enrolled(clinician.user)
    client = logged_in(clinician.user)
    for _ in range(3):
        client.post("/accounts/2fa/verify/", {"token": "000000"})
    # django-otp's throttle now refuses even the right code for a while.
    response = client.post("/accounts/2fa/verify/", {"token": code_for(device)})
    assert response.status_code == 400 and b"Too many wrong codes" in response.content
    assert client.get("/dashboard/").status_code == 302
    refused = AuditEvent.objects.filter(entity="SecondFactor", action="denied")
    assert refused.filter(actor=clinician.user).count() == 4


# --- admin reset -----------------------------------------------------------------------------


def test_admin_resets_a_clinicians_second_factor(require_2fa, admin_user, clinician):
    device = enrolled(clinician.user)
    core.new_backup_codes(clinician.user)
    clinician_client = logged_in(clinician.user, device)
    assert clinician_client.get("/dashboard/").status_code == 200

    admin_client = logged_in(admin_user, enrolled(admin_user))
    response = admin_client.post(
        "/admin/records/user/",
        {"action": "reset_two_factor", "_selected_action": [clinician.user.pk]},
    )
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=clinician.user).exists()
    assert not StaticDevice.objects.filter(user=clinician.user).exists()
    event = AuditEvent.objects.get(entity="SecondFactor", action="update")
    assert event.actor == admin_user and event.entity_id == str(clinician.user.pk)
    # The old verified session no longer counts: the clinician enrols again.
    again = clinician_client.get("/dashboard/")
    assert again["Location"].startswith("/accounts/2fa/setup/")


def test_device_secrets_are_not_in_admin(require_2fa, admin_user):
    client = logged_in(admin_user, enrolled(admin_user))
    assert client.get("/admin/otp_totp/totpdevice/").status_code == 404
    assert client.get("/admin/otp_static/staticdevice/").status_code == 404


# --- staff idle timeout ----------------------------------------------------------------------


def set_last_activity(client: Client, seconds_ago: int) -> None:
    session = client.session
    session[core.LAST_ACTIVITY_KEY] = int(time.time()) - seconds_ago
    session.save()


def test_idle_clinician_is_logged_out(settings, clinician):
    settings.TELEMED_REQUIRE_2FA = False
    settings.TELEMED_STAFF_IDLE_TIMEOUT = 900
    client = logged_in(clinician.user)
    assert client.get("/dashboard/").status_code == 200
    assert core.LAST_ACTIVITY_KEY in client.session
    set_last_activity(client, 901)
    response = client.get("/dashboard/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert "_auth_user_id" not in client.session
    assert client.get("/dashboard/")["Location"].startswith("/accounts/login/")


def test_idle_json_request_gets_401(settings, clinician):
    settings.TELEMED_REQUIRE_2FA = False
    client = logged_in(clinician.user)
    set_last_activity(client, 10_000)
    response = client.get("/dashboard/queue.json")
    assert response.status_code == 401 and response.json()["code"] == "session_expired"


def test_activity_keeps_the_session_and_polling_does_not(settings, clinician):
    settings.TELEMED_REQUIRE_2FA = False
    client = logged_in(clinician.user)
    set_last_activity(client, 800)
    assert client.get("/dashboard/queue.json").status_code == 200
    assert time.time() - client.session[core.LAST_ACTIVITY_KEY] >= 800  # polling is not activity
    assert client.get("/dashboard/").status_code == 200
    assert time.time() - client.session[core.LAST_ACTIVITY_KEY] < 60
    set_last_activity(client, 800)
    assert client.get("/dashboard/").status_code == 200


def test_idle_admin_is_logged_out_with_2fa_on(require_2fa, admin_user):
    client = logged_in(admin_user, enrolled(admin_user))
    assert client.get("/admin/").status_code == 200
    set_last_activity(client, 901)
    assert client.get("/admin/")["Location"].startswith("/accounts/login/")


def test_patients_keep_the_normal_session_age(settings, patient):
    settings.TELEMED_STAFF_IDLE_TIMEOUT = 900
    client = logged_in(patient.user)
    set_last_activity(client, 10_000)
    assert client.get("/consult/").status_code == 200
    assert client.session.get_expiry_age() == django_settings.SESSION_COOKIE_AGE


def test_twofactor_pages_in_chinese(require_2fa, clinician, other_clinician):
    zh = {"HTTP_ACCEPT_LANGUAGE": "zh-hans"}
    html = logged_in(other_clinician.user).get("/accounts/2fa/setup/", **zh).content.decode()
    assert "设置双重身份验证" in html and "Set up two-factor authentication" not in html
    enrolled(clinician.user)
    html = logged_in(clinician.user).get("/accounts/2fa/verify/", **zh).content.decode()
    assert "双重身份验证" in html and "Enter the 6-digit code" not in html
