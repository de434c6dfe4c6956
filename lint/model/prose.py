"""Running text, character by character: which characters are Chinese, whether a line
reads as prose, bracket depth, and where sentences end.

Numbers with their units are read by :mod:`govlint.model.quantities`, totals and their
parts by :mod:`govlint.model.breakdowns`, the "由……等六部分组成" listings by
:mod:`govlint.model.part_listings`; which texts of a report a rule reads is the
:class:`~govlint.model.document.Document`'s.

Every offset returned here is an offset into the string that was passed in, so a
rule turns it into a position with :meth:`govlint.syntax.nodes.Text.sub`.
"""

from __future__ import annotations

import re
from functools import lru_cache


CJK = "\u4e00-\u9fff\u3400-\u4dbf"
SENTENCE_END = "。！？!?"
CLAUSE_END = SENTENCE_END + "；;"
OPENERS = "（(【〔[《<“‘"
CLOSERS = "）)】〕]》>”’"
_PAIR = dict(zip(OPENERS, CLOSERS))
_BRACKET = re.compile("[" + re.escape(OPENERS + CLOSERS) + "]")


def is_cjk(ch: str) -> bool:
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


_PROSE_MARK = re.compile(r"[，,。]")


def is_running_text(raw: str) -> bool:
    """Whether a line reads as running text (it has a comma or a full stop), not a
    heading-like short line, a table name or a "单位名称：……" field."""
    return bool(_PROSE_MARK.search(raw))


def depths(text: str) -> list[int]:
    """Bracket depth of every character: 0 outside any （）()【】〔〕《》“” pair.

    An opening bracket counts as inside its own pair; a closing bracket with no
    opener is read as depth 0 (the text is not re-balanced here).
    """
    return list(_depths(text))


@lru_cache(maxsize=4096)
def _depths(text: str) -> tuple[int, ...]:
    """:func:`depths`, read once per distinct text: a dozen rules ask it of the same
    paragraphs."""
    out, stack = [], []
    done = 0
    for mark in _BRACKET.finditer(text):       # between two brackets the depth stays as it is
        at = mark.start()
        out.extend([len(stack)] * (at - done))
        ch = mark.group()
        if ch in _PAIR and not (ch in "“‘" and stack and stack[-1] == _PAIR[ch]):
            stack.append(_PAIR[ch])
            out.append(len(stack))
        elif stack and ch == stack[-1]:
            out.append(len(stack))
            stack.pop()
        else:
            out.append(len(stack))
        done = at + 1
    out.extend([len(stack)] * (len(text) - done))
    return tuple(out)


@lru_cache(maxsize=16)
def _marks(ends: str) -> re.Pattern:
    return re.compile("[" + re.escape(ends) + "]")


def sentences(text: str, ends: str = SENTENCE_END) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence; a sentence keeps its closing mark.
    Marks inside brackets do not end a sentence."""
    return list(_sentences(text, ends))


@lru_cache(maxsize=4096)
def _sentences(text: str, ends: str) -> tuple[tuple[int, int], ...]:
    depth = _depths(text)
    out, start = [], 0
    for mark in _marks(ends).finditer(text):
        i = mark.start()
        if depth[i] == 0:
            out.append((start, i + 1))
            start = i + 1
    if start < len(text):
        out.append((start, len(text)))
    return tuple((s, e) for s, e in out if text[s:e].strip())
