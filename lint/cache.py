"""Where govlint keeps what it can build once and reuse across runs (the parser tables).

``$GOVLINT_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/govlint``, else ``~/.cache/govlint``.
Set ``GOVLINT_CACHE_DIR`` to an empty string to build everything afresh each run.
A cache that cannot be created or written is not an error: the work is simply done again.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir(create: bool = True) -> Path | None:
    """The cache folder, created if need be, or None when caching is off or impossible.
    With ``create`` false, only a folder that is already there (what reading needs)."""
    chosen = os.environ.get("GOVLINT_CACHE_DIR")
    if chosen is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        chosen = os.path.join(base, "govlint")
    if not chosen:
        return None
    path = Path(chosen)
    try:
        if create:
            path.mkdir(parents=True, exist_ok=True)
        elif not path.is_dir():
            return None
    except OSError:
        return None
    return path if os.access(path, os.W_OK | os.R_OK) else None
