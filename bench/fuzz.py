"""The long fuzz run: many hostile inputs through the file readers and the library.

    python3 bench/fuzz.py [--count 10000] [--start 0] [--hang 10]

Inputs are those of tests/fuzzing.py (mutated and re-encoded reports, random bytes,
damaged .docx files and web pages), one per seed from ``--start``.  Each is read,
checked, and its fixes applied; a crash (any exception but the one-line user error),
a failed rule, an impossible position or an input taking longer than ``--hang``
seconds is printed with its seed (replay it with ``--start SEED --count 1``).
Prints the totals at the end: inputs, crashes, hangs, slowest input.
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fuzzing import case, timed  # noqa: E402


class Hang(BaseException):
    pass


def _alarm(signum, frame):
    raise Hang()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--hang", type=float, default=10.0, help="seconds after which an input is a hang")
    args = parser.parse_args()
    from govlint.engine.settings import default_plugin_manager

    pm = default_plugin_manager()
    signal.signal(signal.SIGALRM, _alarm)
    crashes, hangs, problems = [], [], []
    kinds: collections.Counter = collections.Counter()
    slowest = (0.0, None)
    started = time.perf_counter()
    for seed in range(args.start, args.start + args.count):
        item = case(seed)
        kinds[item.kind] += 1
        signal.setitimer(signal.ITIMER_REAL, args.hang * 3)   # stop a real hang; > hang is counted
        try:
            found, seconds = timed(item.data, item.path, pm)
        except Hang:
            hangs.append(seed)
            print(f"seed {seed} ({item.kind}): hang, stopped after {args.hang * 3:g} s", flush=True)
            continue
        except Exception:  # noqa: BLE001 - a crash is what this run looks for
            crashes.append(seed)
            print(f"seed {seed} ({item.kind}): crash\n{traceback.format_exc()}", flush=True)
            continue
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        if seconds > args.hang:
            hangs.append(seed)
            print(f"seed {seed} ({item.kind}): {seconds:.1f} s", flush=True)
        if found:
            problems.append(seed)
            print(f"seed {seed} ({item.kind}): {found}", flush=True)
        slowest = max(slowest, (seconds, seed), key=lambda pair: pair[0])
        done = seed - args.start + 1
        if done % 1000 == 0:
            print(f"… {done} inputs, {time.perf_counter() - started:.0f} s", flush=True)
    total = time.perf_counter() - started
    print(f"inputs {args.count} ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}) in {total:.0f} s; "
          f"crashes {len(crashes)}; hangs over {args.hang:g} s {len(hangs)}; failed rules or bad positions "
          f"{len(problems)}; slowest {slowest[0]:.2f} s (seed {slowest[1]})")
    return 1 if crashes or hangs or problems else 0


if __name__ == "__main__":
    sys.exit(main())
