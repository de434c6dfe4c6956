"""A proofreader for official prose: wrong characters found from lexical data.

:func:`proofread` reads one run of text and returns the suspected slips in it:

- the known slips of the confusion lists (``rules/data/confusions.toml`` and the
  user's dictionaries), which are certain;
- a character that a sound-alike or look-alike one would turn into a far
  likelier word in its context (满竟度 → 满意度), and a stray, doubled or missing
  character inside a long word (依申请乙公开, 政府信息公公开, 依申公开), found by
  :mod:`govlint.model.proofread.checker` with the word and character data of
  :mod:`govlint.model.proofread.model`.

Names before a place or body suffix, titles in 《》, short quotations, short
forms the text introduces (以下简称…) and the caller's own words (the agency's
name, the user's allow-list) are never flagged (:mod:`govlint.model.proofread.protect`).  Spaces that PDF extraction put
between Chinese characters ("本年 度办 理") are read as if absent.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from govlint.model.proofread.checker import Slip, slips
from govlint.model.proofread.protect import protected

__all__ = ["Slip", "proofread"]

# spaces a PDF conversion leaves between characters; the ideographic space (刘　羽) is
# written on purpose and kept
_INNER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u00a0]+(?=[\u4e00-\u9fff])")


def _squeezed(text: str) -> tuple[str, list[int]]:
    """``text`` without the spaces between Chinese characters, and for each character
    of the result its offset in ``text`` (a range when there is no such space)."""
    if " " not in text and "\u00a0" not in text:
        return text, range(len(text))
    kept, where, last = [], [], 0
    for match in _INNER_SPACE.finditer(text):
        kept.append(text[last:match.start()])
        where.extend(range(last, match.start()))
        last = match.end()
    if not kept:
        return text, range(len(text))
    kept.append(text[last:])
    where.extend(range(last, len(text)))
    return "".join(kept), where


@functools.lru_cache(maxsize=8)
def _written_pattern(wrongs: tuple[str, ...]) -> re.Pattern:
    # longest first; then in code-point order, so that the pattern is the same text in
    # every process (a set's order is not) and the pattern store keeps it
    return re.compile("|".join(map(re.escape, sorted(set(wrongs), key=lambda w: (-len(w), w)))) or "(?!)")


#: the last list of known slips seen with the pattern of their written forms: a report's
#: texts all come with the same list
_last_known: tuple = (None, None)


def _written(known) -> re.Pattern:
    """One pattern for the written forms of ``known`` (most texts hold none: one search
    instead of one per entry), made once for a tuple however many texts it is used for."""
    global _last_known
    last = _last_known
    if last[0] is known:
        return last[1]
    pattern = _written_pattern(tuple(e.wrong for e in known))
    if isinstance(known, tuple):        # (a list may change before the next text)
        _last_known = (known, pattern)
    return pattern


def proofread(text: str, known=(), allow=(), slack: float = 0.0) -> list[Slip]:
    """The slips in ``text``, in text order, at most one per character.

    ``known`` holds :class:`govlint.model.wordlist.Confusion` entries (each finds its own
    occurrences); ``allow`` holds words that are right wherever they stand.
    """
    flat, where = _squeezed(text)
    # what is protected only leaves slips out: it is worked out for the texts that have one
    keep = None
    found = []
    taken: set[int] = set()
    if known and _written(known).search(flat) is not None:
        keep = protected(flat, allow)
        for entry in known:
            for start, end in entry.occurrences(flat):
                if not keep.intersection(range(start, end)) and not taken.intersection(range(start, end)):
                    found.append(Slip(start, end, entry.wrong, entry.right))
                    taken.update(range(start, end))
    # (the shipped model, None: loaded only for a run that no run before has read)
    if slips(flat, None, slack=slack):
        if keep is None:
            keep = protected(flat, allow)
        found += slips(flat, None, keep | taken, slack)     # (its runs are remembered)
    out = [replace(s, start=where[s.start], end=where[s.end - 1] + 1) for s in found]
    return sorted(out, key=lambda s: (s.start, s.end))
