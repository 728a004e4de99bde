"""Races: gap-free seq under concurrent sends, idempotent retries, one winner per pick-up."""

from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from consult import services
from consult.models import Message

from ..conftest import client_for

pytestmark = pytest.mark.django_db(transaction=True)


def _in_thread(fn):
    def run(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        finally:
            connection.close()

    return run


def test_seq_is_gap_free_when_both_sides_send_at_once(consultation, clinician, patient):
    services.consultation_pick(consultation_id=consultation.pk, user=clinician.user)
    barrier = threading.Barrier(8)

    @_in_thread
    def send(i: int):
        barrier.wait()
        user = patient.user if i % 2 else clinician.user
        for n in range(5):
            services.message_post(consultation_id=consultation.pk, user=user, body=f"{i}-{n}")

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(send, range(8)))
    seqs = list(
        Message.objects.filter(consultation=consultation)
        .order_by("seq")
        .values_list("seq", flat=True)
    )
    assert seqs == list(range(1, len(seqs) + 1))
    assert len(seqs) == 2 + 40  # complaint + "joined" + 40 sends
    consultation.refresh_from_db()
    assert consultation.last_seq == len(seqs)


def test_concurrent_retries_with_one_client_id_store_one_message(consultation, patient):
    client_id = uuid.uuid4()
    barrier = threading.Barrier(6)

    @_in_thread
    def send(_):
        barrier.wait()
        message, _created = services.message_post(
            consultation_id=consultation.pk, user=patient.user, body="once", client_id=client_id
        )
        return message.pk

    with ThreadPoolExecutor(6) as pool:
        ids = set(pool.map(send, range(6)))
    assert len(ids) == 1
    assert Message.objects.filter(client_id=client_id).count() == 1


def test_pick_up_race_has_one_winner(consultation, clinician, other_clinician):
    barrier = threading.Barrier(2)

    @_in_thread
    def pick(user):
        barrier.wait()
        try:
            services.consultation_pick(consultation_id=consultation.pk, user=user)
            return "won"
        except services.Conflict:
            return "lost"

    with ThreadPoolExecutor(2) as pool:
        results = sorted(pool.map(pick, [clinician.user, other_clinician.user]))
    assert results == ["lost", "won"]


def test_pick_up_loser_gets_409_over_http(consultation, clinician, other_clinician):
    first = client_for(clinician.user).post(f"/consult/{consultation.pk}/pick/")
    second = client_for(other_clinician.user).post(f"/consult/{consultation.pk}/pick/")
    assert first.status_code == 302
    assert second.status_code == 409


def test_queries_per_message_stay_constant(consultation, patient, django_assert_max_num_queries):
    """Store, broadcast and red-flag screen: the same handful of queries at any history size."""
    services.message_post(consultation_id=consultation.pk, user=patient.user, body="warm up")
    with django_assert_max_num_queries(8):
        services.message_post(
            consultation_id=consultation.pk, user=patient.user, body="x", client_id=uuid.uuid4()
        )
    for i in range(20):
        services.message_post(consultation_id=consultation.pk, user=patient.user, body=str(i))
    with django_assert_max_num_queries(8):
        services.message_post(
            consultation_id=consultation.pk, user=patient.user, body="y", client_id=uuid.uuid4()
        )
