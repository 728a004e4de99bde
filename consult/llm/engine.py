"""Single-stream local engine (CPU): one generation at a time, a bounded FIFO of waiting streams."""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from .base import EngineBusy, GenerationStats
from .bundled import default_cache_dir, is_bundled_alias, resolve_model_path
from .text import clean_reply, stop_holdback

if TYPE_CHECKING:
    import torch

logger = logging.getLogger(__name__)

Message = dict[str, str]

_DTYPES = {
    "bfloat16": "bfloat16",
    "bf16": "bfloat16",
    "float32": "float32",
    "fp32": "float32",
    "float": "float32",
    "float16": "float16",
    "fp16": "float16",
    "half": "float16",
}


__all__ = ["Engine", "EngineBusy", "GenerationStats", "LocalEngine", "clean_reply"]

# Seconds one stream is assumed to take before any has finished (for load_estimate).
_DEFAULT_STREAM_S = 5.0
_EWMA = 0.3


def resolve_device(device: str = "auto") -> str:
    """'auto' -> 'cuda' when available else 'cpu'; 'cpu', 'cuda', 'cuda:N' pass through."""
    import torch

    device = (device or "auto").strip().lower()
    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cpu" or device == "cuda" or device.startswith("cuda:"):
        if device != "cpu" and not torch.cuda.is_available():
            raise RuntimeError(f"Device {device!r} requested but CUDA is not available")
        return device
    raise ValueError(f"Unsupported device {device!r}; use auto, cpu, cuda or cuda:N")


def resolve_dtype(dtype: str | torch.dtype | None = None) -> torch.dtype:
    """bfloat16 by default on both CUDA and CPU (faster than fp32 on our CPUs)."""
    import torch

    if dtype is None:
        return torch.bfloat16
    if isinstance(dtype, torch.dtype):
        return dtype
    name = _DTYPES.get(str(dtype).strip().lower().removeprefix("torch."))
    if name is None:
        raise ValueError(f"Unsupported dtype {dtype!r}")
    return getattr(torch, name)


class _Control:
    """StoppingCriteria that halts generation on cancel, internal stop or the time budget."""

    def __init__(self, cancel: threading.Event | None, halt: threading.Event, deadline: float):
        self.cancel = cancel
        self.halt = halt
        self.deadline = deadline
        self.reason: str | None = None

    def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
        import torch

        if self.reason is None:
            if self.cancel is not None and self.cancel.is_set():
                self.reason = "cancelled"
            elif self.halt.is_set():
                self.reason = "stop"
            elif time.monotonic() >= self.deadline:
                self.reason = "time"
        done = self.reason is not None
        return torch.full((input_ids.shape[0],), done, dtype=torch.bool, device=input_ids.device)


def load_model_and_tokenizer(
    model: str, device: str = "auto", dtype: str | torch.dtype | None = None, **model_kwargs: Any
) -> tuple[Any, Any, str, str]:
    """(model, tokenizer, model path, device) for a hub id, a folder or a bundled alias."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    if is_bundled_alias(model):
        model = resolve_model_path(model, default_cache_dir())
    dev = resolve_device(device)
    torch_dtype = resolve_dtype(dtype)
    started = time.monotonic()
    tokenizer = AutoTokenizer.from_pretrained(model)
    if not getattr(tokenizer, "chat_template", None):
        raise ValueError(f"Model {model!r} has no chat template")
    lm = AutoModelForCausalLM.from_pretrained(model, dtype=torch_dtype, **model_kwargs)
    lm.to(dev)
    lm.eval()
    if lm.generation_config.pad_token_id is None:
        lm.generation_config.pad_token_id = (
            tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
        )
    logger.info(
        "Loaded LLM %s on %s (%s) in %.1fs", model, dev, torch_dtype, time.monotonic() - started
    )
    return lm, tokenizer, str(model), dev


class LocalEngine:
    """A loaded model + tokenizer running one stream at a time; other streams wait in FIFO order.

    At most `max_queue` streams wait; one more raises EngineBusy at once, so the caller can
    degrade (send template text) instead of queueing a patient behind minutes of generation.
    """

    max_concurrency = 1

    def __init__(
        self, model: Any, tokenizer: Any, *, model_name: str, device: str, max_queue: int = 8
    ):
        self.model = model
        self.tokenizer = tokenizer
        self.model_name = model_name
        self.device = device
        self.dtype = model.dtype
        self.max_queue = max_queue
        self.last_stats: GenerationStats | None = None
        self._cond = threading.Condition()
        self._waiting: deque[object] = deque()
        self._running_since: float | None = None
        self._avg_stream_s: float | None = None

    @classmethod
    def load(
        cls,
        model: str,
        device: str = "auto",
        dtype: str | torch.dtype | None = None,
        *,
        max_queue: int = 8,
    ) -> LocalEngine:
        """Load a hub id or local folder (the bundled aliases '', 'bundled', 'smollm2' work too)."""
        lm, tokenizer, name, dev = load_model_and_tokenizer(model, device, dtype)
        return cls(lm, tokenizer, model_name=name, device=dev, max_queue=max_queue)

    def _encode(self, messages: list[Message]) -> Any:
        prompt = self.tokenizer.apply_chat_template(
            messages, tokenize=False, add_generation_prompt=True
        )
        return self.tokenizer(prompt, return_tensors="pt", add_special_tokens=False)

    def count_tokens(self, messages: list[Message]) -> int:
        """Number of prompt tokens after applying the chat template."""
        return int(self._encode(messages)["input_ids"].shape[1])

    # --- admission -----------------------------------------------------------------------

    def _full(self) -> bool:
        return self._running_since is not None and len(self._waiting) >= self.max_queue

    def load_estimate(self) -> float:
        """Seconds until a new stream's first token: the streams ahead of it times the average."""
        with self._cond:
            if self._running_since is None:
                return 0.0
            avg = self._avg_stream_s if self._avg_stream_s is not None else _DEFAULT_STREAM_S
            left = max(0.0, avg - (time.monotonic() - self._running_since))
            return left + avg * len(self._waiting)

    def _acquire(self, cancel: threading.Event | None) -> bool:
        """Wait for this stream's turn; False when cancelled while waiting."""
        ticket = object()
        with self._cond:
            if self._full():
                raise EngineBusy(f"{len(self._waiting)} streams already wait for the model")
            self._waiting.append(ticket)
            acquired = False
            try:
                while self._running_since is not None or self._waiting[0] is not ticket:
                    if cancel is not None and cancel.is_set():
                        return False
                    self._cond.wait(0.05 if cancel is not None else None)
                self._waiting.popleft()
                self._running_since = time.monotonic()
                acquired = True
                return True
            finally:
                if not acquired:
                    self._waiting.remove(ticket)
                    self._cond.notify_all()

    def _release(self) -> None:
        with self._cond:
            if self._running_since is not None:
                took = time.monotonic() - self._running_since
                prev = self._avg_stream_s
                self._avg_stream_s = took if prev is None else prev + _EWMA * (took - prev)
            self._running_since = None
            self._cond.notify_all()

    # --- generation ----------------------------------------------------------------------

    def stream(
        self,
        messages: list[Message],
        *,
        max_new_tokens: int = 160,
        max_time: float = 30.0,
        temperature: float = 0.0,
        stop: list[str] | None = None,
        cancel: threading.Event | None = None,
        on_stats: Callable[[GenerationStats], None] | None = None,
    ) -> Iterator[str]:
        """Yield reply text pieces as they are generated; sets `last_stats` when done.

        Raises EngineBusy here, before any iteration, when `max_queue` streams already wait.
        `on_stats` receives the same stats without racing other streams on this engine.
        Closing the iterator early halts generation; no stats are recorded then.
        """
        with self._cond:
            if self._full():
                raise EngineBusy(f"{len(self._waiting)} streams already wait for the model")
        return self._stream(
            messages,
            max_new_tokens=max_new_tokens,
            max_time=max_time,
            temperature=temperature,
            stop=stop,
            cancel=cancel,
            on_stats=on_stats,
        )

    def _stream(
        self,
        messages: list[Message],
        *,
        max_new_tokens: int,
        max_time: float,
        temperature: float,
        stop: list[str] | None,
        cancel: threading.Event | None,
        on_stats: Callable[[GenerationStats], None] | None,
    ) -> Iterator[str]:
        queued = time.monotonic()
        if not self._acquire(cancel):
            stats = GenerationStats(
                prompt_tokens=self.count_tokens(messages),
                output_tokens=0,
                ttft_s=None,
                total_s=time.monotonic() - queued,
                finish_reason="cancelled",
            )
            self.last_stats = stats
            if on_stats is not None:
                on_stats(stats)
            return
        try:
            stats = yield from self._generate_locked(
                messages,
                max_new_tokens=max_new_tokens,
                max_time=max_time,
                temperature=temperature,
                stop=stop,
                cancel=cancel,
            )
            self.last_stats = stats
        finally:
            self._release()
        if on_stats is not None:
            on_stats(stats)

    def _generate_locked(
        self,
        messages: list[Message],
        *,
        max_new_tokens: int,
        max_time: float,
        temperature: float,
        stop: list[str] | None,
        cancel: threading.Event | None,
    ) -> Iterator[str]:
        from transformers import StoppingCriteriaList, TextIteratorStreamer

        stops = [s for s in (stop or []) if s]
        started = time.monotonic()
        inputs = self._encode(messages).to(self.device)
        prompt_tokens = int(inputs["input_ids"].shape[1])
        halt = threading.Event()
        control = _Control(cancel, halt, started + max_time)
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)
        kwargs: dict[str, Any] = {
            **inputs,
            "max_new_tokens": max_new_tokens,
            "streamer": streamer,
            "stopping_criteria": StoppingCriteriaList([control]),
        }
        if temperature and temperature > 0:
            kwargs.update(do_sample=True, temperature=temperature)
        else:
            kwargs.update(do_sample=False, temperature=None, top_p=None, top_k=None)

        result: dict[str, Any] = {}

        def run() -> None:
            try:
                result["sequences"] = self.model.generate(**kwargs)
            except BaseException as exc:  # handed to the consumer below
                result["error"] = exc
                streamer.end()

        worker = threading.Thread(target=run, name="llm-generate", daemon=True)
        worker.start()

        ttft: float | None = None
        pending = ""
        stopped_by_string = False
        finished = False
        try:
            for piece in streamer:
                if stopped_by_string:
                    continue  # drain until generate notices the halt
                pending += piece
                hits = [i for i in (pending.find(s) for s in stops) if i >= 0]
                if hits:
                    pending = pending[: min(hits)]
                    stopped_by_string = True
                    halt.set()
                keep = 0 if stopped_by_string else stop_holdback(pending, stops)
                out, pending = pending[: len(pending) - keep], pending[len(pending) - keep :]
                if out:
                    if ttft is None:
                        ttft = time.monotonic() - started
                    yield out
            if pending and "error" not in result:
                if ttft is None:
                    ttft = time.monotonic() - started
                yield pending
            finished = True
        finally:
            if not finished:  # consumer closed the iterator or raised into it
                halt.set()
                for _ in streamer:
                    pass
            worker.join()

        if "error" in result:
            raise result["error"]

        sequences = result["sequences"]
        output_ids = sequences[0, prompt_tokens:]
        output_tokens = int(output_ids.shape[0])
        eos = self.model.generation_config.eos_token_id
        eos_ids = set(eos if isinstance(eos, list) else [eos] if eos is not None else [])
        if control.reason == "cancelled":
            reason = "cancelled"
        elif stopped_by_string:
            reason = "stop"
        elif output_tokens and int(output_ids[-1]) in eos_ids:
            reason = "stop"
        elif control.reason == "time":
            reason = "time"
        elif output_tokens >= max_new_tokens:
            reason = "length"
        else:
            reason = "stop"
        return GenerationStats(
            prompt_tokens=prompt_tokens,
            output_tokens=output_tokens,
            ttft_s=ttft,
            total_s=time.monotonic() - started,
            finish_reason=reason,
        )

    def generate(self, messages: list[Message], **kwargs: Any) -> str:
        """Whole reply as one string; same keyword arguments as `stream`."""
        return "".join(self.stream(messages, **kwargs))


# The name older callers and tests use for the single-stream engine.
Engine = LocalEngine
