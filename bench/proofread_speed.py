"""Benchmark: the proofreader's load time and its time per 15 KB report.

    python3 bench/proofread_speed.py [PATH …] [--runs N]

Load time is measured in a fresh interpreter (the data files read and the
lexicon built, the govlint package already imported).  Time per report is W201
alone through ``lint_text`` over all the files (default ../shared/corpus-full,
../shared/corpus and ../shared/seeds), per 15 KB of UTF-8, with and without the
time the parse takes.  Both are CPU time of this process (``time.process_time``),
so other work on a shared machine does not count; the fastest of the runs is kept
for the per-report figure, the median for the load.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_LOAD = ("import time, govlint.model.proofread.model as m; t = time.process_time(); m.load(); "
         "print(time.process_time() - t)")


def load_times(runs: int) -> list[float]:
    return [float(subprocess.run([sys.executable, "-c", _LOAD], capture_output=True, text=True,
                                 check=True).stdout) for _ in range(runs)]


def per_report(paths, runs: int) -> tuple[float, float]:
    """Seconds per 15 KB of UTF-8: W201 through ``lint_text`` (parse included), and the
    parse alone, over all the files together (the fastest of ``runs`` passes)."""
    from govlint import Settings, lint_text, parse
    from govlint.cli.commands import collect_paths
    from govlint.syntax.source import read_file

    settings = Settings(select=("W201",))
    sources = [read_file(p) for p in collect_paths(paths)]
    size = sum(len(s.text.encode("utf-8")) for s in sources)
    lint_text(sources[0].text, sources[0].path, settings)

    def best(job) -> float:   # the fastest of the runs, in CPU time: the machine may be shared
        times = []
        for _ in range(runs):
            start = time.process_time()
            for source in sources:
                job(source.text, source.path)
            times.append(time.process_time() - start)
        return min(times)

    linted = best(lambda text, path: lint_text(text, path, settings))
    parsed = best(parse)
    return linted * 15000 / size, parsed * 15000 / size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*",
                        default=[str(ROOT.parent / "shared" / name) for name in ("corpus-full", "corpus", "seeds")])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    loads = load_times(args.runs)
    print(f"model load: median {statistics.median(loads) * 1000:.0f} ms (min {min(loads) * 1000:.0f}, "
          f"max {max(loads) * 1000:.0f}, {args.runs} runs)")
    linted, parsed = per_report(args.paths, args.runs)
    print(f"W201 per 15 KB of report: {linted * 1000:.1f} ms with the parse, "
          f"{(linted - parsed) * 1000:.1f} ms without it")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
