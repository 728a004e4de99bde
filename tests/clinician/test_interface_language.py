"""The clinician's interface language travels with an AI tool request to the job that runs it."""

from __future__ import annotations

import re

import pytest
from channels.db import database_sync_to_async

from consult.ai import runner
from consult.models import AIJob

from ..conftest import open_socket, receive_until, session_cookie

pytestmark = pytest.mark.django_db(transaction=True)


async def test_a_chinese_page_gets_suggestions_named_in_chinese(tiny_ai, picked, clinician):
    cookie = await database_sync_to_async(session_cookie)(clinician.user)
    ws, ok, _ = await open_socket(f"/ws/consult/{picked.pk}/", cookie)
    await ws.send_json_to({"type": "ai.suggest", "lang": "zh-hans"})
    queued = await receive_until(ws, "ai.queued")
    job = await database_sync_to_async(AIJob.objects.get)(pk=int(queued["job"]))
    assert job.lang == "zh"
    await database_sync_to_async(runner.run_job)(job_id=job.pk)
    suggestions = await receive_until(ws, "ai.suggestions", timeout=60)
    assert suggestions["items"]
    for item in suggestions["items"]:
        assert re.search(r"[\u4e00-\u9fff]", item["name"]), item
    await ws.disconnect()


async def test_without_a_lang_the_browser_language_decides(tiny_ai, picked, clinician):
    cookie = await database_sync_to_async(session_cookie)(clinician.user)
    ws, ok, _ = await open_socket(f"/ws/consult/{picked.pk}/", cookie)
    await ws.send_json_to({"type": "report.generate"})
    queued = await receive_until(ws, "ai.queued")
    job = await database_sync_to_async(AIJob.objects.get)(pk=int(queued["job"]))
    assert job.lang == "en"
    await ws.disconnect()
