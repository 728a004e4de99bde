"""Streaming chat generation on any HF causal LM with token/time limits, stop strings, cancel."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .bundled import default_cache_dir, is_bundled_alias, resolve_model_path

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


@dataclass(frozen=True)
class GenerationStats:
    prompt_tokens: int
    output_tokens: int
    ttft_s: float | None  # None when nothing was yielded
    total_s: float
    finish_reason: str  # "stop" | "length" | "time" | "cancelled"


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


def _stop_holdback(text: str, stops: list[str]) -> int:
    """Length of the longest suffix of `text` that is a proper prefix of some stop string."""
    best = 0
    for stop in stops:
        for k in range(min(len(stop) - 1, len(text)), best, -1):
            if text.endswith(stop[:k]):
                best = k
                break
    return best


class Engine:
    """A loaded model + tokenizer. Streams on one engine are serialized by a lock."""

    def __init__(self, model: Any, tokenizer: Any, *, model_name: str, device: str):
        self.model = model
        self.tokenizer = tokenizer
        self.model_name = model_name
        self.device = device
        self.dtype = model.dtype
        self.last_stats: GenerationStats | None = None
        self._lock = threading.Lock()

    @classmethod
    def load(
        cls, model: str, device: str = "auto", dtype: str | torch.dtype | None = None
    ) -> Engine:
        """Load a hub id or local folder (the bundled aliases '', 'bundled', 'smollm2' work too)."""
        from transformers import AutoModelForCausalLM, AutoTokenizer

        if is_bundled_alias(model):
            model = resolve_model_path(model, default_cache_dir())
        dev = resolve_device(device)
        torch_dtype = resolve_dtype(dtype)
        started = time.monotonic()
        tokenizer = AutoTokenizer.from_pretrained(model)
        if not getattr(tokenizer, "chat_template", None):
            raise ValueError(f"Model {model!r} has no chat template")
        lm = AutoModelForCausalLM.from_pretrained(model, dtype=torch_dtype)
        lm.to(dev)
        lm.eval()
        if lm.generation_config.pad_token_id is None:
            lm.generation_config.pad_token_id = (
                tokenizer.pad_token_id
                if tokenizer.pad_token_id is not None
                else tokenizer.eos_token_id
            )
        logger.info(
            "Loaded LLM %s on %s (%s) in %.1fs", model, dev, torch_dtype,
            time.monotonic() - started,
        )
        return cls(lm, tokenizer, model_name=str(model), device=dev)

    def _encode(self, messages: list[Message]) -> Any:
        prompt = self.tokenizer.apply_chat_template(
            messages, tokenize=False, add_generation_prompt=True
        )
        return self.tokenizer(prompt, return_tensors="pt", add_special_tokens=False)

    def count_tokens(self, messages: list[Message]) -> int:
        """Number of prompt tokens after applying the chat template."""
        return int(self._encode(messages)["input_ids"].shape[1])

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

        `on_stats` receives the same stats without racing other streams on this engine.
        Closing the iterator early halts generation; no stats are recorded then.
        """
        from transformers import StoppingCriteriaList, TextIteratorStreamer

        stops = [s for s in (stop or []) if s]
        with self._lock:
            started = time.monotonic()
            inputs = self._encode(messages).to(self.device)
            prompt_tokens = int(inputs["input_ids"].shape[1])
            halt = threading.Event()
            control = _Control(cancel, halt, started + max_time)
            streamer = TextIteratorStreamer(
                self.tokenizer, skip_prompt=True, skip_special_tokens=True
            )
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
                    keep = 0 if stopped_by_string else _stop_holdback(pending, stops)
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
            stats = GenerationStats(
                prompt_tokens=prompt_tokens,
                output_tokens=output_tokens,
                ttft_s=ttft,
                total_s=time.monotonic() - started,
                finish_reason=reason,
            )
            self.last_stats = stats
        if on_stats is not None:
            on_stats(stats)

    def generate(self, messages: list[Message], **kwargs: Any) -> str:
        """Whole reply as one string; same keyword arguments as `stream`."""
        return "".join(self.stream(messages, **kwargs))


_ENGINES: dict[tuple[str, str, str | None], Engine] = {}
_ENGINES_LOCK = threading.Lock()


def get_engine(model: str, device: str = "auto", dtype: str | None = None) -> Engine:
    """Process-wide cached engine, so e.g. a Celery worker loads each model once."""
    key = ((model or "").strip(), device, dtype)
    with _ENGINES_LOCK:
        engine = _ENGINES.get(key)
        if engine is None:
            engine = Engine.load(model, device=device, dtype=dtype)
            _ENGINES[key] = engine
        return engine


_TEMPLATE_TOKEN = re.compile(r"<\|[^|<>]{1,40}\|>|</?s>")
_TURN_START = re.compile(r"<\|im_start\|>\s*(assistant|system|user)?\s*", re.IGNORECASE)
_LEADING_ROLE = re.compile(r"^\s*(?:assistant|ai|bot)\s*[:：]\s*", re.IGNORECASE)
_NEXT_TURN = re.compile(r"(?:^|\n)\s*(?:user|human|system|assistant)\s*[:：]", re.IGNORECASE)
# A sentence ends at . ! ? (plus closing quotes/brackets) before whitespace or the end,
# or right after a CJK terminator.
_SENTENCE_END = re.compile(
    r"(?:[.!?]+[\"'”’)\]]*(?=\s|$)|[。！？]+[”’」』）]*)"
)


def _sentence_ends(text: str) -> list[int]:
    return [m.end() for m in _SENTENCE_END.finditer(text)]


def clean_reply(
    text: str, max_sentences: int | None = None, *, drop_incomplete: bool = True
) -> str:
    """Tidy raw model output for display.

    Strips chat-template tokens and role markers, cuts hallucinated next turns, collapses
    whitespace, keeps at most `max_sentences`, and (with `drop_incomplete`, typically when
    generation hit its token or time limit) drops an unfinished trailing sentence.
    """
    text = text or ""
    # A new turn marker after some content means the model started writing the next turn.
    first = _TURN_START.match(text)
    if first:
        text = text[first.end():]
    for marker in ("<|im_start|>", "<|im_end|>", "<|endoftext|>"):
        idx = text.find(marker)
        if idx >= 0:
            text = text[:idx]
    text = _TEMPLATE_TOKEN.sub("", text)
    text = _LEADING_ROLE.sub("", text)
    nxt = _NEXT_TURN.search(text)
    if nxt and nxt.start() > 0:
        text = text[: nxt.start()]

    lines = [re.sub(r"[ \t\u00a0\u3000]+", " ", line).strip() for line in text.splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()

    ends = _sentence_ends(text)
    if max_sentences is not None and max_sentences > 0 and len(ends) > max_sentences:
        text = text[: ends[max_sentences - 1]]
    elif drop_incomplete and ends and ends[-1] < len(text):
        text = text[: ends[-1]]
    return text.strip()
