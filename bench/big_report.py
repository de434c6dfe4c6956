"""Benchmark: time and peak memory of checking one very large report.

    python3 bench/big_report.py [--megabytes 5] [--out FILE] [--keep]

Writes a synthetic report of about N MB (UTF-8): the six official sections, table
三, and section 一 grown with paragraphs of counts, dates, lists and the occasional
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

HEAD = """青川市农业农村局
2021年政府信息公开工作年度报告
一、总体情况
"""
PARAGRAPHS = [
    "2021年，我局认真落实政务公开工作要点，全年主动公开政府信息120条，其中政策文件35条、工作动态85条。",
    "（一）主动公开。通过门户网站发布信息1,215条，同比增长12.5%，政务新媒体发布信息308条。",
    "（二）依申请公开。全年共收到政府信息公开申请3件，均已按期答复，答复率100%。",
    "全年召开新闻发布会2场，组织政策解读(含图解)6次，联系电话：0839-1234567。",
    "规范信息发布流程，加强保密审查，做好政府信息公开目录的更新维护工作。",
    "截至2021年12月31日，我局现行有效规范性文件十二件，本年废止两件。",
]
TAIL = """二、主动公开政府信息情况
\t\t本年制发件数\t本年废止件数\t现行有效件数
规章\t0\t0\t0
行政规范性文件\t2\t0\t12
三、收到和处理政府信息公开申请情况
\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计
\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t
一、本年新收政府信息公开申请数量\t\t\t3\t0\t0\t0\t0\t0\t3
二、上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t0
三、本年度办理结果\t（一）予以公开\t\t2\t0\t0\t0\t0\t0\t2
\t（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1
\t（七）总计\t\t3\t0\t0\t0\t0\t0\t3
四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0
四、政府信息公开行政复议、行政诉讼情况
无。
五、存在的主要问题及改进情况
公开形式还不够丰富。
六、其他需要报告的事项
本年度未收取信息处理费。
青川市农业农村局
2022年1月20日
"""


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
