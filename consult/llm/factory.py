"""Builds the engine an EngineConfig describes, once per process and config."""

from __future__ import annotations

import threading

from .base import Engine, EngineConfig
from .engine import LocalEngine, resolve_device

_ENGINES: dict[EngineConfig, Engine] = {}
_LOCKS: dict[EngineConfig, threading.Lock] = {}
_GUARD = threading.Lock()


def default_concurrency(device: str) -> int:
    """Streams one worker process serves at once: 64 on a GPU, 1 on a CPU."""
    return 64 if device.startswith("cuda") else 1


def build_engine(config: EngineConfig) -> Engine:
    """A new engine for `config` (no caching): local single-stream, local batched, or openai."""
    if config.backend == "openai":
        from .openai_compat import OpenAIEngine

        return OpenAIEngine(config)
    if config.backend != "local":
        raise ValueError(f"Unknown LLM backend {config.backend!r}; use local or openai")
    device = resolve_device(config.device)
    batching = device.startswith("cuda") if config.batching is None else config.batching
    if not batching:
        return LocalEngine.load(
            config.model, device=device, dtype=config.dtype, max_queue=config.max_queue
        )
    from .batched import BatchedEngine

    return BatchedEngine.load(
        config.model,
        device=device,
        dtype=config.dtype,
        max_concurrency=config.max_concurrency or default_concurrency(device),
        max_queue=config.max_queue,
    )


def engine_for(config: EngineConfig) -> Engine:
    """The process-wide engine for `config`; threads asking for the same one wait for one load."""
    with _GUARD:
        engine = _ENGINES.get(config)
        if engine is not None:
            return engine
        lock = _LOCKS.setdefault(config, threading.Lock())
    with lock:
        with _GUARD:
            engine = _ENGINES.get(config)
        if engine is None:
            engine = build_engine(config)
            with _GUARD:
                _ENGINES[config] = engine
        return engine


def get_engine(model: str, device: str = "auto", dtype: str | None = None) -> Engine:
    """Process-wide cached local engine (kept for older callers; new code uses `engine_for`)."""
    return engine_for(EngineConfig(model=(model or "").strip(), device=device, dtype=dtype))
