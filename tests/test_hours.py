"""Hours that never lie (issue #14, point 4): a live 「いま受付中」 only for a time the source covers."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.cards import build_card, card_text
from core.hours import DAY_KEYS, JST, describe, is_holiday, is_year_end, nth_weekday, open_now

CITY = "https://www.city.kamakura.kanagawa.jp/x.html"
BLOG = "https://mmiyake.kanagawanet.jp/?p=3516"


def at(y, m, d, h=10, mi=0):
    return dt.datetime(y, m, d, h, mi, tzinfo=JST)


def rule(**kw):
    base = {"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "08:30", "closes": "17:15",
            "closed_on_holidays": True, "closed_year_end": True, "source": CITY, "source_date": "2025-04-01"}
    return base | kw


def covered(hours, now):
    """The oracle, written apart from core.hours: is `now` inside what every source says?"""
    day, clock = now.date(), now.strftime("%H:%M")
    for h in hours:
        if not h.get("source") or h.get("unconfirmed") or h.get("closed_on_holidays") is None \
                or h.get("closed_year_end") is None or not h.get("source_date"):
            return False
        if (day - dt.date.fromisoformat(h["source_date"])).days > 3 * 365:
            return False
    for h in hours:
        if DAY_KEYS[day.weekday()] not in h["days"]:
            continue
        if h.get("weeks") and (day.day - 1) // 7 + 1 not in h["weeks"]:
            continue
        if is_holiday(day) and h["closed_on_holidays"] is not False:
            continue
        if is_year_end(day) and h["closed_year_end"] is not False:
            continue
        if h["opens"] <= clock < h["closes"]:
            return True
    return False


def test_third_friday_is_a_rule_not_a_label():
    fri3 = rule(days=["fri"], weeks=[3], opens="13:00", closes="16:00")
    assert nth_weekday(dt.date(2026, 11, 20)) == 3
    assert open_now([fri3], at(2026, 11, 20, 14)) is True     # the third Friday
    assert open_now([fri3], at(2026, 11, 13, 14)) is False    # the second
    assert describe(fri3).startswith("第3金 13:00–16:00")


def test_holidays_and_year_end_unknown_give_no_live_status_and_say_so():
    unknown = rule(closed_on_holidays=None, closed_year_end=None)
    assert open_now([unknown], at(2026, 11, 24, 10)) is None  # an ordinary Tuesday too: the answer is not whole
    assert open_now([unknown], at(2026, 12, 29, 10)) is None
    assert "祝日・12/29–1/3は未確認" in describe(unknown)


def test_open_on_holidays_only_when_the_source_says_so():
    open_days = rule(days=list(DAY_KEYS), closed_on_holidays=False, closed_year_end=False)
    assert open_now([open_days], at(2026, 11, 23, 10)) is True  # 勤労感謝の日
    assert "祝日・12/29–1/3も受付" in describe(open_days)


def test_secondary_old_or_unsourced_hours_are_shown_as_written():
    assert open_now([rule(source=BLOG, unconfirmed=True)], at(2026, 11, 24, 10)) is None
    assert open_now([rule(source_date="2013-08-01")], at(2026, 11, 24, 10)) is None
    assert open_now([rule(source=None)], at(2026, 11, 24, 10)) is None
    assert open_now([rule(source_date=None)], at(2026, 11, 24, 10)) is None


def test_dated_exceptions():
    h = rule(exceptions=[{"date": "2026-11-24", "closed": True},
                         {"date": "2026-11-25", "closed": False, "opens": "09:00", "closes": "12:00"}])
    assert open_now([h], at(2026, 11, 24, 10)) is False
    assert open_now([h], at(2026, 11, 25, 11)) is True and open_now([h], at(2026, 11, 25, 13)) is False


TIMES = st.sampled_from(["00:00", "08:30", "09:00", "10:00", "12:00", "13:00", "16:00", "17:15", "21:00", "24:00"])
RULES = st.builds(
    lambda days, weeks, t, flags, unconfirmed, date: {
        "days": days, "weeks": weeks, "opens": min(t), "closes": max(t), "closed_on_holidays": flags[0],
        "closed_year_end": flags[1], "source": BLOG if unconfirmed else CITY, "unconfirmed": unconfirmed,
        "source_date": date},
    st.lists(st.sampled_from(DAY_KEYS), min_size=1, max_size=7, unique=True),
    st.lists(st.integers(1, 5), max_size=2, unique=True),
    st.tuples(TIMES, TIMES).filter(lambda t: t[0] != t[1]),
    st.tuples(st.sampled_from([True, False, None]), st.sampled_from([True, False, None])),
    st.booleans(), st.sampled_from(["2013-08-01", "2024-05-01", "2026-01-01", None]))
MOMENTS = st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2027, 1, 5, 23)).map(
    lambda t: t.replace(minute=(t.minute // 15) * 15, second=0, microsecond=0, tzinfo=JST))
HOLIDAYS_AND_YEAR_END = st.sampled_from(
    [at(2026, 1, 1), at(2026, 1, 12, 9), at(2026, 5, 4, 14), at(2026, 11, 23, 10), at(2026, 12, 29, 10),
     at(2026, 12, 31, 16), at(2027, 1, 3, 9), at(2026, 9, 21, 13)])


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(RULES, min_size=1, max_size=3), st.one_of(MOMENTS, HOLIDAYS_AND_YEAR_END))
def test_property_never_open_for_a_time_the_source_does_not_cover(hours, now):
    said = open_now(hours, now)
    if said is True:
        assert covered(hours, now), (hours, now)
    if said is not None:  # a live answer at all needs every part sourced
        assert all(h["closed_on_holidays"] is not None and h["closed_year_end"] is not None
                   and not h["unconfirmed"] for h in hours)
        assert said == covered(hours, now)


def test_every_schedule_in_the_data_every_hour_of_a_year(guide):
    """Each card of the knowledge base, at every hour of 2026 (and the year end into 2027)."""
    start = at(2026, 1, 1, 0)
    moments = [start + dt.timedelta(hours=i) for i in range(24 * 369)]
    scheduled = [e for e in guide.kb.entries.values() if e["hours"]]
    assert scheduled
    for e in scheduled:
        for now in moments:
            if open_now(e["hours"], now):
                assert covered(e["hours"], now), (e["id"], now)
        if any(h["closed_on_holidays"] is None for h in e["hours"]):
            assert "祝日" in card_text(build_card(guide.kb, e, moments[0])) and "未確認" in card_text(
                build_card(guide.kb, e, moments[0]))


@pytest.mark.parametrize("eid,now", [("umikaze-no-michi", at(2026, 11, 20, 14)),   # a third Friday
                                     ("umikaze-no-michi", at(2026, 12, 29, 14)),
                                     ("koureisha-seikatsu-support", at(2026, 11, 23, 11))])  # 2013, a holiday
def test_the_issues_false_claims_are_gone(guide, eid, now):
    text = card_text(build_card(guide.kb, guide.kb.entries[eid], now))
    assert "いま受付中" not in text and "いまは受付時間外" not in text
