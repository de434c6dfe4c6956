"""The syntax tree of a report: plain frozen dataclasses with spans.

Every node keeps the raw text it was read from and, where a label matters, a
normalised form beside it.  Positions are 1-based lines and columns of the
user's file (columns count characters) plus 0-based character offsets into the
text with line endings normalised to ``\\n``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Span:
    """Where a piece of the report stands: the 1-based line and column where it starts and
    where it ends (the column just past its last character), and the offsets of
    ``text[start:end]``."""

    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.line < 1 or self.column < 1:
            raise ValueError(f"spans are 1-based: {self.line}:{self.column}")

    def cover(self, other: "Span") -> "Span":
        """The smallest span holding this span and ``other``."""
        first, last = (self, other) if self.start <= other.start else (other, self)
        end = self if self.end >= other.end else other
        return Span(first.line, first.column, end.end_line, end.end_column, first.start, end.end)


@dataclass(frozen=True)
class Text:
    """A run of text: a heading title, a cell, a sentence, or a paragraph wrapped over
    several lines.

    A wrapped paragraph is the lines joined without their line breaks; ``pieces`` are
    the texts of those lines, in order, and ``raw`` is their ``raw`` run together, so
    that :meth:`sub` maps any part of it back into the file, across the breaks."""

    raw: str
    span: Span
    pieces: tuple["Text", ...] = ()

    @property
    def placed(self) -> bool:
        """Whether :meth:`sub` places every part of ``raw`` exactly: False only for a text
        whose ``raw`` is not the file's characters (a table label written over two lines
        and read as one), where it gives the whole span."""
        return bool(self.pieces) or self.span.end - self.span.start == len(self.raw)

    def sub(self, start: int, end: int) -> Span:
        """The span of ``raw[start:end]`` in the file.

        Exact for text on one line, for text that is the file's own characters over
        several lines, and for a text joined from ``pieces``.  A text whose ``raw`` is
        not the file's characters in any of these ways (a table label written over
        two lines and read as one) gives its whole span."""
        start = min(max(start, 0), len(self.raw))
        end = min(max(end, start), len(self.raw))
        if self.pieces:
            return self._sub_of_pieces(start, end)
        if not self.placed:
            return self.span
        if self.span.line == self.span.end_line:
            return Span(self.span.line, self.span.column + start, self.span.line, self.span.column + end,
                        self.span.start + start, self.span.start + end)
        line, column = self._position(start)
        end_line, end_column = self._position(end)
        return Span(line, column, end_line, end_column, self.span.start + start, self.span.start + end)

    def _position(self, offset: int) -> tuple[int, int]:
        """Line and column of ``raw[offset]`` when ``raw`` holds the file's line breaks."""
        breaks = self.raw.count("\n", 0, offset)
        if not breaks:
            return self.span.line, self.span.column + offset
        return self.span.line + breaks, offset - self.raw.rfind("\n", 0, offset)

    def _sub_of_pieces(self, start: int, end: int) -> Span:
        base, first, last = 0, None, None
        for piece in self.pieces:
            size = len(piece.raw)
            if first is None and start <= base + size:
                first = piece.sub(start - base, start - base) if start < base + size or piece is self.pieces[-1] \
                    else None
            if first is not None and end <= base + size:
                last = piece.sub(end - base, end - base)
                break
            base += size
        if first is None or last is None:
            return self.span
        if start == end:
            return first
        return Span(first.line, first.column, last.end_line, last.end_column, first.start, last.end)


@dataclass(frozen=True)
class Title:
    """The title block: agency line (optional) and the title line(s)."""

    span: Span
    lines: tuple[Text, ...]
    agency: str | None
    year: int | None
    text: str  # the title lines joined, spaces removed


@dataclass(frozen=True)
class Heading:
    """A numbered heading such as 一、总体情况 or （二）依申请公开."""

    span: Span
    marker: Text            # the number with its punctuation, as written
    style: str              # "part" 第一部分 | "cn" 一、 | "cn_paren" （一） | "arabic" 1、 | "arabic_paren" （1）
    number: int | None      # 1 for 一 / 1 / （一）
    separator: str          # 、 ． . （） () …
    title: Text             # text after the marker up to the first 。 (a run-in heading ends there)
    body: Text | None       # text after a run-in heading's 。 on the same line

    @property
    def level(self) -> int:
        # 第一部分 above 一、: a report that writes both numbers its parts and then the topics in them
        return {"part": 0, "cn": 1, "cn_paren": 2, "arabic": 3, "arabic_paren": 4}[self.style]


@dataclass(frozen=True)
class Paragraph:
    """One line of body text: a line the grammar did not take as a heading, a table row or a
    signature (:mod:`govlint.model.paragraphs` joins the lines of a wrapped paragraph)."""

    span: Span
    text: Text


@dataclass(frozen=True)
class Cell:
    """One cell of a table row as written (``raw``) and where it stands."""

    raw: str
    span: Span

    @property
    def value(self) -> str:
        return self.raw.strip(" \u3000\u00a0")

    @property
    def is_empty(self) -> bool:
        return not self.value


@dataclass(frozen=True)
class Row:
    """One physical row of a table block, as written (before template matching)."""

    span: Span
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Table:
    """A table block.  ``layout`` says how the source wrote it:

    ``tabs`` tab-separated rows; ``cell_lines`` one cell per line, blank lines
    between rows; ``pipes`` "| a | b |" rows; ``pipe_cells`` one cell per line
    with "|" lines between cells (rows are not marked at all).
    """

    span: Span
    layout: str
    rows: tuple[Row, ...]

    @property
    def cells(self) -> tuple[Cell, ...]:
        return tuple(cell for row in self.rows for cell in row.cells)


@dataclass(frozen=True)
class DateValue:
    """A date as written: any part may be missing ("2021年 月 日")."""

    year: int | None
    month: int | None
    day: int | None
    text: Text
    kind: str = "plain"     # "plain" | "meta" (发布日期：…)

    @property
    def is_complete(self) -> bool:
        return None not in (self.year, self.month, self.day)

    @property
    def is_bracketed(self) -> bool:
        """Written in brackets, "（2022年1月25日）": the title note (题注) of a published report."""
        raw = self.text.raw.strip(" \u3000\u00a0")
        return raw[:1] in "（(" and raw[-1:] in "）)"


@dataclass(frozen=True)
class Signature:
    """The 落款: an agency line (optional) and a date line."""

    span: Span
    agency: Text | None
    date: DateValue


@dataclass(frozen=True)
class Artifact:
    """A line of converter debris the grammar recognises (a markdown table rule)."""

    span: Span
    text: Text


Block = Heading | Paragraph | Table | Signature | Artifact | Title


@dataclass(frozen=True)
class Section:
    """A heading and everything up to the next heading of the same or a higher level."""

    heading: Heading
    blocks: tuple[Block, ...]
    children: tuple["Section", ...]

    @property
    def span(self) -> Span:
        return self.heading.span

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class ParseProblem:
    """A stretch of the file the grammar could not place."""

    span: Span
    message: str


@dataclass(frozen=True)
class Report:
    """A parsed report: blocks in file order, plus the outline built from them."""

    path: str
    text: str
    lines: tuple[str, ...]
    title: Title | None
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]           # top-level sections, in order
    preamble: tuple[Block, ...]             # blocks before the first section
    signature: Signature | None             # the 落款 after the body, if any
    title_date: Signature | None            # a date standing right under the title
    problems: tuple[ParseProblem, ...] = field(default=())
    inferred_year: int | None = None        # from the text when the title names no year

    @property
    def year(self) -> int | None:
        """The report year: the title's, else the year the opening text reports on."""
        if self.title is not None and self.title.year is not None:
            return self.title.year
        return self.inferred_year

    def iter(self, kind):
        """Every block of one node type, in file order."""
        return (block for block in self.blocks if isinstance(block, kind))

    def all_sections(self):
        for section in self.sections:
            yield from section.walk()

    def prose(self):
        """Every run of running text: paragraphs, heading titles and run-in bodies."""
        return iter(self._prose)

    @cached_property
    def _prose(self) -> tuple[Text, ...]:
        # found once per report: some thirty rules walk the prose of every report
        found = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                found.append(block.text)
            elif isinstance(block, Heading):
                found.append(block.title)
                if block.body is not None:
                    found.append(block.body)
        return tuple(found)

    @cached_property
    def _line_starts(self) -> tuple[int, ...]:
        return tuple(line_starts(self.text))

    def span_of(self, start: int, end: int) -> Span:
        """The span of ``text[start:end]`` (offsets into the normalised text)."""
        starts, end = self._line_starts, max(start, end)
        line = bisect.bisect_right(starts, start)           # 1-based: the line whose start is at or before
        end_line = bisect.bisect_right(starts, end)
        return Span(line, start - starts[line - 1] + 1, end_line, end - starts[end_line - 1] + 1, start, end)

    def gaps(self):
        """``(before, after, between)`` for each pair of consecutive blocks, ``between``
        being the raw text the grammar passed over between them (blank lines, form feeds)."""
        for before, after in zip(self.blocks, self.blocks[1:]):
            yield before, after, self.text[before.span.end:after.span.start]

    def end_span(self) -> Span:
        """The end of the last non-blank line: where something missing at the end is reported."""
        offset = len(self.text.rstrip())
        line = self.text.count("\n", 0, offset) + 1
        start = self.text.rfind("\n", 0, offset) + 1
        column = max(1, offset - start)
        return Span(line, column, line, column + 1, max(start, offset - 1), offset)


def line_starts(text: str) -> list[int]:
    """The offset at which each line of ``text`` starts: 0, then one past every newline."""
    starts = [0]
    newline = text.find("\n")
    while newline != -1:
        starts.append(newline + 1)
        newline = text.find("\n", newline + 1)
    return starts
