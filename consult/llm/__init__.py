"""Local LLM engine (no Django): bundled SmolLM2 preparation and streaming chat generation."""

from .bundled import default_cache_dir, prepare_bundled_model, resolve_model_path
from .engine import Engine, GenerationStats, clean_reply, get_engine

__all__ = [
    "Engine",
    "GenerationStats",
    "clean_reply",
    "default_cache_dir",
    "get_engine",
    "prepare_bundled_model",
    "resolve_model_path",
]
