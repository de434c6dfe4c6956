"""Shared test helpers: where ../shared is, and how tests that need it behave.

Tests that read ../shared/seeds, ../shared/corpus or ../shared/corpus-full run
when the folder is there; when it is missing they fail loudly under CI=true and
skip with a reason elsewhere.
"""

from __future__ import annotations

import os
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
