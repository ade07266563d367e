"""`make test`'s dependency audit: pip-audit over the installed packages, when its database is reachable.

    python tests/audit.py

Exit 0 with one line when there is nothing known or when the audit cannot run (pip-audit missing, or its
vulnerability database — PyPI's JSON API — not reachable: every package comes back unaudited, or the run
fails with a network error); exit 1 with the findings when a package has a known vulnerability.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

NETWORK = ("ConnectionError", "Max retries", "Temporary failure", "timed out", "Name or service not known",
           "HTTPSConnection", "ProxyError", "SSLError", "Network is unreachable")


def main() -> int:
    tool = shutil.which("pip-audit", path=str(Path(sys.executable).parent)) or shutil.which("pip-audit")
    if tool is None:
        print("dependency audit skipped: pip-audit is not installed (pip install -e '.[dev]')")
        return 0
    run = subprocess.run([tool, "--progress-spinner", "off", "--skip-editable", "--format", "json"],
                         capture_output=True, text=True, timeout=600)
    try:
        report = json.loads(run.stdout)
    except ValueError:
        if any(word in run.stderr for word in NETWORK):
            print("dependency audit skipped: the vulnerability database (PyPI) is not reachable")
            return 0
        print(run.stderr.strip() or run.stdout.strip(), file=sys.stderr)
        return run.returncode or 1
    deps = report.get("dependencies", [])
    audited = [d for d in deps if "skip_reason" not in d]
    if deps and not audited:
        print(f"dependency audit skipped: none of {len(deps)} packages could be looked up "
              "(the vulnerability database, PyPI's JSON API, is not reachable from here)")
        return 0
    found = [(d["name"], d["version"], v) for d in audited for v in d.get("vulns", [])]
    for name, version, v in found:
        fixes = ", ".join(v.get("fix_versions") or []) or "no fix yet"
        print(f"{name} {version}: {v.get('id')} (fixed in {fixes})")
    if found:
        print(f"dependency audit: {len(found)} known vulnerabilities in {len(audited)} packages", file=sys.stderr)
        return 1
    print(f"dependency audit: no known vulnerabilities in {len(audited)} packages"
          + (f" ({len(deps) - len(audited)} could not be looked up)" if len(deps) > len(audited) else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
