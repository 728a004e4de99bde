"""Misspelling tolerance for red-flag key terms: one typo must not hide an emergency.

English: a word that is not a key term and not a known real word is replaced by the key term
within a bounded edit distance (optimal string alignment, so a swapped pair counts once; same
first letter; 5-7 letters: 1 edit, 8+: 2 edits, 4 letters: a swap only). Real words next to a
key term ("chess", "hart", "stoke") are only corrected where the next or previous word makes
the meaning unambiguous ("hart attack", "chess pain", "a stoke"). Chinese: common same-length
input-method homophone slips (胸通 → 胸痛). Indices into the original text are kept.
"""

from __future__ import annotations

import re

from rapidfuzz import process
from rapidfuzz.distance import OSA

KEY_TERMS: tuple[str, ...] = tuple(
    """
    chest pain pains breath breathe breathing breathless shortness heart attack unconscious
    unresponsive consciousness seizure seizures seizing convulsions convulsing sweating sweaty
    sweats clammy stroke fainted fainting collapsed bleeding vomiting vomited vomit blood overdose
    overdosed overdosing swallowed swallowing swallow poison poisoned poisoning suicide suicidal
    paracetamol acetaminophen ibuprofen tablets sleeping antifreeze bleach battery batteries
    anaphylaxis anaphylactic allergic swelling swollen crushing pressure tightness radiating
    spreading numbness weakness slurred drooping gasping choking pregnant headache unbearable
    excruciating severe tongue throat stiff cant tylenol weedkiller
    """.split()
)

# Real English words within reach of a key term (from the all-MiniLM-L6-v2 WordPiece vocabulary,
# same first letter, same edit bound), plus words that vocabulary lacks: never corrected.
REAL_WORDS: frozenset[str] = frozenset(
    """
    attach attacked attacker attacks batter battered beach bitterly blending blessing blinding blond
    bloody bloom breach breached breadth breaking breathed breaths breeding brood chant cheat
    checking chess chests choosing collapse collapses conclusions confusing consulting conversions
    cooking coughing crashing crest crossing cruising dripping dropping drowning flirting gaping
    grasping heard hears hearst hearth hearts overcome overcoming paint paints pairs plain plains
    pleasure pregnancy pressured pressures prison prisoner radiation screaming seating seats selling
    severed severely severn shallow shortest slapping slipping smelling sneaking sniff softness
    speaking speeding spelling spending spilling spraying spurred staff stealing steaming steering
    stepping sterling stoke streaming strike strode stroked strokes stuff swallows swearing sweat
    sweeping sweets swirling tables tablet threat tongues visiting weaknesses wellness
    overdone overdoing overdoes overdid overdue drooling drooled sweater sweaters sweated swelled
    bleached bleaching breather breathes breathy chesty hearty rasping strobe strove
    strokes stroking seizes seized poisons painless painful painkiller painkillers slurped stiffer
    stiffen stuffy collapsible faints fainter faintly sever suicides throats attic sweetly swatting
    """.split()
)

# A real word corrected only beside the word that disambiguates it: (word, neighbour, fix, side).
_CONTEXT_FIXES: tuple[tuple[str, str, str, int], ...] = (
    ("hart", "attack", "heart", 1),
    ("heat", "attack", "heart", 1),
    ("heard", "attack", "heart", 1),
    ("chess", "pain", "chest", 1),
    ("chess", "pains", "chest", 1),
    ("chess", "tightness", "chest", 1),
    ("chess", "pressure", "chest", 1),
    ("attach", "heart", "attack", -1),
    ("stoke", "a", "stroke", -1),
    ("stoke", "mini", "stroke", -1),
)

# Same-length input-method slips in Chinese, so indices do not move.
_ZH_SLIPS: tuple[tuple[str, str], ...] = (
    ("胸通", "胸痛"),
    ("凶痛", "胸痛"),
    ("凶口", "胸口"),
    ("兄口", "胸口"),
    ("心埂", "心梗"),
    ("中疯", "中风"),
    ("呼吸苦难", "呼吸困难"),
    ("安眠要", "安眠药"),
    ("晕到了", "晕倒了"),
    ("晕到在地", "晕倒在地"),
    ("昏到了", "昏倒了"),
    ("抽触", "抽搐"),
)

_WORD = re.compile(r"[a-z]+")
_KEYS = frozenset(KEY_TERMS)


def _max_edits(length: int) -> int:
    if length < 4:
        return 0
    return 1 if length <= 7 else 2


def correct_word(word: str) -> str | None:
    """The key term a lower-case word is a misspelling of, or None."""
    if word in _KEYS or word in REAL_WORDS:
        return None
    limit = _max_edits(len(word))
    if limit == 0:
        return None
    candidates = [k for k in KEY_TERMS if k[0] == word[0] and abs(len(k) - len(word)) <= limit]
    if len(word) == 4:
        candidates = [k for k in candidates if len(k) == 4 and sorted(k) == sorted(word)]
    best = process.extractOne(word, candidates, scorer=OSA.distance, score_cutoff=limit)
    return best[0] if best else None


def correct(text: str) -> tuple[str, list[int]]:
    """Spell-corrected lower-case text and, for each of its characters plus the end, the index
    of the original character it came from."""
    for slip, fix in _ZH_SLIPS:
        text = text.replace(slip, fix)
    words = list(_WORD.finditer(text))
    fixes: dict[int, str] = {}
    for i, m in enumerate(words):
        fixed = correct_word(m.group())
        if fixed:
            fixes[i] = fixed
    for i, m in enumerate(words):
        for word, neighbour, fix, side in _CONTEXT_FIXES:
            j = i + side
            if m.group() == word and 0 <= j < len(words):
                if fixes.get(j, words[j].group()) == neighbour:
                    fixes[i] = fix
    out: list[str] = []
    index: list[int] = []
    pos = 0
    for i, m in enumerate(words):
        if i not in fixes:
            continue
        out.append(text[pos : m.start()])
        index.extend(range(pos, m.start()))
        out.append(fixes[i])
        last = m.end() - 1
        index.extend(min(m.start() + k, last) for k in range(len(fixes[i])))
        pos = m.end()
    out.append(text[pos:])
    index.extend(range(pos, len(text) + 1))
    return "".join(out), index
