"""Emergency lines as residents see them: a number that only a secondary page gives (flag `secondary-source`
in data/emergency.yaml) carries 「未確認」 beside it on every channel (`EmergencyLine.shown_number`)."""

from __future__ import annotations

from typing import Any

from core.replies import EmergencyLine
from knowledge.validate import SECONDARY_SOURCE


def emergency_line(x: dict[str, Any]) -> EmergencyLine:
    """An emergency line of the knowledge as shown: 「未確認」 beside a number only a secondary page gives."""
    return EmergencyLine(name=x["name"], number=x["number"], hours=x.get("hours"),
                         unconfirmed=SECONDARY_SOURCE in (x.get("flags") or ()))


def line_number(x: dict[str, Any], lang: str) -> str:
    """The number of an emergency line inside a sentence (the soft tier's quiet line, a person at night)."""
    return emergency_line(x).shown_number(lang)
