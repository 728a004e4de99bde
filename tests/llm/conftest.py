"""Session fixtures: the prepared bundled SmolLM2 folder and a tiny random model beside it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from consult.llm.bundled import prepare_bundled_model

from .tiny import build_tiny_model

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def llm_cache_dir() -> Path:
    return Path(os.environ.get("TELEMED_LLM_CACHE_DIR") or REPO_ROOT / ".cache" / "models")


@pytest.fixture(scope="session")
def bundled_model_dir(llm_cache_dir: Path) -> Path:
    return prepare_bundled_model(llm_cache_dir)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory, bundled_model_dir: Path) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny-llm"), bundled_model_dir)
