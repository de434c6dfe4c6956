"""Benchmark: how long govlint takes, measured, never asserted.

    python3 bench/run.py [PATH …] [--runs N] [--passes N] [--scale 1,10,50] [--cold FILE] [--instructions]

Prints, side by side in one run:

- cold start: ``python -m govlint FILE`` against ``python -c pass`` of the same
  interpreter, run alternately N times (default 11); medians of the wall time and
  of the CPU time (user + sys, which a loaded machine disturbs less), and their ratio,
  for a report checked before and unchanged, one with a sentence changed before each
  run (an editor's save hook: the proofreader reads that sentence only), and one never
  checked (the proofreader's readings kept by earlier runs removed before each run);
  with ``--instructions``, the instructions of one run of each (valgrind), which load does not move;
- in process: ms per report and characters/s over PATHs (default: the shared full
  reports, ../shared/seeds and ../shared/corpus-full), each timed as the next report
  of a long batch: in one warm process, the caches keyed by text (dates, label
  comparisons, normalised strings, the proofreader's runs) are emptied, every other report is linted
  untimed, then the report is timed; it is never helped by having been seen before,
  while the template's own labels are in the caches as they are in any batch;
- batch: the whole command over every shared report with ``--jobs 1`` and ``--jobs 2``;
- scaling: in-process time of one text made of 1, 10, 50 … reports taken from every
  shared report in turn; the figure says how many of them are different (a report that
  comes back is helped by the memos of texts, as it would be in a real file).

A run that does not end as a lint run ends (exit 0 or 1: no errors, findings) is
not a time: the benchmark stops, prints that run's exit code and its stderr, and
exits with status 1 — a crashing command is never timed as a fast one.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from importlib import import_module
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
#: what the in-process worker lints first, so that the parser, the rules and the lexicon
#: are ready before the first timed report (a text of its own: no shared report is seen twice)
WARM_UP = "某市某局\n2022年政府信息公开工作年度报告\n一、总体情况\n本年度依法做好政府信息公开工作。\n"


class CommandFailed(Exception):
    """The timed command did not finish as a lint run does."""

    def __init__(self, command, returncode: int, stderr: str):
        super().__init__(f"{' '.join(command)} exited with {returncode}:\n{stderr.rstrip()}")
        self.returncode = returncode
        self.stderr = stderr


def timed(command, lint=True) -> tuple[float, float]:
    """Wall and CPU seconds (user + sys of the child) of one run of ``command``;
    with ``lint``, raises :class:`CommandFailed` when it exits other than 0 or 1."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          errors="replace")
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in ((0, 1) if lint else (0,)):
        raise CommandFailed(command, done.returncode, done.stderr)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def govlint_command(paths, *options):
    return [sys.executable, "-m", "govlint", "--no-summary", *options, *map(str, paths)]


def whole_command(paths, runs, command=None):
    """Wall times of ``command`` (default: govlint on ``paths``); raises
    :class:`CommandFailed` with the run's stderr when it exits other than 0 or 1."""
    command = command or govlint_command(paths)
    return [timed(command)[0] for _ in range(runs)]


#: how a report is seen by each cold run (see :func:`cold_start`)
COLD_CASES = (
    ("again", "checked before, unchanged (a re-run)"),
    ("edited", "checked before, one sentence changed (an editor's save hook)"),
    ("new", "never checked before (no reading of its texts kept)"),
)
#: the spelling rule: the proofreader is most of the per-report work
SPELLING = "W201"
#: characters the edit of the "edited" case is drawn from
_EDIT_CHARS = "政府信息公开工作年度报告依申请主动公开办理答复规范制度平台建设加强推进落实"


def _forget_texts() -> None:
    """Remove what earlier runs kept of the texts they read (govlint.text_memo's stores)."""
    from govlint.cache import cache_dir

    import glob

    folder = cache_dir(create=False)
    kept = [found for stem in ("proofread-", "table-labels-")
            for found in glob.glob(os.path.join(folder, f"{stem}*.marshal"))] if folder else []
    for stored in kept:
        try:
            os.unlink(stored)
        except FileNotFoundError:
            pass


def _edited(text: str, run: int) -> str:
    """``text`` with a sentence of eight characters (new to every run, of this benchmark
    and of any earlier one) put after the first full stop past its middle: what a clerk's
    edit between two saves changes."""
    import random

    picked = random.Random(f"{os.getpid()} {time.time_ns()} {run}").choices(_EDIT_CHARS, k=8)
    at = text.find("。", len(text) // 2)
    at = len(text) if at < 0 else at + 1
    return f"{text[:at]}{''.join(picked)}。{text[at:]}"


def cold_start(path, runs, case="again", count=False):
    """(govlint times, python -c pass times, instructions) with times as (wall, cpu) pairs,
    the two commands run alternately; ``case`` (:data:`COLD_CASES`) says how govlint has
    seen the report before each run.  With ``count``, the instructions of one more run of
    govlint prepared the same way (None without valgrind), else None."""
    import tempfile

    text = Path(path).read_text(encoding="utf-8") if case == "edited" else None
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / Path(path).name

        def prepare(run):
            if case == "edited":
                copy.write_text(_edited(text, run), encoding="utf-8")
            elif case == "new":
                _forget_texts()
            return copy if case == "edited" else path

        for run in range(2):   # the first runs write the caches (patterns are stored once two runs compiled them)
            timed(govlint_command([prepare(-1 - run)]))
        ours, bare = [], []
        for run in range(runs):
            ours.append(timed(govlint_command([prepare(run)])))
            bare.append(timed([sys.executable, "-c", "pass"], lint=False))
        counted = instructions(govlint_command([prepare(runs)])) if count else None
    return ours, bare, counted


def instructions(command) -> int | None:
    """Instructions one run of ``command`` executes, counted by valgrind's callgrind (about
    50 × slower than the run itself), or None without valgrind.  Unlike times, the count
    does not move with the load of a shared machine."""
    if shutil.which("valgrind") is None:
        return None
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, errors="replace")
    found = re.search(r"Collected\s*:\s*([0-9]+)", done.stderr)
    return int(found.group(1)) if found else None


def site_imports() -> list:
    """The modules outside the standard library that ``python -c pass`` of this interpreter
    imports at start-up (a ``.pth`` file can import anything), top-level names only."""
    done = subprocess.run([sys.executable, "-c", "import sys; print(' '.join(sys.modules))"],
                          capture_output=True, text=True)
    stdlib = getattr(sys, "stdlib_module_names", ())
    if done.returncode != 0 or not stdlib:
        return []
    tops = {name.partition(".")[0] for name in done.stdout.split()}
    return sorted(name for name in tops if name not in stdlib and not name.startswith("_")
                  and name not in sys.builtin_module_names)


def _median(pairs, which):
    return statistics.median(pair[which] for pair in pairs)


def _text_caches():
    """govlint's memo tables keyed by text (the large ones: the parser, the rules and the
    lexicon are built once per process and stay)."""
    found = []
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] == "govlint":
            for value in vars(module).values():
                info = getattr(value, "cache_info", None)
                if info is not None and (info().maxsize or 0) >= 1024:
                    found.append(value)
    return found


def _worker(args) -> int:
    """In one process (``--worker`` mode): lint every text once untimed, then time each
    text ``--passes`` times, the text caches emptied before each; print JSON."""
    from govlint import Settings
    from govlint import lint_text as lint_with
    from govlint.cli.commands import collect_paths
    from govlint.syntax.files import read_file

    from govlint.model.proofread.model import load

    settings = Settings(ignore=tuple(args.ignore.split(","))) if args.ignore else Settings()

    def lint_text(text, name):
        return lint_with(text, name, settings)

    lint_text(WARM_UP, "warm-up.txt")
    if args.worker == "reports":
        texts = [(p, read_file(p).text) for p in collect_paths(args.paths)]
        passes = args.passes
    else:   # scaling: one text made of the first N reports (cycling when there are fewer)
        reports = [read_file(p).text for p in collect_paths(args.paths)]
        texts = [(f"{n}x", "\n".join(reports[i % len(reports)] for i in range(n)))
                 for n in map(int, args.scale.split(","))]
        passes = 1
    for name, text in texts:
        lint_text(text, name)
    caches = _text_caches()
    out = []
    for name, text in texts:
        walls, cpus = [], []
        for _ in range(passes):
            # as the next report of a long batch: the caches hold every other report, never this one
            for cache in caches:
                cache.cache_clear()
            if hasattr(load(), "forget"):   # (a govlint before the proofreader's memo has none)
                load().forget()
            for memo in getattr(import_module("govlint.text_memo"), "_MEMOS", ()):
                memo.forget()               # and what earlier runs kept of its readings
            for other, other_text in texts:
                if other != name and args.worker == "reports":
                    lint_text(other_text, other)
            wall, cpu = time.perf_counter(), time.process_time()
            lint_text(text, name)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        out.append([name, len(text), statistics.median(walls), statistics.median(cpus)])
    print(json.dumps(out))
    return 0


def _in_worker(mode, paths, scale="1", passes=1, ignore=""):
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", mode, "--scale", scale,
               "--passes", str(passes), "--ignore", ignore, *map(str, paths)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise CommandFailed(command, done.returncode, done.stderr)
    return json.loads(done.stdout)


def in_process(paths, passes, ignore=""):
    """Per report: (name, characters, median wall s, median cpu s) over ``passes`` passes,
    the rules of ``ignore`` (codes, comma-separated) left out."""
    return [tuple(row) for row in _in_worker("reports", paths, passes=passes, ignore=ignore)]


def _shared_reports():
    return [str(SHARED / name) for name in ("seeds", "corpus-full", "corpus") if (SHARED / name).is_dir()]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="reports for the in-process figures "
                        "(default: ../shared/seeds and ../shared/corpus-full)")
    parser.add_argument("--runs", type=int, default=11, help="alternating cold-start runs (default 11)")
    parser.add_argument("--passes", type=int, default=3, help="timed passes for the in-process figures")
    parser.add_argument("--scale", default="1,10,50", help="reports per text for the scaling figures")
    parser.add_argument("--cold", help="the report timed from a cold start "
                        "(default: the largest of the in-process reports)")
    parser.add_argument("--batch-runs", type=int, default=3, help="runs of each batch command")
    parser.add_argument("--instructions", action="store_true",
                        help="also count the instructions of one cold start and of python -c pass "
                             "(valgrind; a figure the machine's load does not move)")
    parser.add_argument("--worker", choices=("reports", "scale"), help=argparse.SUPPRESS)
    parser.add_argument("--ignore", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.paths = args.paths or [str(SHARED / "seeds"), str(SHARED / "corpus-full")]
    if args.worker:
        return _worker(args)
    try:
        return _report(args)
    except CommandFailed as exc:
        print(f"bench: not timed, the command failed: {exc}", file=sys.stderr)
        return 1


def _report(args) -> int:
    print(f"python {sys.version.split()[0]} ({sys.executable}); {os.cpu_count()} cores; "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}"
          + ("; PYTHONDONTWRITEBYTECODE is set: every import compiles its source" if
             os.environ.get("PYTHONDONTWRITEBYTECODE") else ""))

    from govlint.cli.commands import collect_paths   # after the argument check: a bad path is a failed run

    for path in args.paths:
        if not Path(path).exists():
            timed(govlint_command([path]))      # govlint's own one-line error, as a failed run
    files = collect_paths(args.paths)
    cold = args.cold or max(files, key=lambda p: Path(p).stat().st_size)
    print(f"\ncold start on {cold} ({Path(cold).stat().st_size // 1000} KB), medians of {args.runs} "
          f"alternating runs of govlint and python -c pass:")
    foreign = site_imports()
    if foreign:
        print(f"  note: python -c pass here imports {', '.join(foreign)} at start-up (a .pth file of the "
              f"environment), which both sides pay: the ratio is lower than in a clean virtual environment")
    base = instructions([sys.executable, "-c", "pass"]) if args.instructions else None
    for case, label in COLD_CASES:
        ours, bare, mine = cold_start(cold, args.runs, case, count=bool(base))
        print(f"  the report {label}:")
        for which_label, which in (("wall", 0), ("cpu (user+sys)", 1)):
            ms, base_ms = _median(ours, which) * 1000, _median(bare, which) * 1000
            ratio = f"{ms / base_ms:.1f} ×" if base_ms > 0 else "n/a"
            print(f"    {which_label:15} govlint {ms:6.0f} ms   python -c pass {base_ms:5.0f} ms   ratio {ratio}")
        if mine and base:
            print(f"    {'instructions':15} govlint {mine / 1e6:6.0f} M    python -c pass {base / 1e6:5.0f} M    "
                  f"ratio {mine / base:.1f} ×")
    if args.instructions and not base:
        print("  instructions: valgrind not found")

    per_report = in_process(args.paths, args.passes)
    chars = sum(c for _, c, _, _ in per_report)
    print(f"\nin process, each report as the next one of a batch (never seen before), medians of "
          f"{args.passes} passes over {len(per_report)} reports:")
    for label, which in (("wall", 2), ("cpu", 3)):
        seconds = [r[which] for r in per_report]
        print(f"  {label:4} median {statistics.median(seconds) * 1000:5.1f} ms per report, mean "
              f"{sum(seconds) / len(seconds) * 1000:5.1f} ms, {chars / sum(seconds) / 1000:4.0f} k characters/s "
              f"({chars / len(per_report) / 1000:.1f} k characters per report)")
    largest = max(per_report, key=lambda r: r[1])
    print(f"  largest: {Path(largest[0]).name} {largest[1] / 1000:.1f} k characters, "
          f"{largest[3] * 1000:.1f} ms cpu")
    # where the time goes: the same reports without the spelling rule, the costliest one
    without = in_process(args.paths, args.passes, ignore=SPELLING)
    cpu_with = statistics.median(r[3] for r in per_report)
    cpu_without = statistics.median(r[3] for r in without)
    print(f"  without the spelling rule {SPELLING}: cpu median {cpu_without * 1000:5.1f} ms per report "
          f"({SPELLING} takes {(cpu_with - cpu_without) / cpu_with:.0%} of it)")

    every = _shared_reports()
    if every:
        count = len(collect_paths(every))
        print(f"\nbatch, the whole command over {count} shared reports ({', '.join(every)}), "
              f"median of {args.batch_runs}:")
        for jobs in ("1", "2"):
            runs = [timed(govlint_command(every, "--jobs", jobs)) for _ in range(args.batch_runs)]
            wall = _median(runs, 0)
            print(f"  --jobs {jobs}: {wall:5.2f} s wall, {_median(runs, 1):5.2f} s cpu, {count / wall:5.1f} reports/s")

    scaled = len(collect_paths(_shared_reports() or args.paths))
    print(f"\nscaling, one text made of N reports from {scaled} different ones (cycling), median of 3 processes:")
    runs = [_in_worker("scale", _shared_reports() or args.paths, args.scale) for _ in range(3)]
    base = None
    for i, (name, size, _, _) in enumerate(runs[0]):
        cpu = statistics.median(r[i][3] for r in runs)
        per_k = cpu / size * 1e6
        base = base or per_k
        print(f"  {name:>4}: {size / 1000:7.1f} k characters, {cpu * 1000:7.0f} ms cpu, "
              f"{per_k:5.2f} ms per 1000 characters ({per_k / base:.2f} × the 1× rate)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
