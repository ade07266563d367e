"""The backstop's crisis heads, each tuning set left out in turn: the heads are trained on the other sets (and the
ordinary questions) and the whole screen is run on the set left out — what the heads add to the rules (crises
raised) and what they cost (routine lines alarmed, distress raised to a crisis). Needs scikit-learn.

    python bench/safety_loso.py [HEARD SILENT]   # thresholds to try (default: those in train_backstop.py)
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import core.safety.backstop as backstop  # noqa: E402
from core.safety import screen  # noqa: E402
from core.safety.train_backstop import CRISIS_HEARD, CRISIS_SILENT, ROUTES, TUNE, _rows, fit  # noqa: E402

_screen_module = sys.modules["core.safety.screen"]


def _install(model: dict, heard: float, silent: float) -> None:
    c, s = model["crisis"], model["situations"]
    heads = backstop._CrisisHeads(c["weights"], c["bias"], backstop._logit(heard), backstop._logit(silent),
                                  backstop._logit(c["threshold_kana"]), tuple(s["labels"]), tuple(s["bias"]), s["weights"])
    cut = math.log(model["threshold"] / (1 - model["threshold"]))
    backstop._crisis_heads = lambda: heads  # type: ignore[assignment]
    backstop._model = lambda: (model["weights"], model["bias"], cut)  # type: ignore[assignment]
    kept = backstop._keep()  # the screen reads the heads as kept (their cuts and table), not the disk copy
    backstop._kept = lambda: kept  # type: ignore[assignment]
    backstop._rows.cache_clear()
    screen.cache_clear()


def _figures(rows: list[dict[str, str]]) -> str:
    out = {k: [screen(r["q"]).alarm for r in rows if r["kind"] == k] for k in ("crisis", "calm", "soft")}
    return (f"recall {sum(out['crisis'])}/{len(out['crisis'])}, routine alarmed {sum(out['calm'])}/{len(out['calm'])}, "
            f"distress alarmed {sum(out['soft'])}/{len(out['soft'])}")


def main() -> None:
    heard, silent = (float(sys.argv[1]), float(sys.argv[2])) if len(sys.argv) > 2 else (CRISIS_HEARD, CRISIS_SILENT)
    questions = ROOT / "tests/questions"
    routes = [{**r, "kind": "route"} for name in ROUTES for r in _rows(questions / name)]
    sets = {name: _rows(questions / name) for name in TUNE}
    for held in [n for n in sets if "_tune" in n]:
        model = fit([r for n in sets if n != held for r in sets[n]] + routes)
        _install(model, 1.0 - 1e-12, 1.0 - 1e-12)
        alone = _figures(sets[held])
        _install(model, heard, silent)
        print(f"{held}: rules alone {alone}; with the heads {_figures(sets[held])}")


if __name__ == "__main__":
    main()
