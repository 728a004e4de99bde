"""A learned second opinion beside the triage rules: P(emergency) from the patient's own words.

The rules (redflags.py, urgency.py) stay first and decide; this screen may only RAISE an
assessment to emergency (schema.assess), never lower it, and its reason says it is learned.

Model: TF-IDF character n-grams (char_wb, 2-5: Chinese and English alike, robust to typos) and
a logistic regression (class_weight balanced, liblinear, fixed random_state), trained once per
process (functools.cache) from the bundled consult/triage/data/urgency_training.json, which
bench/export_learned_data.py generates from the tuning files only. Training from the bundled
text instead of shipping weights: ~0.3 s once per process, no pickle to load (a pickle is code
and ties the file to the scikit-learn version), and the data file is reviewable text.

Threshold: chosen by leave-one-set-out cross-validation (bench/learned_eval.py), never on the
held-out sets. See EMERGENCY_THRESHOLD.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "urgency_training.json"

# Default of the TELEMED_TRIAGE_LEARNED setting (telemed/settings.py) where Django is not set up
# (bench/ai_eval.py runs the triage without Django).
DEFAULT_ENABLED = True

# P(emergency) at or above which the screen raises a non-emergency assessment to emergency.
# Round 7 (2026-11-30): chosen on NEW patients, not on cross-validation alone
# (bench/learned_fresh.py): for each fresh set of rounds 5-7 (r5a-c, r6a-e, r7a, r7b, r7t; 756
# cases), the rules as they stood when that set was written (before anyone tuned on it) and a
# model trained without that set, scored on what those rules left below emergency: 34
# emergencies the rules missed, 422 non-emergencies. Misses caught / non-emergencies raised:
#   char_wb 1-4 (rounds 4-6): 0.75 20/34 4, 0.80 16/34 1, 0.85 13/34 1, 0.90 11/34 1
#   char_wb 2-5 (this):       0.75 18/34 3, 0.80 17/34 1, 0.85 14/34 1, 0.90  8/34 1
#   also tried: C 3/20/30/100, n-grams 1-5, 2-4, 2-6, 3-5, + word 1-2, the red-flag phrasings
#   dropped or down-weighted: none caught more at one false raise.
# 0.80 with 2-5 grams catches 17 of the 34 instead of 13 at the same single false raise (0.2% of
# non-emergencies). Character unigrams gave short benign texts a high P (one 痛, 疼 or 血 weighs
# as much in five characters as in a story), which had kept the threshold at 0.85.
# Re-checked at the end of round 7 with r7c too (written mid-round; 12 sets, 36 misses, 465
# non-emergencies): 1-4 at 0.85 13/36 caught, 1 raised; 2-5 at 0.80 19/36 caught, 3 raised.
# Re-checked in round 13 on the 13 fresh sets of rounds 10-13 (r10h ... r13t; 26 misses, 471
# non-emergencies), trained on 5,100 rows: 0.80 10/26 caught, 2 raised; 0.85 8/26, 0 raised.
EMERGENCY_THRESHOLD = 0.80

# Safety net (round 5b): an assessment the rules leave at self-care is raised to URGENT (never to
# emergency) when P(emergency) is at or above this floor: an emergency must never end as self-care
# (the most harmful miss). Chosen by leave-one-set-out CV
# only (bench/learned_eval.py --floor: 33 folds, 1247 tuning cases, 536 emergencies, 711
# non-emergencies; 2026-11-30), never on the held-out sets; budget: false raises <= 1% of
# non-emergencies. "protects" = emergencies whose out-of-fold P is above the floor (were the rules
# to say self-care, the net would stop it); false raises = non-emergencies raised from self-care.
# With the round-5 training data (b80ed99; 1,327 cases, 556 emergencies, 771 non-emergencies):
#   floor 0.60: protects 86.0%, false raises 3/771 (0.4%; 1.2% of those at self-care)
#   floor 0.65: protects 82.2%, false raises 1/771 (0.1%; 0.4%)
#   floor 0.70: protects 77.9%, false raises 0/771
#   floor 0.75: protects 73.7%, false raises 0/771
# 0.75, not the lowest floor within the 1% budget: the r4a table tests of scary words in benign
# stories (tests/triage/test_r4a_calibration.py) hold self-care cases at P 0.71 ("my dad has
# diabetes and I've got a sore throat") and 0.65 (lifelong car sickness) that lower floors raise.
SELF_CARE_FLOOR_THRESHOLD = 0.75

RANDOM_STATE = 0
EMERGENCY = "emergency"


@dataclass(frozen=True)
class Screen:
    probability: float  # P(emergency)
    emergency: bool  # probability >= threshold


# A message that only says "I don't know" carries nothing (the interview's unanswered facts):
# dropped, in training and at run time alike.
_DONT_KNOW = re.compile(
    r"\s*(不知道|不清楚|不太清楚|说不清|i don'?t know|don'?t know|not sure|no idea|dunno)"
    r"[\s。.!！]*",
    re.IGNORECASE,
)


def patient_text(messages: Sequence[str]) -> str:
    """The patient's own words as one text (what the model was trained on): one line per
    message, "I don't know" answers left out."""
    kept = (" ".join(m.split()) for m in messages if m and m.strip())
    return "\n".join(m for m in kept if not _DONT_KNOW.fullmatch(m))


# Character n-grams and the regularisation (see EMERGENCY_THRESHOLD: bench/learned_fresh.py
# compares other values through these parameters).
NGRAM_RANGE = (2, 5)
C = 10.0


def make_pipeline(ngram_range: tuple[int, int] = NGRAM_RANGE, c: float = C) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline as sk_pipeline

    return sk_pipeline(
        TfidfVectorizer(
            analyzer="char_wb", ngram_range=ngram_range, lowercase=True, sublinear_tf=True, min_df=1
        ),
        LogisticRegression(
            C=c,
            class_weight="balanced",
            solver="liblinear",
            dual=True,  # n_features >> n_samples: the dual converges ~10x faster, same optimum
            random_state=RANDOM_STATE,
        ),
    )


def fit(
    rows: Sequence[dict[str, Any]], ngram_range: tuple[int, int] = NGRAM_RANGE, c: float = C
) -> Any:
    """A fitted pipeline on rows {text, label}: 1 = emergency, 0 = anything else."""
    texts = [patient_text(r["text"].split("\n")) for r in rows]
    labels = [int(r["label"] == EMERGENCY) for r in rows]
    return make_pipeline(ngram_range, c).fit(texts, labels)


def training_rows() -> list[dict[str, Any]]:
    return json.loads(DATA.read_text(encoding="utf-8"))["rows"]


@functools.cache
def model() -> Any:
    return fit(training_rows())


def emergency_probability(messages: Sequence[str]) -> float:
    text = patient_text(messages)
    if not text:
        return 0.0
    return float(model().predict_proba([text])[0][1])


def screen(messages: Sequence[str], threshold: float = EMERGENCY_THRESHOLD) -> Screen:
    p = emergency_probability(messages)
    return Screen(probability=p, emergency=p >= threshold)


@dataclass(frozen=True)
class Floor:
    urgency: str  # the urgency after the safety net
    raised: bool  # self_care was raised to urgent
    probability: float
    reason_en: str = ""
    reason_zh: str = ""


def self_care_floor(
    urgency: str,
    messages: Sequence[str],
    threshold: float = SELF_CARE_FLOOR_THRESHOLD,
    *,
    probability: float | None = None,
) -> Floor:
    """The safety net after the rules and the emergency screen: self-care is not allowed when the
    patient's words resemble emergencies (P(emergency) >= threshold); it becomes urgent (prompt
    clinical assessment), never emergency. Any other urgency is returned unchanged.
    `probability`: P(emergency) of `messages` where the caller has it (schema.assess: the
    emergency screen's), so the model reads the words once."""
    if urgency != "self_care":
        return Floor(urgency, False, 0.0)
    p = emergency_probability(messages) if probability is None else probability
    if p < threshold:
        return Floor(urgency, False, p)
    shown = f"{p:.2f}"
    return Floor(
        "urgent",
        True,
        p,
        f"Safety net: the patient's words resemble emergencies (P={shown}); self-care is not "
        "advised, please assess promptly",
        f"安全兜底：患者的描述与急症病例相似（P={shown}），不建议自我护理，请尽快评估",
    )


def enabled() -> bool:
    """The TELEMED_TRIAGE_LEARNED setting; DEFAULT_ENABLED without Django settings."""
    try:
        from django.conf import settings
        from django.core.exceptions import ImproperlyConfigured
    except ImportError:  # pragma: no cover - Django is a dependency
        return DEFAULT_ENABLED
    try:
        return bool(getattr(settings, "TELEMED_TRIAGE_LEARNED", DEFAULT_ENABLED))
    except ImproperlyConfigured:
        return DEFAULT_ENABLED
