"""Make the README's screenshot of the HTML audit page: the page for the bundled
examples, opened on one report, in headless chromium (as the tests drive it).

    python3 bench/html_screenshot.py [--report N] [--out examples/audit-page.png]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from chromium import Chromium, executable  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", type=int, default=0, help="which report to open (0: the first)")
    parser.add_argument("--out", default=str(ROOT / "examples" / "audit-page.png"))
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=1720)
    args = parser.parse_args()
    binary = executable()
    if binary is None:
        sys.exit("chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as work:
        page = Path(work) / "audit.html"
        # paths on the page are relative to the folder govlint runs in
        subprocess.run([sys.executable, "-m", "govlint", "--format", "html", "-o", str(page), "examples"],
                       cwd=ROOT, stdout=subprocess.DEVNULL)
        with Chromium(binary, width=args.width, height=args.height) as browser:
            browser.open(f"{page.as_uri()}#report-{args.report}")
            browser.screenshot(args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
