"""Paired punctuation: which opening marks of （）“”‘’《》〈〉〔〕【】「」『』 a text
never closes, and which closing marks it has no opener for.

Full- and half-width parentheses count as one pair (mixing them is L103's business).
ASCII quotes ("), whose halves look alike, and ASCII square brackets (footnote marks,
code, converter debris) are not paired here.  An enumerator such as
"1）" or "（a" is not half of a pair.  Every offset is an offset into the string passed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_TO_CLOSE = {"（": "）", "(": "）", "“": "”", "‘": "’", "《": "》", "〈": "〉", "〔": "〕", "【": "】",
                 "「": "」", "『": "』"}
CLOSE_KIND = {"）": "）", ")": "）", "”": "”", "’": "’", "》": "》", "〉": "〉", "〕": "〕", "】": "】",
              "」": "」", "』": "』"}

# every opening and closing mark: the loop in pair() visits these, not every character
_MARK = re.compile("[" + re.escape("".join(OPEN_TO_CLOSE) + "".join(CLOSE_KIND)) + "]")

# "1）", "2)", "一）", "a)" starting a list item: a closer that was never meant to pair
_ENUMERATOR = re.compile(r"(?:^|(?<=[，,。；;：:、\s]))[0-9０-９a-zA-Z一二三四五六七八九十]{1,2}[)）]")


@dataclass(frozen=True)
class Pairing:
    """How the brackets and quotation marks of a text pair up: openers never closed and closers
    nothing opened."""

    unclosed: tuple[int, ...]     # offsets of openers never closed
    surplus: tuple[int, ...]      # offsets of closers nothing opened
    pairs: int                    # pairs that did close

    @property
    def unmatched(self) -> tuple[int, ...]:
        return tuple(sorted(self.unclosed + self.surplus))


_NO_MARKS = Pairing((), (), 0)


def pair(raw: str) -> Pairing:
    """Match every opening mark in ``raw`` with its closing mark.

    A closer that matches an opener further down the stack closes it, and the openers
    above it are left unclosed ("（……《……）": the 《 is never closed).  A closer with no
    opener of its kind open is surplus."""
    if not _MARK.search(raw):
        return _NO_MARKS        # (most texts have no bracket and no quote)
    enumerators = None          # the closers of enumerators, read at the first closer nothing opened
    stack: list[tuple[str, int]] = []
    # the depths in the stack of the open marks of each kind: the innermost opener a closer
    # wants is found at once (searching the stack would be quadratic on a run of closers
    # that find none), and each opener leaves the stack once
    where: dict[str, list[int]] = {kind: [] for kind in CLOSE_KIND.values()}
    unclosed: list[int] = []
    surplus: list[int] = []
    pairs = 0
    for mark in _MARK.finditer(raw):
        i, ch = mark.start(), mark.group()
        if ch in OPEN_TO_CLOSE:
            where[OPEN_TO_CLOSE[ch]].append(len(stack))
            stack.append((OPEN_TO_CLOSE[ch], i))
        elif ch in CLOSE_KIND:
            want = CLOSE_KIND[ch]
            if not where[want]:
                if enumerators is None:
                    enumerators = {m.end() - 1 for m in _ENUMERATOR.finditer(raw)}
                if i not in enumerators:
                    surplus.append(i)
                continue
            depth = where[want][-1]
            for kind, _ in stack[depth:]:
                where[kind].pop()
            unclosed.extend(at for _, at in stack[depth + 1:])
            del stack[depth:]
            pairs += 1
    unclosed.extend(at for _, at in stack)
    return Pairing(tuple(sorted(unclosed)), tuple(surplus), pairs)
