"""Entry points of a group, found once and remembered across runs.

Reading every installed distribution's metadata (and importing
:mod:`importlib.metadata`, which pulls in the e-mail parser) costs more than the
rest of a one-file run's start-up.  The list of a group's entry points is kept in
the cache folder (:mod:`govlint.cache`) under a key made of the import path and, in
each of its folders, the metadata folders of the distributions there and their
modification times: installing, upgrading or removing a distribution changes them, so
the key, and the metadata is read again.

Each import path has its own file (named by the key's checksum): ``govlint`` as a
script puts its own folder first on the path, ``python -m govlint`` the current one,
and a pre-commit hook and a clerk's terminal taking turns would otherwise read the
metadata again at every run.  The newest :data:`KEPT` files of a group stay.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import sys
import zlib
from dataclasses import dataclass

from govlint.cache import cache_dir

#: the folders a distribution's metadata is in
_METADATA = (".dist-info", ".egg-info")
#: the lists kept per group: one per import path a run started with, the newest ones
KEPT = 8


@dataclass(frozen=True)
class EntryPoint:
    """An entry point of an installed distribution, as kept in the cache folder."""

    name: str
    value: str       # "module:attribute.path" as the distribution declares it
    dist: str        # the distribution that declares it (its name)

    def load(self):
        """The object the entry point names (as :meth:`importlib.metadata.EntryPoint.load`)."""
        module_name, _, attrs = self.value.partition(":")
        found = importlib.import_module(module_name.strip())
        return functools.reduce(getattr, [a for a in attrs.strip().split(".") if a], found)


def _key() -> list:
    """What the installed distributions depend on: for each import-path entry, its
    distributions' metadata folders (``*.dist-info``, ``*.egg-info``, an egg's
    ``EGG-INFO``), each with its own time (pip writes a new ``.dist-info`` at every
    install), and for the egg-info ones their ``entry_points.txt``'s too (a legacy
    editable install rewrites that file inside a folder it keeps).

    Not the entry's own time: the current folder, first on the path of ``python -m
    govlint``, changes whenever a file is saved there, which says nothing of what is
    installed.  A zip file or a path that is no folder counts by its own time."""
    key = [sys.version, sys.executable]
    for entry in sys.path:
        entry = str(entry)
        folder = entry or "."
        try:
            with os.scandir(folder) as found:
                key.append([entry, sorted([e.name, e.stat().st_mtime_ns, _points_time(e)]
                                          for e in found if _is_metadata(e.name))])
        except (NotADirectoryError, FileNotFoundError):
            key.append([entry, _time(folder)])
        except (OSError, ValueError):    # unreadable, or not a path at all (a NUL in it)
            key.append([entry, None])
    return key


def _is_metadata(name: str) -> bool:
    """A distribution's metadata folder, named as :mod:`importlib.metadata` finds them
    (in any case)."""
    lowered = name.lower()
    return lowered.endswith(_METADATA) or lowered == "egg-info"


def _points_time(entry: os.DirEntry) -> int | None:
    """The time of an egg-info folder's ``entry_points.txt`` (None for a dist-info)."""
    return None if entry.name.lower().endswith(".dist-info") else _time(entry.path, "entry_points.txt")


def _time(*parts: str) -> int | None:
    """The modification time of the file ``parts`` name, None when there is none."""
    try:
        return os.stat(os.path.join(*parts)).st_mtime_ns
    except (OSError, ValueError):
        return None


def _scan(group: str) -> list[EntryPoint]:
    from importlib import metadata

    return [EntryPoint(ep.name, ep.value, ep.dist.name if ep.dist else ep.name)
            for ep in metadata.entry_points(group=group)]


def entry_points(group: str) -> list[EntryPoint]:
    """The entry points of ``group`` in the installed distributions."""
    folder = cache_dir()
    if folder is None:
        return _scan(group)
    key = _key()
    text = json.dumps(key)
    path = os.path.join(folder, f"entry-points-{group}-{zlib.crc32(text.encode()):08x}.json")
    try:
        with open(path, encoding="utf-8") as handle:
            stored = json.loads(handle.read())
        if stored.get("key") == key:
            found = [EntryPoint(*fields) for fields in stored["entry_points"]]
            os.utime(path)          # (used now: the pruning keeps the lists used last)
            return found
    except (OSError, ValueError, TypeError, AttributeError, KeyError):
        pass   # no list yet, or one this version cannot read: scan again
    found = _scan(group)
    try:
        temporary = f"{path}.{os.getpid()}.tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(json.dumps({"key": key, "entry_points": [[e.name, e.value, e.dist] for e in found]}))
        os.replace(temporary, path)
        _prune(folder, group)
    except OSError:
        pass   # a read-only cache: the scan is simply done again next time
    return found


def _prune(folder: str, group: str) -> None:
    """Remove all but the newest :data:`KEPT` lists of ``group``."""
    prefix = f"entry-points-{group}-"
    lists = [os.path.join(folder, name) for name in os.listdir(folder)
             if name.startswith(prefix) and name.endswith(".json")]
    kept = sorted(lists, key=lambda path: os.stat(path).st_mtime_ns, reverse=True)
    for old in kept[KEPT:]:
        try:
            os.unlink(old)
        except OSError:
            pass   # removed by another run meanwhile
