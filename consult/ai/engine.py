"""The configured language model engine of this process, built from settings once."""

from __future__ import annotations

from django.conf import settings

from ..llm.base import Engine, EngineConfig
from ..llm.bundled import is_bundled_alias, resolve_model_path


def engine_config() -> EngineConfig:
    model = settings.TELEMED_LLM_MODEL
    if settings.TELEMED_LLM_BACKEND == "local":
        model = resolve_model_path(model, settings.TELEMED_LLM_CACHE_DIR)
    return EngineConfig(
        backend=settings.TELEMED_LLM_BACKEND,
        model=model,
        device=settings.TELEMED_LLM_DEVICE,
        dtype=settings.TELEMED_LLM_DTYPE,
        batching={"1": True, "0": False}.get(settings.TELEMED_LLM_BATCHING),
        base_url=settings.TELEMED_LLM_BASE_URL,
        api_key=settings.TELEMED_LLM_API_KEY,
        max_concurrency=settings.TELEMED_LLM_MAX_CONCURRENCY,
        timeout_s=settings.TELEMED_LLM_TIMEOUT,
    )


def engine() -> Engine:
    """The configured model, loaded once per worker process."""
    from ..llm import engine_for  # the model stack loads only where a job runs

    return engine_for(engine_config())


def model_phrases_questions() -> bool:
    """Whether the model words the interview's questions (see TELEMED_AI_PHRASING)."""
    mode = settings.TELEMED_AI_PHRASING
    if mode in ("model", "template"):
        return mode == "model"
    # auto: the bundled 135M model's wording rarely survives the output check (bench/ai_eval.py)
    return not (settings.TELEMED_LLM_BACKEND == "local" and is_bundled_alias(
        settings.TELEMED_LLM_MODEL
    ))
