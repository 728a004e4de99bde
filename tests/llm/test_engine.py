"""Exercises the real LLM engine on a tiny random model and the bundled SmolLM2."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
import torch

from consult.llm import EngineBusy, bundled, get_engine
from consult.llm.engine import (
    Engine,
    GenerationStats,
    resolve_device,
    resolve_dtype,
)
from consult.llm.text import clean_reply

CHAT = [{"role": "user", "content": "Hello, how are you today?"}]


@pytest.fixture(scope="module")
def tiny(tiny_model_dir: Path) -> Engine:
    return Engine.load(str(tiny_model_dir), device="cpu")


# --- device / dtype -------------------------------------------------------------------------


def test_load_on_cpu_defaults_to_bfloat16(tiny: Engine, tiny_model_dir: Path) -> None:
    assert tiny.device == "cpu"
    assert tiny.dtype == torch.bfloat16
    assert tiny.model_name == str(tiny_model_dir)
    assert next(tiny.model.parameters()).device.type == "cpu"


def test_dtype_override_float32(tiny_model_dir: Path) -> None:
    engine = Engine.load(str(tiny_model_dir), device="cpu", dtype="float32")
    assert engine.dtype == torch.float32
    assert engine.generate(CHAT, max_new_tokens=3)


def test_resolve_device_and_dtype() -> None:
    expected = "cuda" if torch.cuda.is_available() else "cpu"
    assert resolve_device("auto") == expected
    assert resolve_device("cpu") == "cpu"
    if torch.cuda.is_available():
        assert resolve_device("cuda:0") == "cuda:0"
    else:
        with pytest.raises(RuntimeError):
            resolve_device("cuda")
    with pytest.raises(ValueError):
        resolve_device("tpu")
    assert resolve_dtype(None) == torch.bfloat16
    assert resolve_dtype("fp32") == torch.float32
    assert resolve_dtype("torch.float16") == torch.float16
    with pytest.raises(ValueError):
        resolve_dtype("int3")


def test_get_engine_caches_per_model_and_device(tiny_model_dir: Path) -> None:
    first = get_engine(str(tiny_model_dir), "cpu")
    assert get_engine(str(tiny_model_dir), "cpu") is first
    assert get_engine(str(tiny_model_dir), "cpu", "float32") is not first


# --- generation ----------------------------------------------------------------------------


def test_count_tokens(tiny: Engine) -> None:
    n = tiny.count_tokens(CHAT)
    assert n > 5
    longer = CHAT + [{"role": "assistant", "content": "Fine."}, {"role": "user", "content": "Ok"}]
    assert tiny.count_tokens(longer) > n


def test_stream_pieces_join_to_greedy_generate(tiny: Engine) -> None:
    pieces = list(tiny.stream(CHAT, max_new_tokens=24))
    stats = tiny.last_stats
    assert len(pieces) > 1
    assert all(pieces)
    text = tiny.generate(CHAT, max_new_tokens=24)
    assert "".join(pieces) == text
    assert isinstance(stats, GenerationStats)
    assert stats.prompt_tokens == tiny.count_tokens(CHAT)
    assert stats.output_tokens == 24
    assert stats.finish_reason == "length"
    assert stats.ttft_s is not None and 0 < stats.ttft_s <= stats.total_s


def test_max_new_tokens_limits_output(tiny: Engine) -> None:
    tiny.generate(CHAT, max_new_tokens=5)
    assert tiny.last_stats.output_tokens == 5
    assert tiny.last_stats.finish_reason == "length"


def test_max_time_stops_generation(tiny: Engine) -> None:
    started = time.monotonic()
    tiny.generate(CHAT, max_new_tokens=4000, max_time=0.2)
    assert time.monotonic() - started < 5
    assert tiny.last_stats.finish_reason == "time"
    assert 0 < tiny.last_stats.output_tokens < 4000


def test_cancel_stops_early(tiny: Engine) -> None:
    cancel = threading.Event()
    pieces = []
    for piece in tiny.stream(CHAT, max_new_tokens=500, cancel=cancel):
        pieces.append(piece)
        cancel.set()
    stats = tiny.last_stats
    assert stats.finish_reason == "cancelled"
    assert stats.output_tokens < 100
    assert pieces


def test_cancel_before_start_generates_almost_nothing(tiny: Engine) -> None:
    cancel = threading.Event()
    cancel.set()
    tiny.generate(CHAT, max_new_tokens=200, cancel=cancel)
    assert tiny.last_stats.finish_reason == "cancelled"
    assert tiny.last_stats.output_tokens <= 1


def test_stop_string_cuts_output(tiny: Engine) -> None:
    full = tiny.generate(CHAT, max_new_tokens=40)
    words = full.split()
    assert len(words) > 6
    stop = " ".join(words[3:5])
    expected = full[: full.index(stop)]
    text = "".join(tiny.stream(CHAT, max_new_tokens=40, stop=[stop, "never-there"]))
    assert text == expected
    assert stop not in text
    assert tiny.last_stats.finish_reason == "stop"
    assert tiny.last_stats.output_tokens < 40


def test_stop_string_not_found_changes_nothing(tiny: Engine) -> None:
    full = tiny.generate(CHAT, max_new_tokens=20)
    assert tiny.generate(CHAT, max_new_tokens=20, stop=["\x00never"]) == full


def test_closing_iterator_early_releases_engine(tiny: Engine) -> None:
    it = tiny.stream(CHAT, max_new_tokens=500)
    next(it)
    it.close()
    assert tiny.generate(CHAT, max_new_tokens=3)


def test_sampling_runs(tiny: Engine) -> None:
    assert tiny.generate(CHAT, max_new_tokens=8, temperature=0.8)
    assert tiny.last_stats.output_tokens == 8


def test_generate_errors_propagate(tiny: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(**kwargs):
        raise RuntimeError("generate failed")

    monkeypatch.setattr(tiny.model, "generate", boom)
    with pytest.raises(RuntimeError, match="generate failed"):
        list(tiny.stream(CHAT, max_new_tokens=5))
    monkeypatch.undo()
    assert tiny.generate(CHAT, max_new_tokens=3)  # lock was released


def test_concurrent_streams_serialize(tiny: Engine) -> None:
    expected = tiny.generate(CHAT, max_new_tokens=30)
    spans: list[tuple[float, float]] = []
    texts: list[str] = []

    def worker() -> None:
        pieces = []
        first = None
        for piece in tiny.stream(CHAT, max_new_tokens=30):
            first = first or time.monotonic()
            pieces.append(piece)
        spans.append((first, time.monotonic()))
        texts.append("".join(pieces))

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert texts == [expected, expected]
    (a_start, a_end), (b_start, b_end) = sorted(spans)
    assert a_end <= b_start


def test_on_stats_callback(tiny: Engine) -> None:
    got: list[GenerationStats] = []
    tiny.generate(CHAT, max_new_tokens=4, on_stats=got.append)
    assert got == [tiny.last_stats]


# --- clean_reply ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "kwargs", "expected"),
    [
        ("assistant: Hello there.  How are   you? I think", {}, "Hello there. How are you?"),
        ("Hello there. How are you? I think", {"drop_incomplete": False},
         "Hello there. How are you? I think"),
        ("<|im_start|>assistant\nRest well.<|im_end|>\n<|im_start|>user\nok", {}, "Rest well."),
        ("Drink water.</s>", {}, "Drink water."),
        ("Rest. Drink water! See a doctor? Bye.", {"max_sentences": 2}, "Rest. Drink water!"),
        ("Take care\nUser: thanks", {}, "Take care"),
        ("no sentence end at all", {}, "no sentence end at all"),
        ("Dose is 2.5 mg daily. Then", {}, "Dose is 2.5 mg daily."),
        ("Line one.\n\n\n\n  Line   two.", {}, "Line one.\n\nLine two."),
        ("你好。请多喝水！我觉得", {}, "你好。请多喝水！"),
        ("请休息。多喝水！要看医生吗？好的。",
         {"max_sentences": 3}, "请休息。多喝水！要看医生吗？"),
        ("助手：“注意休息。”然后", {}, "助手：“注意休息。”"),
        ("", {}, ""),
    ],
)
def test_clean_reply(raw: str, kwargs: dict, expected: str) -> None:
    assert clean_reply(raw, **kwargs) == expected


# --- bundled model -------------------------------------------------------------------------


def test_bundled_prepare_is_idempotent(bundled_model_dir: Path, llm_cache_dir: Path) -> None:
    started = time.monotonic()
    again = bundled.prepare_bundled_model(llm_cache_dir)
    assert time.monotonic() - started < 1.0
    assert again == bundled_model_dir
    assert bundled.is_prepared(again)
    assert (again / "config.json").is_file()
    assert "quantization_config" not in (again / "config.json").read_text()
    assert bundled.resolve_model_path("bundled", llm_cache_dir) == str(bundled_model_dir)
    assert bundled.resolve_model_path("", llm_cache_dir) == str(bundled_model_dir)
    assert bundled.resolve_model_path("org/some-model", llm_cache_dir) == "org/some-model"
    assert bundled.find_bundled_gguf().suffix == ".gguf"


def test_bundled_tokenizer_has_chatml_template(bundled_model_dir: Path) -> None:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(bundled_model_dir)
    prompt = tok.apply_chat_template(CHAT, tokenize=False, add_generation_prompt=True)
    assert "<|im_start|>user\nHello, how are you today?<|im_end|>" in prompt
    assert prompt.endswith("<|im_start|>assistant\n")


@pytest.mark.slow
def test_bundled_smollm2_answers(bundled_model_dir: Path) -> None:
    engine = Engine.load(str(bundled_model_dir), device="cpu")
    messages = [
        {"role": "system", "content": "You are a helpful assistant. Answer briefly."},
        {"role": "user", "content": "What is the capital of France?"},
    ]
    text = engine.generate(messages, max_new_tokens=40)
    stats = engine.last_stats
    assert text.strip()
    assert sum(c.isascii() and c.isalpha() for c in text) >= 3
    assert stats.finish_reason in {"stop", "length"}
    assert "Paris" in text


# --- the single-stream engine's bounded queue ----------------------------------------------


def test_queue_full_raises_busy_and_estimates_wait(tiny_model_dir: Path) -> None:
    engine = Engine.load(str(tiny_model_dir), device="cpu", max_queue=1)
    assert engine.max_concurrency == 1
    assert engine.load_estimate() == 0.0
    running = engine.stream(CHAT, max_new_tokens=400)
    next(running)  # holds the engine until closed
    waiter_done = threading.Event()
    texts: list[str] = []

    def waiter() -> None:
        texts.append(engine.generate(CHAT, max_new_tokens=4))
        waiter_done.set()

    thread = threading.Thread(target=waiter)
    thread.start()
    deadline = time.monotonic() + 10
    while not engine._waiting and time.monotonic() < deadline:
        time.sleep(0.01)
    assert engine.load_estimate() > 0
    with pytest.raises(EngineBusy):
        engine.stream(CHAT, max_new_tokens=4)  # raised at the call, before iterating
    assert not waiter_done.is_set()
    running.close()
    thread.join(timeout=30)
    assert texts and texts[0]
    assert engine.load_estimate() == 0.0


def test_cancel_while_waiting_leaves_the_queue(tiny_model_dir: Path) -> None:
    engine = Engine.load(str(tiny_model_dir), device="cpu", max_queue=2)
    running = engine.stream(CHAT, max_new_tokens=400)
    next(running)
    cancel = threading.Event()
    got: list[GenerationStats] = []
    thread = threading.Thread(
        target=lambda: engine.generate(CHAT, max_new_tokens=4, cancel=cancel, on_stats=got.append)
    )
    thread.start()
    time.sleep(0.2)
    cancel.set()
    thread.join(timeout=10)
    assert got[0].finish_reason == "cancelled" and got[0].output_tokens == 0
    assert not engine._waiting
    running.close()
    assert engine.generate(CHAT, max_new_tokens=3)
