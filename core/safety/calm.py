"""The calm head: is the writer the one in distress, or is this a worry about someone else or a service question?

The quiet line (the soft tier: a sentence of sympathy and a 24-hour line) is for a person in distress. The rules'
weak words (眠れない, 話し相手がいない, 不安) and the danger head (backstop.py) also hear them in a daughter's question
about her mother's lost bankbook, a father who cannot sleep, a search for a tea party for a lonely mother — and a
resident who came for the counters got sympathy and a hotline instead (issue #11 point 4). This head, a logistic
regression over the same distinct 1–3 character n-grams as the backstop, trained by `python -m
core.safety.train_calm` on the tuning parts only (worry_v_tune: worries that must stay plain and distress that must
be soft; the safety sets' soft and crisis lines against their calm lines and ordinary questions), says how likely it
is that the writer speaks of their own distress. The screen keeps the quiet line only where it agrees
(`keeps_quiet`): with little evidence where a rule heard the distress, with more where only the danger head did.
It never touches an alarm, and the crisis head still reads what the rules and the danger head heard.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from .backstop import LIMIT, grams
from .cues import CHILD, ELDER, PARTNER
from .cues.words import PARENT
from .normalize import fold

MODEL = Path(__file__).with_name("calm.json")


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], float, float, float, float]:
    """The weights, the bias and the log-odds cuts: to keep a rule's quiet line, to keep the danger head's, and to
    give the quiet line where neither heard distress."""
    data = json.loads(MODEL.read_text(encoding="utf-8"))

    def logit(p: float) -> float:
        return math.log(p / (1 - p))
    return (data["weights"], float(data["bias"]), logit(float(data["cut_rule"])), logit(float(data["cut_model"])),
            logit(float(data["cut_raise"])))


def distress_odds(text: str) -> float:
    """The log-odds that the writer speaks of their own distress (or of a danger), not of a worry or a service."""
    weights, bias, *_ = _model()
    get = weights.get
    return bias + sum([get(g, 0.0) for g in grams(text[:LIMIT])])


# Someone other than the writer (母が眠れない, 近所のおばあさんが, 友達が彼氏に, 園児の体に): the weight a rule heard may
# be theirs, and the writer asks what to do for them.
_OTHERS = re.compile(fold(CHILD + "|" + ELDER + "|" + PARTNER + "|" + PARENT + "|" +
                          r"母|父|ちち|はは|兄|姉|弟|妹|義(父|母|理)|親戚|叔父|叔母|伯父|伯母|近所|隣|友達|友人|知人|同僚|利用者|生徒")
                     + r"|\bmy (mother|father|mom|mum|dad|son|daughter|husband|wife|friend|neighbou?r|grand\w+|brother|sister)\b",
                     re.I)


def names_someone_else(sentence: str) -> bool:
    """Whether a sentence names someone other than the writer: a weak word of distress in a sentence that names no one
    else (嫁の介護をして10年になる。もう疲れた。) is the writer's own weight, and its quiet line stays."""
    return bool(_OTHERS.search(fold(sentence)))


def keeps_quiet(text: str, by_rule: bool) -> bool:
    """Whether the quiet line heard in `text` stays: the head agrees that the writer is in distress, on little
    evidence where a rule heard it (`by_rule`), on more where only the danger head did."""
    _, _, cut_rule, cut_model, _ = _model()
    return distress_odds(text) > (cut_rule if by_rule else cut_model)


def raises_quiet(text: str) -> bool:
    """Whether the head alone is sure enough that the writer is in distress to give the quiet line (行く元気も残って
    ない, 泣きながら打ってます) where neither a rule nor the danger head heard it."""
    return distress_odds(text) > _model()[4]
