"""bench/run.py times only runs that worked: a crashing command is an error with
its stderr, never a fast time."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


def test_a_crashing_command_is_not_timed():
    crash = [sys.executable, "-c", "import sys; sys.stderr.write('Traceback: boom\\n'); sys.exit(3)"]
    with pytest.raises(bench.CommandFailed) as failed:
        bench.whole_command([], 2, crash)
    assert failed.value.returncode == 3 and "Traceback: boom" in failed.value.stderr


def test_findings_are_a_normal_run(tmp_path):
    (tmp_path / "r.txt").write_text("甲\n", encoding="utf-8")
    assert len(bench.whole_command([str(tmp_path / "r.txt")], 1)) == 1


def test_the_script_exits_non_zero_with_the_stderr(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), str(tmp_path / "missing.txt"),
                           "--runs", "1"], capture_output=True, text=True)
    assert done.returncode == 1 and "文件不存在" in done.stderr and "exited with 2" in done.stderr


def test_the_caches_emptied_between_reports_are_the_text_caches_only():
    import govlint.syntax.dates  # noqa: F401  (the modules whose caches the bench empties)
    import govlint.model.tables.labels  # noqa: F401
    from govlint.syntax.parser import parser

    caches = bench._text_caches()
    names = {f"{cache.__module__}.{cache.__name__}" for cache in caches}
    assert {"govlint.syntax.dates._tokens", "govlint.model.tables.labels.similar"} <= names
    assert parser not in caches      # the parser is built once per process and stays


def test_a_timed_run_gives_wall_and_cpu_time():
    wall, cpu = bench.timed([sys.executable, "-c", "sum(range(10**6))"], lint=False)
    assert wall > 0 and cpu > 0
    with pytest.raises(bench.CommandFailed):
        bench.timed([sys.executable, "-c", "import sys; sys.exit(1)"], lint=False)


def test_instructions_are_counted_when_valgrind_is_there():
    import shutil

    if shutil.which("valgrind") is None:
        assert bench.instructions([sys.executable, "-c", "pass"]) is None
        return
    small = bench.instructions([sys.executable, "-c", "pass"])
    large = bench.instructions([sys.executable, "-c", "sum(range(200000))"])
    assert small and large and large > small
