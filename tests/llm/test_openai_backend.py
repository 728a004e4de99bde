"""The `openai` backend against a real `transformers serve` process (and a scripted SSE server)."""

from __future__ import annotations

import logging
import socket
import threading
import time

import pytest

from consult.llm.base import Engine, EngineBusy, EngineConfig, EngineUnavailable, GenerationStats
from consult.llm.openai_compat import OpenAIEngine

from .serve import ScriptedServer, free_port, serve_missing, status, stream_text, transformers_serve

KEY = "sk-test-do-not-log-7d1f"
PATIENT_TEXT = "my neighbour Ms Example has chest pain"


def ask(text: str = "Say hello") -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


def engine_at(url: str, **config: object) -> OpenAIEngine:
    return OpenAIEngine(EngineConfig(backend="openai", base_url=url, api_key=KEY, **config))


@pytest.fixture(scope="session")
def served_url(tiny_model_dir, tmp_path_factory):
    why = serve_missing()
    if why:
        pytest.skip(why)
    log = tmp_path_factory.mktemp("serve") / "transformers-serve.log"
    with transformers_serve(tiny_model_dir, log) as url:
        yield url


@pytest.fixture(scope="session")
def served(served_url):
    """One engine for the session; the model name is asked from the server."""
    engine = engine_at(served_url, model="", timeout_s=30.0)
    yield engine
    engine.close()


def run(engine: OpenAIEngine, messages=None, **kwargs) -> tuple[list[str], GenerationStats]:
    stats: list[GenerationStats] = []
    pieces = list(engine.stream(messages or ask(), on_stats=stats.append, **kwargs))
    assert len(stats) == 1
    return pieces, stats[0]


# --- against transformers serve --------------------------------------------------------------


@pytest.mark.slow
def test_streams_pieces_and_usage_stats(served, tiny_model_dir):
    assert isinstance(served, Engine)
    pieces, stats = run(served, max_new_tokens=12)
    assert served.model_name == str(tiny_model_dir)  # discovered from GET /v1/models
    assert len(pieces) > 1 and all(pieces)
    assert stats.finish_reason == "length"
    assert stats.output_tokens == 12  # the server's usage
    assert stats.prompt_tokens > 5
    assert stats.ttft_s is not None and 0 < stats.ttft_s <= stats.total_s
    # Greedy decoding: the same request gives the same text, streamed or whole.
    assert served.generate(ask(), max_new_tokens=12) == "".join(pieces)


@pytest.mark.slow
def test_explicit_model_name_and_max_new_tokens(served_url, tiny_model_dir):
    engine = engine_at(served_url, model=str(tiny_model_dir))
    pieces, stats = run(engine, max_new_tokens=3)
    assert stats.output_tokens == 3 and stats.finish_reason == "length"
    longer, _ = run(engine, max_new_tokens=9)
    assert "".join(longer).startswith("".join(pieces))


@pytest.mark.slow
def test_stop_strings_end_the_reply_before_them(served):
    reference = served.generate(ask("Tell me a story"), max_new_tokens=24)
    middle = len(reference) // 2
    stop = reference[middle : middle + 3]
    cut = reference.find(stop)
    assert len(stop) == 3 and cut > 0

    pieces, stats = run(served, ask("Tell me a story"), max_new_tokens=24, stop=[stop])
    assert "".join(pieces) == reference[:cut]
    assert stats.finish_reason == "stop"

    # Only four stop strings go to the server; a fifth is still enforced here.
    decoys = ["\u2603decoy1", "\u2603decoy2", "\u2603decoy3", "\u2603decoy4"]
    text = served.generate(ask("Tell me a story"), max_new_tokens=24, stop=[*decoys, stop])
    assert text == reference[:cut]


@pytest.mark.slow
def test_cancel_mid_stream_stops_quickly_and_frees_the_server(served):
    cancel = threading.Event()
    stats: list[GenerationStats] = []
    pieces = []
    for piece in served.stream(
        ask(), max_new_tokens=3000, max_time=120, cancel=cancel, on_stats=stats.append
    ):
        pieces.append(piece)
        if len(pieces) == 3:
            cancel.set()
            cancelled_at = time.monotonic()
    ended_after = time.monotonic() - cancelled_at
    assert stats[0].finish_reason == "cancelled"
    assert len(pieces) <= 4  # at most the piece already read
    assert ended_after < 2.0, ended_after
    # The server aborted the 3000-token request: a new one starts at once instead of queueing
    # behind it (this server runs one generation at a time).
    _, after = run(served, max_new_tokens=2)
    assert after.ttft_s is not None and after.ttft_s < 3, after  # 3000 tokens take ~25 s


@pytest.mark.slow
def test_closing_the_iterator_closes_the_request(served):
    stream = served.stream(ask(), max_new_tokens=3000, max_time=120)
    assert next(stream)
    started = time.monotonic()
    stream.close()
    assert time.monotonic() - started < 2.0
    assert served.load_estimate() < 10
    _, after = run(served, max_new_tokens=2)
    assert after.ttft_s is not None and after.ttft_s < 3, after  # 3000 tokens take ~25 s


@pytest.mark.slow
def test_max_time_is_enforced_client_side(served):
    started = time.monotonic()
    pieces, stats = run(served, max_new_tokens=3000, max_time=1.5)
    assert stats.finish_reason == "time"
    assert time.monotonic() - started < 4.0
    assert pieces


@pytest.mark.slow
def test_concurrent_streams_from_threads_each_get_their_own_reply(served):
    prompts = [f"Question number {n}: how are you?" for n in range(4)]
    expected = [served.generate(ask(p), max_new_tokens=8) for p in prompts]
    assert len(set(expected)) > 1  # the prompts really give different replies
    results: dict[int, str] = {}
    errors: list[BaseException] = []

    def one(n: int) -> None:
        try:
            results[n] = "".join(served.stream(ask(prompts[n]), max_new_tokens=8))
        except BaseException as exc:  # noqa: BLE001 (reported by the assert below)
            errors.append(exc)

    threads = [threading.Thread(target=one, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors
    assert [results[n] for n in range(4)] == expected


# --- failures: no server, a stalled server, a scripted server --------------------------------


def assert_no_secrets(text: str) -> None:
    assert KEY not in text
    assert "chest pain" not in text


def test_unreachable_server_raises_after_retries_within_budget(caplog):
    caplog.set_level(logging.DEBUG)
    engine = engine_at(f"http://127.0.0.1:{free_port()}/v1", model="m", retries=2, timeout_s=2)
    started = time.monotonic()
    with pytest.raises(EngineUnavailable) as raised:
        engine.generate(ask(PATIENT_TEXT), max_time=10)
    assert time.monotonic() - started < 5.0
    assert "after 3 attempts" in str(raised.value)
    assert_no_secrets(str(raised.value))
    assert_no_secrets(caplog.text)
    assert caplog.text.count("retrying in") == 2


def test_stalled_server_times_out_then_raises(caplog):
    caplog.set_level(logging.DEBUG)
    with socket.socket() as listener:  # accepts connections (kernel backlog), never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
        engine = engine_at(url, model="m", retries=1, timeout_s=0.5)
        started = time.monotonic()
        with pytest.raises(EngineUnavailable):
            engine.generate(ask(PATIENT_TEXT), max_time=20)
        assert time.monotonic() - started < 4.0
        # With a generous read timeout, max_time still ends the wait (the watchdog).
        patient = engine_at(url, model="m", retries=0, timeout_s=30)
        started = time.monotonic()
        pieces, stats = run(patient, ask(PATIENT_TEXT), max_time=1.0)
        assert (pieces, stats.finish_reason) == ([], "time")
        assert time.monotonic() - started < 3.0
    assert_no_secrets(caplog.text)


def test_key_is_sent_as_bearer_and_never_shown(caplog):
    caplog.set_level(logging.DEBUG)
    with ScriptedServer([stream_text(["Hello", " there."])]) as server:
        engine = engine_at(server.url, model="m")
        stops = ["<1>", "<2>", "<3>", "<4>", "<5>"]
        assert engine.generate(ask(PATIENT_TEXT), stop=stops) == "Hello there."
    headers, body = server.requests[0]
    assert headers["Authorization"] == f"Bearer {KEY}"
    assert body["stream"] is True and body["model"] == "m"
    assert body["stop"] == stops[:4]
    assert body["stream_options"] == {"include_usage": True}
    assert KEY not in repr(engine.config) and KEY not in repr(engine)
    assert_no_secrets(caplog.text)


def test_retries_before_the_first_token_only():
    answers = [status(503), status(429), stream_text(["Fine", " thanks."])]
    with ScriptedServer(answers) as server:
        text = engine_at(server.url, model="m", retries=2).generate(ask())
    assert text == "Fine thanks." and len(server.requests) == 3

    # A stream that breaks after text was sent is not retried: nothing is streamed twice.
    with ScriptedServer([stream_text(["Half a"], then_break=True)]) as server:
        pieces = []
        with pytest.raises(EngineUnavailable, match="broke after 1 pieces"):
            for piece in engine_at(server.url, model="m", retries=2).stream(ask()):
                pieces.append(piece)
    assert pieces == ["Half a"] and len(server.requests) == 1


def test_client_errors_are_not_retried():
    with ScriptedServer([status(401), status(401)]) as server:
        with pytest.raises(EngineUnavailable, match="HTTP 401"):
            engine_at(server.url, model="m", retries=3).generate(ask())
    assert len(server.requests) == 1


def test_a_server_that_rejects_stream_options_is_asked_again_without():
    with ScriptedServer([status(400), stream_text(["Plain."])]) as server:
        stats: list[GenerationStats] = []
        engine = engine_at(server.url, model="m", retries=0)
        assert engine.generate(ask(), on_stats=stats.append) == "Plain."
    assert "stream_options" in server.requests[0][1]
    assert "stream_options" not in server.requests[1][1]
    assert stats[0].output_tokens == 1  # no usage from this server: counted pieces


def test_credentials_in_the_url_are_not_shown(caplog):
    caplog.set_level(logging.DEBUG)
    engine = engine_at(f"http://clinic:hunter2@127.0.0.1:{free_port()}/v1", model="m", retries=1)
    with pytest.raises(EngineUnavailable) as raised:
        engine.generate(ask(PATIENT_TEXT))
    assert "hunter2" not in str(raised.value) and "hunter2" not in repr(engine)
    assert "hunter2" not in caplog.text


def test_engine_busy_at_max_concurrency():
    with socket.socket() as listener:  # never answers: the first stream stays open
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
        engine = engine_at(url, model="m", max_concurrency=1, retries=0)
        first = engine.stream(ask(), max_time=1.0)
        done = threading.Thread(target=list, args=(first,))
        done.start()
        deadline = time.monotonic() + 5
        while engine.load_estimate() == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        with pytest.raises(EngineBusy):
            engine.stream(ask())
        done.join(5)
        assert not done.is_alive()
        assert engine.load_estimate() >= 0
