"""Benchmark: how long govlint takes, measured, never asserted.

    python3 bench/run.py [PATH …] [--runs N]

Reports the median wall time of the whole command (`python -m govlint PATH…`,
process start included) over N runs, and the in-process time per report
(parse + all rules) with the parser already built.  Defaults to ../shared/seeds.

A run that does not end as a lint run ends (exit 0 or 1: no errors, findings) is
not a time: the benchmark stops, prints that run's exit code and its stderr, and
exits with status 1 — a crashing command is never timed as a fast one.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class CommandFailed(Exception):
    """The timed command did not finish as a lint run does."""

    def __init__(self, command, returncode: int, stderr: str):
        super().__init__(f"{' '.join(command)} exited with {returncode}:\n{stderr.rstrip()}")
        self.returncode = returncode
        self.stderr = stderr


def whole_command(paths, runs, command=None):
    """Wall times of ``command`` (default: govlint on ``paths``); raises
    :class:`CommandFailed` with the run's stderr when it exits other than 0 or 1."""
    command = command or [sys.executable, "-m", "govlint", "--no-summary", *paths]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              errors="replace")
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            raise CommandFailed(command, done.returncode, done.stderr)
    return times


def in_process(paths, runs):
    from govlint import lint_text
    from govlint.cli import collect_paths
    from govlint.source import read_file

    sources = [read_file(p) for p in collect_paths(paths)]
    lint_text(sources[0].text)  # build the parser and load the plugins once
    per_file = []
    for _ in range(runs):
        for source in sources:
            start = time.perf_counter()
            lint_text(source.text, source.path)
            per_file.append((time.perf_counter() - start, len(source.text)))
    return per_file


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT.parent / "shared" / "seeds")])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    try:
        times = whole_command(args.paths, args.runs)
    except CommandFailed as exc:
        print(f"bench: not timed, the command failed: {exc}", file=sys.stderr)
        return 1
    print(f"whole command on {' '.join(args.paths)}: median {statistics.median(times) * 1000:.0f} ms "
          f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}, {args.runs} runs)")
    per_file = in_process(args.paths, args.runs)
    seconds = [t for t, _ in per_file]
    chars = sum(n for _, n in per_file)
    print(f"in process: median {statistics.median(seconds) * 1000:.1f} ms per report, "
          f"{chars / sum(seconds) / 1000:.0f} k characters/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
