"""Positions in the user's file for reports that were converted to text.

Every input adapter yields the same text form (one paragraph per line, table rows
as tab-separated cells) and, for anything but a plain-text file, a
:class:`LocationMap` from offsets in that text back to places in the file:

- ``.html``: the line and column of the page's source;
- ``.docx``: the paragraph (counted through the whole document, paragraphs inside
  table cells included) and, inside a table, the table, row and column;
- ``.pdf``: the page and the line on that page.

Rules keep working on the text form (their spans index it); the CLI stamps each
diagnostic with the :class:`Place` its span starts at, and every output format
prints that place.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Anchor:
    """``length`` characters of the text form from ``offset`` on come from one run of
    the file that starts at ``line``:``column`` (and ``page``), in the part named ``where``."""

    offset: int
    length: int
    line: int
    column: int
    page: int = 0
    where: str = ""       # "第2个表格第5行第3列", named in messages (empty: line and column say it all)
    where_en: str = ""


@dataclass(frozen=True)
class Place:
    """Where a finding is in the user's file; ``page`` is 0 except in a PDF."""

    line: int
    column: int
    end_line: int
    end_column: int
    page: int = 0
    where: str = ""
    where_en: str = ""

    def position(self) -> str:
        """``line:col``, or ``page:line:col`` in a PDF (the form text output prints)."""
        return f"{self.page}:{self.line}:{self.column}" if self.page else f"{self.line}:{self.column}"

    def label(self, lang: str = "zh") -> str:
        """The place in words, for messages: the page and line of a PDF, the paragraph or
        table cell of a .docx; empty for plain text and HTML, whose line and column say it all."""
        if self.page:
            return f"page {self.page}, line {self.line}" if lang == "en" else f"第{self.page}页第{self.line}行"
        return self.where_en if lang == "en" and self.where_en else self.where


class LocationMap:
    """Text-form offsets to places in the file, from the anchors an adapter recorded."""

    def __init__(self, anchors):
        self.anchors = sorted(anchors, key=lambda a: a.offset)
        self.offsets = [a.offset for a in self.anchors]

    def __bool__(self) -> bool:
        return bool(self.anchors)

    def _point(self, offset: int):
        i = bisect.bisect_right(self.offsets, offset) - 1
        if i < 0:
            i = 0
        anchor = self.anchors[i]
        inside = min(max(offset - anchor.offset, 0), anchor.length)
        return anchor, anchor.column + inside

    def place(self, span) -> Place:
        anchor, column = self._point(span.start)
        end_anchor, end_column = self._point(max(span.end, span.start))
        if (end_anchor.page, end_anchor.line) < (anchor.page, anchor.line) or end_anchor.page != anchor.page:
            end_anchor, end_column = anchor, column
        return Place(anchor.line, column, end_anchor.line, max(end_column, column) if
                     end_anchor.line == anchor.line else end_column,
                     anchor.page, anchor.where, anchor.where_en)


class TextBuilder:
    """Builds an adapter's text form piece by piece, recording where each piece came from."""

    def __init__(self):
        self.parts: list[str] = []
        self.size = 0
        self.anchors: list[Anchor] = []
        self.notes: list[tuple[str, str]] = []   # (Chinese, English) remarks on what could not be read

    def add(self, text: str, line: int = 0, column: int = 1, page: int = 0,
            where: str = "", where_en: str = "") -> None:
        """Append ``text``; with ``line`` it starts at that place in the file."""
        if line and text:
            self.anchors.append(Anchor(self.size, len(text), line, column, page, where, where_en))
        self.parts.append(text)
        self.size += len(text)

    def mark(self, line: int, column: int = 1, page: int = 0, where: str = "", where_en: str = "") -> None:
        """Record that the text from here on (nothing yet: an empty table cell) is at that place."""
        self.anchors.append(Anchor(self.size, 0, line, column, page, where, where_en))

    def text(self) -> str:
        return "".join(self.parts)

    def locations(self) -> LocationMap:
        return LocationMap(self.anchors)


def locate(diagnostic, locations: LocationMap | None):
    """``diagnostic`` with the places of its span and of its notes, when the file has a map."""
    if not locations:
        return diagnostic
    notes = tuple(replace(note, place=locations.place(note.span)) for note in diagnostic.notes)
    return replace(diagnostic, place=locations.place(diagnostic.span), notes=notes)


def with_place(text: str, place: Place, lang: str = "zh") -> str:
    """A message followed by the place in words, when the place has words."""
    label = place.label(lang)
    if not label:
        return text
    return f"{text} ({label})" if lang == "en" else f"{text}（{label}）"


def place_of(item) -> Place:
    """The place a diagnostic or note points at: its mapped place, else its text-form span."""
    if getattr(item, "place", None) is not None:
        return item.place
    span = item.span
    return Place(span.line, span.column, span.end_line, span.end_column)
