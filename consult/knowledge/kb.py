"""Loads and validates the curated condition knowledge base shipped as conditions.json."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_PATH = Path(__file__).with_name("conditions.json")
URGENCIES = ("emergency", "urgent", "routine", "self_care")
_TEXT_FIELDS = ("id", "name_en", "name_zh", "icd10", "urgency", "source")
_LIST_FIELDS = (
    "symptoms",
    "symptoms_zh",
    "red_flags",
    "red_flags_zh",
    "next_steps",
    "next_steps_zh",
)
# Chinese lists that translate an English one item by item (same length, same order); optional
# per condition (the English list stands in), present for every shipped condition.
_ALIGNED = {"red_flags_zh": "red_flags", "next_steps_zh": "next_steps"}


class KnowledgeBaseError(ValueError):
    """The data file is malformed (missing field, duplicate id, bad urgency...)."""


@dataclass(frozen=True)
class Condition:
    id: str
    name_en: str
    name_zh: str
    icd10: str
    symptoms: tuple[str, ...]
    symptoms_zh: tuple[str, ...]
    red_flags: tuple[str, ...]
    urgency: str
    next_steps: tuple[str, ...]
    source: str
    red_flags_zh: tuple[str, ...] = ()
    next_steps_zh: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, raw: dict) -> Condition:
        where = raw.get("id", "<no id>")
        for name in _TEXT_FIELDS:
            value = raw.get(name)
            if not isinstance(value, str) or not value.strip():
                raise KnowledgeBaseError(f"{where}: field {name!r} must be a non-empty string")
        lists = {}
        for name in _LIST_FIELDS:
            value = raw.get(name)
            if name in _ALIGNED and value is None:
                continue  # optional: the English list is shown instead
            if (
                not isinstance(value, list)
                or not value
                or not all(isinstance(v, str) and v.strip() for v in value)
            ):
                raise KnowledgeBaseError(f"{where}: field {name!r} must be a non-empty string list")
            lists[name] = tuple(v.strip() for v in value)
        for zh_name, en_name in _ALIGNED.items():
            if zh_name in lists and len(lists[zh_name]) != len(lists[en_name]):
                raise KnowledgeBaseError(
                    f"{where}: {zh_name!r} must translate {en_name!r} item by item"
                )
        if raw["urgency"] not in URGENCIES:
            raise KnowledgeBaseError(f"{where}: urgency {raw['urgency']!r} not in {URGENCIES}")
        return cls(**{n: raw[n].strip() for n in _TEXT_FIELDS}, **lists)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "name_en": self.name_en,
            "name_zh": self.name_zh,
            "icd10": self.icd10,
            "symptoms": list(self.symptoms),
            "symptoms_zh": list(self.symptoms_zh),
            "red_flags": list(self.red_flags),
            "red_flags_zh": list(self.red_flags_zh),
            "urgency": self.urgency,
            "next_steps": list(self.next_steps),
            "next_steps_zh": list(self.next_steps_zh),
            "source": self.source,
        }

    def red_flags_in(self, lang: str | None) -> tuple[str, ...]:
        """The red flags in a clinician's interface language ("zh", "zh-hans"... or English)."""
        return self.red_flags_zh if _is_zh(lang) and self.red_flags_zh else self.red_flags

    def next_steps_in(self, lang: str | None) -> tuple[str, ...]:
        """The next steps in a clinician's interface language ("zh", "zh-hans"... or English)."""
        return self.next_steps_zh if _is_zh(lang) and self.next_steps_zh else self.next_steps

    def name_in(self, lang: str | None) -> str:
        """The condition's name in a clinician's interface language."""
        return self.name_zh if _is_zh(lang) else self.name_en


def _is_zh(lang: str | None) -> bool:
    return (lang or "").lower().startswith("zh")


def parse_conditions(payload: dict | list) -> list[Condition]:
    """Validate raw JSON (a list, or {"conditions": [...]}) into Conditions."""
    items = payload.get("conditions") if isinstance(payload, dict) else payload
    if not isinstance(items, list) or not items:
        raise KnowledgeBaseError("knowledge base must contain a non-empty list of conditions")
    conditions = [Condition.from_dict(item) for item in items]
    seen: set[str] = set()
    for cond in conditions:
        if cond.id in seen:
            raise KnowledgeBaseError(f"duplicate condition id {cond.id!r}")
        seen.add(cond.id)
    return conditions


@lru_cache(maxsize=8)
def _load(path: Path, content_hash: str) -> tuple[Condition, ...]:
    with path.open(encoding="utf-8") as fh:
        return tuple(parse_conditions(json.load(fh)))


def load_conditions(path: Path | str | None = None) -> list[Condition]:
    """Return the validated conditions (cached per file path and content hash)."""
    resolved = Path(path or DATA_PATH).resolve()
    return list(_load(resolved, data_hash(resolved)))


def get_condition(condition_id: str, path: Path | str | None = None) -> Condition | None:
    """Look one condition up by id."""
    return next((c for c in load_conditions(path) if c.id == condition_id), None)


def data_hash(path: Path | str | None = None) -> str:
    """SHA-256 of the data file's bytes: identifies a version of the knowledge base."""
    return hashlib.sha256(Path(path or DATA_PATH).read_bytes()).hexdigest()
