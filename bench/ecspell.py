"""Benchmark: the proofreader (W201) on the ECSpell official-document sentences.

    python3 bench/ecspell.py [--data ../shared/ecspell/odw.train] [--show N]

For each line ``n<TAB>as written<TAB>corrected``: a sentence with errors counts as
found when a slip is reported at one of its wrong characters (recall); every
corrected sentence counts as a false alarm when anything is reported in it.
Prints both at the shipped thresholds and at two others (``slack`` lowers both
gain thresholds by that many frequency classes), then the time per character.
Then, at each threshold, how many slips of the kinds ECSpell lacks are found
(stray, doubled and missing characters put into the corrected sentences at random:
:func:`synthetic`); false alarms are those of the corrected sentences above.
``--show N`` prints N false alarms and N misses to read.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from govlint.model.proofread import proofread
from govlint.model.wordlist import confusions

ROOT = Path(__file__).resolve().parent.parent
SLACKS = (-4.0, 0.0, 4.0)


def read(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        n, wrong, right = line.split("\t")
        yield int(n), wrong, right


def score(rows, slack: float):
    known = confusions()
    found = errors = alarms = 0
    misses, false = [], []
    for n, wrong, right in rows:
        if n:
            errors += 1
            bad = {i for i, (a, b) in enumerate(zip(wrong, right)) if a != b}
            if any(bad.intersection(range(s.start, s.end)) for s in proofread(wrong, known, slack=slack)):
                found += 1
            else:
                misses.append(wrong)
        flagged = proofread(right, known, slack=slack)
        if flagged:
            alarms += 1
            false.append((right, flagged))
    return found, errors, alarms, misses, false


def synthetic(rows, seed: int = 13):
    """Slips of the other kinds put into the corrected sentences (ECSpell has only
    wrong characters): for each distinct corrected sentence one of a stray character
    (a character of the benchmark's own text put in), a doubled character or a missing
    one, at a random place between Chinese characters.  Yields ``(kind, text, where)``:
    the slip is found when a slip is reported at one of the characters ``where``."""
    rng = random.Random(seed)
    sentences = sorted({right for _, _, right in rows})
    pool = [ch for text in sentences for ch in text if "\u4e00" <= ch <= "\u9fff"]
    for text in sentences:
        spots = [i for i in range(1, len(text) - 1)
                 if all("\u4e00" <= ch <= "\u9fff" for ch in text[i - 1:i + 2])]
        if not spots:
            continue
        i = rng.choice(spots)
        kind = rng.choice(("stray", "doubled", "missing"))
        if kind == "stray":
            yield kind, text[:i] + rng.choice(pool) + text[i:], {i}
        elif kind == "doubled":
            yield kind, text[:i] + text[i] + text[i:], {i, i + 1}
        else:
            yield kind, text[:i] + text[i + 1:], {i - 1, i}


def score_synthetic(rows, slack: float) -> dict:
    """For each kind: (found, of)."""
    out: dict = {}
    for kind, text, where in synthetic(rows):
        found = any(s.start in where for s in proofread(text, slack=slack))
        hit, total = out.get(kind, (0, 0))
        out[kind] = (hit + found, total + 1)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "ecspell" / "odw.train")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    if not args.data.exists():
        raise SystemExit(f"{args.data}: not found (the benchmark reads ../shared/ecspell)")
    rows = list(read(args.data))
    for slack in SLACKS:
        start = time.perf_counter()
        found, errors, alarms, misses, false = score(rows, slack)
        seconds = time.perf_counter() - start
        chars = sum(len(w) + len(r) for _, w, r in rows)
        mark = "  (shipped)" if slack == 0 else ""
        print(f"slack {slack:+.0f}: recall {found / errors:.3f} ({found}/{errors} sentences with errors "
              f"flagged at a wrong character), false alarms {alarms / len(rows):.2%} "
              f"({alarms}/{len(rows)} correct sentences), {seconds / chars * 1e6:.1f} µs/char{mark}")
        kinds = score_synthetic(rows, slack)
        print("         synthetic: " + ", ".join(f"{kind} {hit / total:.3f} ({hit}/{total})"
                                               for kind, (hit, total) in sorted(kinds.items())))
        if slack == 0 and args.show:
            for text, flagged in false[:args.show]:
                print("  false alarm:", text, [f"{s.wrong}→{s.right}" for s in flagged])
            for text in misses[:args.show]:
                print("  missed:", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
