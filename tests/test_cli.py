"""The command line contract, run as a real subprocess: ask --json/--jsonl, kb dump/check/stats/import-plan."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures import CONTRACT, SEED_FILES, SEEDS

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def env(fresh_db_url):
    """A fresh database: the CLI must load data/ by itself on first use."""
    return {**os.environ, "DATABASE_URL": fresh_db_url()}


def run(env, *args, stdin=None):
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_ask_json_answers_one_question(env):
    p = run(env, "ask", "--json", "母の物忘れがひどく、お金の管理が心配")
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert set(out) >= {"query", "crisis", "emergency_contacts", "district", "results", "clarify"}
    assert out["crisis"] is False and out["results"]
    assert len(out["results"]) <= 5
    assert all({"id", "kind", "name", "section", "plan_refs", "score"} <= set(r) for r in out["results"])


def test_ask_jsonl_keeps_order_and_prints_only_json(env):
    questions = ["生きていたくない", "サッカーの試合結果", "ひきこもりの娘のことで相談したい", "", "悩みがある"]
    p = run(env, "ask", "--jsonl", stdin="\n".join(questions) + "\n")
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert len(lines) == len(questions)
    outs = [json.loads(line) for line in lines]
    assert [o["query"] for o in outs] == questions
    assert outs[0]["crisis"] and outs[0]["emergency_contacts"]
    assert outs[1]["results"] == [] and not outs[1]["crisis"]
    assert outs[2]["results"][0]["id"] == "hikikomori-soudan"
    assert outs[4]["clarify"] and outs[4]["clarify"]["options"]


def test_kb_dump_holds_every_contract_id_and_plan_number(env):
    p = run(env, "kb", "dump", "--json")
    assert p.returncode == 0, p.stderr
    dump = json.loads(p.stdout)
    ids = {e["id"] for e in dump["entries"]}
    refs = {r for e in dump["entries"] for r in e["plan_refs"]}
    contract_ids = [line.split("\t")[0] for line in (CONTRACT / "counters.tsv").read_text().splitlines()[1:]]
    assert set(contract_ids) <= ids
    assert {f"J2-1-{n}" for n in range(1, 31)} <= refs
    chapter4 = {line.split("\t")[0] for line in (SEEDS / SEED_FILES["002"]).read_text().splitlines()
                if line[:1].isdigit() and line.count("-") >= 3 and "\t" in line}
    assert len(chapter4) == 203 and chapter4 <= refs
    for e in dump["entries"]:
        assert {"id", "kind", "name", "section", "plan_refs", "description", "keywords"} <= set(e)
        if e["kind"] == "counter":
            assert e["section"] and e["plan_refs"]
            assert e["contacts"] or e["unknown"], e["id"]


def test_kb_check_passes_and_fails_on_broken_files(env, tmp_path):
    p = run(env, "kb", "check")
    assert p.returncode == 0, p.stdout
    broken = tmp_path / "data"
    shutil.copytree(ROOT / "data", broken)
    text = (broken / "counters.yaml").read_text(encoding="utf-8")
    (broken / "counters.yaml").write_text(text.replace("0467-38-8003", "38-8003", 1), encoding="utf-8")
    p = run(env, "kb", "check", "--files", "--data", str(broken))
    assert p.returncode == 1
    assert "bad phone format '38-8003'" in p.stdout


def test_kb_stats_reports_full_plan_coverage(env):
    p = run(env, "kb", "stats")
    assert p.returncode == 0
    assert "plan coverage 第4章 取組 (002): 203/203" in p.stdout
    assert "plan coverage 実施計画 (J): 30/30" in p.stdout


def test_import_plan_rereads_a_seed_into_a_services_file(env, tmp_path):
    out = tmp_path / "services.yaml"
    p = run(env, "kb", "import-plan", str(SEEDS / SEED_FILES["003"]), "--out", str(out))
    assert p.returncode == 0, p.stderr
    assert "30 entries" in p.stderr
    text = out.read_text(encoding="utf-8")
    assert "J2-1-24" in text and "koureisha-shien" in text
    p = run(env, "kb", "import-plan", str(tmp_path / "missing.txt"), "--out", str(out))
    assert p.returncode == 2 and "cannot read" in p.stderr


def test_spreadsheet_round_trip_and_import_in_one_transaction(env, tmp_path):
    csv_path = tmp_path / "kb.csv"
    assert run(env, "kb", "export", str(csv_path)).returncode == 0
    p = run(env, "kb", "import", str(csv_path), "--dry-run")
    assert p.returncode == 0 and "0 change(s), 0 problem(s)" in p.stderr

    text = csv_path.read_text(encoding="utf-8-sig")
    assert "0467-38-8003" in text
    broken = tmp_path / "broken.csv"
    broken.write_text(text.replace("0467-38-8003", "38-9999"), encoding="utf-8-sig")
    p = run(env, "kb", "import", str(broken))
    assert p.returncode == 1 and "bad phone format '38-9999'" in p.stdout and "nothing was changed" in p.stderr

    edited = tmp_path / "edited.csv"
    edited.write_text(text.replace("0467-38-8003", "0467-38-9999"), encoding="utf-8-sig")
    p = run(env, "kb", "import", str(edited), "--dry-run")
    assert p.returncode == 0 and "0467-38-8003 → 0467-38-9999" in p.stdout
    assert "0467-38-9999" not in run(env, "kb", "dump", "--json").stdout
    assert run(env, "kb", "import", str(edited)).returncode == 0
    assert "0467-38-9999" in run(env, "kb", "dump", "--json").stdout
    assert run(env, "kb", "import", str(csv_path)).returncode == 0  # put the original back
