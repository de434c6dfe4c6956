"""Score govlint against the hand labels of ../shared/corpus (LABELS.md).

    python3 bench/score_corpus.py [--corpus DIR] [--show-misses] [--show-false]

A finding *hits* a labelled defect when it lies within one line of it and belongs to its
family (the first letter of the code; a label marked ``?`` accepts any family).  An error or
warning that hits no defect, is not on a judgment-call line and lies inside the stored text is
counted as a *false alarm*.  S110 (report cut off) on the last stored line is the source's cut,
not the agency's defect: it is neither a hit nor a false alarm.  Info findings are listed apart.

Prints recall per family and the false alarms per rule.  It measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINE_REF = re.compile(r"L(\d+)(?:\s*[–-]\s*L?(\d+))?")
DEFECT = re.compile(r"^- (L[^·]*?)\s*·\s*[^·]*?\((?P<family>[A-Z?/]+)\)\s*·")


@dataclass
class FileLabels:
    defects: list = field(default_factory=list)   # (set of lines, families, text)
    judgment: set = field(default_factory=set)
    last_line: int | None = None


def lines_of(ref: str) -> set:
    found = set()
    for match in LINE_REF.finditer(ref):
        start = int(match.group(1))
        end = int(match.group(2) or start)
        found.update(range(start, end + 1))
    return found


def read_labels(path: Path) -> dict:
    labels: dict[str, FileLabels] = {}
    current = None
    section = None
    for line in path.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## (\S+\.txt)", line)
        if heading:
            current = labels.setdefault(heading.group(1), FileLabels())
            section = None
            last = re.search(r"last stored line L(\d+)", line)
            if last:
                current.last_line = int(last.group(1))
            continue
        if current is None:
            continue
        if line.startswith("Defects"):
            section = "defects"
        elif line.startswith("Holds"):
            section = "holds"
        elif line.startswith("Judgment calls"):
            current.judgment |= lines_of(line)
            section = None
        elif line.startswith("Last line"):
            last = re.search(r"L(\d+)", line)
            if last:
                current.last_line = int(last.group(1))
        elif section == "defects":
            match = DEFECT.match(line)
            if match:
                families = set(match.group("family").replace("/", ""))
                current.defects.append((lines_of(match.group(1)), families, line[2:80]))
    return labels


def run_govlint(folder: Path) -> list:
    files = sorted(str(p) for p in folder.glob("*.txt"))
    done = subprocess.run([sys.executable, "-m", "govlint", "--format", "json", *files],
                          capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"govlint failed ({done.returncode}): {done.stderr.strip()[:500]}")
    return json.loads(done.stdout or "[]")


def hits(finding, defect) -> bool:
    lines, families, _ = defect
    near = any(abs(finding["line"] - line) <= 1 for line in lines)
    return near and ("?" in families or finding["code"][0] in families)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--show-false", action="store_true")
    args = parser.parse_args()
    labels = read_labels(args.corpus / "LABELS.md")
    findings = defaultdict(list)
    for finding in run_govlint(args.corpus):
        findings[Path(finding["path"]).name].append(finding)

    found, total = Counter(), Counter()
    false_alarms, misses, infos = [], [], Counter()
    for name, label in sorted(labels.items()):
        mine = findings.get(name, [])
        for defect in label.defects:
            family = "".join(sorted(defect[1]))
            total[family] += 1
            if any(hits(f, defect) for f in mine):
                found[family] += 1
            else:
                misses.append((name, defect))
        for f in mine:
            if f["severity"] == "info":
                infos[f["code"]] += 1
                continue
            if any(hits(f, d) for d in label.defects):
                continue
            if f["line"] in label.judgment:
                continue
            if label.last_line and f["line"] > label.last_line:
                continue
            if f["code"] == "S110" and label.last_line and f["line"] >= label.last_line - 1:
                continue
            false_alarms.append((name, f))

    print("recall on the labelled defects, per family:")
    for family in sorted(total):
        print(f"  {family}: {found[family]}/{total[family]}")
    print(f"  all: {sum(found.values())}/{sum(total.values())}")
    by_rule = Counter(f["code"] for _, f in false_alarms)
    print(f"false alarms (errors and warnings on no labelled defect): {len(false_alarms)}"
          + (" — " + ", ".join(f"{c} {n}" for c, n in sorted(by_rule.items())) if by_rule else ""))
    if infos:
        print("info findings (not scored): " + ", ".join(f"{c} {n}" for c, n in sorted(infos.items())))
    if args.show_false:
        for name, f in false_alarms:
            print(f"  FALSE {name}:{f['line']}:{f['column']}: {f['code']} {f['message']}")
    if args.show_misses:
        for name, (_, families, text) in misses:
            print(f"  MISS  {name} ({''.join(sorted(families))}) {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
