"""The chat's one statement per message stays constant in the consultation's length: the
patient's latest messages, which it returns for the red-flag screen, come from an index, also
when PostgreSQL has no statistics for the table (autovacuum off, a fresh database)."""

from __future__ import annotations

import json

import pytest
from django.db import connection

from consult import services
from consult.models import Message
from consult.store import _RECENT_SQL

pytestmark = [pytest.mark.django_db]


def _plan_nodes(plan: dict) -> list[dict]:
    nodes = [plan]
    for child in plan.get("Plans", []):
        nodes += _plan_nodes(child)
    return nodes


def test_the_latest_patient_messages_come_from_an_index_without_statistics(patient):
    consultation = services.consultation_start(patient=patient)
    Message.objects.bulk_create(
        Message(consultation=consultation, seq=n, sender=sender, body=f"m{n}")
        for n, sender in enumerate(["patient", "clinician"] * 150, start=1)
    )
    # the statement's subquery, with the consultation id as a parameter as in the prepared plan
    subquery = _RECENT_SQL.replace("c.id", "%s")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL plan_cache_mode = force_generic_plan")
        cursor.execute(f"EXPLAIN (FORMAT JSON) SELECT {subquery}", [consultation.pk])
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    nodes = _plan_nodes(plan[0]["Plan"])
    scans = [node for node in nodes if "Scan" in node["Node Type"]]
    assert [node.get("Index Name") for node in scans] == ["message_patient_recent"]
    assert not any(node["Node Type"] == "Sort" for node in nodes)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {subquery}", [consultation.pk])
        assert cursor.fetchone()[0] == ["m299", "m297", "m295", "m293", "m291"]
