"""The red-flag screen in its helper process: same answers as in process, and a patient message
is screened even when the helper is gone."""

from __future__ import annotations

import os
import signal

import pytest

from consult.ai import screen_process
from consult.triage import redflags

CONVERSATIONS = [
    ["crushing pain in the middle of my chest and I'm sweating"],
    ["我吃了一整瓶安眠药"],
    ["my 2 year old swallowed bleach"],
    ["sore throat for two days", "no fever, eating fine"],
    ["胸口闷", "出冷汗，左胳膊发麻"],
    ["I don't have chest pain, just a cough"],
]


def _helper_pids() -> list[int]:
    pool = screen_process._executor()
    pool.submit(int).result(timeout=30)  # the helper has started
    return list(pool._processes)


@pytest.mark.parametrize("texts", CONVERSATIONS)
def test_the_helper_answers_as_the_rules_do(settings, texts):
    settings.TELEMED_SCREEN_PROCESS = True
    assert screen_process.screen_conversation(texts) == redflags.screen_conversation(texts)


def test_it_runs_in_another_process(settings):
    settings.TELEMED_SCREEN_PROCESS = True
    pids = _helper_pids()
    assert pids and os.getpid() not in pids


def test_a_dead_helper_still_screens_and_is_replaced(settings):
    settings.TELEMED_SCREEN_PROCESS = True
    old = _helper_pids()
    for pid in old:
        os.kill(pid, signal.SIGKILL)
    texts = ["worst chest pain of my life"]
    flags = screen_process.screen_conversation(texts)
    assert [f.code for f in flags] == [f.code for f in redflags.screen_conversation(texts)]
    assert flags
    new = _helper_pids()
    assert new and not set(new) & set(old)


def test_it_screens_in_process_when_switched_off(settings, monkeypatch):
    settings.TELEMED_SCREEN_PROCESS = False

    def no_helper():
        raise AssertionError("the helper must not be used")

    monkeypatch.setattr(screen_process, "_executor", no_helper)
    assert screen_process.screen_conversation(["i cnat breathe"])
