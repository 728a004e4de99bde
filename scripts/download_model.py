"""Fetch the configured hub model into the models volume ahead of time: workers start offline.

Usage: python scripts/download_model.py [REPO_ID] [--revision REV] [--cache-dir DIR]
REPO_ID defaults to $TELEMED_LLM_MODEL; the cache to $HF_HOME/hub (what `from_pretrained`,
vLLM and `transformers serve` read with HF_HUB_OFFLINE=1). The bundled model and local folders
need no download (the bundled one is prepared by `manage.py prepare_model`).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

BUNDLED = {"", "bundled", "smollm2"}
# Weights in formats the servers do not load next to safetensors: skip them.
SKIP = ["*.pth", "*.pt", "original/*", "*.gguf", "*.onnx", "onnx/*", "*.msgpack", "*.h5", "*.ot"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("repo_id", nargs="?", default=os.environ.get("TELEMED_LLM_MODEL", ""))
    parser.add_argument("--revision", default=os.environ.get("TELEMED_LLM_REVISION") or None)
    parser.add_argument("--cache-dir", default=None, help="default: $HF_HOME/hub")
    args = parser.parse_args(argv)
    repo_id = args.repo_id.strip()

    if repo_id.lower() in BUNDLED:
        print("TELEMED_LLM_MODEL is the bundled model: nothing to download.")
        return 0
    if Path(repo_id).exists():
        print(f"{repo_id} is a local folder: nothing to download.")
        return 0
    if os.environ.get("HF_HUB_OFFLINE", "0") not in ("", "0", "false", "False"):
        print("HF_HUB_OFFLINE is set: run this step with HF_HUB_OFFLINE=0.", file=sys.stderr)
        return 2

    from huggingface_hub import HfApi, snapshot_download

    files = HfApi().list_repo_files(repo_id, revision=args.revision)
    skip = list(SKIP)
    if any(name.endswith(".safetensors") for name in files):
        skip.append("*.bin")  # the same weights twice
    path = snapshot_download(
        repo_id, revision=args.revision, cache_dir=args.cache_dir, ignore_patterns=skip
    )
    size = sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())
    print(f"{repo_id} ready in {path} ({size / 1e9:.2f} GB); workers may run offline now.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
