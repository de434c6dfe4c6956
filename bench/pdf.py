"""Benchmark: reading PDF reports, measured, never asserted.

    python3 bench/pdf.py [PDF …] [--runs N] [--compare]

For each PDF (default: bench/data/report_10_pages.pdf, a ten-page report made by
tests/pdf_fixtures.py with LibreOffice from bench/data/report_10_pages.txt):

- whole command: median wall time of ``python -m govlint PDF`` (process start, imports,
  reading, parsing and every rule), and the peak memory (max RSS) of that process;
- in process: median time to read the PDF into the text form (``read_file``) and to
  check it (``check_file``: read + parse + rules), with imports and the parser warm.

``--compare`` also times the candidate libraries on the same file: pdfplumber
(characters with positions and ruled-table finding, what govlint uses), pdfminer.six's
plain ``extract_text`` and pypdfium2's text page (fast text, no tables).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "bench" / "data" / "report_10_pages.pdf"


def median_ms(times) -> str:
    return f"median {statistics.median(times) * 1000:.0f} ms (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})"


def whole_command(path: Path, runs: int):
    """bench/run.py's timing of the whole command (a failed run stops the bench), and the
    peak memory of the largest of those processes."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import CommandFailed
    from run import whole_command as timed

    try:
        times = timed([str(path)], runs)
    except CommandFailed as failed:
        sys.exit(f"govlint failed on {path} (exit {failed.returncode}): {failed.stderr.strip()}")
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return times, peak_mb


def in_process(path: Path, runs: int):
    from govlint.cli.runner import check_file
    from govlint.engine.settings import Settings, default_plugin_manager
    from govlint.syntax.files import read_file

    pm = default_plugin_manager()
    check_file(str(path), Settings(), pm=pm)   # imports, parser and plugins warm
    reading, checking = [], []
    for _ in range(runs):
        start = time.perf_counter()
        read_file(str(path))
        reading.append(time.perf_counter() - start)
        start = time.perf_counter()
        check_file(str(path), Settings(), pm=pm)
        checking.append(time.perf_counter() - start)
    return reading, checking


def compare(path: Path, runs: int) -> None:
    import pdfplumber
    import pypdfium2
    from pdfminer.high_level import extract_text

    def plumber():
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.chars
                page.find_tables()

    def pdfminer_text():
        extract_text(str(path))

    def pdfium():
        pdf = pypdfium2.PdfDocument(str(path))
        for page in pdf:
            page.get_textpage().get_text_range()
        pdf.close()

    for name, job in (("pdfplumber (chars + ruled tables)", plumber), ("pdfminer.six extract_text", pdfminer_text),
                      ("pypdfium2 text page (no tables)", pdfium)):
        job()
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            job()
            times.append(time.perf_counter() - start)
        print(f"  {name}: {median_ms(times)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[DEFAULT])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", action="store_true", help="also time the candidate PDF libraries")
    args = parser.parse_args()
    for path in args.paths:
        import pypdfium2

        try:
            pages = len(pypdfium2.PdfDocument(str(path)))
        except pypdfium2.PdfiumError as exc:
            sys.exit(f"{path}: {exc}")
        print(f"{path} ({pages} pages, {path.stat().st_size // 1024} KiB)")
        times, peak = whole_command(path, args.runs)
        print(f"  whole command: {median_ms(times)}, peak memory {peak:.0f} MB")
        reading, checking = in_process(path, args.runs)
        print(f"  in process: read {median_ms(reading)}; read + parse + rules {median_ms(checking)}")
        if args.compare:
            compare(path, args.runs)


if __name__ == "__main__":
    main()
