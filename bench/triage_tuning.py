"""Triage-only score on the tuning sets (bench/vignettes_extra.json by default), reusing
bench/ai_eval.py's case loader, simulated interview and pipeline; never the held-out set.

    .venv/bin/python bench/triage_tuning.py            # vignettes_extra.json, misses listed
    .venv/bin/python bench/triage_tuning.py --all      # + bench/vignettes.json
    .venv/bin/python bench/triage_tuning.py --file bench/vignettes_check.json
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ai_eval  # noqa: E402

EXTRA = ai_eval.REPO / "bench" / "vignettes_extra.json"


def score(path: Path, show: bool) -> None:
    cases = ai_eval.load_cases(path)
    rows = []
    for case in cases:
        interview = ai_eval.simulate_interview(case)
        got = ai_eval.triage(interview.patient_messages, interview.turns)["urgency"]
        rows.append((case, got))
        if show and got != case.expected_urgency:
            want = case.expected_urgency
            print(f"  {case.id} [{case.lang}] expected {want:9} got {got:9} {case.first[:70]}")
    print(f"{path.name}: {len(cases)} cases")
    for lang in ("en", "zh", "all"):
        pairs = [(c.expected_urgency, g) for c, g in rows if lang == "all" or c.lang == lang]
        s = ai_eval.triage_scores(pairs)
        print(
            f"  {lang:3} n={s['n']:3} exact {ai_eval.pct(s['exact'], s['n'])}  "
            f"emergency recall {ai_eval.pct(s['emerg_hit'], s['emerg_n'])}  "
            f"under {ai_eval.pct(s['under'], s['n'])}  over {ai_eval.pct(s['over'], s['n'])}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--all", action="store_true", help="also bench/vignettes.json")
    parser.add_argument("--quiet", action="store_true", help="no per-case misses")
    parser.add_argument("--file", type=Path, default=EXTRA, help="a tuning case file")
    args = parser.parse_args()
    if "heldout" in args.file.resolve().parts:
        parser.error("the held-out set is never scored here")
    score(args.file, not args.quiet)
    if args.all:
        score(ai_eval.SETS["tuning"], not args.quiet)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
