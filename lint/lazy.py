"""Regular expressions compiled on first use.

A module-level pattern that a run may never need (a large alternation built from the
template's vocabulary, a rule's pattern when that rule is not selected) is declared
with :func:`pattern` instead of :func:`re.compile`; it compiles the first time one of
its methods is called and behaves as the compiled pattern from then on::

    _ROW = pattern(lambda: "|".join(sorted(words, key=len, reverse=True)))
    _ROW.finditer(text)        # compiled here, once
"""

from __future__ import annotations

import re
from typing import Callable


class LazyPattern:
    """A :class:`re.Pattern` that is built and compiled when it is first used."""

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: str | Callable[[], str], flags: int = 0):
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern | None = None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            source = self._source() if callable(self._source) else self._source
            self._compiled = re.compile(source, self._flags)
        return self._compiled

    def __getattr__(self, name: str):
        # only reached for what the slots do not hold: match, search, finditer, pattern, …
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        state = "compiled" if self._compiled is not None else "not compiled yet"
        return f"<lazy pattern, {state}>"


def pattern(source: str | Callable[[], str], flags: int = 0) -> LazyPattern:
    """A pattern compiled on first use; ``source`` may be a function that builds the regex."""
    return LazyPattern(source, flags)
