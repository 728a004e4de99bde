"""Round 7 red-flag classes of the fresh set r7t: each row is a conversation of patient messages
with the emergency code it must raise, the urgent finding it must give instead of an emergency,
or nothing at all."""

# ruff: noqa: E501 -- one conversation per line reads better than wrapped strings.
import pytest

from consult.triage.redflags import flag_codes, screen_conversation, urgent_findings

BLEED = "heavy_bleeding"
NONE = ""

# (patient messages, emergency code, urgent code): "" where none may fire at that level
ROWS: list[tuple[list[str], str, str]] = [
    # --- bleeding that has stopped (r7t-en-078): nhs.uk 'Cuts and grazes' - press on it and
    # cover it with a plaster or dressing; 999/A&E for bleeding that will not stop or spurts
    (
        ["cut my finger on a paper edge and it bled loads for a bit but stopped with a plaster"],
        NONE,
        NONE,
    ),
    (["it bled a lot but stopped after a few minutes"], NONE, NONE),
    (["sliced my thumb cooking, bled loads, stopped on its own"], NONE, NONE),
    (["bled heavily and then it stopped"], NONE, NONE),
    (["cut my hand and it bled heavily, stopped with pressure"], NONE, NONE),
    (["切菜划到手 流了好多血 贴了创可贴就不流了"], NONE, NONE),
    (["手指割了 流了很多血 现在不流血了"], NONE, NONE),
    (["流了不少血 包上纱布以后不出血了"], NONE, NONE),
    # ... bleeding that goes on, comes back or spurts stays an emergency
    (["cut my finger and it bled loads and it won't stop"], BLEED, NONE),
    (["bled loads, stopped with a plaster but started again"], BLEED, NONE),
    (["bled heavily, stopped with pressure but it started again"], BLEED, NONE),
    (["bled a lot and it's still bleeding"], BLEED, NONE),
    (["cut my arm, blood is spurting out"], BLEED, NONE),
    (["流了好多血 贴了创可贴不流了 后来又流"], BLEED, NONE),
    (["出了好多血 按着也止不住"], BLEED, NONE),
    (["流了很多血 还在流"], BLEED, NONE),
]


@pytest.mark.parametrize(
    ("messages", "emergency", "urgent"), ROWS, ids=[str(i) for i in range(len(ROWS))]
)
def test_row(messages: list[str], emergency: str, urgent: str) -> None:
    fired = set(flag_codes(screen_conversation(messages)))
    if emergency:
        assert emergency in fired, (messages, fired)
        return
    assert fired == set(), (messages, fired)
    found = set(flag_codes(urgent_findings(messages)))
    if urgent:
        assert urgent in found, (messages, found)
    else:
        assert found == set(), (messages, found)
