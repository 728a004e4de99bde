"""Translations: pages render in Simplified Chinese on request, English by default; the zh-hans
catalogue is complete (no empty or fuzzy entries), keeps its placeholders and is compiled."""

from __future__ import annotations

import ast
import gettext
import re

import pytest
from django.conf import settings
from django.test import Client

from ..conftest import client_for

pytestmark = pytest.mark.django_db

LOCALE_DIR = settings.BASE_DIR / "locale" / "zh_Hans" / "LC_MESSAGES"
PO_FILE = LOCALE_DIR / "django.po"
MO_FILE = LOCALE_DIR / "django.mo"
ZH = {"HTTP_ACCEPT_LANGUAGE": "zh-hans"}


def _page(client: Client, path: str, **headers) -> str:
    response = client.get(path, **headers)
    assert response.status_code == 200
    return response.content.decode()


# --- pages ---------------------------------------------------------------------------------------


def test_landing_page_is_english_by_default(client):
    html = _page(client, "/")
    assert '<html lang="en"' in html
    assert "See a clinician from home, today." in html and "Sign up" in html
    assert "在线看医生" not in html


def test_landing_page_in_chinese_from_accept_language(client):
    html = _page(client, "/", **ZH)
    assert '<html lang="zh-hans"' in html
    for text in ("今天就能足不出户看医生。", "开始问诊", "我已有账号", "就诊流程", "120"):
        assert text in html
    assert "登录" in html and "注册" in html
    assert "See a clinician from home, today." not in html


def test_login_page_in_chinese_from_language_cookie(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hans"
    html = _page(client, "/accounts/login/")
    assert '<html lang="zh-hans"' in html
    for text in ("登录", "新用户？", "注册患者账号"):
        assert text in html
    assert "New here?" not in html


def test_login_page_is_english_by_default(client):
    html = _page(client, "/accounts/login/")
    assert "New here?" in html and "新用户？" not in html


def test_patient_consultation_list_in_chinese(consultation):
    client = client_for(consultation.patient.user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hans"
    html = _page(client, "/consult/")
    for text in ("我的问诊", "我的病历", "发起新问诊", "开始问诊", "退出登录"):
        assert text in html
    assert "Start a new consultation" not in html


def test_patient_consultation_list_is_english_by_default(consultation):
    html = _page(client_for(consultation.patient.user), "/consult/")
    assert "Start a new consultation" in html and "My record" in html
    assert "发起新问诊" not in html


def test_set_language_view_switches_to_chinese(client):
    response = client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    assert response.status_code == 302
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "zh-hans"
    assert "今天就能足不出户看医生。" in _page(client, "/")


# --- catalogue -----------------------------------------------------------------------------------


def _po_entries() -> list[dict]:
    """Minimal .po reader: msgctxt/msgid/msgid_plural/msgstr[n], flags, obsolete entries skipped."""
    entries: list[dict] = []
    current: dict = {}
    key = None

    def flush():
        if "msgid" in current:
            entries.append(dict(current))
        current.clear()

    for raw in PO_FILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            flush()
            key = None
        elif line.startswith("#~"):
            continue
        elif line.startswith("#,"):
            if "msgid" in current:
                flush()
            current.setdefault("flags", set()).update(f.strip() for f in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            current[key] += ast.literal_eval(line)
        else:
            key, _, value = line.partition(" ")
            if key == "msgid" and "msgid" in current:
                flush()
            current[key] = ast.literal_eval(value)
    flush()
    return entries


PLACEHOLDER = re.compile(r"%%|%\([a-z_]+\)s|%s|\{\{ ?[a-z_.]+ ?\}\}")


def test_catalogue_header_is_final():
    header = next(entry for entry in _po_entries() if entry["msgid"] == "")
    assert "fuzzy" not in header.get("flags", set())
    assert "charset=UTF-8" in header["msgstr"] and "Language: zh_Hans" in header["msgstr"]


def test_every_catalogue_entry_is_translated_and_not_fuzzy():
    entries = [entry for entry in _po_entries() if entry["msgid"]]
    assert len(entries) > 300
    fuzzy = [e["msgid"] for e in entries if "fuzzy" in e.get("flags", set())]
    untranslated = [
        e["msgid"] for e in entries if not all(v for k, v in e.items() if k.startswith("msgstr"))
    ]
    assert fuzzy == []
    assert untranslated == []


def test_translations_keep_their_placeholders():
    for entry in _po_entries():
        if not entry["msgid"]:
            continue
        expected = sorted(PLACEHOLDER.findall(entry["msgid"]))
        for key, value in entry.items():
            if key.startswith("msgstr"):
                assert sorted(PLACEHOLDER.findall(value)) == expected, entry["msgid"]


def test_compiled_catalogue_matches_the_po_file():
    with MO_FILE.open("rb") as handle:
        catalog = gettext.GNUTranslations(handle)._catalog
    for entry in _po_entries():
        if not entry["msgid"] or "msgid_plural" in entry:
            continue
        msgid = entry["msgid"]
        if "msgctxt" in entry:
            msgid = f"{entry['msgctxt']}\x04{msgid}"
        assert catalog.get(msgid) == entry["msgstr"], f"django.mo is stale: {msgid!r}"
