"""Build the proofreader's data files from the packages that ship the raw data.

    python -m pip install -e '.[proofread-data]'
    python -m pip install --no-deps pycorrector==1.1.4
    python -m govlint.model.proofread.build            # rewrites lint/model/proofread/data/

Only the build needs these packages; the linter reads the files this writes.
pycorrector is installed without its dependencies (torch, transformers …):
only its data folder is read, and the package is never imported.

What it writes (see NOTICE in this folder for the sources and their licences):

- ``lexicon.bin``: words with their frequency class, from
  jieba's dictionary (MIT) and ``government.txt`` (this project's own government
  vocabulary).  A class is ``round(2 * ln(frequency))``; class 255 marks a place
  name (pycorrector's ``place_name.txt``, Apache-2.0), a word that protects the
  characters it covers but is never proposed as a correction.  Words of up to
  four characters are in ``lexicon.bin``, little-endian: the eight bytes ``GVLX2\\0\\0\\0``;
  uint32 counts n (common words) and r (rare words, class ≤ 2, and place names); for
  each length from one to eight characters, the largest class of a word of that
  length that may be proposed (a byte each); n int64 keys (:func:`word_key`) of the common words,
  grouped by first character; r int64 keys of the others, sorted; FIRST_CODES + 2
  uint32 offsets (the common words of first code c are ``offsets[c]:offsets[c + 1]``);
  n and r class bytes; a one-hash bit filter of 2**23 bits over the r keys (most
  failed lookups stop there, before a bisection), and one over the n keys (a
  correction that starts with another character is tried only when it may be a
  word, before that character's dict is made); a uint32 count h and h int64 keys:
  the first four characters of the words of five or more characters.  Loading copies nothing: the
  linter makes the dict of a character's words when a text first needs it.
- ``long.txt``: the words of five to eight characters (规范性文件, 依申请公开,
  政府信息公开工作年度报告 …) from the same sources, a line for each class:
  ``class<TAB>word word …``.
- ``holes.txt``: the long words that may be proposed, each with one character
  taken out ("规范?文件" → "性"), for finding a wrong or missing character in them
  (:func:`govlint.model.proofread.model.holes_text`).
- ``similar.txt``: for each common character, the characters that sound
  alike (pypinyin, MIT, and pycorrector's ``same_pinyin.txt``) or look alike
  (pycorrector's ``same_stroke.txt``, and characters whose stroke sequences in
  pycorrector's ``stroke.txt`` share a long start or end: :func:`stroke_alikes`):
  ``char<TAB>sound-alikes<TAB>look-alikes``.

The output is sorted and does not depend on the hash seed, so two runs give the
same bytes.
"""

from __future__ import annotations

import argparse
import importlib.util
import math
import re
import struct
import sys
from array import array
from collections import defaultdict
from pathlib import Path

from govlint.model.proofread.model import (FILTER_BITS, FIRST_CODES, MAGIC, filter_bit, holes_text, is_looked_up, read,
                                           word_key)

HERE = Path(__file__).resolve().parent / "data"
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")
MAX_WORD = 8
#: the frequency given to a word of the government vocabulary (a common word in jieba's scale)
GOVERNMENT_FREQUENCY = 3000
#: characters rarer than this (jieba's count as a one-character word) are not proposed
COMMON_CHAR = 200
#: the class of a place name: it protects the characters it covers, it is never proposed
NAME_CLASS = 255


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{name} is not installed; see `python -m govlint.model.proofread.build --help`")
    return Path(next(iter(spec.submodule_search_locations)))


def _plain_words(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            yield line


def jieba_words() -> dict[str, int]:
    words: dict[str, int] = {}
    for line in (_package_dir("jieba") / "dict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) >= 2 and _CJK_WORD.fullmatch(parts[0]) and len(parts[0]) <= MAX_WORD:
            words[parts[0]] = max(words.get(parts[0], 0), int(parts[1]))
    return words


def word_classes(words: dict[str, int], government: list[str], places: list[str]) -> dict[str, int]:
    """Each word of one to :data:`MAX_WORD` characters with its class: jieba's counts, the
    government vocabulary at :data:`GOVERNMENT_FREQUENCY` at least, place names at
    :data:`NAME_CLASS` unless they are words."""
    words = dict(words)
    for word in government:
        if _CJK_WORD.fullmatch(word) and len(word) <= MAX_WORD:
            words[word] = max(words.get(word, 0), GOVERNMENT_FREQUENCY)
    classes = {w: round(2 * math.log(max(f, 1))) for w, f in words.items()}
    for place in places:
        if _CJK_WORD.fullmatch(place) and 2 <= len(place) <= MAX_WORD and place not in classes:
            classes[place] = NAME_CLASS
    return classes


def long_words(words: dict[str, int], government: list[str], places: list[str]) -> str:
    """The contents of ``long.txt``: the words of five to :data:`MAX_WORD` characters
    (规范性文件, 政府信息公开) by class, a line ``class<TAB>word word …`` for each."""
    by_class: dict[int, list[str]] = defaultdict(list)
    for word, cls in sorted(word_classes(words, government, places).items()):
        if len(word) > 4:
            by_class[cls].append(word)
    return "".join(f"{cls}\t{' '.join(found)}\n" for cls, found in sorted(by_class.items()))


def lexicon(words: dict[str, int], government: list[str], places: list[str]) -> bytes:
    """The contents of ``lexicon.bin``: the words of up to four characters (the longer
    ones are in ``long.txt``)."""
    classes = word_classes(words, government, places)
    rare = sorted((word_key(w), c) for w, c in classes.items() if len(w) <= 4 and not is_looked_up(c))
    # the common words grouped by their first character (then by key): offsets[c] is where
    # the words of first code c start, so the linter builds a character's dict when needed
    common = sorted(((ord(w[0]) - 0x4DFF, word_key(w)), c) for w, c in classes.items()
                    if len(w) <= 4 and is_looked_up(c))
    offsets = array("I", [0] * (FIRST_CODES + 2))
    for (first, _), _ in common:
        offsets[first + 1] += 1
    for code in range(1, len(offsets)):
        offsets[code] += offsets[code - 1]
    keys = array("q", [k for (_, k), _ in common])
    rare_keys = array("q", [k for k, _ in rare])
    if sys.byteorder != "little":  # pragma: no cover
        for table in (keys, rare_keys, offsets):
            table.byteswap()
    bits, common_bits = bytearray(1 << (FILTER_BITS - 3)), bytearray(1 << (FILTER_BITS - 3))
    for found, filter_ in ((rare, bits), ([(k, c) for (_, k), c in common], common_bits)):
        for key, _ in found:
            bit = filter_bit(key)
            filter_[bit >> 3] |= 1 << (bit & 7)
    # the first four characters of the longer words, as keys: where a long word may begin
    heads = array("q", sorted({word_key(w[:4]) for w in classes if len(w) > 4}))
    if sys.byteorder != "little":  # pragma: no cover
        heads.byteswap()
    # the largest class a correction of each length can have (one to eight characters)
    tops = [0] * MAX_WORD
    for word, cls in classes.items():
        if is_looked_up(cls):
            tops[len(word) - 1] = max(tops[len(word) - 1], cls)
    return (MAGIC + struct.pack("<II8B", len(common), len(rare), *tops) + keys.tobytes() + rare_keys.tobytes()
            + offsets.tobytes() + bytes(c for _, c in common) + bytes(c for _, c in rare) + bytes(bits)
            + bytes(common_bits) + struct.pack("<I", len(heads)) + heads.tobytes())


def _pycorrector_sets(path: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        out[parts[0]].update("".join(parts[1:]).replace(" ", ""))
    return out


#: two characters look alike when the strokes of one start or end with at least this share
#: of the other's (the same component on the left or top, or on the right or bottom) …
SHARED_STROKES = 0.75
#: … and both have at least this many strokes, and their counts differ by two at most
MIN_STROKES = 5


def stroke_alikes(strokes: dict[str, str]) -> dict[str, set[str]]:
    """Characters whose stroke sequences share a long start or end (竟 and 章, 清 and 请)."""
    heads: dict[str, set[str]] = defaultdict(set)
    tails: dict[str, set[str]] = defaultdict(set)
    for ch, seq in strokes.items():
        if len(seq) >= MIN_STROKES:
            k = math.ceil(SHARED_STROKES * len(seq))
            heads[seq[:k]].add(ch)
            tails[seq[-k:]].add(ch)
    out: dict[str, set[str]] = defaultdict(set)
    for ch, seq in strokes.items():
        if len(seq) < MIN_STROKES:
            continue
        for length in range(math.ceil(SHARED_STROKES * (len(seq) - 2)), len(seq) + 1):
            for group in (heads.get(seq[:length], ()), tails.get(seq[-length:], ())):
                out[ch].update(x for x in group if x != ch and abs(len(strokes[x]) - len(seq)) <= 2)
    return out


def _strokes(path: Path, common: set[str]) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not line.startswith("#") and len(parts) == 2 and parts[0] in common:
            out[parts[0]] = parts[1]
    return out


def _symmetric(relation: dict[str, set[str]]) -> None:
    """Make ``relation`` symmetric: when ``x`` is like ``ch``, ``ch`` is like ``x``."""
    for ch, alike in sorted(relation.items()):
        for x in sorted(alike):
            relation.setdefault(x, set()).add(ch)


def similar(common: set[str], written: set[str], pyc: Path) -> str:
    """The lines of ``similar.txt``: for each character that may be written (``written``:
    the common ones and the rarer ones a slip of the keyboard or the pen gives, 掴 for
    国), the common characters that sound or look like it."""
    from pypinyin import Style, pinyin

    written = written | common
    by_sound: dict[str, set[str]] = defaultdict(set)
    readings: dict[str, list[str]] = {}
    for ch in sorted(written):
        readings[ch] = sorted(set(pinyin(ch, style=Style.NORMAL, heteronym=True)[0]))
        for reading in readings[ch]:
            by_sound[reading].add(ch)
    sound = _pycorrector_sets(pyc / "same_pinyin.txt")
    _symmetric(sound)
    shape: dict[str, set[str]] = defaultdict(set)
    for line in (pyc / "same_stroke.txt").read_text(encoding="utf-8").splitlines():
        group = [c for c in line.split("\t") if c]
        for ch in group:           # a line is a group of characters that look alike
            shape[ch].update(group)
    for ch, alike in stroke_alikes(_strokes(pyc / "stroke.txt", written)).items():
        shape[ch].update(alike)
    _symmetric(shape)       # 意 looks like 竟 as much as 竟 like 意
    lines = []
    for ch in sorted(written):
        alike = set(sound.get(ch, ()))
        for reading in readings[ch]:
            alike |= by_sound[reading]
        sounds = "".join(sorted((alike & common) - {ch})) if ch in common else ""
        shapes = "".join(sorted((shape.get(ch, set()) & common) - {ch}))
        if sounds or shapes:
            lines.append(f"{ch}\t{sounds}\t{shapes}")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0], epilog=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write (default: the package's data folder)")
    args = parser.parse_args(argv)
    pyc = _package_dir("pycorrector") / "data"
    words = jieba_words()
    common = {w for w, f in words.items() if len(w) == 1 and f >= COMMON_CHAR}
    written = {ch for w in words for ch in w if "\u4e00" <= ch <= "\u9fff"}
    government = list(_plain_words(HERE / "government.txt"))
    places = [line.split("\t")[0] for line in (pyc / "place_name.txt").read_text(encoding="utf-8").splitlines()]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "lexicon.bin").write_bytes(lexicon(words, government, places))
    long = long_words(words, government, places)
    (args.out / "long.txt").write_text(long, encoding="utf-8")
    (args.out / "holes.txt").write_text(holes_text(read(lexicon(words, government, places), "", long).proposed_long()),
                                        encoding="utf-8")
    (args.out / "similar.txt").write_text(similar(common, written, pyc), encoding="utf-8")
    print(f"wrote lexicon.bin, long.txt, holes.txt and similar.txt in {args.out} ({len(common)} common characters)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
