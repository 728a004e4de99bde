"""Knowledge-base integrity: size, required fields, validation, vignette references."""

import json
import re
from pathlib import Path

import pytest

from consult.knowledge.kb import (
    URGENCIES,
    KnowledgeBaseError,
    data_hash,
    load_conditions,
    parse_conditions,
)

VIGNETTES = Path(__file__).resolve().parents[2] / "bench" / "vignettes.json"


def test_at_least_150_conditions_with_unique_ids():
    conditions = load_conditions()
    assert len(conditions) >= 150
    ids = [c.id for c in conditions]
    assert len(ids) == len(set(ids))


def test_every_condition_has_all_fields():
    for c in load_conditions():
        assert c.id and c.name_en and c.name_zh and c.icd10 and c.source, c.id
        assert c.symptoms and c.symptoms_zh and c.red_flags and c.next_steps, c.id
        assert c.urgency in URGENCIES, c.id
        assert any("\u4e00" <= ch <= "\u9fff" for ch in c.name_zh), c.id


def test_key_emergencies_are_present_and_flagged():
    by_id = {c.id: c for c in load_conditions()}
    for cid in (
        "acute_myocardial_infarction",
        "stroke",
        "pulmonary_embolism",
        "acute_appendicitis",
        "bacterial_meningitis",
        "anaphylaxis",
        "ectopic_pregnancy",
        "sepsis",
        "diabetic_ketoacidosis",
    ):
        assert by_id[cid].urgency == "emergency", cid


def _raw(**overrides):
    base = {
        "id": "x",
        "name_en": "X",
        "name_zh": "某病",
        "icd10": "J00",
        "symptoms": ["a"],
        "symptoms_zh": ["甲"],
        "red_flags": ["r"],
        "urgency": "routine",
        "next_steps": ["n"],
        "source": "s",
    }
    return {**base, **overrides}


@pytest.mark.parametrize(
    "bad", [{"urgency": "soon"}, {"symptoms": []}, {"name_en": " "}, {"red_flags": None}]
)
def test_validation_rejects_bad_entries(bad):
    with pytest.raises(KnowledgeBaseError):
        parse_conditions([_raw(**bad)])


def test_validation_rejects_duplicate_ids():
    with pytest.raises(KnowledgeBaseError):
        parse_conditions({"conditions": [_raw(), _raw()]})


def test_load_is_cached_and_hash_is_stable(tmp_path):
    assert load_conditions()[0] is load_conditions()[0]
    assert len(data_hash()) == 64 and data_hash() == data_hash()
    small = tmp_path / "kb.json"
    small.write_text(json.dumps([_raw()]), encoding="utf-8")
    before = data_hash(small)
    assert [c.id for c in load_conditions(small)] == ["x"]
    small.write_text(json.dumps([_raw(id="y")]), encoding="utf-8")
    assert data_hash(small) != before


def test_vignettes_reference_known_conditions():
    vignettes = json.loads(VIGNETTES.read_text(encoding="utf-8"))
    by_id = {c.id: c for c in load_conditions()}
    assert len(vignettes) >= 40
    assert len({v["id"] for v in vignettes}) == len(vignettes)
    for v in vignettes:
        assert v["text"].strip()
        assert v["expected_id"] in by_id, v["id"]
        # A vignette may be a severe presentation of a condition whose usual urgency is lower
        # (an asthma attack where the reliever fails is a 999 call), never a milder one.
        rank = ["emergency", "urgent", "routine", "self_care"]
        expected, usual = v["expected_urgency"], by_id[v["expected_id"]].urgency
        assert rank.index(expected) <= rank.index(usual), v["id"]


def test_every_condition_has_chinese_red_flags_and_next_steps_item_by_item():
    cjk = re.compile(r"[\u4e00-\u9fff]")
    for cond in load_conditions():
        assert len(cond.red_flags_zh) == len(cond.red_flags), cond.id
        assert len(cond.next_steps_zh) == len(cond.next_steps), cond.id
        for line in cond.red_flags_zh + cond.next_steps_zh:
            assert cjk.search(line), (cond.id, line)
        assert cond.red_flags_in("zh-hans") == cond.red_flags_zh
        assert cond.next_steps_in("en") == cond.next_steps
        assert cond.name_in("zh") == cond.name_zh


def test_a_chinese_list_that_does_not_translate_item_by_item_is_rejected():
    raw = load_conditions()[0].to_dict()
    raw["red_flags_zh"] = raw["red_flags_zh"][:-1]
    with pytest.raises(KnowledgeBaseError, match="item by item"):
        parse_conditions([raw])
