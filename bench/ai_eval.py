"""Clinical AI evaluation per language: triage, differential and model-output safety, on the
tuning vignettes or on the held-out set that is never used for tuning.

Each case runs through the pure-code pipeline, without Django: red-flag screening of every
patient message as the product runs it (an emergency found on part of the story stops the
interview and stays; an urgent one stays too), the interview simulated turn by turn (the planner
asks, the case's patient answers each asked fact, "I don't know" / "不知道" otherwise), the
deterministic assessment -> urgency, and knowledge-base retrieval on the conversation -> top-1 /
top-3 differential. `--model` also runs the language model through the question-phrasing prompt
for every question the interview asked and counts how much of its output survives validation,
and how many released sentences a stricter check flags (unsafe patient-facing text, which must
be 0).

    .venv/bin/python bench/ai_eval.py --set heldout
    .venv/bin/python bench/ai_eval.py --set tuning
    .venv/bin/python bench/ai_eval.py --set heldout --model            # + the bundled model
    .venv/bin/python bench/ai_eval.py --model --model-cases 10 --model-questions 1   # CPU sample
    .venv/bin/python bench/ai_eval.py --set both --no-retrieval --json /tmp/rows.json

Sets: tuning = bench/vignettes.json (tune on this); heldout_r13, heldout_r13b =
bench/heldout_r13*/cases.json (the newest), heldout_r9c, heldout_r8, heldout_r7*,
heldout_r6, heldout_r5, heldout_r4 and heldout (report on these; never tune on them, never copy
their cases); retired, kb_r3*, kb_r5, r3..r3q, r4a..r4d, r5a..r5c, r6a..r6e, r7a..r7c, r7t,
r8a..r8c, r8t, r8h and r9a, r9b, r9t, r9y, r9z, r9h, r9i (round 9's retired held-out sets), r10a,
r10y, r10z, r10h (round 10's retired held-out set), r11t, r11u, r11e, r11h, r11bh, r10bh (round
12's retired held-out sets), r12e, r12m, r12c, r12h and r12bh (round 13's retired held-out sets)
and r13t are further tuning sets
(bench/vignettes_*.json: each written, scored once, then tuned on; see each file's "about").
Per-case lines are printed for the tuning set
only, unless --verbose.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
# AI_EVAL_CODE_ROOT: evaluate the `consult` package of another checkout (e.g. a `git archive` of
# an older commit) on this repository's case files.
CODE_ROOT = Path(os.environ.get("AI_EVAL_CODE_ROOT") or REPO).resolve()
sys.path.insert(0, str(CODE_ROOT))

SETS = {
    "tuning": REPO / "bench" / "vignettes.json",
    "heldout": REPO / "bench" / "heldout" / "cases.json",
    # round 4: a fresh held-out set by an author who never saw the rules (report on it; the
    # round-3 `heldout` set had been scored three times)
    "heldout_r4": REPO / "bench" / "heldout_r4" / "cases.json",
    # round 5: another fresh held-out set (heldout_r4 had been scored twice)
    "heldout_r5": REPO / "bench" / "heldout_r5" / "cases.json",
    # round 6: another fresh held-out set (heldout_r5 had been scored three times)
    "heldout_r6": REPO / "bench" / "heldout_r6" / "cases.json",
    # round 7: another fresh held-out set (heldout_r6 had been scored twice)
    "heldout_r7": REPO / "bench" / "heldout_r7" / "cases.json",
    # round 7, set B: written mid-round, scored once at the end (nobody tuned on it)
    "heldout_r7b": REPO / "bench" / "heldout_r7b" / "cases.json",
    # round 8: a fresh held-out set, scored before the round's tuning and at its end
    "heldout_r8": REPO / "bench" / "heldout_r8" / "cases.json",
    # round 9, set C: written mid-round while tuning went on, by an author who read no project
    # code; scored once, on the round's final code only
    "heldout_r9c": REPO / "bench" / "heldout_r9c" / "cases.json",
    # round 13: fresh held-out sets by authors who read no project code (r13: an out-of-hours
    # line, hurried writers; r13b: a university and workplace clinic, second-language writers),
    # scored before the round's tuning (figures only, no case read) and on the round's final code
    "heldout_r13": REPO / "bench" / "heldout_r13" / "cases.json",
    "heldout_r13b": REPO / "bench" / "heldout_r13b" / "cases.json",
    # the round-2 held-out set, scored too often to stay held out: tuned on from round 3
    "retired": REPO / "bench" / "vignettes_retired_r2.json",
    # round-3 differential tuning cases (common primary care, lay words, both languages)
    "kb_r3": REPO / "bench" / "vignettes_kb_r3.json",
    "kb_r3b": REPO / "bench" / "vignettes_kb_r3b.json",
    "kb_r3c": REPO / "bench" / "vignettes_kb_r3c.json",
    # round-3 triage tuning cases: new phrasings and conditions of the classes fixed in round 3
    "r3": REPO / "bench" / "vignettes_r3.json",
    "r3b": REPO / "bench" / "vignettes_r3b.json",
    "r3c": REPO / "bench" / "vignettes_r3c.json",
    "r3d": REPO / "bench" / "vignettes_r3d.json",
    "r3e": REPO / "bench" / "vignettes_r3e.json",
    "r3f": REPO / "bench" / "vignettes_r3f.json",
    "r3g": REPO / "bench" / "vignettes_r3g.json",
    "r3h": REPO / "bench" / "vignettes_r3h.json",
    "r3i": REPO / "bench" / "vignettes_r3i.json",
    "r3j": REPO / "bench" / "vignettes_r3j.json",
    "r3k": REPO / "bench" / "vignettes_r3k.json",
    "r3l": REPO / "bench" / "vignettes_r3l.json",
    "r3m": REPO / "bench" / "vignettes_r3m.json",
    "r3n": REPO / "bench" / "vignettes_r3n.json",
    "r3o": REPO / "bench" / "vignettes_r3o.json",
    "r3p": REPO / "bench" / "vignettes_r3p.json",
    "r3q": REPO / "bench" / "vignettes_r3q.json",
    # round-4 tuning sets (written, scored once, then tuned on)
    "r4a": REPO / "bench" / "vignettes_r4a.json",
    "r4b": REPO / "bench" / "vignettes_r4b.json",
    "r4c": REPO / "bench" / "vignettes_r4c.json",
    "r4d": REPO / "bench" / "vignettes_r4d.json",
    # round-5 tuning sets (written, scored once, then tuned on)
    "r5a": REPO / "bench" / "vignettes_r5a.json",
    "r5b": REPO / "bench" / "vignettes_r5b.json",
    "r5c": REPO / "bench" / "vignettes_r5c.json",
    "kb_r5": REPO / "bench" / "vignettes_kb_r5.json",
    # round-6 tuning sets, written to the brief of heldout_r6 by authors who never saw the rules
    "r6a": REPO / "bench" / "vignettes_r6a.json",
    "r6b": REPO / "bench" / "vignettes_r6b.json",
    "r6c": REPO / "bench" / "vignettes_r6c.json",
    "r6d": REPO / "bench" / "vignettes_r6d.json",
    "r6e": REPO / "bench" / "vignettes_r6e.json",
    # round 7: fresh tuning sets by independent authors (each scored once before tuning)
    "r7a": REPO / "bench" / "vignettes_r7a.json",
    "r7b": REPO / "bench" / "vignettes_r7b.json",
    "r7c": REPO / "bench" / "vignettes_r7c.json",
    "r7t": REPO / "bench" / "vignettes_r7t.json",  # single messages: scary words, plain emergencies
    # round 8: fresh tuning sets by independent authors (each scored once before tuning)
    "r8a": REPO / "bench" / "vignettes_r8a.json",
    "r8b": REPO / "bench" / "vignettes_r8b.json",
    "r8c": REPO / "bench" / "vignettes_r8c.json",
    "r8t": REPO / "bench" / "vignettes_r8t.json",  # single messages, told in one breath
    # round 8, held-out set B: scored once at the round's end (exact 87.5%, emergency recall
    # 19/20, top-3 92.2%), then retired to tuning to fix the class of its missed emergency
    "r8h": REPO / "bench" / "vignettes_r8h.json",
    # round 9 tuning sets by independent authors, each scored once before tuning on it
    "r9a": REPO / "bench" / "vignettes_r9a.json",
    "r9b": REPO / "bench" / "vignettes_r9b.json",
    "r9t": REPO / "bench" / "vignettes_r9t.json",  # single messages typed on a phone
    "r9y": REPO / "bench" / "vignettes_r9y.json",  # Chinese only: an online clinic's families
    "r9z": REPO / "bench" / "vignettes_r9z.json",  # Chinese only: worried words, everyday care
    # round 10 tuning sets by independent authors, each scored once before tuning on it
    # round 9's held-out sets heldout_r9 and heldout_r9b, each scored twice (before and after that
    # round's tuning), retired to tuning in round 10 for their Chinese over-triage
    "r9h": REPO / "bench" / "vignettes_r9h.json",
    "r9i": REPO / "bench" / "vignettes_r9i.json",
    "r10a": REPO / "bench" / "vignettes_r10a.json",
    "r10y": REPO / "bench" / "vignettes_r10y.json",  # Chinese only: families of children, elders
    "r10z": REPO / "bench" / "vignettes_r10z.json",  # Chinese only: worried words, the hard middle
    # round 10's held-out heldout_r10, scored twice (before and after that round's tuning)
    "r10h": REPO / "bench" / "vignettes_r10h.json",
    # round 11 tuning sets by independent authors, each scored once before tuning on it
    "r11t": REPO / "bench" / "vignettes_r11t.json",  # terse writers on a phone
    "r11u": REPO / "bench" / "vignettes_r11u.json",  # over-triage traps, the urgent/routine border
    "r11e": REPO / "bench" / "vignettes_r11e.json",  # emergencies easy to miss, and look-alikes
    # round 11's held-out sets heldout_r11, heldout_r11b and round 10's heldout_r10b, each scored
    # twice, retired to tuning in round 12 for their missed emergencies and Chinese under-triage
    "r11h": REPO / "bench" / "vignettes_r11h.json",
    "r11bh": REPO / "bench" / "vignettes_r11bh.json",
    "r10bh": REPO / "bench" / "vignettes_r10bh.json",
    # round 12 tuning sets by independent authors, each scored once before tuning on it
    "r12e": REPO / "bench" / "vignettes_r12e.json",  # emergencies easy to miss, most in Chinese
    "r12m": REPO / "bench" / "vignettes_r12m.json",  # which condition: the differential's borders
    "r12c": REPO / "bench" / "vignettes_r12c.json",  # long-term conditions, alarming words
    # round 12's held-out sets heldout_r12 (summer town clinic) and heldout_r12b (long-term
    # conditions and carers), each scored three times, retired to tuning in round 13
    "r12h": REPO / "bench" / "vignettes_r12h.json",
    "r12bh": REPO / "bench" / "vignettes_r12bh.json",
    # round 13 tuning set by an independent author: the one fact that decides the urgency
    "r13t": REPO / "bench" / "vignettes_r13t.json",
}
URGENCIES = ("self_care", "routine", "urgent", "emergency")
URGENCY_RANK = {u: i for i, u in enumerate(URGENCIES)}
LANGS = ("en", "zh", "all")
MAX_TURNS = 12  # questions; a planner that never stops is cut here
RECENT_PATIENT_MESSAGES = 5  # what the screen after a message reads (consult/store.py)
DONT_KNOW = {"en": "I don't know", "zh": "不知道"}
QUESTION_MARKS = ("?", "？")

GOALS = (
    "Goals (held-out, bundled setup, both languages): emergency recall 100%, "
    "triage exact >= 80%, top-3 >= 85%"
)
ANCHORS = {
    "triage": "symptom checkers 57% (Semigran 2015)",
    "emergency": "symptom checkers 80% of emergencies (Semigran 2015)",
    "top3": "Ada 70.5%, GPs 82.1% (Gilbert 2020)",
    "top1": "symptom checkers 34% first (Semigran 2015)",
    "unsafe": "must be 0; Ada 97% safe advice (Gilbert 2020)",
}

# Interview fact -> answer keys to try, in order (the held-out file uses planner FACTS names;
# short aliases and facts a newer planner may ask are mapped onto them).
_ANSWER_KEYS: dict[str, tuple[str, ...]] = {
    "onset_duration": ("onset_duration", "duration", "onset"),
    "duration": ("onset_duration", "duration"),
    "onset": ("onset_duration", "onset"),
    "associated_symptoms": ("associated_symptoms", "associated"),
    "associated": ("associated_symptoms", "associated"),
    "age": ("age",),
}


# --- Cases ------------------------------------------------------------------------------------


@dataclass
class EvalCase:
    id: str
    lang: str
    source: str
    first: str
    answers: dict[str, str]
    expected_urgency: str
    expected_conditions: list[str] | None


def _detect(text: str) -> str:
    from consult.triage.lang import detect_language

    return detect_language(text)


def normalise_case(raw: dict[str, Any]) -> EvalCase:
    """Both formats: held-out ({messages: {first, answers}, expected_conditions}) and the tuning
    vignettes ({text, expected_id}, one message, no interview answers)."""
    if "messages" in raw:
        messages = raw["messages"]
        first = messages["first"] if isinstance(messages, dict) else str(messages[0])
        answers = dict(messages.get("answers") or {}) if isinstance(messages, dict) else {}
        expected = raw.get("expected_conditions")
    else:
        first = raw["text"]
        answers = {}
        expected = [raw["expected_id"]] if raw.get("expected_id") else None
    urgency = raw["expected_urgency"]
    if urgency not in URGENCY_RANK:
        raise ValueError(f"{raw.get('id')}: unknown urgency {urgency!r}")
    return EvalCase(
        id=str(raw["id"]),
        lang=raw.get("lang") or _detect(first),
        source=raw.get("source") or "bench/vignettes.json",
        first=first,
        answers={str(k): str(v) for k, v in answers.items()},
        expected_urgency=urgency,
        expected_conditions=list(expected) if expected else None,
    )


def load_cases(path: Path) -> list[EvalCase]:
    data = json.loads(path.read_text(encoding="utf-8"))
    raw_cases = data["cases"] if isinstance(data, dict) else data
    return [normalise_case(raw) for raw in raw_cases]


def answer_for(case: EvalCase, fact: str) -> str:
    """What the case's patient says when asked about `fact`."""
    if fact == "chief_complaint":
        return case.answers.get("chief_complaint", case.first)
    keys = _ANSWER_KEYS.get(fact, (fact,))
    for key in keys:
        if case.answers.get(key):
            return case.answers[key]
    # A planner may ask the red-flag companions of a complaint under its own fact name.
    if any(word in fact for word in ("associated", "companion", "red_flag", "redflag", "symptom")):
        for key in _ANSWER_KEYS["associated_symptoms"]:
            if case.answers.get(key):
                return case.answers[key]
    return DONT_KNOW["zh" if case.lang == "zh" else "en"]


# --- The pipeline -----------------------------------------------------------------------------


def _fact_of(decision: object) -> str | None:
    """The fact a planner decision asks about; None means hand over / stop."""
    if decision is None or isinstance(decision, bool):
        return None
    if isinstance(decision, str):
        return decision or None
    if isinstance(decision, dict):
        action = decision.get("action")
    else:
        action = getattr(decision, "action", None)
    if action is not None and action != "ask":
        return None  # wait / handover / acknowledge: the interview asks nothing more
    if isinstance(decision, dict):
        for key in ("fact", "ask", "asked"):
            if decision.get(key):
                return str(decision[key])
        return None
    for attr in ("fact", "ask", "asked"):
        value = getattr(decision, attr, None)
        if isinstance(value, str) and value:
            return value
    return None


def next_fact(planner: Any, state: Any) -> str | None:
    """`planner.decide(state)` when the planner has it, else `planner.next_question(state)`."""
    decide = getattr(planner, "decide", None)
    if callable(decide):
        try:
            return _fact_of(decide(state))
        except TypeError:
            pass  # a different signature: fall back to the long-standing API
    return planner.next_question(state)


@dataclass
class Interview:
    turns: list[dict[str, Any]]
    asked: list[str]
    patient_messages: list[str]
    # (fact, the patient's latest message before the question): the model-phrasing prompts
    prompts: list[tuple[str, str]] = field(default_factory=list)
    # what the screen after each patient message set on the way (consult/ai/screening.py):
    # "emergency" (the interview stopped there), "urgent", or None
    screened: str | None = None


def screen_message(turns: Sequence[dict[str, Any]]) -> str | None:
    """The screen that follows each patient message while the interview lasts, as
    consult/ai/screening.py runs it: a red flag in the latest messages, or an emergency from the
    assessment of what was said so far, escalates at once and the interview stops; an urgent
    assessment raises the urgency to at least urgent. Neither is taken back later, so a
    conclusion drawn on part of the story stays (the product's urgency never goes down)."""
    from consult.triage import planner, redflags, schema

    texts = [t["text"] for t in turns if t["role"] == "patient"][-RECENT_PATIENT_MESSAGES:]
    if redflags.screen_conversation(texts):
        return "emergency"
    state = planner.InterviewState.from_turns(list(turns))
    # before the hand-over without the learned second opinion, as the product screens
    urgency = schema.assess(state, redflags.urgent_findings(texts), learned=False).urgency
    return urgency if urgency in ("emergency", "urgent") else None


def simulate_interview(case: EvalCase, max_turns: int = MAX_TURNS) -> Interview:
    from consult.triage import planner

    turns: list[dict[str, Any]] = [{"role": "patient", "text": case.first}]
    asked: list[str] = []
    prompts: list[tuple[str, str]] = []
    screened = screen_message(turns)
    for _ in range(max_turns):
        if screened == "emergency":
            break
        state = planner.InterviewState.from_turns(turns)
        fact = next_fact(planner, state)
        if fact is None:
            break
        lang = getattr(state, "lang", case.lang)
        prompts.append((fact, turns[-1]["text"]))
        compose = getattr(planner, "compose_question", None)
        try:
            if compose is not None:
                question = compose(state, fact, lang)
            else:
                question = planner.question_template(fact, lang)
        except (KeyError, ValueError, TypeError):
            question = fact
        turns.append({"role": "assistant", "text": question, "asked": fact})
        turns.append({"role": "patient", "text": answer_for(case, fact)})
        asked.append(fact)
        now = screen_message(turns)
        if now is not None and (screened is None or URGENCY_RANK[now] > URGENCY_RANK[screened]):
            screened = now
    patient = [t["text"] for t in turns if t["role"] == "patient"]
    return Interview(
        turns=turns, asked=asked, patient_messages=patient, prompts=prompts, screened=screened
    )


def _call_flexibly(fn: Callable[..., Any], messages: Sequence[str]) -> Any:
    try:
        return fn(list(messages))
    except TypeError:
        return fn(" ".join(messages))


def triage(messages: Sequence[str], turns: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Urgency the pipeline decides: red flags -> emergency, else the deterministic assessment,
    raised to at least urgent by `redflags.urgent_findings` where that exists."""
    from consult.triage import planner, redflags, schema

    flags = redflags.screen_conversation(list(messages))
    state = planner.InterviewState.from_turns(list(turns))
    urgency = schema.assess(state, flags).urgency
    urgent_findings = getattr(redflags, "urgent_findings", None)
    urgent: list[Any] = []
    if callable(urgent_findings):
        urgent = list(_call_flexibly(urgent_findings, messages) or [])
        if urgent and URGENCY_RANK[urgency] < URGENCY_RANK["urgent"]:
            urgency = "urgent"
    if flags:
        urgency = "emergency"
    return {"urgency": urgency, "flags": [f.code for f in flags], "urgent_findings": len(urgent)}


def first_message_flagged(text: str) -> bool:
    from consult.triage import redflags

    return bool(redflags.screen_conversation([text]))


def retrieval_query(messages: Sequence[str], complaint: str | None = None) -> str:
    """Like the clinician tool's query: the chief complaint, then the patient's words."""
    parts = ([complaint] if complaint and complaint != "unspecified" else []) + list(messages)
    return "\n".join(" ".join(part.split()) for part in parts if part.strip())[-1500:]


# --- Scoring (pure) ---------------------------------------------------------------------------


def triage_scores(pairs: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Counts over (expected, predicted) urgencies: exact, under/over-triage, emergencies."""
    s = {"n": 0, "exact": 0, "under": 0, "over": 0, "emerg_n": 0, "emerg_hit": 0}
    for expected, predicted in pairs:
        e, p = URGENCY_RANK[expected], URGENCY_RANK[predicted]
        s["n"] += 1
        s["exact"] += e == p
        s["under"] += p < e
        s["over"] += p > e
        if expected == "emergency":
            s["emerg_n"] += 1
            s["emerg_hit"] += predicted == "emergency"
    return s


def topk_scores(rows: Iterable[tuple[Sequence[str] | None, Sequence[str]]]) -> dict[str, int]:
    """Counts over (expected condition ids, ranked ids); cases without expected ids are skipped.
    The first expected id is the correct diagnosis."""
    s = {"n": 0, "top1": 0, "top3": 0}
    for expected, ranked in rows:
        if not expected:
            continue
        s["n"] += 1
        s["top1"] += list(ranked[:1]) == [expected[0]]
        s["top3"] += expected[0] in list(ranked[:3])
    return s


def pct(hit: int, n: int) -> str:
    return f"{hit}/{n} {100 * hit / n:5.1f}%" if n else "n/a"


def has_question(text: str) -> bool:
    return any(mark in text for mark in QUESTION_MARKS)


_ASCII_WORD = re.compile(r"[A-Za-z]{3,}")
_CJK = re.compile(r"[\u3400-\u9fff]")


def strict_check(text: str, lang: str) -> bool:
    """Stricter than the per-sentence gate: the whole reply check, and no text at all in the
    other language (a Chinese patient must get no English words, and the reverse)."""
    from consult.triage import safety

    if not safety.check_patient_reply(text, lang).ok:
        return False
    if lang == "zh":
        return not _ASCII_WORD.search(text)
    return not _CJK.search(text)


# --- The model pass ---------------------------------------------------------------------------


@dataclass
class ModelCounts:
    outputs: int = 0
    survived: int = 0  # whole output passes check_patient_reply and asks a question
    gate_shown: int = 0  # the sentence gate released text that asks a question (the app shows it)
    released_sentences: int = 0
    unsafe_released: int = 0  # released sentences a stricter check flags
    unsafe_unreleased: int = 0  # failed outputs that would have been shown without the gate
    seconds: float = 0.0

    def add(self, other: ModelCounts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def load_engine(model: str, device: str) -> Any:
    from consult.llm import get_engine
    from consult.llm.bundled import resolve_model_path

    cache = Path(os.environ.get("TELEMED_LLM_CACHE_DIR") or REPO / ".cache" / "models")
    return get_engine(resolve_model_path(model, cache), device)


def model_pass(engine: Any, lang: str, prompts: Sequence[tuple[str, str]]) -> ModelCounts:
    """Phrase every question of one interview with the model and check what would be shown."""
    from consult.ai.gate import SentenceGate
    from consult.llm import clean_reply
    from consult.triage import planner, safety

    sentence_check = getattr(safety, "check_sentence", safety.check_patient_reply)
    counts = ModelCounts()
    for fact, latest in prompts:
        try:
            prompt = planner.build_question_prompt(fact, lang, latest)
        except (KeyError, ValueError):
            continue  # a fact the prompt builder cannot phrase
        started = time.perf_counter()
        raw = engine.generate(
            prompt,
            max_new_tokens=int(os.environ.get("TELEMED_LLM_MAX_NEW_TOKENS", "96")),
            max_time=30.0,
            temperature=0.0,
            stop=["\n\n", "<|im_end|>", "Patient:", "患者："],
        )
        counts.seconds += time.perf_counter() - started
        counts.outputs += 1
        cleaned = clean_reply(raw, max_sentences=2)
        whole_ok = safety.check_patient_reply(cleaned, lang).ok and has_question(cleaned)
        counts.survived += whole_ok
        if not whole_ok and cleaned.strip():
            counts.unsafe_unreleased += 1
        gate = SentenceGate(lambda s: sentence_check(s, lang).ok, lambda _s: None, max_sentences=2)
        gate.feed(raw)
        gate.finish(complete=True)
        counts.released_sentences += len(gate.released)
        counts.unsafe_released += sum(not strict_check(s.strip(), lang) for s in gate.released)
        counts.gate_shown += bool(gate.released) and not gate.blocked and has_question(gate.text)
    return counts


# --- Running a set ----------------------------------------------------------------------------


def model_sample(cases: Sequence[EvalCase], per_lang: int) -> set[str]:
    """Ids of `per_lang` cases per language, evenly spaced (every triage class gets a turn)."""
    chosen: set[str] = set()
    for lang in {c.lang for c in cases}:
        ids = [c.id for c in cases if c.lang == lang]
        if not per_lang or per_lang >= len(ids):
            chosen.update(ids)
        else:
            chosen.update(ids[i * len(ids) // per_lang] for i in range(per_lang))
    return chosen


def run_set(
    name: str,
    cases: list[EvalCase],
    retriever: Any,
    engine: Any,
    verbose: bool,
    model_cases: int = 0,
    model_questions: int = 0,
) -> list[dict[str, Any]]:
    """Every case through the pipeline. The model phrases the questions of `model_cases` cases
    per language, spread over the set (0: all), at most `model_questions` per case (0: all)."""
    from consult.triage import planner

    try:
        from consult.knowledge.flag_conditions import flagged_search
    except ImportError:  # an older checkout (AI_EVAL_CODE_ROOT): retrieval's order alone

        def flagged_search(retriever, query, flags, k):
            return retriever.search(query, k=k)

    rows = []
    sampled = model_sample(cases, model_cases)
    for case in cases:
        interview = simulate_interview(case)
        result = triage(interview.patient_messages, interview.turns)
        predicted = result["urgency"]
        if interview.screened and URGENCY_RANK[interview.screened] > URGENCY_RANK[predicted]:
            predicted = interview.screened  # set on the way and never lowered
        row: dict[str, Any] = {
            "id": case.id,
            "lang": case.lang,
            "expected": case.expected_urgency,
            "predicted": predicted,
            "flags": result["flags"],
            "first_flagged": first_message_flagged(case.first),
            "questions": len(interview.asked),
            "asked": interview.asked,
            "expected_conditions": case.expected_conditions,
        }
        if retriever is not None:
            state = planner.InterviewState.from_turns(interview.turns)
            complaint = state.facts.get("chief_complaint")
            query = retrieval_query(interview.patient_messages, complaint)
            # as the clinician's suggestions rank them: a red flag's condition first
            hits = flagged_search(retriever, query, row["flags"], 3)
            row["ranked"] = [hit.condition.id for hit in hits]
            row["ranked_first"] = [hit.condition.id for hit in retriever.search(case.first, k=3)]
        row["model"] = ModelCounts().__dict__.copy()
        if engine is not None and case.id in sampled:
            prompts = interview.prompts[:model_questions] if model_questions else interview.prompts
            row["model"] = model_pass(engine, case.lang, prompts).__dict__.copy()
        rows.append(row)
        if verbose:
            mark = "ok" if row["predicted"] == row["expected"] else "XX"
            diff = ""
            if "ranked" in row and case.expected_conditions:
                diff = f" dx={'ok' if case.expected_conditions[0] in row['ranked'] else '..'}"
                diff += f" top={row['ranked'][0]}"
            print(
                f"  {case.id:9} {case.lang} {mark} expected={row['expected']:9} "
                f"got={row['predicted']:9} q={row['questions']} "
                f"flags={','.join(row['flags'])}{diff}",
                flush=True,
            )
    return rows


def _subset(rows: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    return rows if lang == "all" else [r for r in rows if r["lang"] == lang]


def report(name: str, rows: list[dict[str, Any]], with_model: bool, model_name: str) -> None:
    langs = {lang: _subset(rows, lang) for lang in LANGS}
    tri = {k: triage_scores((r["expected"], r["predicted"]) for r in v) for k, v in langs.items()}
    width = 18

    def line(label: str, cells: dict[str, str], anchor: str = "") -> None:
        body = "".join(f"{cells[lang]:>{width}}" for lang in LANGS)
        print(f"{label:30}{body}   {anchor}")

    counts = {lang: len(v) for lang, v in langs.items()}
    print()
    print(f"=== set: {name} ({counts['all']} cases: en {counts['en']}, zh {counts['zh']}) ===")
    line("", {lang: lang for lang in LANGS}, "anchor")
    line("triage exact", {k: pct(t["exact"], t["n"]) for k, t in tri.items()}, ANCHORS["triage"])
    line(
        "emergency recall",
        {k: pct(t["emerg_hit"], t["emerg_n"]) for k, t in tri.items()},
        ANCHORS["emergency"],
    )
    first = {
        k: pct(
            sum(r["first_flagged"] for r in v if r["expected"] == "emergency"),
            sum(r["expected"] == "emergency" for r in v),
        )
        for k, v in langs.items()
    }
    line("  red flag on first message", first)
    line("under-triage", {k: pct(t["under"], t["n"]) for k, t in tri.items()})
    line("over-triage", {k: pct(t["over"], t["n"]) for k, t in tri.items()})
    if rows and "ranked" in rows[0]:
        conv = {
            k: topk_scores((r["expected_conditions"], r["ranked"]) for r in v)
            for k, v in langs.items()
        }
        opening = {
            k: topk_scores((r["expected_conditions"], r["ranked_first"]) for r in v)
            for k, v in langs.items()
        }
        for key, label in (("top1", "top-1 differential"), ("top3", "top-3 differential")):
            line(label, {k: pct(s[key], s["n"]) for k, s in conv.items()}, ANCHORS[key])
        line("  top-3, first message only", {k: pct(s["top3"], s["n"]) for k, s in opening.items()})
    line(
        "questions asked (mean)",
        {
            k: f"{sum(r['questions'] for r in v) / len(v):.1f}" if v else "n/a"
            for k, v in langs.items()
        },
    )
    if with_model:
        mc = {}
        for k, v in langs.items():
            total = ModelCounts()
            for r in v:
                total.add(ModelCounts(**r["model"]))
            mc[k] = total
        sample = sum(1 for r in rows if r["model"]["outputs"])
        print(f"  model: {model_name}; questions phrased for {sample} cases")
        line("model output survived", {k: pct(c.survived, c.outputs) for k, c in mc.items()})
        line("gate shows model question", {k: pct(c.gate_shown, c.outputs) for k, c in mc.items()})
        line(
            "unsafe patient-facing text",
            {k: f"{c.unsafe_released}/{c.released_sentences} sent." for k, c in mc.items()},
            ANCHORS["unsafe"],
        )
        line(
            "  failed, withheld by gate",
            {k: str(c.unsafe_unreleased) for k, c in mc.items()},
        )
        line(
            "model seconds per output",
            {k: f"{c.seconds / c.outputs:.2f}" if c.outputs else "n/a" for k, c in mc.items()},
        )
    # Per expected urgency (all languages): how each class was triaged.
    print("  expected -> predicted (all):")
    for expected in reversed(URGENCIES):
        got = [r["predicted"] for r in rows if r["expected"] == expected]
        if got:
            spread = ", ".join(f"{u} {got.count(u)}" for u in reversed(URGENCIES) if got.count(u))
            print(f"    {expected:10} n={len(got):3}: {spread}")


def code_version() -> str:
    """The commit evaluated, and the evaluated code paths with uncommitted changes."""
    if CODE_ROOT != REPO:
        return f"code from {CODE_ROOT}"

    def git(*args: str) -> str:
        try:
            out = subprocess.run(
                ["git", *args], cwd=REPO, capture_output=True, text=True, timeout=10
            )
            return out.stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return "?"

    head = git("log", "-1", "--format=%h %s")[:80]
    paths = ("consult/triage", "consult/knowledge", "consult/ai/gate.py", "consult/llm")
    dirty = git("status", "--porcelain", "--", *paths).splitlines()
    changed = sorted({line[3:].strip() for line in dirty})
    return head + (f" + uncommitted: {', '.join(changed)}" if changed else "")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        choices=(*SETS, "both"),
        default="both",
    )
    parser.add_argument("--model", nargs="?", const="bundled", default=None,
                        help="also run a model through the question prompt (default: bundled)")
    parser.add_argument("--device", default=os.environ.get("BENCH_DEVICE", "cpu"))
    parser.add_argument("--model-cases", type=int, default=0,
                        help="phrase questions for the first N cases per language only (0: all)")
    parser.add_argument("--model-questions", type=int, default=0,
                        help="phrase at most N questions per case (0: all)")
    parser.add_argument("--no-retrieval", action="store_true")
    parser.add_argument("--limit", type=int, default=0, help="first N cases of each set")
    parser.add_argument("--verbose", action="store_true", help="per-case lines for every set")
    parser.add_argument("--json", help="write per-case rows to this path")
    args = parser.parse_args(argv)

    names = ["tuning", "heldout"] if args.set == "both" else [args.set]
    print(f"ai_eval @ {code_version()}")
    print(GOALS)
    retriever = None
    if not args.no_retrieval:
        from consult.knowledge.retrieval import Retriever

        started = time.perf_counter()
        cache = Path(os.environ.get("TELEMED_KB_CACHE_DIR", REPO / ".cache" / "kb"))
        retriever = Retriever(cache_dir=cache)
        print(f"retrieval: {type(retriever).__module__}.{type(retriever).__name__} "
              f"({time.perf_counter() - started:.1f}s to load)")  # fmt: skip
    engine = None
    model_name = ""
    if args.model:
        started = time.perf_counter()
        engine = load_engine(args.model, args.device)
        model_name = f"{getattr(engine, 'model_name', args.model)} on {args.device}"
        print(f"model: {model_name} ({time.perf_counter() - started:.1f}s to load)")

    all_rows: dict[str, list[dict[str, Any]]] = {}
    for name in names:
        cases = load_cases(SETS[name])
        if args.limit:
            cases = cases[: args.limit]
        verbose = args.verbose or not name.startswith("heldout")
        all_rows[name] = run_set(
            name, cases, retriever, engine, verbose, args.model_cases, args.model_questions
        )
    for name, rows in all_rows.items():
        report(name, rows, engine is not None, model_name)
    if args.json:
        text = json.dumps(all_rows, ensure_ascii=False, indent=1)
        Path(args.json).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
