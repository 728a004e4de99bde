"""Prepare the configured language model (converts the bundled GGUF to a fast-loading cache)."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.management.base import BaseCommand

from consult.llm.bundled import is_bundled_alias, resolve_model_path


class Command(BaseCommand):
    help = "Convert the bundled SmolLM2 GGUF into a bf16 safetensors cache (no-op when cached)."

    def handle(self, *args, **options) -> None:
        model = settings.TELEMED_LLM_MODEL
        if not is_bundled_alias(model):
            self.stdout.write(f"Using configured model {model}; nothing to prepare.")
            return
        started = time.monotonic()
        path = resolve_model_path(model, settings.TELEMED_LLM_CACHE_DIR)
        self.stdout.write(f"Bundled model ready in {path} ({time.monotonic() - started:.1f}s)")
