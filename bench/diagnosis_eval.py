"""Diagnostic suggestions on the clinical vignettes: retrieval alone vs retrieval + the model.

Runs every vignette of bench/vignettes.json through the ranking code of the `ai.suggest` job
(consult.clinician_ai.rank) and prints top-1 / top-3 accuracy of the knowledge-base retrieval
alone and of retrieval re-ranked by the language model, how often the model's ranking was usable
(otherwise the job falls back to the retrieval order), and urgency accuracy. No database is
used: only Django settings are loaded.

    .venv/bin/python bench/diagnosis_eval.py            # bundled model on CPU
Environment: TELEMED_LLM_MODEL (default: bundled), BENCH_DEVICE (default: cpu),
BENCH_LIMIT (first N vignettes), BENCH_JSON (write per-vignette results to this path),
BENCH_LANG (`en` or `zh`: every vignette in that language, from bench/vignettes_bilingual.json,
ranked for a clinician whose interface is in that language; default: vignettes.json as written).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "telemed.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only")
os.environ.setdefault("DATABASE_URL", "sqlite:///:memory:")
os.environ.setdefault("TELEMED_LOG_LEVEL", "WARNING")

URGENCY_ORDER = {"self_care": 0, "routine": 1, "urgent": 2, "emergency": 3}


def deterministic_urgency(text: str) -> str:
    """What the triage pipeline decides from the text alone (red flags, then the rules)."""
    from consult.triage import planner, redflags, schema

    flags = redflags.screen_conversation([text])
    state = planner.InterviewState.from_turns([{"role": "patient", "text": text}])
    return schema.assess(state, flags).urgency


def main() -> int:
    import django

    django.setup()
    from django.conf import settings

    from consult import clinician_ai
    from consult.knowledge.retrieval import Retriever
    from consult.llm import get_engine
    from consult.llm.bundled import resolve_model_path

    lang = os.environ.get("BENCH_LANG", "")
    if lang in ("en", "zh"):
        bilingual = REPO / "bench" / "vignettes_bilingual.json"
        vignettes = [
            {**v, "text": v[lang]} for v in json.loads(bilingual.read_text(encoding="utf-8"))
        ]
    else:
        vignettes = json.loads((REPO / "bench" / "vignettes.json").read_text(encoding="utf-8"))
    limit = int(os.environ.get("BENCH_LIMIT", "0") or 0)
    if limit:
        vignettes = vignettes[:limit]
    model = os.environ.get("TELEMED_LLM_MODEL", "bundled")
    device = os.environ.get("BENCH_DEVICE", "cpu")
    started = time.perf_counter()
    retriever = Retriever(cache_dir=settings.TELEMED_KB_CACHE_DIR)
    load_kb = time.perf_counter() - started
    started = time.perf_counter()
    llm = get_engine(resolve_model_path(model, settings.TELEMED_LLM_CACHE_DIR), device)
    load_llm = time.perf_counter() - started
    print(f"model {llm.model_name} on {llm.device}; KB index {load_kb:.1f}s, LLM {load_llm:.1f}s")

    rows = []
    counts = {
        "ret_top1": 0, "ret_top3": 0, "llm_top1": 0, "llm_top3": 0, "usable": 0,
        "urg_ret": 0, "urg_llm": 0, "urg_triage": 0, "urg_combined": 0,
    }  # fmt: skip
    model_seconds = []
    for v in vignettes:
        case = clinician_ai.Case(messages=[(1, v["text"])])
        hits = retriever.search(clinician_ai.retrieval_query(case), k=clinician_ai.MAX_SUGGESTIONS)
        alone = clinician_ai.rank(case, hits, None, lang=lang or "en")
        t0 = time.perf_counter()
        with_model = clinician_ai.rank(
            case, hits, llm, max_time=settings.TELEMED_LLM_MAX_TIME, lang=lang or "en"
        )
        model_seconds.append(time.perf_counter() - t0)
        ret_ids = [i["condition_id"] for i in alone.items]
        llm_ids = [i["condition_id"] for i in with_model.items]
        expected = v["expected_id"]
        counts["ret_top1"] += ret_ids[:1] == [expected]
        counts["ret_top3"] += expected in ret_ids[:3]
        counts["llm_top1"] += llm_ids[:1] == [expected]
        counts["llm_top3"] += expected in llm_ids[:3]
        counts["usable"] += not with_model.fallback
        triage_urgency = deterministic_urgency(v["text"])
        top_urgency = alone.items[0]["urgency"] if alone.items else "routine"
        llm_urgency = with_model.items[0]["urgency"] if with_model.items else "routine"
        combined = max(triage_urgency, top_urgency, key=URGENCY_ORDER.__getitem__)
        counts["urg_ret"] += top_urgency == v["expected_urgency"]
        counts["urg_llm"] += llm_urgency == v["expected_urgency"]
        counts["urg_triage"] += triage_urgency == v["expected_urgency"]
        counts["urg_combined"] += combined == v["expected_urgency"]
        rows.append(
            {
                "id": v["id"],
                "expected": expected,
                "retrieval": ret_ids,
                "model": llm_ids,
                "model_usable": not with_model.fallback,
                "raw": with_model.raw,
                "urgency": {
                    "expected": v["expected_urgency"],
                    "retrieval_top1": top_urgency,
                    "model_top1": llm_urgency,
                    "triage": triage_urgency,
                },
            }
        )
        mark = "ok" if llm_ids[:1] == [expected] else ".."
        print(f"  {v['id']} {mark} retrieval={ret_ids[0]} model={llm_ids[0]} "
              f"usable={not with_model.fallback}", flush=True)  # fmt: skip

    n = len(vignettes)

    def pct(key: str) -> str:
        return f"{counts[key]:>3}/{n} = {100 * counts[key] / n:5.1f}%"

    print()
    print(f"Vignettes: {n} ({lang or 'as written'})   model: {llm.model_name} ({llm.device})")
    print(f"{'':32} {'top-1':>16} {'top-3':>16}")
    print(f"{'retrieval alone':32} {pct('ret_top1'):>16} {pct('ret_top3'):>16}")
    print(f"{'retrieval + model':32} {pct('llm_top1'):>16} {pct('llm_top3'):>16}")
    print(f"model ranking usable (no fallback): {pct('usable')}")
    print("urgency accuracy:")
    print(f"  top-1 condition (retrieval)       {pct('urg_ret')}")
    print(f"  top-1 condition (retrieval+model) {pct('urg_llm')}")
    print(f"  deterministic triage rules        {pct('urg_triage')}")
    print(f"  max(triage, retrieval top-1)      {pct('urg_combined')}")
    if model_seconds:
        mean = sum(model_seconds) / len(model_seconds)
        print(f"model ranking time: mean {mean:.2f}s, max {max(model_seconds):.2f}s per vignette")
    out = os.environ.get("BENCH_JSON")
    if out:
        Path(out).write_text(json.dumps({"counts": counts, "n": n, "rows": rows}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
