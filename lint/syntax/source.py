"""A report's text: bytes decoded to text, and positions back into the file.

The text handed to the parser is the file's own text with line endings
normalised to ``\\n``; nothing else is rewritten, so every offset and column
points into the user's file.  The original line endings are kept so that a fix
can be written back byte for byte where it changes nothing.
"""

from __future__ import annotations

import bisect
import codecs
import dataclasses
import re
from dataclasses import dataclass

from govlint.errors import UserError
from govlint.syntax.nodes import Span, line_starts


class SourceError(UserError):
    """A file that cannot be read as a report."""

    def __init__(self, path: str, reason: str, reason_en: str):
        super().__init__(reason, reason_en, path)


@dataclass(frozen=True)
class Source:
    """A report file as read: its text with line endings normalised, and what is needed to write
    it back byte for byte."""

    path: str
    text: str                   # line endings normalised to "\n"
    encoding: str               # codec the bytes were decoded with
    bom: bytes                  # the byte-order mark the file started with, if any
    newlines: tuple[str, ...]   # the ending each line had ("\r\n", "\n", "\r" or "" for the last)
    kind: str = "text"          # "text", or "docx" / "html" / "pdf" when converted by an adapter (not writable)
    locations: object = None    # a locations.LocationMap back into a converted file; None for text
    notes: tuple = ()           # (Chinese, English) remarks from the adapter: parts it could not read
    cut: int = 0                # bytes of an incomplete last character left out (a file cut off)

    def encode(self, text: str) -> bytes:
        """Bytes for ``text`` (normalised endings) in this file's encoding and line endings.

        Every line of ``text`` that stands in the original keeps the ending it had
        there, even when lines were removed or joined above it (the lines are
        matched, not counted); a new or changed line takes the ending of the line
        it replaces, else the file's most common ending.  The last line keeps the
        file's own (possibly missing) final newline.
        """
        common = max(set(self.newlines) - {""}, key=self.newlines.count, default="\n")
        old, new = self.text.split("\n"), text.split("\n")
        endings = [common] * len(new)
        for i, j in matched_lines(old, new):
            if self.newlines[i]:
                endings[j] = self.newlines[i]
        out = []
        for i, part in enumerate(new):
            out.append(part)
            if i < len(new) - 1:
                out.append(endings[i])
        return self.bom + "".join(out).encode(self.encoding)


_GAP = 200   # lines either side of a stretch between anchors compared line by line


def matched_lines(old: list[str], new: list[str]) -> list[tuple[int, int]]:
    """Pairs (i, j) of lines ``old[i] == new[j]`` that stand for the same line (unsorted).

    Linear-ish however many fixes there are (a fix changes a line or two): the equal
    head and tail map one to one; in between, lines that occur once in each side
    anchor the match (the longest increasing run of them, as in patience diff), and
    only the short stretches between anchors are compared line by line."""
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    pairs = [(i, i) for i in range(head)]
    anchors = _anchors(old, new, head, len(old) - tail, head, len(new) - tail)
    i0, j0 = head, head
    for i1, j1 in anchors + [(len(old) - tail, len(new) - tail)]:
        if i1 - i0 <= _GAP and j1 - j0 <= _GAP:
            import difflib   # (only fixes and diffs match lines: a check does not import it)

            matcher = difflib.SequenceMatcher(None, old[i0:i1], new[j0:j1], autojunk=False)
            for _tag, a1, a2, b1, b2 in matcher.get_opcodes():
                pairs.extend((i0 + a1 + k, j0 + b1 + k) for k in range(min(a2 - a1, b2 - b1)))
        else:   # a long stretch with no unique line: equal lines from either end
            k = 0
            while i0 + k < i1 and j0 + k < j1 and old[i0 + k] == new[j0 + k]:
                pairs.append((i0 + k, j0 + k))
                k += 1
            m = 0
            while i1 - m - 1 >= i0 + k and j1 - m - 1 >= j0 + k and old[i1 - m - 1] == new[j1 - m - 1]:
                pairs.append((i1 - m - 1, j1 - m - 1))
                m += 1
        if i1 < len(old) - tail:
            pairs.append((i1, j1))
        i0, j0 = i1 + 1, j1 + 1
    pairs.extend((len(old) - 1 - k, len(new) - 1 - k) for k in range(tail))
    return pairs


def _anchors(old, new, i0, i1, j0, j1) -> list[tuple[int, int]]:
    """Lines unique on both sides of old[i0:i1] and new[j0:j1], as pairs in order of
    both (a longest increasing subsequence, O(n log n))."""
    seen_old: dict[str, int] = {}
    for i in range(i0, i1):
        seen_old[old[i]] = -1 if old[i] in seen_old else i
    seen_new: dict[str, int] = {}
    for j in range(j0, j1):
        seen_new[new[j]] = -1 if new[j] in seen_new else j
    candidates = [(seen_old[line], j) for line, j in seen_new.items()
                  if j >= 0 and seen_old.get(line, -1) >= 0]
    candidates.sort(key=lambda pair: pair[1])
    tails: list[int] = []           # tails[k]: index into candidates ending a run of length k+1
    previous = [-1] * len(candidates)
    for index, (i, _j) in enumerate(candidates):
        k = _bisect_tails(candidates, tails, i)
        if k:
            previous[index] = tails[k - 1]
        if k == len(tails):
            tails.append(index)
        else:
            tails[k] = index
    out = []
    index = tails[-1] if tails else -1
    while index >= 0:
        out.append(candidates[index])
        index = previous[index]
    return out[::-1]


def _bisect_tails(candidates, tails, i) -> int:
    """The first run length whose last old index is not below ``i``."""
    low, high = 0, len(tails)
    while low < high:
        middle = (low + high) // 2
        if candidates[tails[middle]][0] < i:
            low = middle + 1
        else:
            high = middle
    return low


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# control characters that have no business in a report (tab, newlines and
# form feed are allowed; form feeds are reported by a layout rule)
_CONTROL_CHARACTERS = tuple(chr(c) for c in [*range(32), 0x7F] if c not in (9, 10, 11, 12, 13))


def decode(data: bytes, path: str) -> Source:
    """Decode a report file.  Raises :class:`SourceError` for binary or undecodable bytes."""
    bom, encoding = b"", None
    for mark, name in _BOMS:
        if data.startswith(mark):
            bom, encoding = mark, name
            break
    body = data[len(bom):]
    cut = 0
    if encoding is None and b"\x00" in body[:65536]:
        encoding = _utf16_without_bom(body)
        if encoding is None:
            raise SourceError(path, "二进制文件，不是文本报告", "binary file, not a text report")
        text = body.decode(encoding)
    elif encoding is None:
        for candidate in ("utf-8", "gb18030"):
            try:
                text = body.decode(candidate)
            except UnicodeDecodeError as exc:
                if candidate == "utf-8" and exc.reason == "unexpected end of data" and exc.start >= len(body) - 3:
                    # cut in the middle of its last character: checked without it, and said
                    text, cut = body[:exc.start].decode(candidate), len(body) - exc.start
                else:
                    continue
            encoding = candidate
            break
        else:
            raise SourceError(
                path,
                "无法识别文本编码（既不是 UTF-8，也不是 GB18030/GBK）",
                "cannot decode the text (neither UTF-8 nor GB18030/GBK)",
            )
    else:
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError as exc:
            raise SourceError(path, f"按 {encoding} 解码失败", f"cannot decode as {encoding}: {exc.reason}") from None
    sample = text[:65536]
    # (one str.count per control character: the text is scanned in C, not character by character)
    if sample and sum(map(sample.count, _CONTROL_CHARACTERS)) > max(8, len(sample) // 100):
        raise SourceError(path, "二进制文件，不是文本报告", "binary file, not a text report")
    source = from_text(text, path, encoding=encoding, bom=bom)
    return dataclasses.replace(source, cut=cut) if cut else source


def _utf16_without_bom(body: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when ``body`` reads as text in it (no BOM said so), else None."""
    sample = body[:65536]
    if len(body) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text or "\n" not in text and "\r" not in text:
            continue        # a report has lines; binary bytes that happen to decode rarely do
        usual = sum(ch.isascii() and (ch.isprintable() or ch in "\t\r\n") or "\u3000" <= ch <= "\u9fff"
                    or "\uff00" <= ch <= "\uffef" for ch in text)
        if usual >= 0.95 * len(text):
            return encoding
    return None


_LINE_END = re.compile(r"(\r\n|\r|\n)")


def from_text(text: str, path: str = "<text>", *, encoding: str = "utf-8", bom: bytes = b"",
              kind: str = "text", locations=None, notes=()) -> Source:
    """A :class:`Source` for text already in memory (line endings are normalised here)."""
    if text.startswith("\ufeff") and not bom:   # after a BOM, a U+FEFF is text of the file
        text = text[1:]
    # lines and their endings in turn; the last line has none ("" after a final line break)
    parts = _LINE_END.split(text) if text else []
    lines, newlines = parts[0::2], parts[1::2] + ([""] if parts else [])
    return Source(path, "\n".join(lines), encoding, bom, tuple(newlines), kind, locations, tuple(notes))


DEFAULT_MAX_BYTES = 100 * 1024 * 1024   # the largest report read (a .docx: its unpacked parts)


def too_large(path: str, limit: int) -> SourceError:
    mib = f"{limit / 1048576:g} MiB"
    return SourceError(path, f"文件超过 {mib} 的大小上限（可用配置项 max-file-size 调整）",
                       f"larger than the size limit of {mib} (see the max-file-size setting)")


def read_limited(handle, path: str, limit: int = DEFAULT_MAX_BYTES) -> bytes:
    """At most ``limit`` bytes of an open binary stream; :class:`SourceError` beyond."""
    data = handle.read(limit + 1) if limit > 0 else handle.read()
    if limit > 0 and len(data) > limit:
        raise too_large(path, limit)
    return data


DOCX_SUFFIXES = (".docx",)
HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)


def adapted(data: bytes, path: str) -> bool:
    """Whether the file is read by an adapter (:mod:`govlint.syntax.adapters`), not decoded as text."""
    return path.lower().endswith(DOCX_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES) or data.startswith(b"%PDF-")


class LineIndex:
    """Maps character offsets of the normalised text to 1-based line and column."""

    def __init__(self, text: str):
        self.text = text
        self.starts = line_starts(text)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def span(self, start: int, end: int) -> Span:
        """The span of ``text[start:end]``; a trailing newline is not part of it."""
        text, starts = self.text, self.starts
        end = min(end, len(text))
        start = min(start, end)
        while end > start and text[end - 1] == "\n":
            end -= 1
        line = bisect.bisect_right(starts, start)       # (as position() reads them)
        end_line = bisect.bisect_right(starts, end)
        return Span(line, start - starts[line - 1] + 1, end_line, end - starts[end_line - 1] + 1, start, end)

    def line_span(self, line: int) -> Span:
        start = self.starts[line - 1]
        end = self.starts[line] - 1 if line < len(self.starts) else len(self.text)
        return self.span(start, end)
