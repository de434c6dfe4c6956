"""Reading a report file: bytes to text, and positions back into the file.

The text handed to the parser is the file's own text with line endings
normalised to ``\\n``; nothing else is rewritten, so every offset and column
points into the user's file.  The original line endings are kept so that a fix
can be written back byte for byte where it changes nothing.
"""

from __future__ import annotations

import bisect
import codecs
import difflib
from dataclasses import dataclass

from .errors import UserError
from .nodes import Span


class SourceError(UserError):
    """A file that cannot be read as a report."""

    def __init__(self, path: str, reason: str, reason_en: str):
        super().__init__(reason, reason_en, path)


@dataclass(frozen=True)
class Source:
    path: str
    text: str                   # line endings normalised to "\n"
    encoding: str               # codec the bytes were decoded with
    bom: bytes                  # the byte-order mark the file started with, if any
    newlines: tuple[str, ...]   # the ending each line had ("\r\n", "\n", "\r" or "" for the last)
    kind: str = "text"          # "text", or "docx" / "html" / "pdf" when converted by an adapter (not writable)
    locations: object = None    # a locations.LocationMap back into a converted file; None for text
    notes: tuple = ()           # (Chinese, English) remarks from the adapter: parts it could not read

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
        # lines before the first change and after the last one map one to one; only
        # the stretch between them is matched (fixes are local, files can be large)
        head = 0
        while head < min(len(old), len(new)) and old[head] == new[head]:
            head += 1
        tail = 0
        while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
            tail += 1
        pairs = [(i, i) for i in range(head)] + [(len(old) - 1 - k, len(new) - 1 - k) for k in range(tail)]
        matcher = difflib.SequenceMatcher(None, old[head:len(old) - tail], new[head:len(new) - tail],
                                          autojunk=False)
        for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
            pairs.extend((head + i1 + k, head + j1 + k) for k in range(min(i2 - i1, j2 - j1)))
        for i, j in pairs:
            if self.newlines[i]:
                endings[j] = self.newlines[i]
        out = []
        for i, part in enumerate(new):
            out.append(part)
            if i < len(new) - 1:
                out.append(endings[i])
        return self.bom + "".join(out).encode(self.encoding)


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# control characters that have no business in a report (tab, newlines and
# form feed are allowed; form feeds are reported by a layout rule)
_CONTROL = {c for c in range(32) if c not in (9, 10, 12, 13, 11)} | {0x7F}


def decode(data: bytes, path: str) -> Source:
    """Decode a report file.  Raises :class:`SourceError` for binary or undecodable bytes."""
    bom, encoding = b"", None
    for mark, name in _BOMS:
        if data.startswith(mark):
            bom, encoding = mark, name
            break
    body = data[len(bom):]
    if encoding is None:
        if b"\x00" in body[:65536]:
            raise SourceError(path, "二进制文件，不是文本报告", "binary file, not a text report")
        for candidate in ("utf-8", "gb18030"):
            try:
                text = body.decode(candidate)
            except UnicodeDecodeError:
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
    if sample and sum(ord(ch) in _CONTROL for ch in sample) > max(8, len(sample) // 100):
        raise SourceError(path, "二进制文件，不是文本报告", "binary file, not a text report")
    return from_text(text, path, encoding=encoding, bom=bom)


def from_text(text: str, path: str = "<text>", *, encoding: str = "utf-8", bom: bytes = b"",
              kind: str = "text", locations=None, notes=()) -> Source:
    """A :class:`Source` for text already in memory (line endings are normalised here)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines, newlines = [], []
    pos = 0
    n = len(text)
    while pos < n:
        cut = pos
        while cut < n and text[cut] not in "\r\n":
            cut += 1
        lines.append(text[pos:cut])
        if cut >= n:
            newlines.append("")
            pos = n
        elif text.startswith("\r\n", cut):
            newlines.append("\r\n")
            pos = cut + 2
        else:
            newlines.append(text[cut])
            pos = cut + 1
    if newlines and newlines[-1]:
        lines.append("")
        newlines.append("")
    return Source(path, "\n".join(lines), encoding, bom, tuple(newlines), kind, locations, tuple(notes))


def read_file(path: str) -> Source:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise SourceError(path, "文件不存在", "no such file") from None
    except IsADirectoryError:
        raise SourceError(path, "是目录，不是文件", "is a directory") from None
    except PermissionError:
        raise SourceError(path, "没有读取权限", "permission denied") from None
    except OSError as exc:
        raise SourceError(path, f"无法读取：{exc.strerror}", f"cannot read: {exc.strerror}") from None
    from .adapters import adapt  # .docx, .html and .pdf reports

    adapted = adapt(data, path)
    return adapted if adapted is not None else decode(data, path)


class LineIndex:
    """Maps character offsets of the normalised text to 1-based line and column."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                self.starts.append(i + 1)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def span(self, start: int, end: int) -> Span:
        """The span of ``text[start:end]``; a trailing newline is not part of it."""
        end = min(end, len(self.text))
        start = min(start, end)
        while end > start and self.text[end - 1] == "\n":
            end -= 1
        line, column = self.position(start)
        end_line, end_column = self.position(end)
        return Span(line, column, end_line, end_column, start, end)

    def line_span(self, line: int) -> Span:
        start = self.starts[line - 1]
        end = self.starts[line] - 1 if line < len(self.starts) else len(self.text)
        return self.span(start, end)
