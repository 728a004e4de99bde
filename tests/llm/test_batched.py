"""The continuous-batching engine on CPU (tiny random model, float32): many threads, one batch."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from consult.llm import EngineBusy, EngineConfig, GenerationStats, engine_for
from consult.llm.batched import BatchedEngine
from consult.llm.engine import LocalEngine

CHATS = [
    [{"role": "user", "content": text}]
    for text in (
        "I have had a sore throat and a cough for three days.",
        "My child has a fever.",
        "Sharp pain in my lower back when I bend over, since yesterday morning.",
        "头痛两天了，还有点恶心。",
    )
]


@pytest.fixture(scope="module")
def batched(tiny_model_dir: Path) -> BatchedEngine:
    # float32: batch-size dependent bf16 kernels could change a greedy pick between runs.
    engine = BatchedEngine.load(
        str(tiny_model_dir), device="cpu", dtype="float32", max_concurrency=4, max_queue=1
    )
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def expected(tiny_model_dir: Path) -> list[str]:
    """Each chat generated alone by plain `model.generate` (the single-stream engine)."""
    single = LocalEngine.load(str(tiny_model_dir), device="cpu", dtype="float32")
    return [single.generate(chat, max_new_tokens=24) for chat in CHATS]


def _run_threads(target, n: int) -> None:
    threads = [threading.Thread(target=target, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
        assert not t.is_alive()


def test_alone_matches_plain_generate(batched: BatchedEngine, expected: list[str]) -> None:
    got: list[GenerationStats] = []
    texts = [batched.generate(chat, max_new_tokens=24, on_stats=got.append) for chat in CHATS]
    assert texts == expected
    assert all(s.output_tokens == 24 and s.finish_reason == "length" for s in got)
    assert got[0].prompt_tokens == batched.count_tokens(CHATS[0])
    assert got[0].ttft_s is not None and 0 < got[0].ttft_s <= got[0].total_s


def test_concurrent_streams_each_get_their_own_reply(
    batched: BatchedEngine, expected: list[str]
) -> None:
    texts: list[str | None] = [None] * len(CHATS)
    pieces: list[int] = [0] * len(CHATS)

    def worker(i: int) -> None:
        out = []
        for piece in batched.stream(CHATS[i], max_new_tokens=24):
            out.append(piece)
        texts[i] = "".join(out)
        pieces[i] = len(out)

    _run_threads(worker, len(CHATS))
    assert texts == expected
    assert all(n > 1 for n in pieces)  # streamed, not handed over whole


def test_cancel_of_one_stream_leaves_the_others(
    batched: BatchedEngine, expected: list[str]
) -> None:
    cancel = threading.Event()
    texts: list[str | None] = [None] * 3
    stats: list[GenerationStats | None] = [None] * 3

    def worker(i: int) -> None:
        out = []
        limit = 400 if i == 0 else 24

        def keep(s: GenerationStats) -> None:
            stats[i] = s

        for piece in batched.stream(CHATS[i], max_new_tokens=limit, cancel=cancel if i == 0
                                    else None, on_stats=keep):
            out.append(piece)
            if i == 0:
                cancel.set()
        texts[i] = "".join(out)

    _run_threads(worker, 3)
    assert stats[0].finish_reason == "cancelled"
    assert stats[0].output_tokens < 400
    assert texts[0] and expected[0].startswith(texts[0][:10])
    assert texts[1:] == expected[1:3]
    assert [s.finish_reason for s in stats[1:]] == ["length", "length"]


def test_stop_string_and_time_limit(batched: BatchedEngine, expected: list[str]) -> None:
    full = expected[0]
    words = full.split()
    stop = " ".join(words[3:5])
    got: list[GenerationStats] = []
    text = batched.generate(CHATS[0], max_new_tokens=24, stop=[stop, "never"], on_stats=got.append)
    assert text == full[: full.index(stop)]
    assert got[0].finish_reason == "stop" and got[0].output_tokens < 24

    batched.generate(CHATS[1], max_new_tokens=100_000, max_time=0.3, on_stats=got.append)
    assert got[1].finish_reason == "time"
    assert 0 < got[1].output_tokens < 100_000


def test_closing_early_frees_the_slot_and_busy_when_full(batched: BatchedEngine) -> None:
    assert batched.load_estimate() == 0.0
    held = [batched.stream(CHATS[0], max_new_tokens=400) for _ in range(5)]  # 4 + 1 queued
    for it in held:
        next(it)
    assert batched.load_estimate() > 0
    with pytest.raises(EngineBusy):
        batched.stream(CHATS[1])
    for it in held:
        it.close()
    assert batched.load_estimate() == 0.0
    assert batched.generate(CHATS[1], max_new_tokens=3)


def test_sampling_is_refused(batched: BatchedEngine) -> None:
    with pytest.raises(ValueError):
        batched.stream(CHATS[0], temperature=0.7)


def test_engine_for_picks_and_caches(tiny_model_dir: Path) -> None:
    config = EngineConfig(model=str(tiny_model_dir), device="cpu", dtype="float32")
    got: list[object] = []
    _run_threads(lambda i: got.append(engine_for(config)), 4)
    assert len({id(e) for e in got}) == 1
    single = got[0]
    assert isinstance(single, LocalEngine) and single.max_concurrency == 1
    both = EngineConfig(model=str(tiny_model_dir), device="cpu", batching=True, max_concurrency=3)
    engine = engine_for(both)
    try:
        assert isinstance(engine, BatchedEngine) and engine.max_concurrency == 3
        assert engine_for(both) is engine
        assert engine.generate(CHATS[0], max_new_tokens=4)
    finally:
        engine.close()
    with pytest.raises(ValueError):
        engine_for(EngineConfig(backend="nope"))
