"""A child's stated age, and the conditions that only occur within an age window: a "baby" of
ten months has no newborn jaundice, and a two-and-a-half-year-old no bronchiolitis (round 6).

Only an explicit age counts ("10-month-old", "she's 4 months", "aged 3", "两岁半", "4个月大",
"35岁"); a bare number or a duration ("2 days of diarrhoea", "about 4 weeks now") does not.
"""

from __future__ import annotations

import re

# Condition id -> (youngest, oldest) age in months at which it is a reasonable first thought.
# Sources: nhs.uk condition pages and NICE CKS (newborn jaundice: first 2 weeks, prolonged to
# about 3 months; colic: until 3-4 months; pyloric stenosis: 2-8 weeks; teething: from about
# 4-6 months; bronchiolitis: under 2 years; roseola: 6 months to 2 years; febrile seizures:
# 6 months to 6 years; croup: 6 months to 3 years, rarely to 6; intussusception: mostly
# 3 months to 3 years; fever in under-5s: NICE NG143; Kawasaki disease: mostly under 5).
# Windows are a little wider than the textbook ones: an age outside them is still possible.
AGE_WINDOWS: dict[str, tuple[float, float]] = {
    "neonatal_jaundice": (0, 3),
    "pyloric_stenosis": (0, 4),
    "infant_colic": (0, 6),
    "teething": (3, 36),
    "bronchiolitis": (0, 24),
    "roseola": (3, 48),
    "febrile_seizure": (4, 72),
    "croup": (3, 96),
    "intussusception": (2, 72),
    "nappy_rash": (0, 48),
    "fever_in_child": (0, 60),
    "kawasaki_disease": (0, 96),
}

_EN_NUM = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18,
}  # fmt: skip
_ZH_NUM = {
    "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    "十": 10, "十一": 11, "十二": 12,
}  # fmt: skip
_UNIT_MONTHS = {"day": 1 / 30, "week": 12 / 52, "wk": 12 / 52, "month": 1.0, "mth": 1.0,
                "year": 12.0, "yr": 12.0}  # fmt: skip

_N = r"(\d+(?:\.\d+)?|" + "|".join(sorted(_EN_NUM, key=len, reverse=True)) + r")"
_UNIT = r"(day|week|wk|month|mth|year|yr)s?"
# "10-month-old", "4 months old", "a 3 year old"
_EN_OLD = re.compile(rf"(?<![a-z0-9.]){_N}[\s-]*{_UNIT}[\s-]*old(?![a-z])")
# "she's 4 months", "he is 10 months", "baby is 5 weeks", "aged 3", "age 2"
_EN_IS = re.compile(
    rf"(?:(?:she|he|baby|son|daughter|it)(?:'s| is| was)|\bturned|\baged?)\s+"
    rf"(?:only |just |about |nearly |almost )?{_N}(?:\s*(?:{_UNIT})(?!\s*(?:ago|now|of|later)))?"
    r"(?![a-z0-9])"
)
_ZH_N = r"(\d+(?:\.\d+)?|十[一二]?|[一两二三四五六七八九十])"
# "4个月大", "4个月的宝宝", "10个月" after a child word, "两岁半", "35岁", "出生5天", "6周大"
_ZH_MONTHS = re.compile(
    rf"{_ZH_N}个?(月|周|星期|天)(?:大(?!便|小|量|概|约|部分)|的(?:宝宝|孩子|小孩|婴儿|娃))"
)
_ZH_CHILD_MONTHS = re.compile(
    rf"(?:宝宝|孩子|小孩|婴儿|娃|儿子|女儿|闺女|出生)(?:才|刚|今年|现在)?(?:满)?{_ZH_N}个?(月|周|星期|天)"
)
_ZH_YEARS = re.compile(rf"{_ZH_N}(?:周)?岁(半)?")


def _num(token: str) -> float:
    if token in _EN_NUM:
        return float(_EN_NUM[token])
    if token in _ZH_NUM:
        return float(_ZH_NUM[token])
    return float(token)


def stated_ages(text: str) -> list[float]:
    """Ages (in months) the text states explicitly, in either language."""
    low = (text or "").lower()
    ages: list[float] = []
    for m in _EN_OLD.finditer(low):
        ages.append(_num(m.group(1)) * _UNIT_MONTHS[m.group(2)])
    for m in _EN_IS.finditer(low):
        unit = m.group(2)
        value = _num(m.group(1))
        if unit:
            ages.append(value * _UNIT_MONTHS[unit])
        elif value <= 120 and not m.group(0).startswith(("she", "he", "it")):
            ages.append(value * 12.0)  # "aged 3", "baby is 2": years
    zh_units = {"月": 1.0, "周": 12 / 52, "星期": 12 / 52, "天": 1 / 30}
    for pattern in (_ZH_MONTHS, _ZH_CHILD_MONTHS):
        for m in pattern.finditer(text or ""):
            ages.append(_num(m.group(1)) * zh_units[m.group(2)])
    for m in _ZH_YEARS.finditer(text or ""):
        ages.append(_num(m.group(1)) * 12.0 + (6.0 if m.group(2) else 0.0))
    return ages


def out_of_window(ages: list[float], condition_id: str) -> bool:
    """True when ages are stated and none falls within the condition's window."""
    window = AGE_WINDOWS.get(condition_id)
    if not ages or window is None:
        return False
    low, high = window
    return not any(low <= age <= high for age in ages)


# Round 7 (r5c-zh-09, r7b-zh-48): a spouse or a parent who is the patient ("我老公在抽搐", "我妈早上
# 喊不醒", "my husband collapsed") is an adult, when no child is named: conditions of early
# childhood (febrile seizures, newborn jaundice) are then out of their window as with a stated age.
ADULT_MONTHS = 30 * 12.0
_ADULT_WORDS = re.compile(
    r"我(?:老公|老婆|丈夫|妻子|爱人|媳妇|爸|妈|父亲|母亲|爷爷|奶奶|外公|外婆|姥姥|姥爷)|"
    r"(?<![a-z])my (?:husband|wife|dad|mum|mom|father|mother|grandad|granddad|grandpa|gran|"
    r"granny|grandma|grandmother|grandfather|nan|nana)(?![a-z])"
)
_CHILD_WORDS = re.compile(
    r"宝宝|孩子|小孩|婴儿|娃|儿子|女儿|闺女|新生儿|(?<![a-z])(?:baby|babies|son|daughter|kid|kids|"
    r"child|toddler|newborn|infant|boy|girl)(?![a-z])"
)


def implied_ages(text: str) -> list[float]:
    """An adult's age when the text names no age and no child but a spouse or a parent: the
    patient (or the writer) is then an adult."""
    low = (text or "").lower()
    if _ADULT_WORDS.search(low) and not _CHILD_WORDS.search(low):
        return [ADULT_MONTHS]
    return []
