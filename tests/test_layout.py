"""The installed govlint is the one imported, wherever govlint runs from — also from
the folder that contains a checkout named ``govlint`` (which Python would otherwise
import as an empty namespace package, ahead of an editable install's import hook)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_in(folder: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run([sys.executable, *args], cwd=folder, env=env, capture_output=True, text=True)


def test_the_folder_that_contains_the_checkout(tmp_path):
    (tmp_path / "govlint").symlink_to(ROOT, target_is_directory=True)   # a checkout named govlint
    done = run_in(tmp_path, "-c", "import govlint; from govlint import hookimpl, lint_text; print(govlint.__file__)")
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()).name == "__init__.py"
    version = run_in(tmp_path, "-m", "govlint", "--version")
    assert version.returncode == 0 and version.stdout.startswith("govlint "), version.stderr


def test_an_unrelated_folder_named_govlint_in_the_working_directory(tmp_path):
    (tmp_path / "govlint" / "notes").mkdir(parents=True)
    done = run_in(tmp_path, "-c", "import govlint; print(govlint.lint_text('无。', 'a.txt') is not None)")
    assert done.returncode == 0 and done.stdout.strip() == "True", done.stderr
