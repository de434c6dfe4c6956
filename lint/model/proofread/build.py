"""Build the proofreader's data files from the packages that ship the raw data.

    python -m pip install -e '.[proofread-data]'
    python -m pip install --no-deps pycorrector==1.1.4
    python -m govlint.model.proofread.build            # rewrites lint/model/proofread/data/*.txt

Only the build needs these packages; the linter reads the files this writes.
pycorrector is installed without its dependencies (torch, transformers …):
only its data folder is read, and the package is never imported.

What it writes (see NOTICE in this folder for the sources and their licences):

- ``lexicon.bin``: words with their frequency class, from
  jieba's dictionary (MIT) and ``government.txt`` (this project's own government
  vocabulary).  A class is ``round(2 * ln(frequency))``; class 255 marks a place
  name (pycorrector's ``place_name.txt``, Apache-2.0), a word that protects the
  characters it covers but is never proposed as a correction.  Words of up to
  four characters are in ``lexicon.bin``: ``GVLX1``, a little-endian uint32 count
  n, n int64 keys (:func:`word_key`), n class bytes, and a uint32 count r: the
  first r keys are the rare words (class ≤ 2) and the place names, sorted, looked up by bisection
  behind a one-hash bit filter of 2**23 bits that ends the file; the others go
  into one ``dict(zip(…))``.  Loading is an array copy and a dict of the common
  words.  Longer words are left out: the checker reads words of
  up to four characters, and a longer one through its parts.
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

from govlint.model.proofread.model import FILTER_BITS, RARE_CLASS, filter_bit, is_looked_up, word_key

HERE = Path(__file__).resolve().parent / "data"
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")
MAX_WORD = 8
#: the frequency given to a word of the government vocabulary (a common word in jieba's scale)
GOVERNMENT_FREQUENCY = 3000
#: characters rarer than this (jieba's count as a one-character word) are not proposed
COMMON_CHAR = 200
#: the class of a place name: it protects the characters it covers, it is never proposed
NAME_CLASS = 255
MAGIC = b"GVLX1"


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


def lexicon(words: dict[str, int], government: list[str], places: list[str]) -> bytes:
    """The contents of ``lexicon.bin``: the words of up to four characters (a longer word
    is read through its parts)."""
    for word in government:
        if _CJK_WORD.fullmatch(word):
            words[word] = max(words.get(word, 0), GOVERNMENT_FREQUENCY)
    classes = {w: round(2 * math.log(max(f, 1))) for w, f in words.items()}
    for place in places:
        if _CJK_WORD.fullmatch(place) and 2 <= len(place) <= MAX_WORD and place not in classes:
            classes[place] = NAME_CLASS
    rare = sorted((word_key(w), c) for w, c in classes.items() if len(w) <= 4 and not is_looked_up(c))
    common = sorted((word_key(w), c) for w, c in classes.items() if len(w) <= 4 and is_looked_up(c))
    short = rare + common
    keys = array("q", [k for k, _ in short])
    if sys.byteorder != "little":  # pragma: no cover
        keys.byteswap()
    bits = bytearray(1 << (FILTER_BITS - 3))
    for key, _ in rare:
        bit = filter_bit(key)
        bits[bit >> 3] |= 1 << (bit & 7)
    binary = (MAGIC + struct.pack("<I", len(short)) + keys.tobytes() + bytes(c for _, c in short)
              + struct.pack("<I", len(rare)) + bytes(bits))
    return binary


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


def similar(common: set[str], pyc: Path) -> str:
    from pypinyin import Style, pinyin

    by_sound: dict[str, set[str]] = defaultdict(set)
    readings: dict[str, list[str]] = {}
    for ch in sorted(common):
        readings[ch] = sorted(set(pinyin(ch, style=Style.NORMAL, heteronym=True)[0]))
        for reading in readings[ch]:
            by_sound[reading].add(ch)
    sound = _pycorrector_sets(pyc / "same_pinyin.txt")
    shape: dict[str, set[str]] = defaultdict(set)
    for line in (pyc / "same_stroke.txt").read_text(encoding="utf-8").splitlines():
        group = [c for c in line.split("\t") if c]
        for ch in group:           # a line is a group of characters that look alike
            shape[ch].update(group)
    for ch, alike in stroke_alikes(_strokes(pyc / "stroke.txt", common)).items():
        shape[ch].update(alike)
    lines = []
    for ch in sorted(common):
        alike = set(sound.get(ch, ()))
        for reading in readings[ch]:
            alike |= by_sound[reading]
        sounds = "".join(sorted((alike & common) - {ch}))
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
    government = list(_plain_words(HERE / "government.txt"))
    places = [line.split("\t")[0] for line in (pyc / "place_name.txt").read_text(encoding="utf-8").splitlines()]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "lexicon.bin").write_bytes(lexicon(words, government, places))
    (args.out / "similar.txt").write_text(similar(common, pyc), encoding="utf-8")
    print(f"wrote {args.out / 'lexicon.bin'} and {args.out / 'similar.txt'} ({len(common)} common characters)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
