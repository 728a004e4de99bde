"""Round-7c urgency classes (bench r7c tuning set): each class in English and Chinese in several
phrasings, with look-alikes that must stay where they are."""

# ruff: noqa: E501 -- one story per line reads better than wrapped strings.

import pytest

from consult.triage import context

from .turns import urgency_of


def _u(*turns):
    return urgency_of(*turns, learned=False)


def _negated(text: str, mention: str) -> bool:
    start = text.rindex(mention)
    end = start + len(mention)
    by_scope = context.scope(text, start, end)[0]
    assert by_scope == context.negation_scope(text, start, end)[0]
    return by_scope


# A space between two Chinese clauses ends a negation's scope like a comma (NegEx: a trigger's
# scope ends at the clause boundary, Chapman et al. 2001/2013); a denial inside its own clause and
# a bare negator before a stray space ("没有 发烧") still deny.
SPACE_SCOPE = [
    ("不疼", "疼", True),
    ("不喘", "喘", True),
    ("没发烧", "发烧", True),
    ("胸口疼 不喘", "喘", True),
    ("胸口疼 不喘 没发烧", "发烧", True),
    ("头疼 没有发烧", "发烧", True),
    ("没有 发烧", "发烧", True),
    ("也没有 发烧", "发烧", True),
    ("不 疼", "疼", True),
    ("没有胸闷、 气短", "气短", True),
    ("心跳不齐 胸口疼", "胸口疼", False),
    ("心跳不齐 一上午了", "一上午", False),
    ("嘴张不开了 说话像含着东西", "说话像含着东西", False),
    ("吃奶只吃一点点就不吃了 一直哼哼", "哼哼", False),
    ("不想吃饭 肚子疼", "肚子疼", False),
    ("睡不好 头疼", "头疼", False),
    ("没力气 胸口闷", "胸口闷", False),
    ("心跳不齐，胸口疼", "胸口疼", False),
]


@pytest.mark.parametrize(("text", "mention", "negated"), SPACE_SCOPE)
def test_r7c_space_ends_zh_negation(text, mention, negated):
    assert _negated(text, mention) is negated


SPACE_TRIAGE = [
    (("心跳不齐 胸口疼",), ("emergency",)),
    (("心跳不齐 胸口疼 出冷汗",), ("emergency",)),
    (("没有胸口疼 就是心跳不齐",), ("self_care", "routine")),
    (("不发烧 不咳嗽 就是嗓子疼",), ("self_care",)),
]


@pytest.mark.parametrize(("turns", "allowed"), SPACE_TRIAGE)
def test_r7c_space_negation_triage(turns, allowed):
    assert _u(*turns) in allowed
