"""Round 7 red-flag classes (tuning sets r7a/r7b): each row is a conversation of patient
messages with the emergency code it must raise, the urgent finding it must give instead of
an emergency, or nothing at all."""

# ruff: noqa: E501 -- one conversation per line reads better than wrapped strings.
import pytest

from consult.triage.redflags import flag_codes, screen_conversation, urgent_findings

OD = "overdose_poisoning"
NONE = ""

# (patient messages, emergency code, urgent code): "" where none may fire at that level
ROWS: list[tuple[list[str], str, str]] = [
    # --- paracetamol in excess (r7a-en-19): nhs.uk 'Paracetamol overdose' / 'Paracetamol for
    # adults': go to A&E straight away if you have taken too much, even if you feel well;
    # NICE CKS 'Poisoning or overdose': staggered overdoses are referred too
    (
        [
            "quick question, if someone took a lot of paracetamol last night but feels ok now, is that fine?",
            "19",
            "about 12 hours ago, after a big row",
        ],
        OD,
        NONE,
    ),
    (
        ["if i took a whole packet of paracetamol this morning do i need to go to hospital"],
        OD,
        NONE,
    ),
    (["my daughter swallowed a whole packet of paracetamol but she seems fine"], OD, NONE),
    (["I took 12 paracetamol yesterday but I feel fine"], OD, NONE),
    (["I think I had too much acetaminophen"], OD, NONE),
    (["feel a bit sick", "took about 20 of the 500mg ones"], OD, NONE),
    (["I've been taking double the dose of paracetamol for 3 days for my tooth"], OD, NONE),
    (["我吃了一整板泰诺 现在还好"], OD, NONE),
    (["他吃了二十片对乙酰氨基酚"], OD, NONE),
    (["这三天必理通都是加倍吃的"], OD, NONE),
    (["吃了三天双倍的泰诺"], OD, NONE),
    (["昨天吃了一把扑热息痛 现在没什么感觉"], OD, NONE),
    (["有点恶心", "扑热息痛吃多了 现在没事吧"], OD, NONE),
    # look-alikes: the usual dose, two tablets, a question about what would happen, a denial,
    # someone else's past
    (["took 2 paracetamol for my headache"], NONE, NONE),
    (["I take the normal dose of paracetamol"], NONE, NONE),
    (["is it safe to take paracetamol with ibuprofen"], NONE, NONE),
    (["the box says don't take more than the recommended dose of paracetamol"], NONE, NONE),
    (["i never took more than the normal dose of paracetamol"], NONE, NONE),
    (["can I take extra strength tylenol"], NONE, NONE),
    (["took 2 of the 500mg tablets this morning"], NONE, NONE),
    (["my dad took an overdose of paracetamol years ago"], NONE, NONE),
    (["吃了两片扑热息痛"], NONE, NONE),
    (["按说明书吃的泰诺"], NONE, NONE),
    (["泰诺按量吃的 没吃多"], NONE, NONE),
    (["没有超量吃扑热息痛"], NONE, NONE),
    (["如果吃多了扑热息痛会怎么样"], NONE, NONE),
    (["扑热息痛可以加倍吃吗"], NONE, NONE),
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
