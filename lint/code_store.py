"""The methods :mod:`dataclasses` writes, compiled once per installation, not once per run.

A dataclass gets its ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` (and, when
frozen, ``__setattr__`` and ``__delattr__``) as Python source that :mod:`dataclasses`
compiles with ``exec`` while the class is being defined.  Compiling is most of the cost:
about 1 ms per class, some 80 ms of a one-file run for govlint's ~80 classes, a sixth of
its start-up.  The compiled code objects are kept in the cache folder
(:mod:`govlint.cache`), as Python keeps a module's bytecode in ``__pycache__``:
:func:`warm` routes the ``exec`` of :mod:`dataclasses` through :func:`_exec`, which runs
the stored code object for a source it has seen and compiles the others;
:func:`save` stores what a run compiled that the store lacked.

Nothing else changes: a stored code object is the one ``compile`` makes of the very same
source text (the store is keyed by that text and by the exact interpreter build, and
checked by a checksum), and a missing, damaged or unwritable store only means compiling
as usual.  Only CPython; elsewhere both functions do nothing.
"""

from __future__ import annotations

import builtins
import dataclasses
import importlib.util
import marshal
import os
import sys
import types

from govlint.cache import interpreter_file, read_checked, write_checked

#: at most this many sources are stored (govlint's own classes need about 500); a run
#: that would grow the store past it starts it afresh, so that it stays bounded
LIMIT = 2000

_stored: dict[str, types.CodeType] | None = None   # source → its code, as read by warm()
_compiled: dict[str, types.CodeType] = {}           # sources this process compiled itself


def _file(create: bool = True):
    if sys.implementation.name != "cpython":
        return None
    return interpreter_file("dataclass-code", importlib.util.MAGIC_NUMBER.hex(), create)


def _read(path) -> dict:
    """The stored code objects by their source, or nothing when the store is damaged."""
    payload = read_checked(path)
    try:
        sources, codes = marshal.loads(payload)
        stored = dict(zip(sources, codes))
    except (ValueError, EOFError, TypeError):
        return {}
    if not all(type(s) is str and type(c) is types.CodeType for s, c in stored.items()):
        return {}
    return stored


def _exec(source, globals=None, locals=None, /):
    """``exec`` as :mod:`dataclasses` calls it, with a stored code object for a source seen before.

    The code is compiled as ``exec`` compiles a string in :mod:`dataclasses` (file name
    ``<string>``, none of this module's ``__future__`` flags), so that it is the same."""
    if type(source) is str:
        code = _stored.get(source) if _stored else None
        if code is None:
            code = _compiled.get(source)
            if code is None:
                code = _compiled[source] = compile(source, "<string>", "exec", dont_inherit=True)
        source = code
    return builtins.exec(source, globals, locals)


def warm() -> None:
    """Read the store and have :mod:`dataclasses` use it (once per process)."""
    global _stored
    if _stored is not None or sys.implementation.name != "cpython":
        return
    path = _file(create=False)   # importing govlint makes no folder; a CLI run's save() does
    _stored = _read(path) if path is not None and os.path.exists(path) else {}
    dataclasses.exec = _exec     # (a module global: found before the builtin of that name)


def save() -> None:
    """Store the code this run compiled that the store lacked."""
    global _stored
    if _stored is None or not _compiled:
        return
    path = _file()
    if path is None:
        return
    fresh = {source: code for source, code in _compiled.items() if source not in _stored}
    if not fresh:
        return
    stored = _stored if len(_stored) + len(fresh) <= LIMIT else {}
    stored = {**stored, **dict(list(fresh.items())[:LIMIT])}
    if write_checked(path, marshal.dumps((list(stored), list(stored.values())))):
        _stored = stored
        _compiled.clear()
