"""The one engine interface every backend implements (local transformers, OpenAI-compatible)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

Message = dict[str, str]


@dataclass(frozen=True)
class GenerationStats:
    prompt_tokens: int
    output_tokens: int
    ttft_s: float | None  # None when nothing was yielded
    total_s: float
    finish_reason: str  # "stop" | "length" | "time" | "cancelled"


class EngineBusy(RuntimeError):
    """The engine's bounded queue is full: the caller should degrade (template text), not wait."""


class EngineUnavailable(RuntimeError):
    """A remote engine could not be reached after its retries (the message never holds secrets)."""


@dataclass(frozen=True)
class EngineConfig:
    """Everything needed to build an engine; read from Django settings by the caller."""

    backend: str = "local"  # "local" | "openai"
    model: str = "bundled"
    device: str = "auto"
    dtype: str | None = None
    base_url: str = ""
    api_key: str = field(default="", repr=False)  # never printed, never logged
    max_concurrency: int = 0  # 0: chosen by device (cpu 1, cuda 64)
    max_queue: int = 8  # local CPU: streams allowed to wait for the one running stream
    timeout_s: float = 30.0
    retries: int = 2
    # local only: serve through transformers' continuous batching (None: on CUDA yes, on CPU no)
    batching: bool | None = None


@runtime_checkable
class Engine(Protocol):
    """Thread-safe: many threads of one worker call `stream` at once on the same engine."""

    model_name: str
    max_concurrency: int

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
        """Yield reply text pieces as generated; `on_stats` gets the stats at the end.

        Raises EngineBusy at once when the engine cannot take another stream now.
        Setting `cancel` (or closing the iterator) stops generation for this request only."""
        ...

    def generate(self, messages: list[Message], **kwargs: object) -> str:
        """Whole reply as one string; same keyword arguments as `stream`."""
        ...

    def load_estimate(self) -> float:
        """Expected seconds before a new request's first token (0 when idle)."""
        ...
