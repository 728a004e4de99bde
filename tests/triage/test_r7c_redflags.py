"""Round 7 red-flag classes of the fresh set r7c: each row is a conversation of patient messages
with the emergency code it must raise, the urgent finding it must give instead of an emergency,
or nothing at all."""

# ruff: noqa: E501 -- one conversation per line reads better than wrapped strings.
import pytest

from consult.triage.redflags import flag_codes, screen_conversation, urgent_findings

CARDIAC = "chest_pain_cardiac"
CHEST = "chest_pain"
NONE = ""

# (patient messages, emergency code, urgent code): "" where none may fire at that level
ROWS: list[tuple[list[str], str | tuple[str, ...], str]] = [
    # --- a relative's heart attack told as family history (r7c-en-13) is not the writer's chest
    # emergency (ConText experiencer; nhs.uk 'Heart attack' is about one happening now; nhs.uk
    # 'Heartburn and acid reflux': heartburn most days for 3 weeks or more is a GP's)
    (
        [
            "heartburn pretty much every day for over a month, gaviscon barely touches it now. my uncle had a heart attack so i'm a bit paranoid"
        ],
        NONE,
        NONE,
    ),
    (["my uncle had a heart attack so I worry about my heartburn"], NONE, NONE),
    (["my dad had a massive heart attack and i'm scared it runs in the family"], NONE, NONE),
    (["my mum died of a heart attack, I've had indigestion for weeks"], NONE, NONE),
    (["my grandad passed away from a heart attack and I keep getting reflux"], NONE, NONE),
    (["我舅舅心梗走的 我老是烧心有点担心"], NONE, NONE),
    (["我爸是心梗去世的 我最近老反酸"], NONE, NONE),
    (["我叔叔得过心梗 我有点怕"], NONE, NONE),
    # ... one happening now, just now, or the writer's own, stays the emergency
    (["my dad is having a heart attack"], CARDIAC, NONE),
    (["my dad had a heart attack an hour ago"], CARDIAC, NONE),
    (["my mum had a heart attack, what do I do"], CARDIAC, NONE),
    (["I think I'm having a heart attack"], CARDIAC, NONE),
    (["my dad died of a heart attack. I have crushing chest pain now"], CARDIAC, NONE),
    (["我爸刚才心梗了 怎么办"], CARDIAC, NONE),
    (["我爸心梗了"], CARDIAC, NONE),
    (["我觉得我心梗了"], CARDIAC, NONE),
]


@pytest.mark.parametrize(
    ("messages", "emergency", "urgent"), ROWS, ids=[str(i) for i in range(len(ROWS))]
)
def test_row(messages: list[str], emergency: str | tuple[str, ...], urgent: str) -> None:
    fired = set(flag_codes(screen_conversation(messages)))
    if emergency:
        codes = {emergency} if isinstance(emergency, str) else set(emergency)
        assert fired & codes, (messages, fired)
        return
    assert fired == set(), (messages, fired)
    found = set(flag_codes(urgent_findings(messages)))
    if urgent:
        assert urgent in found, (messages, found)
    else:
        assert found == set(), (messages, found)
