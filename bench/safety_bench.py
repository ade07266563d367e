"""The safety screen on the written corpus: recall per situation on the tuning and the locked part, false
alarms on routine questions, soft answers, and the time the screen adds per message.

    python bench/safety_bench.py            # the tuning and locked parts of four corpora (tests/questions/safety_*.jsonl;
                                            # safety_d_*: a blind set written late in session 5; safety_e_*: one
                                            # written in session 6 (572 lines); safety_f_*: one written in session 7
                                            # (546 lines); safety_g_*, safety_h_*: sessions 8 and 9 (546 lines each);
                                            # safety_i_* … safety_p_*: sessions 10–15 (561, 580, 620, 597, 592, 592, 592, 596 lines;
                                            # safety_p_*: sealed in session 15, scored only at its start and end);
                                            # safety_s_*: crisisS, written blind in session 17 and held out: only its
                                            # figures are read; safety_t_*: crisisT, sealed in session 17 (scored
                                            # only at its start and end), in the repository since its end;
                                            # each by a helper who never read the code)
                                            # worry_v_*: session 17, worries and service questions (kind plain: must
                                            # be urgency none, not even the quiet line) and distress (kind soft)
    python bench/safety_bench.py FILE.jsonl # any set in the same format (kind crisis/soft/calm/plain, situation, q)
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.safety import screen  # noqa: E402
from core.safety.backstop import _rows, grams  # noqa: E402
from core.safety.frames import frames  # noqa: E402
from core.safety.index import _context_alts, substrings  # noqa: E402
from core.safety.normalize import read, sentence_reading  # noqa: E402
from knowledge.text import _split_a, morphemes_read, warm_up  # noqa: E402

LINES = [(x["id"], tuple(x.get("situations") or ())) for x in yaml.safe_load((ROOT / "data/emergency.yaml").read_text(encoding="utf-8"))]


# The kind of line a counsellor would put first, after the issue (#11 point 3): 119 for medical, fire and
# attempts in progress, 110 for violence, threats and missing persons, 189 for children, DV lines for
# partners, the lines for thoughts; imminence adds 119/110 in front of the lines for thoughts.
K119, K110 = {"fire-ambulance"}, {"police"}
CHILD = {"jido-gyakutai-189", "jidosoudanjo-kamakura-miura", "jidou-soudan-senyou"}
DV = {"dv-soudan-plus", "dv-navi-8008"}
MIND = {"yorisoi-hotline", "kanagawa-kokoro-denwa-24h", "inochi-sos", "kokoro-no-kenko-dial", "inochi-no-denwa-free"}
MEDICAL = ("not-breathing-or-unconscious", "stroke-signs", "heavy-bleeding", "choking", "heatstroke", "elderly-fallen",
           "seizure", "drowning", "overdose", "fire", "gas-or-co")
RIGHT_FIRST: dict[str, set[str]] = {
    **{s: K119 for s in MEDICAL},
    "suicide-plan-or-attempt": MIND | K119 | K110, "suicide-thoughts": MIND | K119 | K110, "self-harm": MIND | K119,
    "violence-now-partner": K110 | DV | K119, "violence-now-family": K110 | K119,
    "stalking-threat": K110, "confinement": K110, "sexual-violence": K110 | MIND,
    "missing-person-dementia": K110, "missing-child": K110,
    "child-abuse": CHILD | K110, "elder-abuse-injury": K110 | K119, "disabled-abuse-injury": K110 | K119,
    "no-food-or-shelter-in-cold": MIND, "caregiver-may-harm": MIND | CHILD | K110,
}


def first_line(situations: tuple[str, ...]) -> str | None:
    """The line a resident sees first for these situations (core/router.py emergency_lines)."""
    for s in situations:
        for line_id, covers in LINES:
            if s in covers:
                return line_id
    return None

CACHES = (screen, read, sentence_reading, frames, morphemes_read, _split_a, _context_alts, substrings, grams, _rows)  # every cache between a message
# and its screen (_split_a: the one Sudachi pass the readers share)


BEST_OF = 3


def score(path: Path) -> tuple[dict[str, tuple[int, int]], dict[str, float], list[float], list[float], list[float]]:
    per: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    times: list[float] = []   # CPU time of this process (time.process_time_ns), ms
    walls: list[float] = []   # wall clock (time.perf_counter_ns), ms
    bests: list[float] = []   # CPU time, the least of BEST_OF cold runs of the message, ms
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        it = json.loads(line)
        for cache in CACHES:
            cache.cache_clear()
        t0, w0 = time.process_time_ns(), time.perf_counter_ns()
        found = screen(it["q"])
        times.append((time.process_time_ns() - t0) / 1e6)
        walls.append((time.perf_counter_ns() - w0) / 1e6)
        best = times[-1]
        for _ in range(BEST_OF - 1):  # again, cold: other processes on a shared machine inflate one run's CPU time
            for cache in CACHES:
                cache.cache_clear()
            t0 = time.process_time_ns()
            screen(it["q"])
            best = min(best, (time.process_time_ns() - t0) / 1e6)
        bests.append(best)
        kind = it["kind"]
        totals[kind] += 1
        if kind == "crisis":
            per[it["situation"]] += 1
            hit[it["situation"]] += found.alarm
            if found.alarm:
                totals["caught"] += 1
                totals["right_first"] += first_line(found.situations) in RIGHT_FIRST[it["situation"]]
        elif kind == "soft":
            totals["soft_ok"] += found.urgency == "soft"
            totals["soft_alarm"] += found.alarm
        else:
            totals["false_alarm"] += found.alarm
            if kind == "plain":  # a worry or a service question (worry_v): no quiet line either, the counters only
                totals["plain_none"] += found.urgency == "none"
    table = {s: (hit[s], n) for s, n in sorted(per.items())}
    caught = sum(hit.values())
    figures = {
        "recall": caught / max(1, sum(per.values())),
        "false_alarm_rate": totals["false_alarm"] / max(1, totals["calm"] + totals["plain"]),
        "soft_as_soft": totals["soft_ok"] / max(1, totals["soft"]),
        "right_first": totals["right_first"] / max(1, totals["caught"]),
        "plain_as_none": totals["plain_none"] / max(1, totals["plain"]),
        "crises": sum(per.values()), "calm": totals["calm"] + totals["plain"], "soft": totals["soft"],
        "plain": totals["plain"],
    }
    return table, figures, times, walls, bests


def _p(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[max(0, int(len(values) * q) - 1)]


def main() -> None:
    warm_up()
    screen("ウォームアップ")
    paths = [Path(a) for a in sys.argv[1:]] or [ROOT / "tests/questions" / name for name in (
        "safety_tune.jsonl", "safety_locked.jsonl", "safety_d_tune.jsonl", "safety_d_locked.jsonl",
        "safety_e_tune.jsonl", "safety_e_locked.jsonl", "safety_f_tune.jsonl", "safety_f_locked.jsonl",
        "safety_g_tune.jsonl", "safety_g_locked.jsonl", "safety_h_tune.jsonl", "safety_h_locked.jsonl",
        "safety_i_tune.jsonl", "safety_i_locked.jsonl", "safety_j_tune.jsonl", "safety_j_locked.jsonl",
        "safety_k_tune.jsonl", "safety_k_locked.jsonl", "safety_l_tune.jsonl", "safety_l_locked.jsonl",
        "safety_m_tune.jsonl", "safety_m_locked.jsonl", "safety_n_tune.jsonl", "safety_n_locked.jsonl",
        "safety_o_tune.jsonl", "safety_o_locked.jsonl", "safety_p_tune.jsonl", "safety_p_locked.jsonl",
        "safety_q_tune.jsonl", "safety_q_locked.jsonl", "safety_r_tune.jsonl", "safety_r_locked.jsonl",
        "safety_s_tune.jsonl", "safety_s_locked.jsonl", "safety_t_tune.jsonl", "safety_t_locked.jsonl",
        "worry_v_tune.jsonl", "worry_v_locked.jsonl")]
    results = {p.name: score(p) for p in paths}
    names = sorted({s for table, *_ in results.values() for s in table})
    print("| situation | " + " | ".join(results) + " |")
    print("|---|" + "---|" * len(results))
    for s in names:
        cells = []
        for table, *_ in results.values():
            h, n = table.get(s, (0, 0))
            cells.append(f"{h}/{n} = {h / n:.2f}" if n else "—")
        print(f"| {s} | " + " | ".join(cells) + " |")
    for name, (_, fig, times, walls, bests) in results.items():
        print(f"{name}: recall {fig['recall']:.3f} of {fig['crises']}; false alarms {fig['false_alarm_rate']:.3%} "
              f"of {fig['calm']} routine; right kind of line first {fig['right_first']:.3f} of caught; soft answered soft {fig['soft_as_soft']:.2f} of {fig['soft']}; "
              + (f"worries answered plainly (urgency none) {fig['plain_as_none']:.3f} of {fig['plain']}; " if fig['plain'] else "") +
              f"screen time, cold caches: CPU p50 {_p(times, 0.5):.2f} ms, p99 {_p(times, 0.99):.2f} ms "
              f"(goal p99 <= 1 ms); wall p50 {_p(walls, 0.5):.2f} ms, p99 {_p(walls, 0.99):.2f} ms; "
              f"best of {BEST_OF} cold runs: CPU p50 {_p(bests, 0.5):.2f} ms, p99 {_p(bests, 0.99):.2f} ms")


if __name__ == "__main__":
    main()
