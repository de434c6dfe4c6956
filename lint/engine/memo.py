"""Work done once per report: rules that need the same derived facts (the standard
tables, the figures the prose states) share one computation per report object."""

from __future__ import annotations

import functools
import weakref


def per_report(function):
    """Cache ``function(report)`` for as long as that report object lives.

    Keyed by identity, not by value: a report is a large frozen tree that hashing
    would walk whole, and two equal reports are rare enough not to matter."""
    cache: dict[int, tuple[weakref.ref, object]] = {}

    @functools.wraps(function)
    def cached(report):
        entry = cache.get(id(report))
        if entry is not None and entry[0]() is report:
            return entry[1]
        result = function(report)
        key = id(report)
        cache[key] = (weakref.ref(report, lambda _ref, key=key: cache.pop(key, None)), result)
        return result

    return cached
