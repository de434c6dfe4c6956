"""Which files a run checks: the paths given, and the report files under the
folders given, less what the configuration excludes and what git ignores.

As in ruff: a file named on the command line is always checked (unless
``--force-exclude``), a folder is walked in name order, folders whose name
starts with ``.`` are skipped, ``exclude`` patterns and ``.gitignore`` files
(inside a git work tree, with ``.git/info/exclude``) prune the walk.  A folder
that cannot be read is reported, never skipped without a word.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field


REPORT_SUFFIXES = (".txt", ".text", ".docx", ".html", ".htm", ".pdf")


def excluded(path: str, patterns, root: str) -> bool:
    """Whether ``path`` matches one of the ``exclude`` globs, ruff's way: a pattern
    without ``/`` matches a file or folder name anywhere (``archive``, ``*.bak.txt``),
    one with ``/`` the path relative to ``root`` (``2019/draft-*.txt``) or a folder
    above it."""
    if not patterns:
        return False
    full = os.path.abspath(path)
    relative = os.path.relpath(full, root).replace(os.sep, "/")
    inside = relative != ".." and not relative.startswith("../")
    parts = relative.split("/") if inside else [os.path.basename(full)]
    for pattern in patterns:
        pattern = pattern.removeprefix("./").rstrip("/")
        if "/" not in pattern:
            if any(fnmatch.fnmatchcase(part, pattern) for part in parts):
                return True
        elif inside and any(fnmatch.fnmatchcase("/".join(parts[:n]), pattern) for n in range(1, len(parts) + 1)):
            return True
    return False


@dataclass(frozen=True)
class Unreadable:
    """A folder the walk could not list."""

    path: str
    reason: str

    def line(self, lang: str) -> str:
        return (f"{self.path}: 无法读取目录（{self.reason}），其中的报告没有检查" if lang == "zh"
                else f"{self.path}: cannot read the folder ({self.reason}); its reports were not checked")


@dataclass
class Found:
    """The report files a walk of the given paths found, the folders it could not read and how
    many files it left out."""

    files: list[str] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)
    skipped: int = 0          # report files left out by exclude patterns or .gitignore


class _GitIgnores:
    """The ``.gitignore`` rules in force in one folder: the folder's own and its parents'
    up to the root of the git work tree (the deepest file that matches decides)."""

    def __init__(self, specs=()):
        self.specs = tuple(specs)    # (folder, spec), outermost first

    @classmethod
    def above(cls, folder: str) -> _GitIgnores | None:
        """The rules from the work tree's root down to ``folder``'s parent; None outside git."""
        folder = os.path.abspath(folder)
        chain = [folder]
        while not os.path.exists(os.path.join(chain[-1], ".git")):
            parent = os.path.dirname(chain[-1])
            if parent == chain[-1]:
                return None
            chain.append(parent)
        root = chain[-1]
        ignores = cls(())
        info = os.path.join(root, ".git", "info", "exclude")
        if os.path.isfile(info):
            ignores = ignores.with_file(root, info)
        for parent in reversed(chain[1:]):
            ignores = ignores.entering(parent)
        return ignores

    def with_file(self, folder: str, path: str) -> _GitIgnores:
        from pathspec import GitIgnoreSpec   # imported only where a .gitignore is found

        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                spec = GitIgnoreSpec.from_lines(handle.read().splitlines())
        except OSError:
            return self
        return _GitIgnores(self.specs + ((folder, spec),))

    def entering(self, folder: str) -> _GitIgnores:
        own = os.path.join(folder, ".gitignore")
        return self.with_file(folder, own) if os.path.isfile(own) else self

    def ignored(self, path: str, is_dir: bool) -> bool:
        full = os.path.abspath(path)
        for folder, spec in reversed(self.specs):
            relative = os.path.relpath(full, folder).replace(os.sep, "/") + ("/" if is_dir else "")
            verdict = spec.check_file(relative).include
            if verdict is not None:
                return verdict
        return False


def collect(paths, is_excluded=lambda path: False, *, respect_gitignore: bool = True,
            force_exclude: bool = False) -> Found:
    """The files to check, in order.  ``is_excluded(path)`` applies the exclude patterns
    (of the configuration that governs ``path``)."""
    found = Found()
    for path in paths:
        if path != "-" and os.path.isdir(path):
            if force_exclude and is_excluded(path):
                continue
            ignores = _GitIgnores.above(path) if respect_gitignore else None
            _walk(path, ignores, is_excluded, found)
        elif path != "-" and force_exclude and is_excluded(path):
            found.skipped += 1
        else:
            found.files.append(path)
    return found


def _walk(folder: str, ignores: _GitIgnores | None, is_excluded, found: Found) -> None:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        found.unreadable.append(Unreadable(folder, exc.strerror or str(exc)))
        return
    if ignores is not None:
        ignores = ignores.entering(folder)
    folders = []
    for entry in entries:
        path = os.path.join(folder, entry.name)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            if not entry.name.startswith(".") and not entry.is_symlink():
                folders.append((path, entry))
            continue
        if not entry.name.lower().endswith(REPORT_SUFFIXES):
            continue
        if is_excluded(path) or (ignores is not None and ignores.ignored(path, False)):
            found.skipped += 1
            continue
        found.files.append(path)
    for path, entry in folders:
        if is_excluded(path) or (ignores is not None and ignores.ignored(path, True)):
            continue
        _walk(path, ignores, is_excluded, found)
