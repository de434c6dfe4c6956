"""TOML, read with the standard :mod:`tomllib` (Python 3.11+) or :mod:`tomli` before it,
imported when a TOML text is first read: a run with no configuration file reads none.

``toml_reader.loads`` and ``toml_reader.TOMLDecodeError`` are those of that module.
"""

from __future__ import annotations

import sys


def _module():
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib


def loads(text: str) -> dict:
    """The table of a TOML text; raises :data:`TOMLDecodeError` when it is not TOML."""
    return _module().loads(text)


def __getattr__(name: str):
    if name == "TOMLDecodeError":
        return _module().TOMLDecodeError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
