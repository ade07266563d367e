"""The same window is not offered twice (session 16): a service named by the plan's own title (〜の充実, 〜の周知)
whose counter is among the answers is that counter again, under a name no resident would look for."""

from __future__ import annotations

import pytest

from core.tone import guard


def _shown(guide, text: str) -> list[dict]:
    res = guide.ask(text)
    return guard([r.entry for r in res.results], text, alarm=res.crisis is not None)


@pytest.mark.parametrize("text", ["夫から暴力を受けています。どこに相談できますか", "彼氏に殴られることがある。相談先を知りたい",
                                  "妻の暴言がつらい。DVの相談窓口はどこ"])
def test_the_dv_window_is_offered_once_under_its_own_name(guide, text: str) -> None:
    shown = _shown(guide, text)
    ids = [e["id"] for e in shown]
    assert "dv-soudan" in ids[:3], ids
    titled = [e["name"] for e in shown if e["kind"] == "service" and "dv-soudan" in (e.get("counters") or ())
              and e["name"].endswith(("の充実", "の周知", "の推進"))]
    assert not titled, titled


def test_a_service_of_its_own_kind_stays_beside_its_counter(guide) -> None:
    """A service with a name of its own (a place, an event) is more than its counter: it stays."""
    shown = _shown(guide, "認知症の母のことで、同じ立場の家族と話せる場所はありますか")
    kinds = {e["kind"] for e in shown[:4]}
    assert "counter" in kinds and "service" in kinds, [e["name"] for e in shown]
