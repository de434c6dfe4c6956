"""Find characters that do not fit: where a sound-alike or look-alike character gives a
far likelier reading of the same text.

The text is read with a word-unigram model: the best segmentation of a run of
Chinese characters is the one whose words have the largest product of
frequencies (a character the lexicon does not know on its own costs most).  A
character ``c`` at position ``i`` is a suspected slip when replacing it with a
similar character ``x`` raises the score of the best segmentation by more than a
threshold: the gain is exact and cheap, because every segmentation has exactly
one word over ``i``, so the best one with ``x`` is
``max(forward[s] + word(s, e with x) + backward[e])`` over the spans ``s ≤ i < e``
that make a word, with ``forward`` and ``backward`` computed once on the text as
written.

Only characters the best segmentation leaves on their own (no word of the
lexicon covers them) are tried: a character inside a known word is taken as
meant.  Both scores and thresholds are in frequency classes (``2 · ln f``).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from govlint.model.proofread.model import _MIX, FILTER_BITS, NAME_CLASS, RARE_CLASS, Model

#: 2 · ln(total count of jieba's dictionary): a word's score is its class minus this
TOTAL = 36
#: the class of a character the lexicon does not know at all
UNKNOWN = -2
#: the score a place name counts with when it covers the text (it is never proposed)
NAME_SCORE = 14
#: the gain a correction needs when it makes a word of two characters, and a longer one
#: (measured on the ECSpell official-document sentences: bench/ecspell.py)
SHORT_GAIN = 15
LONG_GAIN = 9
SWALLOW_GAIN = 13
#: the gain that overrules a rare word of the lexicon over the character
RARE_GAIN = 14
#: a character commoner than this on its own (的, 是, 在 …) is not replaced
COMMON_WORD = 24
_BASE = 32768
_FILTER_MASK = (1 << FILTER_BITS) - 1


@dataclass(frozen=True)
class Slip:
    """A suspected slip: ``text[start:end]`` is wrong; the word around it reads ``wrong``
    as written and ``right`` as meant ("满竟度" → "满意度")."""

    start: int
    end: int
    wrong: str
    right: str
    gain: float = float("inf")   # how much likelier the corrected reading is, in classes

    @property
    def certain(self) -> bool:
        """From a list of known slips, not a guess of the model."""
        return self.gain == float("inf")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _runs(text: str):
    start = None
    for i, ch in enumerate(text):
        if _is_cjk(ch):
            if start is None:
                start = i
        elif start is not None:
            yield start, i
            start = None
    if start is not None:
        yield start, len(text)


class _Run:
    """One run of Chinese characters with its best segmentation, forward and backward."""

    def __init__(self, model: Model, text: str):
        self.text = text
        n = len(text)
        self.codes = codes = [ord(ch) - 0x4DFF for ch in text]
        get, rare, rare_cls, rare_filter = model.short.get, model.rare, model.rare_cls, model.rare_filter
        last_rare = len(rare)
        by_start: list[list] = [[] for _ in range(n + 1)]   # s -> [(e, score, class)]
        forward = [float("-inf")] * (n + 1)
        forward[0] = 0.0
        for s in range(n):
            edges = by_start[s]
            here = forward[s]
            key = 0
            for e in range(s + 1, min(n, s + 4) + 1):
                key = key * _BASE + codes[e - 1]
                cls = get(key)
                if cls is None:
                    bit = ((key * _MIX) >> 40) & _FILTER_MASK     # model.filter_bit, inlined
                    at = bisect_left(rare, key) if rare_filter[bit >> 3] >> (bit & 7) & 1 else last_rare
                    if at < last_rare and rare[at] == key:
                        cls = rare_cls[at]
                    elif e == s + 1:
                        cls = UNKNOWN
                    else:
                        continue
                score = (NAME_SCORE if cls == NAME_CLASS else cls) - TOTAL
                edges.append((e, score, cls))
                if here + score > forward[e]:
                    forward[e] = here + score
        backward = [0.0] * (n + 1)
        for s in range(n - 1, -1, -1):
            top = float("-inf")
            for e, w, _ in by_start[s]:
                if backward[e] + w > top:
                    top = backward[e] + w
            backward[s] = top
        self.forward, self.backward, self.best = forward, backward, forward[n]
        # characters covered by a word of two or more characters in a best segmentation:
        # 2 by a common word or a name, 1 by a rare word only (条列: a slip the
        # dictionary happens to list), 0 by none
        covered = [0] * n
        floor = self.best - 1e-9
        for s in range(n):
            for e, w, cls in by_start[s]:
                if e - s >= 2 and forward[s] + w + backward[e] >= floor:
                    level = 1 if cls <= RARE_CLASS else 2      # a name (255) is firm
                    for k in range(s, e):
                        covered[k] = max(covered[k], level)
        self.covered = covered


def slips(text: str, model: Model, protected=frozenset(), slack: float = 0.0) -> list[Slip]:
    """Suspected wrong characters in ``text``, in text order, leaving out the offsets in
    ``protected``.  ``slack`` lowers (or raises) both gain thresholds, for measuring."""
    out = []
    for start, end in _runs(text):
        if end - start < 2:
            continue
        chunk = text[start:end]
        found = model.remembered((chunk, slack), lambda: tuple(_run_slips(_Run(model, chunk), model, slack)))
        for at, s, e, right, gain in found:
            if at + start in protected:
                continue
            out.append(Slip(at + start, at + start + 1, chunk[s:e], right, gain))
    return out


def _run_slips(run: _Run, model: Model, slack: float):
    text, codes, n, covered = run.text, run.codes, len(run.text), run.covered
    get, forward, backward, best = model.short.get, run.forward, run.backward, run.best
    # the gain no span can beat: the commonest word, less what the span costs as written
    reach = model.top - TOTAL - best
    lowest = min(SHORT_GAIN, LONG_GAIN, RARE_GAIN, SWALLOW_GAIN) - slack
    firm = [0] * (n + 1)        # firm[k]: characters before k covered by a common word
    for k in range(n):
        firm[k + 1] = firm[k] + (covered[k] == 2)
    found = []
    for i, ch in enumerate(text):
        if covered[i] == 2:
            continue
        rare = covered[i] == 1
        alike = model.alike(ch)
        if not alike or (model.cls(ch) or 0) >= COMMON_WORD:
            continue
        top = None
        for s in range(max(0, i - 3), i + 1):
            head = 0
            for k in range(s, i):
                head = head * _BASE + codes[k]
            for e in range(max(i + 1, s + 2), min(n, s + 4) + 1):
                bound = forward[s] + backward[e] + reach
                if bound <= lowest:
                    continue
                # a short word, or one that swallows a word of the text as written
                # (领导任 → 领导人), needs the larger gain
                threshold = (RARE_GAIN if rare else SHORT_GAIN if e - s == 2
                             else SWALLOW_GAIN if firm[e] > firm[s] else LONG_GAIN) - slack
                if bound <= threshold:
                    continue
                tail, scale = 0, 1
                for k in range(e - 1, i, -1):
                    tail += codes[k] * scale
                    scale *= _BASE
                around = forward[s] + backward[e] - TOTAL - best
                for x, code in alike:
                    cls = get((head * _BASE + code) * scale + tail)
                    if cls is None or cls == NAME_CLASS:
                        continue
                    gain = around + cls
                    if gain > threshold and (top is None or gain > top[4]):
                        top = (i, s, e, text[s:i] + x + text[i + 1:e], gain)
        if top is not None:
            found.append(top)
    return found
