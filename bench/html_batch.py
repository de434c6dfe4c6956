"""Benchmark: the HTML audit page for a batch of 500 reports — its size, the time to
make it, and how fast it opens and reacts in headless chromium.  It measures; it
asserts nothing.

    python3 bench/html_batch.py [PATH …] [--reports 500] [--runs 5] [--keep DIR]

The batch is the given report files (default: ../shared/seeds and
../shared/corpus-full, whole real reports) copied round-robin under distinct
names until there are ``--reports`` of them.  Timings in the browser come from
the page itself (Navigation Timing and the ``data-ready`` mark its script sets
when the overview is ready); chromium runs headless with a fresh profile, as in
the tests (tests/chromium.py).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from chromium import Chromium, executable  # noqa: E402

SHARED = ROOT.parent / "shared"


def report_files(paths) -> list[Path]:
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.txt") if p.name[0].isdigit() or "_" in p.name))
        elif path.is_file():
            found.append(path)
    return found


def make_batch(sources: list[Path], count: int, folder: Path) -> int:
    """``count`` reports under ``folder``; returns their total size in bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(count):
        source = sources[i % len(sources)]
        target = folder / f"{i:03d}_{source.name}"
        shutil.copyfile(source, target)
        total += target.stat().st_size
    return total


def page_timings(browser: Chromium, url: str) -> dict:
    browser.open("about:blank")
    start = time.perf_counter()
    browser.open(url)
    wall = time.perf_counter() - start
    navigation = browser.evaluate("""(() => { const n = performance.getEntriesByType('navigation')[0];
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        return { domInteractive: n.domInteractive, load: n.loadEventEnd,
                 ready: Number(document.documentElement.getAttribute('data-ready')),
                 paint: paint ? paint.startTime : null }; })()""")
    navigation["wall"] = wall * 1000
    navigation["open_report"] = browser.evaluate("""(async () => {
        const t0 = performance.now(); location.hash = '#report-' + Math.floor(%d / 2);
        await new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)));
        return performance.now() - t0; })()""" % browser.evaluate("document.querySelectorAll('#overview-table tbody tr').length"))
    browser.evaluate("location.hash = '#overview'; 0")
    navigation["filter"] = browser.evaluate("""(() => { const t0 = performance.now();
        document.getElementById('filter-severity-error').click(); const t = performance.now() - t0;
        document.getElementById('filter-severity-error').click(); return t; })()""")
    navigation["search"] = browser.evaluate("""(async () => { const box = document.getElementById('filter-search');
        box.value = '合计'; const t0 = performance.now(); box.dispatchEvent(new Event('input'));
        await new Promise(done => setTimeout(done, 160));
        await new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)));
        return performance.now() - t0 - 160; })()""")
    return navigation


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(SHARED / "seeds"), str(SHARED / "corpus-full")])
    parser.add_argument("--reports", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=0, help="govlint --jobs (0: one process per core)")
    parser.add_argument("--keep", metavar="DIR", help="leave the batch and the page in DIR")
    args = parser.parse_args()

    sources = report_files(args.paths)
    if not sources:
        sys.exit(f"no report files under {' '.join(args.paths)}")
    binary = executable()
    if binary is None:
        sys.exit("chromium is not installed (apt-get install chromium)")
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="govlint-html-bench-"))
    try:
        reports = work / "reports"
        if reports.exists():
            shutil.rmtree(reports)
        size_in = make_batch(sources, args.reports, reports)
        page = work / "audit.html"
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "govlint", "--format", "html", "--jobs", str(args.jobs),
                        "-o", str(page), str(reports)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        made = time.perf_counter() - start
        size = page.stat().st_size
        print(f"batch: {args.reports} reports from {len(sources)} distinct files, {size_in / 1e6:.1f} MB of text")
        print(f"page: {size / 1e6:.1f} MB ({size / args.reports / 1e3:.1f} kB per report), "
              f"made in {made:.1f} s (govlint --format html --jobs {args.jobs})")
        runs = []
        with Chromium(binary, width=1280, height=900, timeout=120) as browser:
            for _ in range(args.runs):
                runs.append(page_timings(browser, page.as_uri()))

        def median(key):
            values = [run[key] for run in runs if run[key] is not None]
            return f"{statistics.median(values):.0f} ms" if values else "n/a"
        print(f"open in headless chromium (median of {args.runs}): overview ready {median('ready')}, "
              f"load event {median('load')}, first contentful paint {median('paint')}, "
              f"navigate-to-load wall time {median('wall')}")
        print(f"then: open one report {median('open_report')}, toggle a severity filter {median('filter')}, "
              f"search every report's findings {median('search')}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
