"""Routing quality on the contract's dev set and our own resident-style questions.

Prints top-1 / top-3 / crisis / out-of-scope / district rates (pytest -s shows them) and fails under the
thresholds below. The held-out targets are top-1 ≥ 0.90, top-3 ≥ 0.97, crisis recall 1.00 with no false
alarm, out-of-scope ≥ 0.90, district ≥ 0.90; our floors sit a little under them for the own set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.answer import to_contract
from tests.fixtures import CONTRACT
from tests.scoring import load_questions, registry_refs, score

HERE = Path(__file__).resolve().parent

FLOORS = {"top1": 0.89, "top3": 0.96, "crisis": 1.0, "nocrisis": 0.90, "oos": 0.90, "vague": 0.90,
          "section": 0.95, "district": 0.90}


def _sets() -> list[Path]:
    # the contract's dev set (a copy in tests/fixtures) and our own; the holdout set is scored on its own below
    return [CONTRACT / "dev_questions.jsonl", HERE / "questions" / "own.jsonl"]


@pytest.fixture(scope="module")
def report(guide):
    registry = registry_refs(CONTRACT / "counters.tsv")
    rep = score(load_questions(*_sets()), lambda q: to_contract(guide.kb, guide.ask(q)), registry)
    print("\n" + "\n".join(rep.failures) + "\n" + rep.summary())
    return rep


def test_own_question_set_is_large_enough():
    own = load_questions(HERE / "questions" / "own.jsonl")
    assert len(own) >= 150


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_rate_meets_floor(report, metric):
    assert report.rate(metric) >= FLOORS[metric], report.summary()


def test_no_crisis_alarm_on_routine_questions(report):
    assert report.crisis_false_positive == 0, [f for f in report.failures if f.startswith("FALSE ALARM")]


# The blind set (written without seeing data or code) is an estimate of the held-out score, not a tuning
# target: its floors sit lower, and crisis recall stays absolute.
HOLDOUT_FLOORS = {"top1": 0.91, "top3": 0.97, "crisis": 1.0, "oos": 0.90, "district": 0.90, "vague": 0.85}


@pytest.fixture(scope="module")
def holdout(guide):
    registry = registry_refs(CONTRACT / "counters.tsv")
    rep = score(load_questions(HERE / "questions" / "holdout.jsonl"),
                lambda q: to_contract(guide.kb, guide.ask(q)), registry)
    print("\nholdout: " + rep.summary())
    return rep


@pytest.mark.parametrize("metric", sorted(HOLDOUT_FLOORS))
def test_holdout_rate_meets_floor(holdout, metric):
    assert holdout.rate(metric) >= HOLDOUT_FLOORS[metric], holdout.summary()


def test_holdout_raises_no_false_alarm(holdout):
    assert holdout.crisis_false_positive == 0
