"""How the govlint command ends (govlint.cli.ending): its exit code, its output flushed,
atexit handlers run, and the interpreter's tear-down skipped only when nothing needs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROGRAM = """
import atexit, io, sys
from govlint.cli.ending import end

# buffered whatever PYTHONUNBUFFERED says, so that what is written waits for a flush
sys.stdout = io.TextIOWrapper(io.BufferedWriter(io.FileIO(1, "w", closefd=False)))

class Torn:
    def __del__(self):
        sys.stderr.write("torn down\\n")

kept = Torn()                      # freed only by the interpreter's own tear-down
atexit.register(lambda: sys.stderr.write("atexit ran\\n"))
{before}
sys.stdout.write("results, not yet flushed")
end({code})
"""


def _run(code: int = 3, before: str = "", stdout=subprocess.PIPE, *args):
    return subprocess.run([sys.executable, *args, "-c", PROGRAM.format(code=code, before=before)],
                          stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=60)


def test_the_command_ends_with_its_code_its_output_flushed_and_atexit_run_without_tear_down():
    done = _run(3)
    assert done.returncode == 3
    assert done.stdout == "results, not yet flushed"
    assert "atexit ran" in done.stderr
    assert "torn down" not in done.stderr


@pytest.mark.parametrize("before, args", [
    ("import threading, time\nthreading.Thread(target=time.sleep, args=(0.2,)).start()", ()),
    ("", ("-X", "dev")),
])
def test_the_interpreter_ends_as_usual_while_a_thread_runs_or_in_development_mode(before, args):
    done = _run(4, before, subprocess.PIPE, *args)
    assert done.returncode == 4
    assert done.stdout == "results, not yet flushed"
    assert "atexit ran" in done.stderr and "torn down" in done.stderr


def test_python_i_still_goes_on_to_its_prompt():
    done = subprocess.run([sys.executable, "-i", "-c", PROGRAM.format(code=4, before="")], input="",
                          capture_output=True, text=True, timeout=60)
    assert ">>>" in done.stderr and "torn down" in done.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full to make a write fail")
def test_results_that_cannot_be_written_out_end_with_code_2_and_say_so():
    with open("/dev/full", "w") as full:
        done = _run(0, "", full)
    assert done.returncode == 2
    assert "无法写出检查结果" in done.stderr


def test_a_reader_that_went_away_is_no_error():
    program = PROGRAM.format(code=1, before="import time\ntime.sleep(0.5)")
    with subprocess.Popen([sys.executable, "-c", program], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as child:
        child.stdout.close()               # `govlint … | head` with head already gone
        stderr = child.stderr.read()
    assert child.returncode == 1
    assert "Traceback" not in stderr and "atexit ran" in stderr


def test_the_installed_command_and_python_m_govlint_end_through_it(tmp_path):
    pyproject = (Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert 'govlint = "govlint.cli.ending:run"' in pyproject
    report = tmp_path / "report.txt"
    report.write_text("2023年政府信息公开工作年度报告\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "govlint", "--format", "json", str(report)],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "GOVLINT_NO_PLUGINS": "1"})
    assert done.returncode == 1 and done.stdout.lstrip().startswith("[")
