"""The proofreader's language data, loaded once from the package's data files.

``lexicon.bin`` maps each word of up to four characters to its frequency class
(``round(2 * ln f)``),
``similar.txt`` maps each common character to those that sound or look like
it.  Both are written by :mod:`govlint.model.proofread.build`; see ``data/NOTICE``.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
import struct
import sys
from array import array
from dataclasses import dataclass, field
from importlib import resources

NAME_CLASS = 255
_MAGIC = b"GVLX1"


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


def is_looked_up(cls: int) -> bool:
    """Whether a word of this class goes into the dict (it may be proposed), or is kept
    apart with the rare words and the place names (it only protects what it covers)."""
    return RARE_CLASS < cls != NAME_CLASS


@dataclass(frozen=True)
class Model:
    short: dict          # word_key(word) -> frequency class, common words of up to four characters
    rare: list           # sorted word_key of the rare words of up to four characters
    rare_cls: bytes      # their classes, in the same order
    rare_filter: bytes   # bit filter_bit(key) is set for every rare key: most misses stop here
    sound: dict          # char -> string of characters that sound alike
    shape: dict          # char -> string of characters that look alike
    _alike: dict = field(default_factory=dict, repr=False, compare=False)
    # what each run of Chinese characters yields (see checker.slips), for the runs that
    # recur: the template's sentences come back in report after report of a batch
    _found: dict = field(default_factory=dict, repr=False, compare=False)

    #: runs remembered at most (then the memo starts afresh: memory stays bounded)
    REMEMBERED = 50_000

    def remembered(self, key, compute):
        """``compute()`` for ``key``, computed once while the memo holds it."""
        found = self._found.get(key)
        if found is None:
            if len(self._found) >= self.REMEMBERED:
                self._found.clear()
            found = self._found[key] = compute()
        return found

    def forget(self) -> None:
        """Empty the memo of runs (benchmarks time a report as if never seen)."""
        self._found.clear()

    @functools.cached_property
    def top(self) -> int:
        """The largest class of a word that can be proposed."""
        return max(c for c in set(self.short.values()) if c != NAME_CLASS)

    def alike(self, ch: str) -> tuple:
        """``(char, word_key(char))`` for each character like ``ch`` (sound first, then shape)."""
        found = self._alike.get(ch)
        if found is None:
            chars = dict.fromkeys(self.sound.get(ch, "") + self.shape.get(ch, ""))
            found = self._alike[ch] = tuple((x, ord(x) - 0x4DFF) for x in chars)
        return found

    def key_cls(self, key: int):
        """The class of the word stored under ``key`` (common or rare), or None."""
        cls = self.short.get(key)
        if cls is None:
            bit = filter_bit(key)
            if not self.rare_filter[bit >> 3] >> (bit & 7) & 1:
                return None
            at = bisect_left(self.rare, key)
            if at < len(self.rare) and self.rare[at] == key:
                return self.rare_cls[at]
        return cls

    def cls(self, word: str):
        """The frequency class of ``word`` (:data:`NAME_CLASS` for a place name), or None;
        words longer than four characters are not kept (their parts are)."""
        return self.key_cls(word_key(word)) if 1 <= len(word) <= 4 else None


def _data(name: str):
    return resources.files("govlint.model.proofread").joinpath("data", name)


def read(lexicon: bytes, similar: str) -> Model:
    """A model from the contents of ``lexicon.bin`` and ``similar.txt``."""
    if not lexicon.startswith(_MAGIC):
        raise ValueError("lexicon.bin: not a govlint lexicon (rebuild with python -m govlint.model.proofread.build)")
    (count,) = struct.unpack_from("<I", lexicon, len(_MAGIC))
    start = len(_MAGIC) + 4
    keys = array("q")
    keys.frombytes(lexicon[start:start + 8 * count])
    if sys.byteorder != "little":  # pragma: no cover
        keys.byteswap()
    classes = lexicon[start + 8 * count:start + 9 * count]
    # the build puts the rare words first, sorted by key, the common ones after them
    (rare_count,) = struct.unpack_from("<I", lexicon, start + 9 * count)
    rare_filter = lexicon[start + 9 * count + 4:]
    if len(rare_filter) != 1 << (FILTER_BITS - 3):
        raise ValueError("lexicon.bin: the rare-word filter is cut short (rebuild the data)")
    short = dict(zip(keys[rare_count:], classes[rare_count:]))
    sound: dict[str, str] = {}
    shape: dict[str, str] = {}
    for line in similar.splitlines():
        ch, sounds, shapes = line.split("\t")
        if sounds:
            sound[ch] = sounds
        if shapes:
            shape[ch] = shapes
    # a list, not the array: bisection on it does not box every probe
    return Model(short, keys[:rare_count].tolist(), classes[:rare_count], rare_filter, sound, shape)


@functools.lru_cache(maxsize=1)
def load() -> Model:
    """The shipped model (read once per process)."""
    return read(_data("lexicon.bin").read_bytes(), _data("similar.txt").read_text(encoding="utf-8"))
