"""Benchmark: the proofreader's load time and its time per 15 KB report.

    python3 bench/proofread_speed.py [PATH …] [--runs N]

Each figure is the median of ``--runs`` fresh interpreters (the govlint package
already imported in each), in CPU time (``time.process_time``: other work on a
shared machine does not count) and wall time:

- **load**: ``govlint.model.proofread.model.load()``, the data files opened and read;
- **cold report**: load, then the proofreader over the prose of one report of
  about 15 KB (by default the largest of ../shared): what a one-file run pays;
- **per 15 KB, warm**: the proofreader over the prose of every report (default
  ../shared/corpus-full, ../shared/corpus and ../shared/seeds) after a first pass,
  with the memo of runs emptied before each pass, per 15 KB of UTF-8 report;
- **per 15 KB, batch**: the same with the memo kept, as in a batch where the
  template's sentences recur.

The parse is not timed: the prose is taken from the parsed reports first.  The
script only calls ``proofread``, ``load`` and ``Model.forget``, so it also times
an older proofreader checked out in the same place.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _prose(paths) -> tuple[list[list[str]], list[int]]:
    """The prose runs W201 reads in each report, and each report's size in UTF-8 bytes."""
    from govlint import parse
    from govlint.cli.commands import collect_paths
    from govlint.syntax.files import read_file

    runs, sizes = [], []
    for path in collect_paths(paths):
        source = read_file(path)
        runs.append([text.raw for text in parse(source.text, source.path).prose()])
        sizes.append(len(source.text.encode("utf-8")))
    return runs, sizes


def _worker(args) -> int:
    """In a fresh interpreter: time one job, print ``[cpu, wall]`` (seconds, per 15 KB for
    warm and batch) as JSON, and for a cold report its size."""
    from govlint.model.proofread import proofread
    from govlint.model.wordlist import confusions

    known = confusions()
    runs, sizes = _prose(args.paths)
    from govlint.model.proofread import model  # (imported by proofread already: not timed)

    def timed(job) -> list[float]:
        cpu, wall = time.process_time(), time.perf_counter()
        job()
        return [time.process_time() - cpu, time.perf_counter() - wall]

    def check(reports) -> None:
        for texts in reports:
            for text in texts:
                proofread(text, known)

    from govlint.model.proofread import checker

    checker.RUNS.forget()     # the proofreader is timed, not what earlier runs kept of its readings
    if args.worker == "load":
        out = timed(model.load)
    elif args.worker == "cold":
        largest = max(range(len(sizes)), key=sizes.__getitem__)
        out = timed(lambda: (model.load(), check([runs[largest]]))) + [sizes[largest]]
    else:
        check(runs)
        cpu = []
        for _ in range(3):
            if args.worker == "warm":
                model.load().forget()
                checker.RUNS.forget()
            cpu.append(timed(lambda: check(runs)))
        out = [min(t[0] for t in cpu) * 15000 / sum(sizes), min(t[1] for t in cpu) * 15000 / sum(sizes)]
    print(json.dumps(out))
    return 0


def measure(job: str, paths, runs: int) -> tuple[float, float, int]:
    """Median CPU and wall milliseconds of ``job`` over ``runs`` fresh interpreters, and
    the size of the report it read (0 for all of them)."""
    got = [json.loads(subprocess.run([sys.executable, __file__, "--worker", job, *paths], capture_output=True,
                                     text=True, check=True).stdout) for _ in range(runs)]
    return (statistics.median(g[0] for g in got) * 1000, statistics.median(g[1] for g in got) * 1000,
            got[0][2] if len(got[0]) > 2 else 0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(SHARED / name) for name in ("corpus-full", "corpus", "seeds")])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--worker", choices=("load", "cold", "warm", "batch"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return _worker(args)
    for job, label in (("load", "model load"), ("cold", "cold: load + the largest report"),
                       ("warm", "per 15 KB, warm (memo emptied)"), ("batch", "per 15 KB, batch (memo kept)")):
        cpu, wall, size = measure(job, args.paths, args.runs)
        of = f" of {size / 1000:.1f} KB" if size else ""
        print(f"{label}{of}: {cpu:.1f} ms CPU, {wall:.1f} ms wall (median of {args.runs} interpreters)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
