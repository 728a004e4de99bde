"""Bilingual symptom concepts: patient text in English or Chinese, and the knowledge base's symptom
lists, mapped onto one set of concepts (headache = 头痛 = 头疼), so retrieval compares concepts,
not strings, and never needs an English-only model to understand Chinese."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..triage.lang import normalize

LEXICON_PATH = Path(__file__).with_name("symptom_lexicon.tsv")

# Negation: a trigger shortly before the concept, inside the same clause. English clauses end at
# sentence punctuation, commas and contrast words; Chinese ones at any clause punctuation except 、.
_EN_CLAUSE_END = re.compile(
    r"[.;!?\n,。；！？，]|(?<![a-z])(?:but|however|although|though|except|now|and now)(?![a-z])"
)
_EN_NEG = re.compile(
    r"(?<![a-z'])(?:no|without|denies|denied|deny|never|nor|neither|negative for|free of|"
    r"(?:do|does|did)(?: not|n't) (?:have|get|feel)|(?:have|has|had)(?: not|n't)(?: had| got)?|"
    # Round 8: "didn't bang his head", "didnt vomit": the negated verb is the concept's own word.
    r"(?:do|does|did)(?: not|n'?t)$|"
    r"not)(?![a-z'])"
)
_EN_NEG_WINDOW = 5  # tokens
_EN_PSEUDO = re.compile(r"not only|not just|not sure|no idea|no matter|not well|not feeling well")
# A space between Chinese characters separates messages or clauses (joined answers), so it
# ends a clause too.
_ZH_CLAUSE_END = re.compile(r"[。；！？，,.;!?\s]|但是|可是|不过|但|现在")
_ZH_NEG = re.compile(
    r"没有|没(?!法|办法|力|劲|精神|胃口|多久)|无(?!法|力|缘|故)|"
    r"不(?!停|断|止|住|舒服|适|了|肯|想|能|会|下|出|着|清|好|太|行|到|得|知)|否认|并无|未(?!见好)"
)
_ZH_NEG_WINDOW = 6  # characters
# An A-not-A question ("要不要催吐", "是不是中暑") asks, it denies nothing (round 8).
_ZH_PSEUDO = re.compile(
    r"毫无征兆|无缘无故|无明显诱因|没有好转|没好转|不见好|没有缓解|没缓解|不缓解|"
    r"要不要|是不是|会不会|能不能|用不用|需不需要|"
    # Round 12: a symptom that is itself said with 不 ("喘不上气、出汗", "睡不着，头疼") denies
    # nothing after it (r10bh: 喘不上气 hid the sweating of a panic attack).
    r"喘不上气|喘不过气|透不过气|上不来气|吸不上气|喘不上来|睡不着|吃不下|咽不下|尿不出|拉不出|"
    # Round 13 (dx, h12b-zh-13): 差不多 ("almost": 差不多全吃了, almost all of them taken) denies
    # nothing (nhs.uk/medicines/paracetamol-for-adults/: an overdose told so is one).
    r"差不多"
)
# A body part denied after it ("肩膀不疼", "头也不晕", "腿没肿"): the word names the place, the
# negation follows (round 6, r6d-zh-14: 肩膀不疼 was shoulder pain). Not after a word that already
# names the finding ("嗓子疼不痒" keeps the sore throat).
_ZH_POST_NEG = re.compile(
    r"(?:也|都|倒|还)?(?:不|没有?)(?:怎么)?(?:疼|痛|晕|肿|痒|红|烫|麻|胀|难受)"
)
_ZH_FINDING_END = frozenset("疼痛晕肿痒红烫麻胀")
_WORD_CHAR = "a-z0-9"
# Concepts named so, and their children (ace_inhibitor>bp_medicine), are medicines.
_MEDICINE_SUFFIX = "_medicine"


def _en_form(form: str) -> str:
    parts = []
    for word in form.split():
        if word == "..":
            parts.append(r"((?:\W+[\w']+){0,3}?)")  # captured: a negation there denies it
            continue
        wild = word.endswith("*")
        body = re.escape(word.rstrip("*").replace("'", "\u0001")).replace("\u0001", "'?")
        parts.append(r"\W+" + body + (r"[a-z']*" if wild else r"(?:s|es)?"))
    pattern = "".join(parts)
    pattern = pattern[3:] if pattern.startswith(r"\W+") else pattern
    return rf"(?<![{_WORD_CHAR}]){pattern}(?![{_WORD_CHAR}])"


def _zh_form(form: str) -> str:
    return r"([^。；！？，,.;!?\s]{0,6}?)".join(re.escape(p.strip()) for p in form.split(".."))


def _compile(patterns) -> re.Pattern[str] | None:
    joined = "|".join(patterns)
    return re.compile(joined) if joined else None


@dataclass(frozen=True)
class ConceptDef:
    id: str
    parents: tuple[str, ...]
    en: re.Pattern[str] | None
    zh: re.Pattern[str] | None
    context: bool = False
    # A population concept (@ in the TSV: a child, a baby, an older person) says who the patient
    # is, not what they have: it counts for less in the query's coverage (ConceptWeights).
    population: bool = False
    # Forms with a ".." gap: their matches may span other findings, so they hide none.
    en_gap: re.Pattern[str] | None = None
    zh_gap: re.Pattern[str] | None = None


@dataclass
class Found:
    """The concepts a text states (`present`) and denies (`absent`), parents included, and
    the spans that named them: (concept, start, end, negated)."""

    present: set[str] = field(default_factory=set)
    absent: set[str] = field(default_factory=set)
    spans: list[tuple[str, int, int, bool]] = field(default_factory=list)


def _en_negated(text: str, start: int) -> bool:
    before = text[:start]
    cut = max((m.end() for m in _EN_CLAUSE_END.finditer(before)), default=0)
    clause = before[cut:]
    if _EN_PSEUDO.search(clause):
        return False
    tokens = re.findall(r"[a-z']+", clause)[-_EN_NEG_WINDOW:]
    return bool(_EN_NEG.search(" ".join(tokens)))


def _gap_negated(gaps: tuple[str | None, ...]) -> bool:
    """A negation inside a form's gap ("lips not swollen", "嘴唇不肿") denies the finding."""
    for gap in gaps:
        if not gap:
            continue
        if re.search(r"[\u4e00-\u9fff]", gap):
            if _ZH_NEG.search(_ZH_PSEUDO.sub("  ", gap)):
                return True
        elif _EN_NEG.search(" ".join(re.findall(r"[a-z']+", gap))):
            return True
    return False


def _zh_negated(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start]
    cut = max((m.end() for m in _ZH_CLAUSE_END.finditer(before)), default=0)
    window = _ZH_PSEUDO.sub("  ", before[cut:])[-_ZH_NEG_WINDOW:]
    return bool(_ZH_NEG.search(window))


def _zh_post_negated(text: str, start: int, end: int) -> bool:
    """A Chinese body-part word followed by its denial: 肩膀不疼, 头也不晕."""
    if text[end - 1] in _ZH_FINDING_END:
        return False
    return bool(_ZH_POST_NEG.match(text, end))


class Lexicon:
    """The concept table loaded from symptom_lexicon.tsv."""

    def __init__(self, path: Path | str = LEXICON_PATH) -> None:
        self.concepts: dict[str, ConceptDef] = {}
        self._labels: dict[str, dict[str, str]] = {}
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 3:
                raise ValueError(f"{path}:{number}: expected 3 tab-separated columns")
            head, en, zh = cols
            cid, _, parents = head.partition(">")
            context = cid.startswith("!")
            population = cid.startswith("@")
            cid = cid.lstrip("!@")
            if cid in self.concepts:
                raise ValueError(f"{path}:{number}: duplicate concept {cid!r}")
            en_forms = [f.strip().lower() for f in en.split("|") if f.strip()]
            zh_forms = [f.strip() for f in zh.split("|") if f.strip()]
            self._labels[cid] = {
                "en": en_forms[0].replace("*", "").replace(" .. ", " ") if en_forms else cid,
                "zh": zh_forms[0].replace("..", "") if zh_forms else cid,
            }
            self.concepts[cid] = ConceptDef(
                cid,
                tuple(p for p in parents.split(",") if p),
                _compile(_en_form(f) for f in en_forms if ".." not in f),
                _compile(_zh_form(f) for f in zh_forms if ".." not in f),
                context,
                population,
                _compile(_en_form(f) for f in en_forms if ".." in f),
                _compile(_zh_form(f) for f in zh_forms if ".." in f),
            )
        for c in self.concepts.values():
            missing = [p for p in c.parents if p not in self.concepts]
            if missing:
                raise ValueError(f"concept {c.id!r}: unknown parent(s) {missing}")

    def labels(self, cid: str) -> dict[str, str]:
        """The first English and Chinese surface forms of a concept, as its display names."""
        return self._labels[cid]

    def ancestors(self, cid: str) -> set[str]:
        out, todo = set(), [cid]
        while todo:
            for parent in self.concepts[todo.pop()].parents:
                if parent not in out:
                    out.add(parent)
                    todo.append(parent)
        return out

    def is_medicine(self, cid: str) -> bool:
        """A medicine concept (bp_medicine, ace_inhibitor): its denial ("never taken blood
        pressure tablets", 以前没吃过降压药) denies the medicine, not the illness it treats
        (round 9w), so it denies no parent that is not a medicine itself."""
        return cid.endswith(_MEDICINE_SUFFIX) or any(
            a.endswith(_MEDICINE_SUFFIX) for a in self.ancestors(cid)
        )

    def find(self, text: str) -> Found:
        """Concepts named in a text of either language, with negation per mention."""
        norm = normalize(text or "")
        raw: list[tuple[str, int, int, bool, bool]] = []  # ..., negated, gap form
        for c in self.concepts.values():
            for pattern, negated, gap in (
                (c.en, _en_negated, False),
                (c.zh, _zh_negated, False),
                (c.en_gap, _en_negated, True),
                (c.zh_gap, _zh_negated, True),
            ):
                if pattern is None:
                    continue
                for m in pattern.finditer(norm):
                    if m.end() > m.start():
                        denied = negated(norm, m.start()) or (gap and _gap_negated(m.groups()))
                        if pattern is c.zh and not denied:
                            denied = _zh_post_negated(norm, m.start(), m.end())
                        raw.append((c.id, m.start(), m.end(), denied, gap))
        # A mention inside a longer mention of another concept is that concept's word
        # ("discharge" in "ear discharge"), not a finding of its own.
        raw.sort(key=lambda s: s[1] - s[2])
        kept: list[tuple[str, int, int, bool]] = []
        hiding: list[tuple[str, int, int]] = []
        for cid, start, end, negated, gap in raw:
            broader = self.ancestors(cid)
            inside = any(
                k_start <= start and end <= k_end and (k_end - k_start) > (end - start)
                and k_id not in broader
                for k_id, k_start, k_end in hiding
            )  # fmt: skip
            if not inside:
                kept.append((cid, start, end, negated))
                if not gap:
                    hiding.append((cid, start, end))
        found = Found(spans=sorted(kept, key=lambda s: s[1]))
        for cid, _, _, negated in kept:
            names = {cid} | self.ancestors(cid)
            if negated and self.is_medicine(cid):
                names = {n for n in names if self.is_medicine(n)}
            (found.absent if negated else found.present).update(names)
        found.absent -= found.present
        return found


@lru_cache(maxsize=4)
def lexicon(path: str | None = None) -> Lexicon:
    """The shared lexicon (loaded once per path)."""
    return Lexicon(path or LEXICON_PATH)


# --- scoring conditions by concept overlap -----------------------------------------------------

# A condition's first symptoms are its cardinal ones: weight 1.0 for the first two, then less.
_POSITION_DECAY = 0.85
_POSITION_FLOOR = 0.5
_NAME_WEIGHT = 1.2
# A context concept (heat, travel, pregnancy...) is required only where it leads the condition's
# list or names it; one further down is a risk factor (DVT: pregnancy or the pill), and a patient
# who does not mention it is no evidence against the condition (kb_r3c, issue 8).
_REQUIRED_CONTEXT_WEIGHT = 0.9


@dataclass(frozen=True)
class ConceptWeights:
    """How a query's concepts are turned into a score (tuned on bench/vignettes_bilingual.json)."""

    query_coverage: float = 1.0  # share of the patient's concepts the condition explains
    profile_coverage: float = 0.6  # share of the condition's concepts the patient reports
    denied: float = 0.5  # the patient denies one of the condition's concepts
    contradicted: float = 1.0  # the condition says "no X" and the patient reports X
    missing_context: float = 0.3  # the condition needs a context (heat, travel...) not mentioned
    # Round 6 (r6a, r6c): a population concept's share of the query ("baby", "my toddler") is
    # scaled by this, so that who the patient is does not outrank what they have ("baby has the
    # runs" is gastroenteritis before newborn jaundice or colic).
    population: float = 0.7


class ConceptIndex:
    """Every condition of the knowledge base as weighted concepts, found by the same lexicon in
    its English and Chinese symptom lists and names."""

    def __init__(self, conditions, lex: Lexicon | None = None) -> None:
        import math

        self.lex = lex or lexicon()
        self.conditions = list(conditions)
        self.profiles: list[dict[str, float]] = []
        self.denials: list[set[str]] = []
        self.uncovered: list[int] = []
        self.contexts: list[set[str]] = []
        for cond in self.conditions:
            weights: dict[str, float] = {}
            denied: set[str] = set()
            uncovered = 0
            for phrases in (cond.symptoms, cond.symptoms_zh):
                for i, phrase in enumerate(phrases):
                    w = max(_POSITION_FLOOR, _POSITION_DECAY ** max(0, i - 1))
                    found = self.lex.find(phrase)
                    if not found.present and not found.absent:
                        uncovered += 1
                    for cid in found.present:
                        weights[cid] = max(weights.get(cid, 0.0), w)
                    denied |= found.absent
            for name in (cond.name_en, cond.name_zh):
                for cid in self.lex.find(name).present:
                    weights[cid] = max(weights.get(cid, 0.0), _NAME_WEIGHT)
            self.profiles.append(weights)
            self.denials.append(denied - set(weights))
            self.uncovered.append(uncovered)
            self.contexts.append(
                {c for c, w in weights.items()
                 if self.lex.concepts[c].context and w >= _REQUIRED_CONTEXT_WEIGHT}
            )  # fmt: skip
        n = len(self.conditions)
        df: dict[str, int] = {}
        for weights in self.profiles:
            for cid in weights:
                df[cid] = df.get(cid, 0) + 1
        self.idf = {cid: math.log(1 + n / count) for cid, count in df.items()}
        self._mass = [
            sum(self.idf[c] * w for c, w in p.items()) + 0.5 * u
            for p, u in zip(self.profiles, self.uncovered, strict=True)
        ]

    def scores(self, found: Found, weights: ConceptWeights = ConceptWeights()):
        """Per condition (knowledge-base order): how well its concepts match the query's."""
        import numpy as np

        query = {
            c: self.idf[c] * (weights.population if self.lex.concepts[c].population else 1.0)
            for c in found.present
            if c in self.idf
        }
        query_mass = sum(query.values())
        out = np.zeros(len(self.conditions), dtype=np.float32)
        if not query and not found.absent:
            return out
        for i, profile in enumerate(self.profiles):
            matched = sum(idf * profile[c] for c, idf in query.items() if c in profile)
            denied = sum(self.idf[c] * profile[c] for c in found.absent if c in profile)
            contradicted = sum(query[c] for c in self.denials[i] if c in query)
            mass = self._mass[i] or 1.0
            score = 0.0
            if query_mass:
                score += weights.query_coverage * matched / query_mass
                score -= weights.contradicted * contradicted / query_mass
            score += weights.profile_coverage * matched / mass
            score -= weights.denied * denied / mass
            if self.contexts[i] and not self.contexts[i] & found.present:
                score -= weights.missing_context
            out[i] = score
        return out


def concept_label(cid: str, lang: str = "en", lex: Lexicon | None = None) -> str:
    """A concept's display name: its first surface form in that language (from the TSV)."""
    lex = lex or lexicon()
    return lex.labels(cid)["zh" if lang == "zh" else "en"]


def translate_phrase(text: str, lang: str = "zh", lex: Lexicon | None = None) -> str:
    """A symptom phrase in the other language, concept by concept ("sore throat, fever" ->
    "喉咙痛、发烧"); the text itself when the lexicon knows none of its concepts."""
    lex = lex or lexicon()
    found = lex.find(text)
    names = [s[0] for s in found.spans if not s[3]]
    if not names:
        return text
    return ("、" if lang == "zh" else ", ").join(
        dict.fromkeys(concept_label(c, lang, lex) for c in names)
    )
