"""The proofreader's language data, loaded once from the package's data files.

``lexicon.bin`` maps each word of up to four characters to its frequency class
(``round(2 * ln f)``), ``long.txt`` the words of five to eight characters,
``similar.txt`` maps each common character to those that sound or look like
it.  Both are written by :mod:`govlint.model.proofread.build`; see ``data/NOTICE``.
"""

from __future__ import annotations

import functools
import mmap
import os
import struct
import sys
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import repeat

from govlint import package_files

NAME_CLASS = 255
_NONE = float("-inf")
MAGIC = b"GVLX2\0\0\0"   # eight bytes: the arrays after the header stay aligned


#: the filter in front of the rare words: one bit per hashed key, 2**23 bits
FILTER_BITS = 23
_MIX = 0x9E3779B97F4A7C15


def filter_bit(key: int) -> int:
    """The bit of the rare-word filter that ``key`` sets (the same on every platform)."""
    return ((key * _MIX) >> 40) & ((1 << FILTER_BITS) - 1)


def word_key(word: str) -> int:
    """The integer a word of one to four CJK characters is stored under (see the build)."""
    key = 0
    for ch in word:
        key = key * 32768 + ord(ch) - 0x4DFF
    return key


#: words of this class or below (jieba's counts 1 to 3) are kept out of the dict: they
#: are looked up by bisection, which costs nothing to load, and only to protect the
#: text they cover; they are never proposed as a correction
RARE_CLASS = 2


#: a word of five to eight characters rarer than this (jieba's count below 20) is not
#: proposed as a correction: it only reads the text it covers
PROPOSED_LONG = 6


def is_looked_up(cls: int) -> bool:
    """Whether a word of this class goes into the dict (it may be proposed), or is kept
    apart with the rare words and the place names (it only protects what it covers)."""
    return RARE_CLASS < cls != NAME_CLASS


#: the largest code of a character in a word key: the CJK unified ideographs U+4E00 … U+9FFF
#: are codes 1 … FIRST_CODES (:func:`word_key`)
FIRST_CODES = 0x9FFF - 0x4DFF


@dataclass(frozen=True)
class Model:
    """The words by their first character, each character's dict made on first use (a
    report needs the words of a few thousand characters, not all of them: a cold run
    builds only those), the rare words and place names, and the similar characters."""

    # views of lexicon.bin (see the build):
    keys: memoryview         # word_key of the common words, grouped by first character
    classes: memoryview      # their frequency classes, in the same order
    offsets: memoryview      # offsets[c] … offsets[c + 1]: the common words whose first code is c
    rare: memoryview         # sorted word_key of the rare words and the place names
    rare_cls: bytes          # their classes, in the same order
    rare_filter: bytes       # bit filter_bit(key) is set for every rare key: most misses stop here
    common_filter: bytes     # … and for every common key
    similar: dict = field(repr=False)   # char -> "sound-alikes<TAB>look-alikes", read when asked
    tops: tuple          # tops[k]: the largest class of a word of k characters that may be
                         # proposed (k = 1 … 8; tops[0] is 0)
    long: dict = field(default_factory=dict, repr=False)   # word of five to eight characters -> class
    long_head_keys: frozenset = field(default=frozenset(), repr=False)   # word_key of the first four
                                                                         # characters of each
    holes_text: str = field(default="", repr=False)   # holes.txt, read by holes()
    _long_index: dict = field(default_factory=dict, repr=False, compare=False)
    _first: list = field(default_factory=lambda: [None] * (FIRST_CODES + 1), repr=False, compare=False)
    _first_tops: list = field(default_factory=lambda: [None] * (FIRST_CODES + 1), repr=False, compare=False)
    _alike_reach: dict = field(default_factory=dict, repr=False, compare=False)
    _alike: dict = field(default_factory=dict, repr=False, compare=False)
    _alike_offsets: dict = field(default_factory=dict, repr=False, compare=False)
    _alike_mixed: dict = field(default_factory=dict, repr=False, compare=False)
    # what each run of Chinese characters yields (see checker.slips), for the runs that
    # recur: the template's sentences come back in report after report of a batch
    _found: dict = field(default_factory=dict, repr=False, compare=False)

    #: runs remembered at most (then the memo starts afresh: memory stays bounded)
    REMEMBERED = 50_000

    def remembered(self, key, compute, *args):
        """``compute(*args)`` for ``key``, computed once while the memo holds it."""
        found = self._found.get(key)
        if found is None:
            if len(self._found) >= self.REMEMBERED:
                self._found.clear()
            found = self._found[key] = compute(*args)
        return found

    def forget(self) -> None:
        """Empty the memo of runs (benchmarks time a report as if never seen)."""
        self._found.clear()

    def words(self, code: int) -> dict:
        """``word_key(word) -> class`` for the common words whose first character has
        ``code`` (``ord(ch) - 0x4DFF``); an empty dict for a code outside the CJK block."""
        found = self._first[code] if 0 < code <= FIRST_CODES else {}
        if found is None:
            lo, hi = self.offsets[code], self.offsets[code + 1]
            found = self._first[code] = dict(zip(self.keys[lo:hi], self.classes[lo:hi]))
        return found

    def first_tops(self, code: int) -> tuple:
        """``tops[k]``: the largest class of a common word of ``k`` characters (k = 1 … 4)
        whose first character has ``code``, -inf for none (``tops[0]`` too): what a
        correction starting with that character can reach at most.  Read from the sorted
        keys of the character (its words of each length lie together), not its dict."""
        found = self._first_tops[code] if 0 < code <= FIRST_CODES else (_NONE,) * 5
        if found is None:
            keys, classes = self.keys, self.classes
            lo, hi = self.offsets[code], self.offsets[code + 1]
            two = bisect_left(keys, code << 15, lo, hi)         # (a key of k characters is
            three = bisect_left(keys, code << 30, two, hi)      # code · 32768^(k - 1) or more)
            four = bisect_left(keys, code << 45, three, hi)
            found = self._first_tops[code] = (_NONE, max(classes[lo:two], default=_NONE),
                                              max(classes[two:three], default=_NONE),
                                              max(classes[three:four], default=_NONE),
                                              max(classes[four:hi], default=_NONE))
        return found

    def alike_reach(self, ch: str, size: int):
        """For each character like ``ch`` (:meth:`alike`, in its order), the largest class of
        a common word of ``size`` characters that starts with it (:meth:`first_tops`); None
        the first time it is asked for (made for the pairs that recur: a text that asks
        once would spend more on it than it saves)."""
        found = self._alike_reach.get((ch, size), False)
        if found is None:
            keys, classes, offsets, shift = self.keys, self.classes, self.offsets, 15 * (size - 1)
            reach = []
            for _, code in self.alike(ch):
                tops = self._first_tops[code]
                if tops is None:        # (only the length asked for: two bisections)
                    lo, hi = offsets[code], offsets[code + 1]
                    start = bisect_left(keys, code << shift, lo, hi)
                    reach.append(max(classes[start:bisect_left(keys, (code + 1) << shift, start, hi)], default=_NONE))
                else:
                    reach.append(tops[size])
            found = self._alike_reach[ch, size] = tuple(reach)
        elif found is False:
            self._alike_reach[ch, size] = None
            return None
        return found

    def __len__(self) -> int:
        """How many words the lexicon holds (common, rare, long and place names)."""
        return len(self.keys) + len(self.rare) + len(self.long)

    def holes(self) -> dict:
        """For each long word that may be proposed and each of its characters, the word
        with that character replaced by NUL -> the characters that make a long word there
        ("规范\0文件" -> "性"); read from ``holes.txt`` (or made from the long words) on
        first use, with :meth:`hole_heads`."""
        found = self._long_index.get("holes")
        if found is None:
            text = self.holes_text or holes_text(self.proposed_long())
            heads, keys, fills = text.split("\n")[:3]
            found = self._long_index["holes"] = dict(zip(keys.replace("?", "\0").split(" "), fills.split(" ")))
            self._long_index["hole heads"] = frozenset(heads.replace("?", "\0").split(" "))
        return found

    def hole_heads(self) -> frozenset:
        """The first four characters of each key of :meth:`holes` that has its NUL
        among them (the others start with a word's first four characters)."""
        if "hole heads" not in self._long_index:
            self.holes()
        return self._long_index["hole heads"]

    def proposed_long(self) -> list:
        """The long words a correction may make: not names, not rare (a long word seen
        a handful of times in jieba's corpus is a phrase, not a term to restore)."""
        found = self._long_index.get("proposed")
        if found is None:
            found = self._long_index["proposed"] = [w for w, c in self.long.items()
                                                     if is_looked_up(c) and c >= PROPOSED_LONG]
        return found

    @property
    def sound(self) -> dict:
        """char -> the characters that sound like it (for reading the data)."""
        return {ch: found.split("\t")[0] for ch, found in self.similar.items() if found.split("\t")[0]}

    @property
    def shape(self) -> dict:
        """char -> the characters that look like it (for reading the data)."""
        return {ch: found.split("\t")[1] for ch, found in self.similar.items() if found.split("\t")[1]}

    def alike(self, ch: str) -> tuple:
        """``(char, word_key(char))`` for each character like ``ch`` (sound first, then shape)."""
        found = self._alike.get(ch)
        if found is None:
            chars = dict.fromkeys(self.similar.get(ch, "").replace("\t", ""))
            found = self._alike[ch] = tuple(zip(chars, [ord(x) - 0x4DFF for x in chars]))
        return found

    def alike_offsets(self, ch: str, scale: int) -> tuple:
        """``code(x) · scale`` for each character ``x`` like ``ch`` (:meth:`alike`, in its
        order): what ``x`` adds to a word key where its place weighs ``scale`` (a power of
        32768), so that the checker tries every ``x`` with one addition."""
        found = self._alike_offsets.get((ch, scale))
        if found is None:
            found = self._alike_offsets[ch, scale] = tuple([code * scale for _, code in self.alike(ch)])
        return found

    def alike_mixed(self, ch: str, scale: int) -> tuple:
        """:meth:`alike_offsets` times the multiplier of :func:`filter_bit`: what ``x`` adds
        to the product a word key is hashed by (made only for the places that need it)."""
        found = self._alike_mixed.get((ch, scale))
        if found is None:
            found = self._alike_mixed[ch, scale] = tuple([offset * _MIX for offset in self.alike_offsets(ch, scale)])
        return found

    def is_rare(self, key: int) -> bool:
        """Whether ``key`` is a rare word or a place name."""
        return self.rare_class(key) is not None

    def rare_class(self, key: int):
        """The class of the rare word or place name stored under ``key``, or None."""
        bit = filter_bit(key)
        if not self.rare_filter[bit >> 3] >> (bit & 7) & 1:
            return None
        at = bisect_left(self.rare, key)
        if at < len(self.rare) and self.rare[at] == key:
            return self.rare_cls[at]
        return None

    def key_cls(self, key: int, first: int):
        """The class of the word stored under ``key`` (common or rare) whose first
        character has code ``first``, or None."""
        cls = self.words(first).get(key)
        return self.rare_class(key) if cls is None else cls

    def cls(self, word: str):
        """The frequency class of ``word`` (:data:`NAME_CLASS` for a place name), or None."""
        if len(word) > 4:
            return self.long.get(word)
        if not word or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
            return None
        return self.key_cls(word_key(word), ord(word[0]) - 0x4DFF)


def holes_text(words) -> str:
    """The contents of ``holes.txt`` for the long words ``words``: three lines of
    space-separated fields, the heads (:meth:`Model.hole_heads`), the keys of
    :meth:`Model.holes` and their characters, with "?" for the hole."""
    found: dict[str, str] = defaultdict(str)
    heads = set()
    for word in words:
        for j in range(len(word)):
            key = word[:j] + "?" + word[j + 1:]
            found[key] += word[j]
            if j < 4:
                heads.add(key[:4])
    keys = sorted(found)
    return f"{' '.join(sorted(heads))}\n{' '.join(keys)}\n{' '.join(found[k] for k in keys)}\n"


def _data(name: str):
    return package_files.file("govlint.model.proofread", "data", name)


def read(lexicon: bytes, similar: str, long: str = "", holes: str = "") -> Model:
    """A model from the contents of ``lexicon.bin`` (bytes or a map of the file) and
    ``similar.txt``, ``long.txt`` and ``holes.txt`` (made from ``long`` when not given);
    the arrays are views of ``lexicon``."""
    if lexicon[:len(MAGIC)] != MAGIC:
        raise ValueError("lexicon.bin: not a govlint lexicon (rebuild with python -m govlint.model.proofread.build)")
    common, rare, *tops = struct.unpack_from("<II8B", lexicon, len(MAGIC))
    at = len(MAGIC) + 16
    parts = []
    for size in (8 * common, 8 * rare, 4 * (FIRST_CODES + 2), common, rare, 1 << (FILTER_BITS - 3),
                 1 << (FILTER_BITS - 3)):
        parts.append(memoryview(lexicon)[at:at + size])
        at += size
    if at + 4 > len(lexicon):
        raise ValueError("lexicon.bin: cut short (rebuild the data)")
    (count,) = struct.unpack_from("<I", lexicon, at)
    at += 4
    head_keys = frozenset(memoryview(lexicon)[at:at + 8 * count].cast("q"))
    if at + 8 * count != len(lexicon):
        raise ValueError("lexicon.bin: wrong length (rebuild the data)")
    keys, rare_keys, offsets, classes, rare_cls, rare_filter, common_filter = parts
    if sys.byteorder != "little":  # pragma: no cover
        raise ValueError("lexicon.bin is little-endian; this machine is not")
    lines = similar.splitlines()       # char<TAB>sound-alikes<TAB>look-alikes
    alike = dict(zip([line[0] for line in lines], [line[2:] for line in lines]))
    longer: dict[str, int] = {}
    for line in long.splitlines():          # class<TAB>word word …
        cls, found = line.split("\t")
        longer.update(zip(found.split(" "), repeat(int(cls))))
    # the filter and the rare classes are read on every failed lookup: as bytes (a 1 MB
    # copy) they index faster than a view does
    return Model(keys.cast("q"), classes, offsets.cast("I"), rare_keys.cast("q"), bytes(rare_cls), bytes(rare_filter),
                 bytes(common_filter), alike, (0, *tops), longer, head_keys,
                 holes)


#: the data files :func:`load` reads
DATA_FILES = ("lexicon.bin", "similar.txt", "long.txt", "holes.txt")


def data_paths() -> list:
    """The data files of the shipped model (for stamping what depends on them)."""
    return [_data(name) for name in DATA_FILES]


def _mapped(name: str):
    """The bytes of a data file, mapped rather than read when it is a file on disk (only
    the pages a run touches are read), else read."""
    data = _data(name)
    try:
        with open(os.fspath(data), "rb") as handle:
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (TypeError, OSError, ValueError):     # inside a zip, or a file system without mmap
        return data.read_bytes()


@functools.lru_cache(maxsize=1)
def load() -> Model:
    """The shipped model (read once per process)."""
    return read(_mapped("lexicon.bin"), _data("similar.txt").read_text(encoding="utf-8"),
                _data("long.txt").read_text(encoding="utf-8"), _data("holes.txt").read_text(encoding="utf-8"))
