"""The learned emergency screen on NEW patients: for each fresh tuning set, the triage rules as
they stood when the set was written (the commit that added its file, before anyone tuned on it)
and a model trained without that set, scored on the cases those rules left below emergency.

Cross-validation alone (bench/learned_eval.py) scores the screen beside rules already tuned on
every set, where little is left to catch; this is the screen's real job: what the rules of the
day missed. Per set, the rules run in a subprocess on a `git archive` of that commit
(bench/ai_eval.py's AI_EVAL_CODE_ROOT). Never reads the held-out sets.

    .venv/bin/python bench/learned_fresh.py [--sets r5a,r5b,...] [--ngrams 2,5] [--c 10]
"""

from __future__ import annotations

import argparse
import pickle
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from consult.triage import learned  # noqa: E402

FRESH = (
    "r5a,r5b,r5c,r6a,r6b,r6c,r6d,r6e,r7a,r7b,r7t,r8a,r8b,r8c,r8t,r9a,r9b,r9t,r9y,r9z,"
    "r10a,r10y,r10z,r10h,r11t,r11u,r11e,r11h,r11bh,r10bh,r12e,r12m,r12c,r12h,r12bh,r13t"
)
THRESHOLDS = (0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)

# Run inside the subprocess: the rules-only urgency of every case of one set, pickled to stdout.
_RULES = """
import pickle, sys
sys.path.insert(0, {bench!r})
import ai_eval as E
from consult.triage import learned
learned.enabled = lambda: False
out = []
for c in E.load_cases(E.SETS[{name!r}]):
    iv = E.simulate_interview(c)
    r = E.triage(iv.patient_messages, iv.turns)["urgency"]
    if iv.screened and E.URGENCY_RANK[iv.screened] > E.URGENCY_RANK[r]:
        r = iv.screened
    out.append(dict(id=c.id, exp=c.expected_urgency, rules=r,
                    text=learned.patient_text(iv.patient_messages)))
sys.stdout.buffer.write(pickle.dumps(out))
"""


def added_at(name: str) -> str:
    path = f"bench/vignettes_{name}.json"
    log = ["git", "-C", str(REPO), "log", "--diff-filter=A", "--format=%H", "--", path]
    commits = subprocess.run(log, capture_output=True, text=True, check=True).stdout.split()
    if not commits:
        raise SystemExit(f"{path} is not committed")
    return commits[-1]


def rules_of_the_day(name: str, workdir: Path) -> list[dict[str, Any]]:
    commit = added_at(name)
    root = workdir / commit[:12]
    if not root.exists():
        archive = workdir / f"{commit[:12]}.tar"
        cmd = ["git", "-C", str(REPO), "archive", "-o", str(archive), commit, "consult"]
        subprocess.run(cmd, check=True)
        with tarfile.open(archive) as tar:
            tar.extractall(root, filter="data")
    code = _RULES.format(bench=str(REPO / "bench"), name=name)
    env = {"AI_EVAL_CODE_ROOT": str(root), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, check=True)
    return pickle.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=FRESH)
    default_ngrams = ",".join(str(n) for n in learned.NGRAM_RANGE)
    parser.add_argument("--ngrams", default=default_ngrams, help="char_wb n-grams, e.g. 1,4")
    parser.add_argument("--c", type=float, default=learned.C)
    args = parser.parse_args()
    ngrams = tuple(int(n) for n in args.ngrams.split(","))
    rows = learned.training_rows()
    missed: list[float] = []
    others: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets.split(","):
            cases = rules_of_the_day(name, Path(tmp))
            held = [c["text"].lower() for c in cases]
            train = [
                r
                for r in rows
                if r["set"] != name
                and not (r["set"] == "redflag_cases" and any(r["text"].lower() in t for t in held))
            ]
            model = learned.fit(train, ngrams, args.c)
            probs = model.predict_proba([c["text"] for c in cases])[:, 1]
            below = [(c, p) for c, p in zip(cases, probs, strict=True) if c["rules"] != "emergency"]
            n_missed = sum(c["exp"] == "emergency" for c, _ in below)
            commit = added_at(name)[:9]
            print(f"{name:5s} {len(cases):4d} cases, rules of {commit} missed {n_missed}")
            missed += [float(p) for c, p in below if c["exp"] == "emergency"]
            others += [float(p) for c, p in below if c["exp"] != "emergency"]
    print(f"\nchar_wb {ngrams}, C={args.c}: rules' misses caught / non-emergencies raised")
    for t in THRESHOLDS:
        caught = sum(p >= t for p in missed)
        raised = sum(p >= t for p in others)
        print(f"  {t:.2f}: {caught}/{len(missed)} caught, {raised}/{len(others)} raised")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
