"""Benchmark: time and peak memory of checking one very large report.

    python3 bench/big_report.py [--megabytes 5] [--out FILE] [--keep]

Writes a synthetic report of about N MB (UTF-8): the six official sections, table
三 (tests/samples.py), and section 一 grown with paragraphs of counts, dates, lists and the occasional
half-width mark, the way long reports pad their overview.  Then runs
``python -m govlint FILE`` under ``/usr/bin/time -v`` (when present) and prints the
wall time, the peak resident memory and the number of findings.  Measured, never
asserted: the targets (issue 10) are 5 MB in ≤ 10 s with ≤ 300 MB, and 50 MB without
exhausting memory.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from samples import WITH_TABLE_THREE  # noqa: E402  (a synthetic report, tests/samples.py)

PARAGRAPHS = [
    "2021年，我局认真落实政务公开工作要点，全年主动公开政府信息120条，其中政策文件35条、工作动态85条。",
    "（一）主动公开。通过门户网站发布信息1,215条，同比增长12.5%，政务新媒体发布信息308条。",
    "（二）依申请公开。全年共收到政府信息公开申请3件，均已按期答复，答复率100%。",
    "全年召开新闻发布会2场，组织政策解读(含图解)6次，联系电话：0839-1234567。",
    "规范信息发布流程，加强保密审查，做好政府信息公开目录的更新维护工作。",
    "截至2021年12月31日，我局现行有效规范性文件十二件，本年废止两件。",
]
HEAD, TAIL = WITH_TABLE_THREE.split("全年工作平稳。\n")


def synthetic_report(megabytes: float) -> str:
    target = int(megabytes * 1_000_000)
    parts, size, k = [HEAD], len(HEAD.encode()), 0
    while size < target:
        line = PARAGRAPHS[k % len(PARAGRAPHS)] + "\n"
        parts.append(line)
        size += len(line.encode())
        k += 1
    parts.append(TAIL)
    return "".join(parts)


def measure(path: str, *extra: str) -> dict:
    command = [sys.executable, "-m", "govlint", "--no-summary", *extra, path]
    timer = shutil.which("time") or ("/usr/bin/time" if os.path.exists("/usr/bin/time") else None)
    env = dict(os.environ, GOVLINT_NO_PLUGINS="1")
    started = time.perf_counter()
    if timer:
        done = subprocess.run([timer, "-v", *command], capture_output=True, text=True, env=env)
        peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
        peak_mb = int(peak.group(1)) / 1024 if peak else None
    else:
        done = subprocess.run(command, capture_output=True, text=True, env=env)
        peak_mb = None
    wall = time.perf_counter() - started
    findings = sum(1 for line in done.stdout.splitlines() if re.match(r"^\S.*:\d+:\d+: ", line))
    return {"seconds": wall, "peak_mb": peak_mb, "findings": findings, "exit": done.returncode}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, action="append",
                        help="report sizes to try (default: 5 and 50)")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="govlint-big-")
    try:
        for megabytes in args.megabytes or [5, 50]:
            path = os.path.join(folder, f"report-{megabytes:g}MB.txt")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(synthetic_report(megabytes))
            size = os.path.getsize(path) / 1_000_000
            result = measure(path)
            peak = f"{result['peak_mb']:.0f} MB" if result["peak_mb"] is not None else "n/a"
            print(f"{size:6.1f} MB  {result['seconds']:7.1f} s  peak {peak:>8}  "
                  f"{result['findings']} findings  exit {result['exit']}", flush=True)
    finally:
        if args.keep:
            print(f"files kept in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
