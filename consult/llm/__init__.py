"""Language model engines (no Django): one interface; local single-stream, batched, openai."""

from .base import (
    Engine,
    EngineBusy,
    EngineConfig,
    EngineUnavailable,
    GenerationStats,
)
from .bundled import default_cache_dir, prepare_bundled_model, resolve_model_path
from .engine import LocalEngine
from .factory import build_engine, engine_for, get_engine
from .text import clean_reply

__all__ = [
    "Engine",
    "EngineBusy",
    "EngineConfig",
    "EngineUnavailable",
    "GenerationStats",
    "LocalEngine",
    "build_engine",
    "clean_reply",
    "default_cache_dir",
    "engine_for",
    "get_engine",
    "prepare_bundled_model",
    "resolve_model_path",
]
