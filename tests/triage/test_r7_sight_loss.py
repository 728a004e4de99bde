"""Sudden sight loss is a 999 finding; a sudden loss of something else (hearing, balance) is not
sight loss (nhs.uk 'Sudden loss of vision'; 'Sudden hearing loss': urgent GP or 111)."""

import pytest

from .turns import urgency_of


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        ("suddenly lost vision in my right eye an hour ago", "emergency"),
        ("sudden loss of sight in my left eye this morning", "emergency"),
        ("I suddenly can't see out of my left eye", "emergency"),
        ("I suddenly lost hearing in my left ear this morning", "urgent"),
        ("woke up and suddenly lost the hearing in my right ear", "urgent"),
    ],
)
def test_sudden_loss_is_sight_loss_only_when_sight_is_named(text, urgency):
    assert urgency_of(text, learned=False) == urgency
