"""Headers and deploy: a Content-Security-Policy on every page that the pages' own scripts
satisfy (no inline script, handler or style anywhere), HSTS and the https redirect with secure
cookies, `check --deploy` clean in production settings, a persistent development secret key,
and a Docker image that runs as a non-root user."""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from django.conf import settings as django_settings

from consult import services
from records import services as records_services

from ..conftest import client_for
from ..e2e.conftest import chromium_path, live_server_url  # noqa: F401

pytestmark = pytest.mark.django_db

ROOT = django_settings.BASE_DIR


class InlineCode(HTMLParser):
    """Collects what a strict CSP would block: inline scripts, handlers and styles."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self._script_inline = False

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        for name, _value in attrs:
            if name.startswith("on") or name == "style":
                self.found.append(f"<{tag} {name}=...>")
        if tag == "style":
            self.found.append("<style>")
        if tag == "script":
            data_block = (names.get("type") or "").lower() == "application/json"
            self._script_inline = "src" not in names and not data_block

    def handle_data(self, data):
        if self._script_inline and data.strip():
            self.found.append(f"<script>{data.strip()[:40]}")

    def handle_endtag(self, tag):
        if tag == "script":
            self._script_inline = False


def _inline_code(html: str) -> list[str]:
    parser = InlineCode()
    parser.feed(html)
    return parser.found


@pytest.fixture
def pages(patient, clinician, admin_user):
    """(client, path) for every kind of page: public, patient, clinician, admin."""
    waiting = services.consultation_start(patient=patient, chief_complaint="sore throat")
    picked = services.consultation_start(patient=patient, chief_complaint="cough")
    services.consultation_pick(consultation_id=picked.pk, user=clinician.user)
    draft = records_services.report_create_draft(
        encounter=picked.encounter, author=clinician.user, sections={"assessment": "URI"}
    )
    users = (None, patient.user, clinician.user, admin_user)
    anonymous, mine, doctor, admin = (client_for(user) for user in users)
    return [
        (anonymous, "/"),
        (anonymous, "/accounts/login/"),
        (anonymous, "/accounts/signup/"),
        (mine, "/consult/"),
        (mine, f"/consult/{waiting.pk}/"),
        (mine, f"/records/patients/{patient.pk}/"),
        (doctor, "/dashboard/"),
        (doctor, f"/consult/{picked.pk}/"),
        (doctor, f"/records/patients/{patient.pk}/"),
        (doctor, f"/records/reports/{draft.pk}/edit/"),
        (doctor, "/accounts/2fa/setup/"),
        (admin, "/admin/"),
        (admin, "/admin/consult/consultation/"),
        (admin, f"/admin/consult/consultation/{picked.pk}/change/"),
        (admin, "/admin/records/user/add/"),
    ]


def test_every_page_has_a_strict_csp_and_no_inline_code(pages):
    for client, path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        policy = response["Content-Security-Policy"]
        directives = dict(d.strip().split(" ", 1) for d in policy.split(";") if d.strip())
        assert directives["script-src"] == "'self'", path
        assert directives["style-src"] == "'self'", path
        assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"
        assert "unsafe" not in policy
        assert _inline_code(response.content.decode()) == [], path


def test_json_answers_and_errors_carry_the_policy_too(patient):
    client = client_for(patient.user)
    for path in ("/healthz", "/consult/999999/", "/no-such-page/"):
        assert "default-src 'self'" in client.get(path)["Content-Security-Policy"], path


def test_no_template_has_inline_code():
    offenders = []
    for path in (ROOT / "templates").rglob("*.html"):
        text = path.read_text()
        if re.search(r"\son[a-z]+\s*=|\sstyle\s*=|<style", text):
            offenders.append(str(path))
        for script in re.finditer(r"<script\b([^>]*)>(.*?)</script>", text, re.S):
            attrs, body = script.groups()
            if body.strip() and "application/json" not in attrs:
                offenders.append(f"{path}: inline script")
    assert offenders == []


def test_hsts_and_https_redirect_with_secure_cookies(settings, client):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    response = client.get("/accounts/login/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/accounts/login/"
    assert client.get("/healthz").status_code == 200  # the container's health check
    secure = client.get("/accounts/login/", secure=True)
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def _settings_in(env: dict, expression: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "TELEMED_"))}
    code = f"import telemed.settings as s; print(repr(({expression})))"
    return subprocess.run(
        [sys.executable, "-c", code], env=base | env, cwd=ROOT, capture_output=True, text=True
    )


def test_secure_cookies_turn_on_hsts_and_the_redirect():
    env = {"DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": "x" * 60, "DJANGO_SECURE_COOKIES": "1"}
    out = _settings_in(env, "s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE")
    assert out.stdout.strip() == "(True, 31536000, True)", out.stderr
    env["DJANGO_SECURE_COOKIES"] = "0"
    out = _settings_in(env, "s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS")
    assert out.stdout.strip() == "(False, 0)", out.stderr


def test_production_requires_a_secret_key_and_development_keeps_one(tmp_path):
    refused = _settings_in({"DJANGO_DEBUG": "0"}, "1")
    assert refused.returncode != 0 and "DJANGO_SECRET_KEY is required" in refused.stderr
    key_file = tmp_path / "cache" / "dev-secret-key"
    env = {"DJANGO_DEBUG": "1", "TELEMED_DEV_SECRET_KEY_FILE": str(key_file)}
    first = _settings_in(env, "s.SECRET_KEY").stdout.strip().strip("'")
    second = _settings_in(env, "s.SECRET_KEY").stdout.strip().strip("'")
    assert len(first) >= 50 and first == second == key_file.read_text().strip()
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    assert ".cache/" in (ROOT / ".gitignore").read_text().split()


def test_check_deploy_is_clean_in_production_settings():
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "TELEMED_"))},
        "DJANGO_SETTINGS_MODULE": "telemed.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
        "DJANGO_SECURE_COOKIES": "1",
        "DATABASE_URL": os.environ["DATABASE_URL"],
    }
    out = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "System check identified no issues" in out.stdout


def test_the_docker_image_runs_as_a_non_root_user():
    users = re.findall(r"^USER\s+(\S+)", (ROOT / "Dockerfile").read_text(), re.M)
    assert users and users[-1].split(":")[0] not in {"root", "0"}


# --- in Chromium: the policy blocks nothing the pages need --------------------------------


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_pages_work_in_chromium_under_the_policy(
    live_server_url, chromium_path, patient, clinician, admin_user  # noqa: F811
):
    from playwright.sync_api import expect, sync_playwright

    from ..e2e.conftest import CHROMIUM_ARGS
    from ..factories import PASSWORD

    consultation = services.consultation_start(patient=patient, chief_complaint="sore throat")
    base = live_server_url
    violations: list[str] = []

    def watch(page) -> None:
        page.on("pageerror", lambda exc: violations.append(f"pageerror {exc}"))
        page.on(
            "console",
            lambda msg: violations.append(msg.text)
            if "Content Security Policy" in msg.text or "Refused to" in msg.text
            else None,
        )

    def log_in(page, username: str) -> None:
        page.goto(f"{base}/accounts/login/")
        page.locator("input[name=username]").fill(username)
        page.locator("input[name=password]").fill(PASSWORD)
        page.locator("form button[type=submit]").last.click()
        page.wait_for_load_state()

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        try:
            page = browser.new_page(locale="en-US")
            page.set_default_timeout(20_000)
            watch(page)
            log_in(page, patient.user.username)
            page.goto(f"{base}/consult/{consultation.pk}/")
            page.locator("#conn[data-state='connected']").wait_for()  # the chat socket
            page.select_option("select[name=language]", "zh-hans")  # static/js/site.js
            expect(page.locator("html")).to_have_attribute("lang", "zh-hans")

            staff = browser.new_page(locale="en-US")
            staff.set_default_timeout(20_000)
            watch(staff)
            log_in(staff, clinician.user.username)
            staff.goto(f"{base}/dashboard/")
            staff.locator("[data-testid=queue]").wait_for()
            staff.wait_for_timeout(1000)  # the dashboard's socket and queue fetch

            admin = browser.new_page(locale="en-US")
            watch(admin)
            log_in(admin, admin_user.username)
            admin.goto(f"{base}/admin/consult/consultation/{consultation.pk}/change/")
            admin.goto(f"{base}/admin/records/user/add/")
        finally:
            browser.close()
    assert violations == []
