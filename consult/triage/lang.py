"""Language detection and shared en/zh text helpers: normalisation, negation and history scope."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

Lang = Literal["zh", "en"]

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def detect_language(text: str) -> Lang:
    """Return "zh" when CJK characters make up a fair share of the letters, else "en"."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "en"
    cjk = sum(1 for c in letters if _CJK.match(c))
    # One Chinese character carries about as much as a short English word.
    return "zh" if cjk / len(letters) >= 0.2 else "en"


def normalize(text: str) -> str:
    """Lower-case and fold full-width ASCII and curly quotes, keeping every index unchanged."""
    out = []
    for c in text:
        code = ord(c)
        if 0xFF01 <= code <= 0xFF5E and c not in "，；：！？（）":
            c = chr(code - 0xFEE0)
        elif c in "\u2018\u2019\u02bc":
            c = "'"
        low = c.lower()
        out.append(low if len(low) == 1 else c)
    return "".join(out)


# --- Negation / history scope -------------------------------------------------------------
# A NegEx-style scope: a trigger must precede the concept inside the same clause, within a few
# tokens (en) or characters (zh). Clauses end at sentence punctuation, the Chinese comma and
# contrast words ("but", "但是").

_EN_CONTRAST = (
    r"but|however|although|though|except|yet|whereas|apart from|aside from|"
    r"now|currently|today|tonight|right now|this morning"
)
_BOUNDARY = re.compile(
    r"[!?;:\n。！？；：，]"
    r"|\.(?!\d)"
    r"|,(?=\s*[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]),"
    rf"|(?<![a-z])(?:{_EN_CONTRAST})(?![a-z])"
    r"|(?<![a-z])and (?=(?:i|i'm|i've|my|now|then|also|it|it's|he|she|they|the|there)(?![a-z']))"
    r"|(?<![a-z])(?:no|yes|nope|yeah|ok|okay|well)\s*[,!]"
    r"|但是|可是|不过|然而|但|却|现在|目前|今天|刚才"
)

# Triggers that negate a list across commas ("no fever, cough or chest pain").
_EN_LIST_NEG = re.compile(
    r"(?<![a-z'])(?:no|without|denies|denied|deny|denying|nor|neither|negative for|free of|"
    r"absence of|ruled out)(?![a-z'])"
)
# Verb negators only reach back to the last comma ("I'm not well, chest pain" is not negated).
_EN_VERB_NEG = re.compile(
    r"(?<![a-z'])(?:not|never|don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|hadn'?t|isn'?t|wasn'?t|"
    r"aren'?t|weren'?t)(?![a-z'])"
)
_EN_PSEUDO = re.compile(
    r"not only|not just|no doubt|not sure|no idea|not certain|don'?t know|do not know|"
    r"not feeling (?:well|good|great|right)|not (?:well|good|great|ok|okay|right|myself|normal)|"
    r"don'?t feel (?:well|good|right)|no matter|no better|not better|no improvement|"
    r"not improving|not getting better|not going away|no relief|"
    r"never (?:had|felt|experienced) (?:[a-z]+ )?(?:pain|anything) like (?:this|it)"
)
_ZH_NEG = re.compile(
    r"没有|没(?!法|办法|力|多久|满)|无(?!法|力|缘|故|意识|反应|明显)|"
    r"不(?!停|断|止|住|舒服|适|了|知|确定|清|行|少|到|能|得|太|好|会|想|见)|"
    r"否认|并无|未(?!满|足|到|见)|从未|从没|非(?!常)"
    # colloquial and dialect negators as patients type them: 木有 (网络用语), 莫得 (西南官话),
    # 冇 (粤语) (NegEx needs each language's own triggers; Chapman et al. 2013)
    r"|木有|莫得|冇"
)
_ZH_PSEUDO = re.compile(
    r"无明显诱因|无缘无故|不明原因|原因不明|没有好转|没好转|不见好|未见好转|没有缓解|没缓解|"
    r"不缓解|没有减轻|没减轻|止不住|停不下来|受不了|忍不住|睡不着|吃不下"
    # how an accident happened, not a denial: "不小心划了手指", "没站稳摔了一跤", "一不留神崴了脚"
    # (ConText pseudo-triggers: Chapman et al. 2007), and "不一会儿", "不久" (soon after)
    r"|一?不小心|一?不留神|不注意|没注意|没留神|没站稳|没踩稳|没坐稳|没扶稳|没拿稳|不一会儿?|不久"
    # round 10: a symptom told with a potential complement is no denial of what follows it:
    # "喘不上气嘴唇发紫", "说不出话嘴唇发青", "抬不起胳膊嘴也歪了" (nhs.uk 'When to call 999':
    # blue lips with breathing trouble; the 不 belongs to the verb before it, not to the next
    # symptom)
    r"|喘不[上过动]气?|吸不[上进]气|上不来气|透不过气|说不出(?:话|声音?)?|发不出(?:声音?)?|"
    r"咽不下去?|吞不下去?|抬不起来?|举不起来?|站不稳|走不稳|拿不稳|坐不稳|叫不醒"
)
_EN_HISTORY = re.compile(
    r"(?<![a-z])(?:history of|hx of|used to|years? ago|a year ago|(?<!since )last year|"
    r"in the past|previously|as a (?:child|kid|teenager)|"
    r"when i was (?:a )?(?:young|little|kid|child|teenager)|"
    r"family history|died (?:of|from)|passed away|(?:back )?in (?:19|20)\d\d)(?![a-z])"
)
_ZH_HISTORY = re.compile(
    # "比以前频繁", "跟以前一样" compare now with before: the mention is current, not past
    r"去年|前年|(?<![天时钟周期比跟和与像])以前|几年前|多年前|\d+年前|曾经|(?<![晕昏睡])过去|小时候|年轻时|"
    r"病史|既往|家族史|去世"
)
_EN_TOKEN = re.compile(r"[a-z0-9']+")
EN_WINDOW_TOKENS = 6
ZH_WINDOW_CHARS = 8


def _last_tokens(text: str, n: int) -> str:
    tokens = _EN_TOKEN.findall(text)
    return " ".join(tokens[-n:])


def clause_around(text: str, start: int, end: int) -> tuple[str, str]:
    """Return the parts of the clause before and after the span text[start:end]."""
    cut = 0
    for m in _BOUNDARY.finditer(text, 0, start):
        cut = m.end()
    after = text[end:]
    stop = _BOUNDARY.search(after)
    return text[cut:start], after[: stop.start()] if stop else after


def is_negated(before: str, gap: str = "") -> bool:
    """True when a negation trigger scopes over a concept preceded by `before` (same clause)."""
    en_before = _EN_PSEUDO.sub(" ", before)
    en_gap = _EN_PSEUDO.sub(" ", gap)
    if _EN_LIST_NEG.search(_last_tokens(en_before, EN_WINDOW_TOKENS) + " " + en_gap):
        return True
    tail = en_before.rsplit(",", 1)[-1]
    if _EN_VERB_NEG.search(_last_tokens(tail, EN_WINDOW_TOKENS) + " " + en_gap):
        return True
    zh_window = _ZH_PSEUDO.sub("_", before[-ZH_WINDOW_CHARS - 4 :])[-ZH_WINDOW_CHARS:]
    return bool(_ZH_NEG.search(zh_window + "_" + _ZH_PSEUDO.sub("_", gap)))


def is_historical(before: str, after: str) -> bool:
    """True when the clause places the concept in the past ("history of", "last year", "去年")."""
    en = _last_tokens(before, 8) + " | " + " ".join(_EN_TOKEN.findall(after)[:6])
    zh = before[-10:] + "|" + after[:8]
    return bool(_EN_HISTORY.search(en) or _ZH_HISTORY.search(zh))


# --- Concept matching ---------------------------------------------------------------------


def en_pattern(body: str) -> str:
    """Wrap an English pattern so it only matches whole words, even next to Chinese text."""
    return rf"(?<![a-z])(?:{body})(?![a-z])"


def near_en(first: str, second: str, gap: int = 3) -> str:
    """`first` then `second` with up to `gap` words between (the gap is checked for negation)."""
    return rf"(?:{first})(?P<gap>[ \t]+(?:[a-z']+[ \t]+){{0,{gap}}}?)(?:{second})"


def near_zh(first: str, second: str, gap: int = 4, not_in_gap: str = "") -> str:
    """`first` then `second` with up to `gap` characters of the same clause between; no word
    matching `not_in_gap` may start inside the gap (another body part, another subject)."""
    char = rf"(?:(?!{not_in_gap})[^，,。.！!？?；;\s])" if not_in_gap else r"[^，,。.！!？?；;\s]"
    return rf"(?:{first})(?P<gap>{char}{{0,{gap}}}?)(?:{second})"


@dataclass(frozen=True)
class Concept:
    """A clinical concept and the phrasings that express it, per language."""

    name: str
    en: tuple[str, ...] = ()
    zh: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    concept: str
    start: int
    end: int
    negated: bool
    historical: bool

    @property
    def affirmed(self) -> bool:
        return not (self.negated or self.historical)


class ConceptMatcher:
    """Finds concept mentions in text and marks each as negated and/or historical."""

    def __init__(
        self,
        concepts: Iterable[Concept],
        *,
        spelling: Callable[[str], tuple[str, list[int]]] | None = None,
        scope: Callable[[str, int, int, str], tuple[bool, bool]] | None = None,
    ) -> None:
        """`spelling` corrects the normalised text (returning the index of each character in the
        original); `scope` decides (negated, historical) instead of the NegEx rules here."""
        self._spelling = spelling
        self._scope = scope
        self._patterns: list[tuple[str, re.Pattern[str]]] = []
        for concept in concepts:
            for body in concept.en:
                self._patterns.append((concept.name, re.compile(en_pattern(body))))
            for body in concept.zh:
                self._patterns.append((concept.name, re.compile(body)))

        self._chunks = _prefiltered(self._patterns)

        # Every chat message re-screens the last few: each text is matched once, not once per
        # send, per screen and per discriminator that reads it.
        self._cached = functools.lru_cache(maxsize=2048)(self._mentions)

    def mentions(self, text: str) -> tuple[Mention, ...]:
        """Every concept mention in text, in order of position."""
        return self._cached(text)

    def _mentions(self, text: str) -> tuple[Mention, ...]:
        norm = normalize(text)
        index = None
        if self._spelling is not None:
            norm, index = self._spelling(norm)
        found: list[Mention] = []
        candidates = (
            pair
            for any_of, part in self._chunks
            if any_of is None or any_of.search(norm)
            for pair in part
        )
        for name, pattern in candidates:
            for m in pattern.finditer(norm):
                if m.end() == m.start():
                    continue
                gap = m.groupdict().get("gap") or ""
                if self._scope is not None:
                    negated, historical = self._scope(norm, m.start(), m.end(), gap)
                else:
                    before, after = clause_around(norm, m.start(), m.end())
                    negated, historical = is_negated(before, gap), is_historical(before, after)
                start, end = m.start(), m.end()
                if index is not None:
                    start, end = index[start], index[end - 1] + 1
                found.append(Mention(name, start, end, negated, historical))
        found.sort(key=lambda x: (x.start, x.end))
        return tuple(found)

    def affirmed(self, text: str) -> dict[str, str]:
        """Concept name -> the first original-text phrase that affirms it."""
        result: dict[str, str] = {}
        for m in self.mentions(text):
            if m.affirmed and m.concept not in result:
                result[m.concept] = text[m.start : m.end]
        return result


_CHUNK = 16
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def _prefiltered(
    patterns: list[tuple[str, re.Pattern[str]]],
) -> list[tuple[re.Pattern[str] | None, list[tuple[str, re.Pattern[str]]]]]:
    """The patterns in chunks, each with one alternation of them all: a text none of a chunk's
    patterns matches anywhere is ruled out with one search instead of one per pattern (a
    screen reads a new message with ~1,000 patterns; ~25% faster). Same matches, same order.
    A chunk whose alternation does not compile (inline flags, back references) has none."""
    chunks = []
    for i in range(0, len(patterns), _CHUNK):
        part = patterns[i : i + _CHUNK]
        bodies = (_NAMED_GROUP.sub("(?:", p.pattern) for _, p in part)
        try:
            any_of: re.Pattern[str] | None = re.compile("|".join(f"(?:{b})" for b in bodies))
        except re.error:
            any_of = None
        chunks.append((any_of, part))
    return chunks


def first_match(patterns: Sequence[re.Pattern[str]], text: str) -> re.Match[str] | None:
    """The earliest match of any pattern in text."""
    best: re.Match[str] | None = None
    for p in patterns:
        m = p.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best
