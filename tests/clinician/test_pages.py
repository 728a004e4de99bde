"""The clinician tools in the room page: only for the assigned clinician, translated strings."""

from __future__ import annotations

import json
import re

import pytest

from consult import services
from consult.ai import runner

from ..conftest import client_for

pytestmark = pytest.mark.django_db


def test_assigned_clinician_gets_the_tools(picked, clinician):
    page = client_for(clinician.user).get(f"/consult/{picked.pk}/").content.decode()
    for marker in (
        'data-testid="ai-suggest"',
        'data-testid="ai-report"',
        'id="ai-suggestions"',
        'id="ai-stream"',
        "js/clinician.js",
        'id="clinician-strings"',
        f'action="/records/encounters/{picked.encounter_id}/report/new/"',
    ):
        assert marker in page, marker
    strings = re.search(r'<script id="clinician-strings"[^>]*>(.*?)</script>', page, re.S)
    assert json.loads(strings.group(1))["accept"]


@pytest.mark.parametrize("who", ["patient", "other_clinician"])
def test_others_do_not_get_the_tools(request, consultation, who):
    user = request.getfixturevalue(who).user
    page = client_for(user).get(f"/consult/{consultation.pk}/").content.decode()
    assert "clinician-ai" not in page and "js/clinician.js" not in page


def test_the_page_shows_the_last_suggestions(tiny_ai, picked, clinician):
    job = services.ai_tool_request(consultation_id=picked.pk, user=clinician.user, kind="suggest")
    runner.run_job(job_id=job.pk)
    page = client_for(clinician.user).get(f"/consult/{picked.pk}/").content.decode()
    data = re.search(r'<script id="ai-suggestions-data"[^>]*>(.*?)</script>', page, re.S)
    payload = json.loads(data.group(1))
    assert payload["job"] == str(job.pk) and payload["items"]
