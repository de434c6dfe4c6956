"""What a pure reading of a text found, kept across runs for the texts that come back.

An editor's save hook or a pre-commit hook checks the same report again after every
small edit, and nearly all of its sentences come back unchanged.  A reading that
depends on nothing but the text and govlint's own data (the proofreader's reading of a
run of Chinese characters) is kept in the cache folder (:mod:`govlint.cache`) keyed by
that text: the next run reads it back and does the work only for what changed, and
loads the data that work needs only when something did.

A memo is keyed by a ``version`` that names everything its results depend on (the
modules that compute them and the data files they read, by size and modification
time), so that a changed lexicon or checker is never answered from an old store.  The
store is checked by a checksum and bounded: :meth:`TextMemo.save` keeps what this run
used first, then what earlier runs left, up to ``limit`` entries.  A missing, damaged
or unwritable store only means reading again; results are the same either way.
"""

from __future__ import annotations

import marshal
import os

from govlint.cache import interpreter_file, read_checked, write_checked


def file_stamp(*paths) -> str:
    """Size and modification time of each of ``paths``, as a version string (a path that
    cannot be read gives "-": the memo is then keyed to its absence)."""
    parts = []
    for path in paths:
        try:
            found = os.stat(path)
            parts.append(f"{found.st_size}:{found.st_mtime_ns}")
        except (OSError, TypeError, ValueError):
            parts.append("-")
    return "|".join(parts)


#: every memo made in this process, for :func:`save_all`
_MEMOS: list = []


def save_all() -> None:
    """Save every memo this process made (the CLI does, when a run ends)."""
    for memo in _MEMOS:
        memo.save()


#: whether this process hands what it computes over to another (a worker: :func:`hand_over`)
_HANDING_OVER = False


def hand_over() -> None:
    """From now on, keep what this process computes for :func:`taken` (a worker process
    calls this when it starts: what it inherited from its parent is not handed back)."""
    global _HANDING_OVER
    _HANDING_OVER = True
    for memo in _MEMOS:
        memo._new = {}


def taken() -> tuple:
    """``(stem, keys, results)`` for each memo, of what this process computed since the
    last call (after :func:`hand_over`): a worker hands them to the process that saves
    (:func:`absorb`), which would otherwise never learn what the workers read."""
    out = []
    for memo in _MEMOS:
        if memo._new:
            out.append((memo.stem, tuple(memo._new), tuple(memo._new.values())))
            memo._new = {}
    return tuple(out)


def absorb(readings) -> None:
    """Take what a worker computed (:func:`taken`) into this process's memos, for saving."""
    memos = {memo.stem: memo for memo in _MEMOS}
    for stem, keys, results in readings:
        memo = memos.get(stem)
        if memo is not None:
            for key, result in zip(keys, results):
                memo.put(key, result)


class TextMemo:
    """``key → result`` for one pure reading, in this process and across runs.

    Results must be what :mod:`marshal` writes (tuples, strings, numbers); keys are
    strings.  Nothing is read from the cache folder until the first :meth:`get`."""

    def __init__(self, stem: str, version, limit: int = 20_000, held: int | None = None):
        _MEMOS.append(self)
        self.stem = stem
        self._version = version          # a string, or a function that gives it when first needed
        self.limit = limit               # entries the store keeps
        self.held = max(held or limit, limit)   # entries this process holds (then it starts afresh)
        self._stored: dict | None = None     # what the store held, read on first use
        self._used: dict = {}               # what this run asked for or computed
        self._new: dict = {}                # what this process computed since taken() last asked

    @property
    def version(self) -> str:
        if callable(self._version):
            self._version = self._version()
        return self._version

    def _file(self, create: bool):
        # one file per memo (the version is checked inside it: a new version replaces the
        # old store instead of adding a file beside it)
        return interpreter_file(self.stem, "text-memo-1", create)

    def _load(self) -> dict:
        if self._stored is None:
            self._stored = {}
            path = self._file(create=False)
            payload = read_checked(path) if path is not None else None
            if payload is not None:
                try:
                    version, keys, values = marshal.loads(payload)
                    if version == self.version and len(keys) == len(values):
                        self._stored = dict(zip(keys, values))
                except (ValueError, EOFError, TypeError):
                    pass    # a store this version cannot read: computed again
        return self._stored

    def get(self, key):
        """The result kept for ``key``, or None."""
        found = self._used.get(key)
        if found is None:
            found = self._load().get(key)
            if found is not None:
                self._used[key] = found
        return found

    def put(self, key, value) -> None:
        if len(self._used) >= self.held:
            self._used.clear()      # a batch larger than the memo: memory stays bounded
            self._new.clear()
        self._used[key] = value
        if _HANDING_OVER:
            self._new[key] = value

    def remembered(self, key, compute):
        """``compute()`` for ``key``, computed only when no run has kept it."""
        found = self.get(key)
        if found is None:
            found = compute()
            self.put(key, found)
        return found

    def forget(self) -> None:
        """Forget what this process used and read (benchmarks time a text as never seen)."""
        self._used.clear()
        self._new.clear()
        self._stored = {}

    def save(self) -> bool:
        """Write what this run used, then what the store held, up to :attr:`limit`
        entries; nothing when the run added nothing new.  False when it cannot write."""
        stored = self._load()
        if all(key in stored for key in self._used):
            return True
        kept = dict(list(self._used.items())[-self.limit:])     # the last used, when more
        for key, value in stored.items():
            if len(kept) >= self.limit:
                break
            kept.setdefault(key, value)
        path = self._file(create=True)
        if path is None:
            return False
        try:
            payload = marshal.dumps((self.version, list(kept), list(kept.values())))
        except ValueError:
            return False    # a result marshal cannot write: nothing is kept
        return write_checked(path, payload)
