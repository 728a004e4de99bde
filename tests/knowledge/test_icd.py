"""ICD-10-CM: every knowledge-base code exists, and clinician search behaves."""


import pytest

from consult.knowledge import icd
from consult.knowledge.kb import load_conditions


def test_every_kb_code_exists_in_icd10cm():
    unknown = [(c.id, c.icd10) for c in load_conditions() if not icd.is_valid(c.icd10)]
    assert unknown == []


def test_every_kb_code_is_billable():
    assert [c.icd10 for c in load_conditions() if not icd.is_billable(c.icd10)] == []


def test_validity_and_description():
    assert icd.is_valid("J06.9") and icd.is_valid("j069")
    assert not icd.is_valid("J99.99") and not icd.is_valid("") and not icd.is_valid("hello")
    assert "upper respiratory" in icd.describe("J06.9").lower()
    with pytest.raises(ValueError):
        icd.describe("ZZZ")


def test_search_by_word():
    codes = [code for code, _ in icd.search("pneumonia")]
    assert "J18.9" in codes
    assert len(codes) <= 20


def test_search_all_words_must_match():
    results = icd.search("acute sinusitis")
    assert results and results[0][0] == "J01.90"
    assert all("acute" in d.lower() and "sinusitis" in d.lower() for _, d in results)


def test_search_by_code_prefix():
    results = icd.search("J06")
    codes = [code for code, _ in results]
    assert {"J06.0", "J06.9"} <= set(codes)
    assert all(code.startswith("J06") for code in codes)
    assert icd.search("j18.9")[0] == ("J18.9", "Pneumonia, unspecified organism")


def test_unknown_query_returns_empty():
    assert icd.search("qwertyuiopzzz") == []
    assert icd.search("") == []
    assert icd.search("   ") == []


def test_limit_and_one_index_per_process():
    """Speed is for bench/ (no timing assertion here): searches share the index built once."""
    index = icd.get_index()
    assert len(icd.search("fracture", limit=5)) == 5
    for query in ("pneumonia", "J18", "fracture of femur", "diabetes", "unspecified"):
        assert icd.search(query)
    assert icd.get_index() is index
