"""Leave-one-SET-out cross-validation of the learned emergency screen (consult/triage/learned.py).

For every tuning file (bench/vignettes*.json; vignettes_bilingual.json is a translation of
vignettes.json, so both are one fold "tuning"), train on the rows of every OTHER file (and the
red-flag phrasings of tests/triage/redflag_cases.py, less any that occur in a left-out case), then
predict the left-out cases from what the patient says in the simulated interview (ai_eval's
interview: the first message and the answers the planner asked for), as assess() sees it.

Printed per language:
  - the classifier alone, over thresholds: emergency recall and the false-escalation rate on
    non-emergencies (pooled out-of-fold predictions);
  - the combination with the rules (final = max(rules urgency, learned emergency)) at each
    threshold: emergency recall, exact accuracy, over-triage, escalations the rules did not make;
  - per left-out set at the chosen threshold, and kb_r3b / kb_r3c (urgency never tuned) apart.

Never reads the held-out sets (bench/heldout*/): only bench/vignettes*.json.

    .venv/bin/python bench/learned_eval.py [--threshold 0.8] [--per-set]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import ai_eval  # noqa: E402
import export_learned_data  # noqa: E402

from consult.triage import learned  # noqa: E402

RANK = ai_eval.URGENCY_RANK
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
UNTUNED = ("kb_r3b", "kb_r3c")  # urgency never tuned on these


def fold_of(set_name: str) -> str:
    return "tuning" if set_name == "bilingual" else set_name


def load_all_cases() -> list[dict[str, Any]]:
    """Every tuning case with its rules-only urgency and interview text."""
    learned.enabled = lambda: False  # the rules alone (bench only: never in product code)
    cases: list[dict[str, Any]] = []
    seen: set[str] = set()  # vignettes_bilingual.json repeats vignettes.json's originals
    for path in sorted((REPO / "bench").glob("vignettes*.json")):
        name = export_learned_data.set_name(path)
        import json

        data = json.loads(path.read_text(encoding="utf-8"))
        raws = data["cases"] if isinstance(data, dict) else data
        for raw in raws:
            if "en" in raw and "zh" in raw and "messages" not in raw:
                variants = [dict(raw, id=f"{raw['id']}-{lang}", text=raw[lang], lang=lang)
                            for lang in ("en", "zh")]  # fmt: skip
            else:
                variants = [raw]
            for variant in variants:
                case = ai_eval.normalise_case(variant)
                if case.first in seen:
                    continue
                seen.add(case.first)
                interview = ai_eval.simulate_interview(case)
                rules = ai_eval.triage(interview.patient_messages, interview.turns)["urgency"]
                full = [case.first, *case.answers.values()]
                cases.append(
                    {
                        "set": name,
                        "fold": fold_of(name),
                        "id": case.id,
                        "lang": case.lang,
                        "expected": case.expected_urgency,
                        "rules": rules,
                        "text": learned.patient_text(interview.patient_messages),
                        "full": learned.patient_text(full),
                    }
                )
    return cases


def cross_validate(cases: list[dict[str, Any]], rows: list[dict[str, Any]]) -> None:
    """Adds "p" (out-of-fold P(emergency)) to every case."""
    folds = sorted({c["fold"] for c in cases})
    for fold in folds:
        held = [c for c in cases if c["fold"] == fold]
        held_text = [c["full"].lower() for c in held]
        train = [
            r
            for r in rows
            if fold_of(r["set"]) != fold
            and not (r["set"] == "redflag_cases" and any(r["text"].lower() in t for t in held_text))
        ]
        model = learned.fit(train)
        probs = model.predict_proba([c["text"] for c in held])[:, 1]
        for case, p in zip(held, probs, strict=True):
            case["p"] = float(p)


def combined(case: dict[str, Any], threshold: float) -> str:
    if case["p"] >= threshold and RANK[case["rules"]] < RANK["emergency"]:
        return "emergency"
    return case["rules"]


def pct(hit: int, n: int) -> str:
    return f"{hit}/{n} {100 * hit / n:5.1f}%" if n else "n/a"


def scores(cases: Sequence[dict[str, Any]], threshold: float | None) -> dict[str, int]:
    pairs = [(c["expected"], c["rules"] if threshold is None else combined(c, threshold))
             for c in cases]  # fmt: skip
    s = ai_eval.triage_scores(pairs)
    raised = [] if threshold is None else [c for c in cases if combined(c, threshold) != c["rules"]]
    s["raised"] = len(raised)
    s["raised_wrong"] = sum(c["expected"] != "emergency" for c in raised)
    return s


def by_lang(cases: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    return {
        "en": [c for c in cases if c["lang"] == "en"],
        "zh": [c for c in cases if c["lang"] == "zh"],
        "all": list(cases),
    }


def print_classifier(cases: Sequence[dict[str, Any]]) -> None:
    print("\n== classifier alone (out-of-fold): emergency recall | false escalation on non-emerg.")
    print(f"{'threshold':>10}" + "".join(f"{lang:>36}" for lang in ("en", "zh", "all")))
    for t in THRESHOLDS:
        cells = []
        for subset in by_lang(cases).values():
            em = [c for c in subset if c["expected"] == "emergency"]
            non = [c for c in subset if c["expected"] != "emergency"]
            rec = pct(sum(c["p"] >= t for c in em), len(em))
            fe = pct(sum(c["p"] >= t for c in non), len(non))
            cells.append(f"{rec} | {fe}")
        print(f"{t:>10}" + "".join(f"{cell:>36}" for cell in cells))


def print_combination(title: str, cases: Sequence[dict[str, Any]]) -> None:
    print(f"\n== {title}: rules alone vs rules + learned (final = max), by threshold")
    print(
        f"{'':>10}{'lang':>5}{'emerg. recall':>18}{'exact':>18}{'over-triage':>18}"
        f"{'raised':>8}{'wrong':>7}"
    )
    for t in (None, *THRESHOLDS):
        for lang, subset in by_lang(cases).items():
            if not subset:
                continue
            s = scores(subset, t)
            label = "rules" if t is None else f"{t}"
            print(
                f"{label:>10}{lang:>5}{pct(s['emerg_hit'], s['emerg_n']):>18}"
                f"{pct(s['exact'], s['n']):>18}{pct(s['over'], s['n']):>18}"
                f"{s['raised']:>8}{s['raised_wrong']:>7}"
            )


def print_per_set(cases: Sequence[dict[str, Any]], threshold: float) -> None:
    print(f"\n== per left-out set at threshold {threshold}: rules -> combined")
    print(f"{'set':>10}{'lang':>5}{'emerg. recall':>28}{'exact':>28}{'over-triage':>28}")
    for fold in sorted({c["fold"] for c in cases}):
        for lang, subset in by_lang([c for c in cases if c["fold"] == fold]).items():
            if not subset or (lang == "all"):
                continue
            r, s = scores(subset, None), scores(subset, threshold)
            cells = [
                f"{pct(r[k], r[n])} -> {100 * s[k] / s[n]:5.1f}%" if r[n] else "n/a"
                for k, n in (("emerg_hit", "emerg_n"), ("exact", "n"), ("over", "n"))
            ]
            print(f"{fold:>10}{lang:>5}" + "".join(f"{cell:>28}" for cell in cells))


FLOOR_THRESHOLDS = (0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85)


def with_floor(case: dict[str, Any], threshold: float, floor: float) -> str:
    """rules, then the emergency screen at `threshold`, then the self-care floor at `floor`."""
    level = combined(case, threshold)
    if level == "self_care" and case["p"] >= floor:
        return "urgent"
    return level


def print_floor(cases: Sequence[dict[str, Any]], threshold: float) -> None:
    """The self-care safety net (learned.self_care_floor) over floor thresholds, out-of-fold:
    protects: emergencies with p >= floor (were the rules to say self-care, the net would stop
    it); emerg->self_care: emergencies still ending as self-care; raised wrong: non-emergencies
    the net raises from self-care to urgent (false raises), of all non-emergencies and of those
    at self-care; self_care exact: expected self-care cases still triaged self-care."""
    print(f"\n== self-care floor (emergency threshold {threshold}), out-of-fold")
    print(f"{'floor':>6}{'lang':>5}{'protects':>18}{'emerg->self_care':>18}"
          f"{'raised wrong/non-em.':>24}{'of self-care':>18}{'self_care exact':>18}")  # fmt: skip
    for floor in (None, *FLOOR_THRESHOLDS):
        for lang, subset in by_lang(cases).items():
            em = [c for c in subset if c["expected"] == "emergency"]
            non = [c for c in subset if c["expected"] != "emergency"]
            f = 2.0 if floor is None else floor
            at_self = [c for c in non if combined(c, threshold) == "self_care"]
            wrong = [c for c in at_self if with_floor(c, threshold, f) != "self_care"]
            sc = [c for c in subset if c["expected"] == "self_care"]
            print(
                f"{'none' if floor is None else floor:>6}{lang:>5}"
                f"{pct(sum(c['p'] >= f for c in em), len(em)):>18}"
                f"{sum(with_floor(c, threshold, f) == 'self_care' for c in em):>18}"
                f"{pct(len(wrong), len(non)):>24}{pct(len(wrong), len(at_self)):>18}"
                f"{pct(sum(with_floor(c, threshold, f) == 'self_care' for c in sc), len(sc)):>18}"
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=learned.EMERGENCY_THRESHOLD)
    parser.add_argument("--per-set", action="store_true", help="every left-out set's figures")
    parser.add_argument("--misses", action="store_true", help="emergencies the rules miss")
    parser.add_argument(
        "--floor", action="store_true", help="the self-care safety net over floor thresholds"
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    rows = export_learned_data.export()
    cases = load_all_cases()
    print(f"{len(cases)} cases in {len({c['fold'] for c in cases})} folds, {len(rows)} rows; "
          f"rules run in {time.perf_counter() - started:.1f}s")  # fmt: skip
    started = time.perf_counter()
    cross_validate(cases, rows)
    print(f"cross-validation {time.perf_counter() - started:.1f}s")
    print_classifier(cases)
    print_combination("all tuning sets", cases)
    untuned = [c for c in cases if c["fold"] in UNTUNED]
    print_combination("kb_r3b + kb_r3c (urgency never tuned)", untuned)
    for name in UNTUNED:
        print_combination(name, [c for c in cases if c["fold"] == name])
    if args.per_set:
        print_per_set(cases, args.threshold)
    if args.floor:
        print_floor(cases, args.threshold)
        f = learned.SELF_CARE_FLOOR_THRESHOLD
        print(f"\n== at floor {f}: self-care raised to urgent")
        for c in cases:
            if with_floor(c, args.threshold, f) != combined(c, args.threshold):
                mark = "HIT " if c["expected"] == "emergency" else "over"
                head = f"  {mark} {c['set']:8} {c['id']:12} {c['lang']} p={c['p']:.2f}"
                print(f"{head} expected={c['expected']:9} {c['text'][:70]!r}")
    t = args.threshold
    print(f"\n== at threshold {t}: escalations the rules did not make")
    for c in cases:
        if combined(c, t) != c["rules"]:
            mark = "HIT " if c["expected"] == "emergency" else "over"
            head = f"  {mark} {c['set']:8} {c['id']:12} {c['lang']} p={c['p']:.2f}"
            print(f"{head} expected={c['expected']:9} rules={c['rules']:9} {c['text'][:70]!r}")
    if args.misses:
        print("\n== emergencies the rules miss (out-of-fold p)")
        for c in cases:
            if c["expected"] == "emergency" and c["rules"] != "emergency":
                head = f"  {c['set']:8} {c['id']:12} {c['lang']} p={c['p']:.2f}"
                print(f"{head} rules={c['rules']:9} {c['text'][:90]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
