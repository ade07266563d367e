"""Beside the lines of a sexual-violence crisis stands a counter (session 16: there was none, the answer held the
numbers and no one to go to afterwards); told of a partner, the DV counter comes first."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["知らない男に無理やり車に連れ込まれそうになって、今逃げてきた",
                                  "バイト先の店長に無理やり触られた。怖くて家から出られない"])
def test_sexual_violence_gets_a_counter_beside_the_lines(guide, text: str) -> None:
    res = guide.ask(text)
    assert res.crisis is not None and "sexual-violence" in res.safety.situations, res.safety
    assert [r.entry["id"] for r in res.results] == ["fukushi-sogo-soudan"]


def test_a_partner_who_forces_himself_is_the_dv_counter_first(guide) -> None:
    res = guide.ask("夫に嫌だと言っても無理やり性行為をされる。今夜も怖い")
    assert res.crisis is not None
    assert [r.entry["id"] for r in res.results][:1] == ["dv-soudan"], [r.entry["id"] for r in res.results]
