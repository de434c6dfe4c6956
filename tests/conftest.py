"""Shared test helpers: where ../shared is, and how tests that need it behave.

Tests that read ../shared/seeds, ../shared/corpus or ../shared/corpus-full run
when the folder is there; when it is missing they fail loudly under CI=true and
skip with a reason elsewhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GOVLINT_SHARED", ROOT.parent / "shared"))


def shared_dir(name: str) -> Path:
    """The folder ``../shared/<name>``, or skip / fail as the house rules say."""
    folder = SHARED / name
    if folder.is_dir() and any(folder.iterdir()):
        return folder
    message = f"{folder} is missing: the shared test data is not beside this checkout"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message + " (CI=true, so this is an error)")
    pytest.skip(message)


@pytest.fixture
def govlint_path(tmp_path_factory):
    """An environment whose ``govlint`` command is the govlint under test.

    Recipes run ``govlint`` as a shell command; whatever ``govlint`` happens to be
    first on PATH (another checkout, a system install, none when the venv's bin is
    not on PATH) must not be what they test.  A small script that runs this
    interpreter's ``-m govlint`` goes first on PATH.
    """
    folder = tmp_path_factory.mktemp("govlint-bin")
    script = folder / "govlint"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m govlint "$@"\n', encoding="utf-8")
    script.chmod(0o755)
    return dict(os.environ, PATH=str(folder) + os.pathsep + os.environ.get("PATH", ""))


@pytest.fixture(autouse=True)
def _no_forced_colour(monkeypatch):
    """Text output is compared character by character: a FORCE_COLOR in the environment
    running the tests must not colour it (the colour tests set it themselves)."""
    monkeypatch.delenv("FORCE_COLOR", raising=False)


def pytest_sessionstart(session):
    """Stop at once, with the command that mends it, when the editable install is a link
    tree (see pyproject.toml) that lacks a module added to lint/, rules/ or grammar/ since.

    The tests, and the govlint commands they start, keep govlint's cache (the parser's
    tables, the plugin list) in a folder of their own, never in the user's."""
    import tempfile

    if "GOVLINT_CACHE_DIR" not in os.environ:
        os.environ["GOVLINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="govlint-test-cache-")
    import govlint

    installed = Path(govlint.__file__).resolve().parent
    tree = Path(govlint.__file__).parent
    if "__editable__" not in str(tree) or installed != ROOT / "lint":
        return
    missing = []
    for source, package in (("lint", "."), ("rules", "rules"), ("grammar", "grammar")):
        for path in (ROOT / source).rglob("*"):
            packaged = path.suffix in (".py", ".lark") or (path.suffix == ".toml" and path.parent.name == "data")
            if packaged and "__pycache__" not in path.parts:
                if not (tree / package / path.relative_to(ROOT / source)).exists():
                    missing.append(f"{source}/{path.relative_to(ROOT / source)}")
    if missing:
        pytest.exit(f"the editable install predates {', '.join(sorted(missing)[:5])}: "
                    "run python3 -m pip install -e '.[test]' again", returncode=2)
