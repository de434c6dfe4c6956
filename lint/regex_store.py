"""Regular expressions compiled once per installation, not once per run.

Python compiles a pattern with a compiler written in Python: the ~300 patterns of
one run (the rules', the grammar's lexer, the libraries') take about 100 ms, a fifth
of a one-file run.  What the compiler produces is a list of integers that the C
engine takes as it is (``_sre.compile``), so that list is kept in the cache folder
(:mod:`govlint.cache`): :func:`warm` puts the stored patterns into :mod:`re`'s own
cache before govlint's modules compile theirs, and ``re.compile`` then returns them
without compiling; :func:`save` stores what a run compiled that the store lacked.

Nothing else changes: a pattern is the one ``re.compile`` builds (a stored pattern is
kept only when the rebuilt one compares equal to it), the store is keyed by the exact
interpreter build and checked by a checksum, and a missing, damaged or unwritable
store only means compiling as usual.  Only CPython, where the internals used here are
known (``re._compiler`` / ``sre_compile``); elsewhere both functions do nothing.
"""

from __future__ import annotations

import array
import marshal
import os
import re
import sys

from govlint.cache import interpreter_file, read_checked, write_checked

try:
    import _sre
    try:
        from re import _compiler, _parser
    except ImportError:   # Python before 3.11
        import sre_compile as _compiler
        import sre_parse as _parser
except ImportError:   # not CPython
    _sre = None

#: at most this many patterns are stored, fewer than :mod:`re` keeps (512) so that
#: warming never pushes out what a run compiles itself
LIMIT = 400

_stored: dict | None = None   # (type, pattern, flags) → its record, as read by warm()
_seen: set = set()             # patterns the last run compiled that are not stored yet


def _file(create: bool = True):
    if _sre is None or sys.implementation.name != "cpython":
        return None
    return interpreter_file("patterns", f"{_sre.MAGIC}|{_sre.CODESIZE}", create)


def _read(path) -> tuple[dict, set]:
    """(stored records by key, keys seen once) from the store, or nothing when it is damaged."""
    payload = read_checked(path)
    try:
        records, seen = marshal.loads(payload)
        return ({(type(record[0]), record[0], record[1]): record for record in records},
                {(type(source), source, flags) for source, flags in seen})
    except (ValueError, EOFError, TypeError, IndexError):
        return {}, set()


def _pattern(record) -> re.Pattern:
    source, _flags, state_flags, code, groups, groupindex, indexgroup = record
    return _sre.compile(source, state_flags, array.array("I", code).tolist(), groups, groupindex, indexgroup)


def warm() -> None:
    """Put the stored patterns into :mod:`re`'s cache (once per process)."""
    global _stored, _seen
    if _stored is not None:
        return
    _stored = {}
    path = _file(create=False)   # importing govlint makes no folder; a CLI run's save() does
    if path is None or not os.path.exists(path):
        return
    _stored, _seen = _read(path)
    cache = re._cache
    for key, record in _stored.items():
        if key not in cache:
            try:
                cache[key] = _pattern(record)
            except (RuntimeError, TypeError, ValueError, OverflowError):   # a record this engine refuses
                pass


def _record(key, compiled: re.Pattern):
    """What :func:`_pattern` needs to rebuild ``compiled``, or None if it would not come out equal."""
    _kind, source, flags = key
    tree = _parser.parse(source, flags)
    code = _compiler._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    record = (source, flags, flags | tree.state.flags, array.array("I", code).tobytes(),
              tree.state.groups - 1, groupindex, tuple(indexgroup))
    return record if _pattern(record) == compiled else None


def save() -> None:
    """Store the patterns this run compiled that the last run compiled too.

    A pattern built from a report's own words (an agency's name, a row label) differs
    from run to run: stored only once it comes back, so that the store holds what every
    run needs.  When it would grow past :data:`LIMIT` it starts afresh.
    """
    global _stored, _seen
    path = _file()
    if path is None or _stored is None:
        return
    compiled = {key: pattern for key, pattern in list(re._cache.items())
                if isinstance(key, tuple) and len(key) == 3 and isinstance(key[1], (str, bytes))
                and isinstance(key[2], int) and key not in _stored}
    again = [key for key in compiled if key in _seen]
    fresh = {key for key in compiled if key not in _seen}
    if not again and fresh == _seen:
        return
    stored = _stored if len(_stored) + len(again) <= LIMIT else {}
    for key in again:
        try:
            record = _record(key, compiled[key])
        except (AttributeError, TypeError, ValueError, IndexError, OverflowError, RuntimeError,
                RecursionError, re.error):   # internals this version does not have: not stored
            record = None
        if record is not None:
            stored[key] = record
    seen = set(list(fresh)[:LIMIT])
    payload = marshal.dumps((list(stored.values()), [(source, flags) for _kind, source, flags in seen]))
    if not write_checked(path, payload):
        return   # a read-only cache: compiled again next time
    _stored, _seen = stored, seen
