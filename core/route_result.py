"""What the router returns for one text (core/router.py): the screen, the ranked counters, a question back or a
redirect to other city business; and the areas a question back offers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.otherbusiness import OtherBusiness
from core.places import PlaceHit
from core.safety import NONE, Screen
from knowledge.kb import SectionHit


@dataclass
class Ranked:
    entry: dict[str, Any]
    score: float


@dataclass
class Clarify:
    text: str
    options: list[str]


@dataclass
class RouteResult:
    query: str
    lang: str = "ja"
    safety: Screen = NONE                  # urgency and situations (core/safety)
    emergency: list[dict[str, Any]] = field(default_factory=list)
    place: PlaceHit | None = None
    section: SectionHit | None = None
    results: list[Ranked] = field(default_factory=list)
    clarify: Clarify | None = None
    topics: dict[str, float] = field(default_factory=dict)
    out_of_scope: bool = False
    other_business: OtherBusiness | None = None  # out of scope because it is this other city business
    top_score: float = 0.0

    @property
    def crisis(self) -> Screen | None:
        """The screen when it raises the alarm (urgency emergency or crisis), else None."""
        return self.safety if self.safety.alarm else None

    @property
    def urgency(self) -> str:
        return self.safety.urgency


AREA_OPTIONS = ["高齢・介護", "障害", "子ども・子育て", "お金・仕事・住まい", "こころ・ひきこもり", "暴力・虐待",
                "地域活動・ボランティア", "その他"]
AREA_OPTIONS_EN = ["Older people / care", "Disability", "Children / parenting", "Money / work / housing",
                   "Mental health / hikikomori", "Violence / abuse", "Community / volunteering", "Other"]
