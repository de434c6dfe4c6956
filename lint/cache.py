"""Where govlint keeps what it can build once and reuse across runs (the parser tables).

``$GOVLINT_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/govlint``, else ``~/.cache/govlint``.
Set ``GOVLINT_CACHE_DIR`` to an empty string to build everything afresh each run.
A cache that cannot be created or written is not an error: the work is simply done again.

Paths are plain strings (:mod:`os.path`): :mod:`pathlib` with what it imports is a
fiftieth of a one-file run's start-up, and nothing else of a check needs it.
"""

from __future__ import annotations

import os
import sys
import zlib


def cache_dir(create: bool = True) -> str | None:
    """The cache folder, created if need be, or None when caching is off or impossible.
    With ``create`` false, only a folder that is already there (what reading needs)."""
    chosen = os.environ.get("GOVLINT_CACHE_DIR")
    if chosen is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        chosen = os.path.join(base, "govlint")
    if not chosen:
        return None
    path = chosen
    try:
        if create:
            os.makedirs(path, exist_ok=True)
        elif not os.path.isdir(path):
            return None
    except OSError:
        return None
    return path if os.access(path, os.W_OK | os.R_OK) else None


def interpreter_file(stem: str, build: str, create: bool = True) -> str | None:
    """``<cache>/<stem>-py3X-<hash of build>.marshal``: a file for what only this exact
    interpreter build can read back (``build`` names what the contents depend on), or None
    when there is no cache folder."""
    folder = cache_dir(create)
    if folder is None:
        return None
    version = f"py{sys.version_info[0]}{sys.version_info[1]}"
    return os.path.join(folder, f"{stem}-{version}-{zlib.crc32(f'{sys.version}|{build}'.encode()):08x}.marshal")


def read_checked(path: str) -> bytes | None:
    """The payload :func:`write_checked` wrote to ``path``, or None when it is missing,
    unreadable or damaged (its checksum does not match)."""
    try:
        with open(path, "rb") as handle:
            blob = handle.read()
    except OSError:
        return None
    payload = blob[4:]
    if len(blob) < 4 or int.from_bytes(blob[:4], "little") != zlib.crc32(payload):
        return None
    return payload


def write_checked(path: str, payload: bytes) -> bool:
    """Write ``payload`` with its checksum to ``path`` atomically (another process reads
    the old file or the new one, never half of one); False when it cannot be written."""
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        with open(temporary, "wb") as handle:
            handle.write(zlib.crc32(payload).to_bytes(4, "little") + payload)
        os.replace(temporary, path)
    except OSError:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        return False
    return True
