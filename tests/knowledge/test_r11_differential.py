"""Round-11 differential: lay words of round-11 tuning stories, and a sick child's fever with a
rash naming meningitis first."""

import pytest

from consult.knowledge.flag_conditions import flagged_search

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("blood pouring from my bum", "rectal_bleeding"),
        ("工友说话颠三倒四", "confusion"),
        ("中午在工地干了一上午", "heat_exposure"),
        ("blister on my foot, not really healing", "slow_healing"),
        ("水泡从后背绕到肚子前面 像一条带子", "band_rash"),
    ],
)
def test_lay_words_name_their_concept(retriever, text, concept):
    assert concept in retriever.lexicon.find(text).present


def test_pressing_a_leg_is_no_chest_wall_tenderness(retriever):
    assert "chest_wall_tender" not in retriever.lexicon.find("小腿红肿 一按就疼").present
    assert "chest_wall_tender" in retriever.lexicon.find("胸口这块一按就疼").present


def test_a_sick_child_with_fever_and_rash_names_meningitis_first(retriever):
    story = "baby got spots\nshes 10 months\nhot since this morning\nreally floppy, not herself"
    ranked = [hit.condition.id for hit in flagged_search(retriever, story, ["sick_child"], 3)]
    assert ranked[0] == "bacterial_meningitis"


def test_a_sick_child_without_a_rash_is_left_to_retrieval(retriever):
    story = "my son is 2, floppy and hot, been sick five times"
    ranked = [hit.condition.id for hit in flagged_search(retriever, story, ["sick_child"], 3)]
    assert "bacterial_meningitis" not in ranked[:1]
