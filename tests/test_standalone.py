"""The repository stands on its own: a newcomer's clone has nothing beside it (no ../shared), and still checks
its knowledge, answers, and passes the tests that read the seeds and the contract (copies in tests/fixtures).

The clone tests are marked `standalone` (deselect them with `-m 'not standalone'`); they clone the committed
HEAD, so work not yet committed is not in the clone. They are skipped, saying why, without git or outside a
git checkout, and in the PostgreSQL pass (the check is about files: once, in the SQLite pass, is enough).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fixtures import CONTRACT, CONTRACT_FILES, SEED_FILES, SEEDS

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"  # the development machine's shared material: compared with, never needed
GIT = shutil.which("git")
PACKAGES = ("bot", "handlers", "backoffice", "core", "ops", "knowledge", "tests")
# Fast tests that read the seeds and the contract's files (about 25 s together). The three of test_cli.py in
# the module's order: its database is first loaded by `ask` (`kb dump` on a never-loaded database reads data/).
QUICK_SUBSET = ("tests/test_plan_import.py", "tests/test_validate.py", "tests/test_routing_quality.py",
                "tests/test_cli.py::test_ask_json_answers_one_question",
                "tests/test_cli.py::test_kb_dump_holds_every_contract_id_and_plan_number",
                "tests/test_cli.py::test_import_plan_rereads_a_seed_into_a_services_file")


def _why_no_clone() -> str | None:
    if GIT is None:
        return "git is not installed: the standalone check clones the repository with it"
    p = subprocess.run([GIT, "rev-parse", "--verify", "--quiet", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    if p.returncode != 0:
        return f"{ROOT} is not a git checkout with a commit: there is nothing to clone"
    if os.environ.get("TEST_DATABASE_URL"):
        return "the standalone check is about files, not the database: it runs in the SQLite pass only"
    return None


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A `git clone` of HEAD in a folder of its own: no ../shared beside it."""
    why = _why_no_clone()
    if why:
        pytest.skip(why)
    assert GIT is not None
    dest = tmp_path_factory.mktemp("standalone") / "repo"
    subprocess.run([GIT, "clone", "--quiet", str(ROOT), str(dest)], check=True, capture_output=True, timeout=60)
    assert not (dest.parent / "shared").exists()
    yield dest
    shutil.rmtree(dest, ignore_errors=True)


def _run(clone: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`python ARGS` in the clone, with the clone first on sys.path and no settings from this environment that
    point elsewhere (its own SQLite file in its own var/, as a newcomer's)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DATABASE_URL", "TEST_DATABASE_URL", "KB_DATA_DIR", "PYTHONPATH")}
    env["PYTHONPATH"] = str(clone)
    return subprocess.run([sys.executable, *args], cwd=clone, env=env, capture_output=True, text=True,
                          timeout=timeout)


@pytest.mark.standalone
def test_the_clone_runs_its_own_code(clone):
    code = "import json, importlib; print(json.dumps({p: importlib.import_module(p).__file__ for p in %r}))"
    p = _run(clone, "-c", code % (PACKAGES,))
    assert p.returncode == 0, p.stderr
    files = json.loads(p.stdout)
    assert all(Path(f).resolve().is_relative_to(clone.resolve()) for f in files.values()), files


@pytest.mark.standalone
def test_kb_check_in_the_clone(clone):
    p = _run(clone, "-m", "bot", "kb", "check")
    assert p.returncode == 0, p.stdout + p.stderr
    assert "0 problem(s)" in p.stderr


@pytest.mark.standalone
def test_ask_json_in_the_clone(clone):
    p = _run(clone, "-m", "bot", "ask", "--json", "母の物忘れがひどい")
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert out["query"] == "母の物忘れがひどい"
    assert out["crisis"] is False and out["results"]


@pytest.mark.standalone
def test_the_seed_and_contract_tests_pass_in_the_clone(clone):
    p = _run(clone, "-m", "pytest", "-p", "no:cacheprovider", "-m", "not standalone", *QUICK_SUBSET, timeout=180)
    assert p.returncode == 0, p.stdout[-4000:] + p.stderr[-2000:]
    summary = p.stdout.strip().splitlines()[-1]  # e.g. "45 passed in 20.1s" (pyproject's addopts has -q)
    assert re.search(r"\b\d+ passed\b", summary) and "skipped" not in summary, p.stdout[-2000:]
    print(f"\nin the clone: {summary}")


# ---- the copies in tests/fixtures -----------------------------------------------------------------------

FIXTURE_COPIES = [(SEEDS / name, Path("seeds") / name) for name in SEED_FILES.values()] + [
    (CONTRACT / name, Path("contract") / name) for name in CONTRACT_FILES]


@pytest.mark.parametrize(("copy", "original"), FIXTURE_COPIES, ids=[str(o) for _, o in FIXTURE_COPIES])
def test_fixture_equals_its_original_in_shared(copy, original):
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository (as in a fresh clone): nothing to compare with")
    assert copy.read_bytes() == (SHARED / original).read_bytes(), (
        f"{copy.relative_to(ROOT)} differs from ../shared/{original}: copy the original again")


# Paths that reach out of the repository into ../shared: `X.parent / "shared"`, "../shared", "shared/seeds" …
OUTSIDE = re.compile(r"""/\s*["']shared["']|["']\.\./shared|["']shared/(seeds|contract|reference)""")


def test_no_test_or_bench_code_reads_shared():
    offenders = [f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
                 for folder in ("tests", "bench") for path in sorted((ROOT / folder).rglob("*.py"))
                 if path.name != "test_standalone.py"
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if OUTSIDE.search(line)]
    assert offenders == []
