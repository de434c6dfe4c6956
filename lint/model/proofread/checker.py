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

The same exact gain, ``forward[s] + word + backward[e] - best``, judges the other
kinds of slip, where a word of four or more characters makes the reading
certain: a stray character whose removal joins the text around it into such a
word (依申请乙公开), a doubled one (政府信息公公开), and a missing one whose
restoring makes a word of five or more characters (依申公开).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from dataclasses import dataclass

from govlint.model.proofread import model as _model
from govlint.model.proofread.model import (_MIX, FILTER_BITS, NAME_CLASS, PROPOSED_LONG, RARE_CLASS,
                                           Model, load, word_key)
from govlint.text_memo import TextMemo, file_stamp

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
#: the gain a reading without a stray character needs, and one with a missing character
#: restored (measured on synthetic slips in the corrected ECSpell sentences: bench/ecspell.py)
STRAY_GAIN = 15
MISSING_GAIN = 15
#: a stray character is looked for only inside a word this long once it is taken out,
#: and only when it is rarer than this as a word on its own (各, 类 stand inside phrases)
MIN_CUT_WORD = 4
STRAY_WORD = 17
#: the longest word of the lexicon
LONGEST = 8
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
    #: what is wrong with ``text[start:end]``: "wrong" (another character was meant),
    #: "stray" (it does not belong there), "doubled" (a stray copy of its neighbour) or
    #: "missing" (a character is missing after it)
    kind: str = "wrong"

    @property
    def certain(self) -> bool:
        """From a list of known slips, not a guess of the model."""
        return self.gain == float("inf")


#: a run of two or more Chinese characters (the CJK unified ideographs U+4E00 … U+9FFF):
#: a character on its own is never read as a slip
_RUN = re.compile("[\u4e00-\u9fff]{2,}")


class _Run:
    """One run of Chinese characters with its best segmentation, forward and backward."""

    def __init__(self, model: Model, text: str):
        self.text = text
        n = len(text)
        self.codes = codes = [ord(ch) - 0x4DFF for ch in text]
        rare, rare_cls, rare_filter = model.rare, model.rare_cls, model.rare_filter
        last_rare = len(rare)
        words, long, long_head_keys = model.words, model.long, model.long_head_keys
        # the words starting at each position, by the character there (made when first needed)
        tables = list(map(model._first.__getitem__, codes))     # (a run holds CJK characters only)
        if None in tables:
            tables = [words(code) if table is None else table for table, code in zip(tables, codes)]
        self.tables = tables
        # every character is a word on its own (an unknown one at UNKNOWN): alone[s] is its
        # score, and only the words of two or more characters are edges, s -> [(e, score, class)]
        # (most edges are single characters: no tuple for them)
        alone = [0] * n
        by_start: list = [()] * n
        # long_start[s]: a word of five or more characters begins with text[s:s + 4]
        self.long_start = long_start = [False] * n
        forward = [float("-inf")] * (n + 1)
        forward[0] = 0.0
        for s, table in enumerate(tables):
            get = table.get
            here = forward[s]
            key = codes[s]
            cls = get(key)
            if cls is None:
                bit = ((key * _MIX) >> 40) & _FILTER_MASK     # model.filter_bit, inlined
                at = bisect_left(rare, key) if rare_filter[bit >> 3] >> (bit & 7) & 1 else last_rare
                cls = rare_cls[at] if at < last_rare and rare[at] == key else UNKNOWN
            alone[s] = score = (NAME_SCORE if cls == NAME_CLASS else cls) - TOTAL
            value = here + score
            if value > forward[s + 1]:
                forward[s + 1] = value
            edges = None
            e = s + 1
            for code in codes[s + 1:s + 4]:
                e += 1
                key = key * _BASE + code
                cls = get(key)
                if cls is None:
                    bit = ((key * _MIX) >> 40) & _FILTER_MASK
                    if not rare_filter[bit >> 3] >> (bit & 7) & 1:
                        continue
                    at = bisect_left(rare, key)
                    if at == last_rare or rare[at] != key:
                        continue
                    cls = rare_cls[at]
                score = (NAME_SCORE if cls == NAME_CLASS else cls) - TOTAL
                if edges is None:
                    edges = by_start[s] = []
                edges.append((e, score, cls))
                value = here + score
                if value > forward[e]:
                    forward[e] = value
            if e == s + 4 < n and key in long_head_keys:       # (key: text[s:s + 4])
                long_start[s] = True
                if edges is None:
                    edges = by_start[s] = []
                for e in range(s + 5, min(n, s + LONGEST) + 1):
                    cls = long.get(text[s:e])
                    if cls is not None:
                        score = (NAME_SCORE if cls == NAME_CLASS else cls) - TOTAL
                        edges.append((e, score, cls))
                        if here + score > forward[e]:
                            forward[e] = here + score
        self.forward, self.best = forward, forward[n]
        # backward, and in the same pass the characters covered by a word of two or more
        # characters in a best segmentation (its ``backward[e]`` is known by then): 2 by a
        # common word or a name, 1 by a rare word only (条列: a slip the dictionary happens
        # to list), 0 by none
        self.backward = backward = [0.0] * (n + 1)
        self.covered = covered = [0] * n
        floor = self.best - 1e-9
        for s in range(n - 1, -1, -1):
            top = backward[s + 1] + alone[s]
            edges = by_start[s]
            if edges:
                here = forward[s]
                for e, w, cls in edges:
                    after = backward[e] + w
                    if after > top:
                        top = after
                    if here + w + backward[e] >= floor:
                        if cls <= RARE_CLASS:
                            for k in range(s, e):
                                if not covered[k]:
                                    covered[k] = 1
                        else:                           # a name (255) is firm
                            covered[s:e] = [2] * (e - s)
            backward[s] = top


def _version() -> str:
    """What a run's reading depends on: this checker, the model's reader and its data."""
    return file_stamp(__file__, _model.__file__, *_model.data_paths())


#: what each run of Chinese characters yields under the shipped model, kept across runs
#: (:mod:`govlint.text_memo`): a report checked again after an edit is read anew only in
#: the runs that changed, and the lexicon is loaded only when one did
#: (the store keeps the 10,000 last used; a process holds as many as the model's own memo)
RUNS = TextMemo("proofread-runs", _version, limit=10_000, held=Model.REMEMBERED)


def slips(text: str, model: Model | None = None, protected=frozenset(), slack: float = 0.0) -> list[Slip]:
    """Suspected wrong characters in ``text``, in text order, leaving out the offsets in
    ``protected``.  ``model`` is the shipped one when None (what its reading of each run
    was is kept across runs: :data:`RUNS`).  ``slack`` lowers (or raises) both gain
    thresholds, for measuring."""
    out = []
    for match in _RUN.finditer(text):       # (one regular expression scan, not a test per character)
        start = match.start()
        chunk = match.group()
        for at, s, e, right, gain, kind in _read(chunk, model, slack):
            # a character left out or put in changes the whole word: none of it may be protected
            if at + start in protected or kind != "wrong" and protected.intersection(range(s + start, e + start)):
                continue
            out.append(Slip(at + start, at + start + 1, chunk[s:e], right, gain, kind))
    return out


def _read(chunk: str, model: Model | None, slack: float) -> tuple:
    """The slips of one run of Chinese characters, remembered: across runs for the shipped
    model at its thresholds, in this process for any other model or slack."""
    if model is None and slack == 0.0:
        found = RUNS.get(chunk)
        if found is None:
            found = _run_slips(load(), chunk, 0.0)
            RUNS.put(chunk, found)
        return found
    model = model or load()
    return model.remembered((chunk, slack), _run_slips, model, chunk, slack)


def _run_slips(model: Model, text: str, slack: float) -> tuple:
    """``(offset, start, end, right, gain, kind)`` for each slip of the run of Chinese
    characters ``text``: at most one per character, the likeliest reading."""
    run = _Run(model, text)
    if 0 not in run.covered and 1 not in run.covered and all(a != b for a, b in zip(text, text[1:])):
        return ()       # every character in a common word, none doubled: nothing to try
    found, readings = {}, {}
    for slip in (*_wrong_characters(run, model, slack), *_stray_characters(run, model, slack),
                 *_missing_characters(run, model, slack)):
        if slip[0] not in found or slip[4] > found[slip[0]][4]:
            found[slip[0]] = slip
    for at in sorted(found):    # one reading found at two characters (依申请请公开): the later
        readings[found[at][1:4]] = found[at]
    return tuple(sorted(readings.values()))


def _word_class(model: Model, word: str):
    """The class of a word that may be proposed (up to eight characters), or None."""
    if len(word) > 4:
        cls = model.long.get(word)
        return cls if cls is not None and cls != NAME_CLASS and cls >= PROPOSED_LONG else None
    return model.words(ord(word[0]) - 0x4DFF).get(word_key(word))


def _stray_characters(run: _Run, model: Model, slack: float):
    """A character that splits a word of four or more characters in two, and is not a
    word with either neighbour (依申请请公开, 政府信息公公开): without it the text reads
    far likelier.  Only a character no common word covers and rare as a word on its own
    is tried (各 and 类 stand inside phrases: 政府各部门), or one that repeats a
    neighbour."""
    text, codes, n, covered, tables = run.text, run.codes, len(run.text), run.covered, run.tables
    forward, backward, best = run.forward, run.backward, run.best
    threshold = STRAY_GAIN - slack
    tops, long_head_keys, long_start = model.tops, model.long_head_keys, run.long_start
    for i in range(1, n - 1):
        ch = text[i]
        twin = i - 1 if ch == text[i - 1] else i + 1 if ch == text[i + 1] else None
        if twin is not None:
            # a doubled character: the copy no word covers is tried, or a copy that reads
            # as a word with its twin (公公开 of 公开); not one in a word of its own (统战部部长)
            if covered[i] == 2 and model.cls(text[min(i, twin):min(i, twin) + 2]) is None:
                continue
            kind = "doubled"
        elif covered[i] == 2 or tables[i].get(codes[i], 0) >= STRAY_WORD:
            continue        # (a character common on its own stands inside phrases: 政府各部门)
        else:
            kind = "stray"
        top = None
        for s in range(max(0, i - LONGEST), i):
            # whether a word of five or more characters can begin at s once text[i] is out
            if i >= s + 4:
                long_ok = long_start[s]
            else:
                head = 0
                for code in (*codes[s:i], *codes[i + 1:s + 5]):
                    head = head * _BASE + code
                long_ok = s + 5 <= n and head in long_head_keys
            for e in range(max(i + 2, s + MIN_CUT_WORD + 1), min(n, s + LONGEST + 1) + 1):
                if e - s > 5 and not long_ok:
                    break
                around = forward[s] + backward[e] - TOTAL - best
                if around + tops[e - s - 1] <= threshold:
                    continue
                word = text[s:i] + text[i + 1:e]
                cls = _word_class(model, word)
                if cls is None:
                    continue
                gain = around + cls
                if gain > threshold and (top is None or gain > top[4]):
                    top = (i, s, e, word, gain, kind)
        if top is not None:
            yield top


def _missing_characters(run: _Run, model: Model, slack: float):
    """A word of five or more characters with one character inside it left out
    (依申公开, 政府信公开): the text with it restored reads far likelier.  Only a gap next
    to a character no common word covers is taken; the character before the gap is
    the one pointed at.  The word is found as a wrong character is, with the gap for
    the character (:meth:`Model.holes`)."""
    text, n, covered = run.text, len(run.text), run.covered
    forward, backward, best = run.forward, run.backward, run.best
    threshold = MISSING_GAIN - slack
    holes, hole_heads, long, long_start = model.holes(), model.hole_heads(), model.long, run.long_start
    for i in range(1, n):           # the gap between text[i - 1] and text[i]
        if covered[i - 1] == 2 and covered[i] == 2:
            continue
        top = None
        for s in range(max(0, i - LONGEST + 2), i):
            # the first four characters of the word, the gap among them or not
            if (not long_start[s] if i >= s + 4
                    else text[s:i] + "\0" + text[i:s + 3] not in hole_heads):
                continue
            for e in range(max(i + 1, s + 4), min(n, s + LONGEST - 1) + 1):
                for x in holes.get(text[s:i] + "\0" + text[i:e], ""):
                    word = text[s:i] + x + text[i:e]
                    gain = forward[s] + backward[e] + long[word] - TOTAL - best
                    if gain > threshold and (top is None or gain > top[4]):
                        top = (i - 1, s, e, word, gain, "missing")
        if top is not None:
            yield top


def _wrong_characters(run: _Run, model: Model, slack: float):
    """A character no common word covers, where a sound-alike or look-alike one makes a
    far likelier word (满竟度, 规范姓文件)."""
    text, codes, n, covered, tables = run.text, run.codes, len(run.text), run.covered, run.tables
    words, forward, backward, best = model.words, run.forward, run.backward, run.best
    # the gain no span can beat: the commonest word of its length, less what the span
    # costs as written
    tops = model.tops
    lowest = min(SHORT_GAIN, LONG_GAIN, RARE_GAIN, SWALLOW_GAIN) - slack
    loose = [i for i, cover in enumerate(covered) if cover != 2 and tables[i].get(codes[i], 0) < COMMON_WORD]
    if not loose:
        return
    firm = [0, *accumulate(cover == 2 for cover in covered)]   # firm[k]: characters before k
                                                                # covered by a common word
    holes, hole_heads, long_start = model.holes(), model.hole_heads(), run.long_start
    first = model._first        # the dicts made so far (model.words makes the others)
    common_filter = model.common_filter
    for i in loose:
        ch = text[i]
        rare = covered[i] == 1
        alike = model.alike(ch)
        if not alike:
            continue
        top = None
        for s in range(max(0, i - 3), i + 1):
            head = 0
            for k in range(s, i):
                head = head * _BASE + codes[k]
            # the largest class a word of each length starting at s can have (s < i: it
            # starts with text[s]; s = i: with any character, the largest of all)
            reach = model.first_tops(codes[s]) if s < i else tops
            for e in range(max(i + 1, s + 2), min(n, s + 4) + 1):
                around = forward[s] + backward[e] - TOTAL - best
                bound = around + reach[e - s]
                if bound <= lowest:
                    continue
                # a short word, or one that swallows a word of the text as written
                # (领导任 → 领导人), needs the larger gain
                threshold = (RARE_GAIN if rare else SHORT_GAIN if e - s == 2
                             else SWALLOW_GAIN if firm[e] > firm[s] else LONG_GAIN) - slack
                if bound <= threshold:
                    continue
                if s == i:
                    # the word starts with x: only the x whose words of this length can
                    # reach the threshold are tried (most cannot), once that is known
                    reach_x = model.alike_reach(ch, e - s)
                    if reach_x is None:
                        tried = range(len(alike))
                    else:
                        tried = [j for j, most in enumerate(reach_x) if around + most > threshold]
                        if not tried:
                            continue
                tail, scale = 0, 1
                for k in range(e - 1, i, -1):
                    tail += codes[k] * scale
                    scale *= _BASE
                # the key of the word with x at i is base + code(x) · scale, and its filter
                # product base · _MIX + code(x) · scale · _MIX: one addition per character tried
                base = head * _BASE * scale + tail
                offsets = model.alike_offsets(ch, scale)
                hits = []
                if s < i:                   # the word starts at s, in the text
                    table = tables[s]
                    if table.keys().isdisjoint(map(base.__add__, offsets)):
                        continue            # (one pass in C: most spans make no word)
                    get = table.get
                    for offset in offsets:
                        cls = get(base + offset)
                        if cls is not None:     # (the offsets differ as the characters do)
                            hits.append((alike[offsets.index(offset)][0], cls))
                else:                       # the word starts with x: is it a word at all?
                    base_mixed = base * _MIX
                    mixes = model.alike_mixed(ch, scale)
                    for j in tried:
                        bit = ((base_mixed + mixes[j]) >> 40) & _FILTER_MASK
                        if not common_filter[bit >> 3] >> (bit & 7) & 1:
                            continue
                        x, code = alike[j]
                        found = first[code]
                        cls = (words(code) if found is None else found).get(base + offsets[j])
                        if cls is not None:
                            hits.append((x, cls))
                for x, cls in hits:
                    if cls == NAME_CLASS:
                        continue
                    gain = around + cls
                    if gain > threshold and (top is None or gain > top[4]):
                        top = (i, s, e, text[s:i] + x + text[i + 1:e], gain, "wrong")
        # the words of five to eight characters (规范性文件): looked up by the text around
        # the character, then the characters that fill it
        alike_chars = None
        for s in range(max(0, i - LONGEST + 1), i + 1):
            if (not long_start[s] if i >= s + 4
                    else text[s:i] + "\0" + text[i + 1:s + 4] not in hole_heads):
                continue
            for e in range(max(i + 1, s + 5), min(n, s + LONGEST) + 1):
                around = forward[s] + backward[e] - TOTAL - best
                threshold = (SWALLOW_GAIN if firm[e] > firm[s] else LONG_GAIN) - slack
                if around + tops[e - s] <= threshold:
                    continue
                fill = holes.get(text[s:i] + "\0" + text[i + 1:e])
                if not fill:
                    continue
                if alike_chars is None:
                    alike_chars = {x for x, _ in alike}
                for x in fill:
                    if x in alike_chars:
                        word = text[s:i] + x + text[i + 1:e]
                        gain = around + model.long[word]
                        if gain > threshold and (top is None or gain > top[4]):
                            top = (i, s, e, word, gain, "wrong")
        if top is not None:
            yield top
