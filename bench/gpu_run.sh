#!/usr/bin/env bash
# Issue 7 measurements on a GPU machine: raw generate vs the single-stream and batched engines.
# Expects (carried, git-ignored): .whl/ (transformers 5.24, rapidfuzz wheels for its python) and
# .gpu/smollm2/ (the bundled model's config and tokenizer; weights are random: same speed).
#   bash bench/gpu_run.sh            # on the device; SKIP_INSTALL=1 DEV=cpu PY=... to try it here
set -u
PY=${PY:-python3}
DEV=${DEV:-cuda}
LEVELS=${LEVELS:-1,4,16,64}
TOKENS=${TOKENS:-64}
LOG=${OUT:-/tmp}
if [ -z "${SKIP_INSTALL:-}" ]; then
  $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade \
    --target /tmp/site .whl/*.whl || exit 1
  export PYTHONPATH=/tmp/site
fi
export PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false TRANSFORMERS_VERBOSITY=error
export TELEMED_LLM_CACHE_DIR=$PWD/.gpu
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>/dev/null
$PY -c "import torch, transformers; print('torch', torch.__version__, 'transformers', transformers.__version__)"
B="$PY bench/llm_concurrency.py --model .gpu/smollm2 --device $DEV --random-weights --no-full"
timeout 60 $B --check 2>&1 | grep -v "Loading weights\|Writing model" | tee "$LOG/check.txt"
timeout 200 $B --levels "$LEVELS" --max-new-tokens "$TOKENS" --single-max 4 2>&1 \
  | grep -v "Loading weights" | tee "$LOG/smollm2.txt"
if ! grep -q "^| batched" "$LOG/smollm2.txt"; then  # graphs failed: measure without them
  timeout 120 $B --levels "$LEVELS" --max-new-tokens "$TOKENS" --engines batched --no-cuda-graph \
    2>&1 | grep -v "Loading weights" | tee "$LOG/smollm2-nograph.txt"
fi
timeout "${BIG_S:-120}" $B --shape "${BIG:-llama-1b}" --levels "$LEVELS" --max-new-tokens "$TOKENS" \
  --single-max 1 2>&1 | grep -v "Loading weights" | tee "$LOG/big.txt"
