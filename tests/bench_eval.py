"""bench/ai_eval.py as a module, for tests that run cases through the evaluation pipeline."""

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]


def load_ai_eval() -> ModuleType:
    """The benchmark script as the module `ai_eval` (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location("ai_eval", REPO / "bench" / "ai_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["ai_eval"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module
