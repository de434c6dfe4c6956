"""One table walk for every layout: the blocks of a report become a stream of
pieces (table cells, cell-like paragraphs, row labels the grammar read as
headings), cut into table regions and then into logical rows.

A logical row is a run of labels followed by the value cells that belong to
them.  Where the layout marks rows (tab rows, "| a | b |" rows, one cell per
line with blank lines between rows) a physical row is one logical row; where it
does not (one cell per line, "|" lines between cells) a label starts a row and
the values after it fill it.
"""

from __future__ import annotations

from dataclasses import dataclass

from govlint.syntax.nodes import Heading, Paragraph, Report, Span, Table
from govlint.syntax.normalize import normalize
from govlint.syntax.numerals import Quantity, parse_quantity
from govlint.model.tables.labels import is_application_label, read_label
from govlint.model.tables.vocabulary import STATISTICS_UNITS

_MARKED_LAYOUTS = ("tabs", "cell_lines", "pipes")


@dataclass(frozen=True)
class Piece:
    """One cell of the stream, with where it stands in the file."""

    text: str
    span: Span
    row: int | None          # the physical row it belongs to, when the layout marks rows
    quantity: Quantity

    @property
    def key(self) -> str:
        return normalize(self.text)

    @property
    def is_value(self) -> bool:
        """A number, a blank or a not-reported mark ("/", "—")."""
        return self.quantity.kind != "text"

    @property
    def is_unit(self) -> bool:
        return self.key in STATISTICS_UNITS


@dataclass(frozen=True)
class Line:
    """A logical row: labels, then the cells in value position."""

    labels: tuple[Piece, ...]
    values: tuple[Piece, ...]
    units: tuple[Piece, ...] = ()
    marked: bool = False

    @property
    def span(self) -> Span:
        pieces = self.labels + self.units + self.values
        first = min(pieces, key=lambda p: p.span.start)
        return first.span

    @property
    def has_numbers(self) -> bool:
        return any(p.quantity.kind in ("number", "not_reported", "text") for p in self.values)

    @property
    def label_text(self) -> str:
        return "".join(p.text for p in self.labels)


@dataclass(frozen=True)
class Region:
    """A run of table material between two pieces of prose or headings."""

    pieces: tuple[Piece, ...]
    at_end: bool              # nothing of the report follows: the file may stop inside it


def _cell_like(text: str) -> bool:
    key = normalize(text)
    return bool(key) and "。" not in key and len(key) <= 80


def _label_like_heading(block: Heading) -> bool:
    text = block.marker.raw + block.title.raw + (block.body.raw if block.body else "")
    return block.body is None and is_application_label(text)


def _pieces_of(block, row_base: int) -> list[Piece]:
    if isinstance(block, Table):
        pieces = []
        for number, row in enumerate(block.rows):
            marked = block.layout in _MARKED_LAYOUTS or len(row.cells) > 1
            for cell in row.cells:
                pieces.append(Piece(cell.value, cell.span, row_base + number if marked else None,
                                    parse_quantity(cell.value)))
        return pieces
    if isinstance(block, Heading):
        text = block.marker.raw + block.title.raw
        return [Piece(text, block.span, None, parse_quantity(text))]
    return [Piece(block.text.raw, block.text.span, None, parse_quantity(block.text.raw))]


def regions(report: Report) -> list[Region]:
    """The runs of table material in the report, in file order."""
    found: list[Region] = []
    current: list[Piece] = []
    row_base = 0
    blocks = report.blocks
    for _index, block in enumerate(blocks):
        member = (isinstance(block, Table)
                  or (isinstance(block, Paragraph) and _cell_like(block.text.raw))
                  or (isinstance(block, Heading) and _label_like_heading(block)))
        if member:
            current.extend(_pieces_of(block, row_base))
            row_base += len(block.rows) if isinstance(block, Table) else 0
            continue
        if current:
            found.append(Region(tuple(current), at_end=False))
            current = []
    if current:
        found.append(Region(tuple(current), at_end=True))
    return [region for region in found if any(p.row is not None or p.is_value for p in region.pieces)]


def lines(pieces: tuple[Piece, ...]) -> list[Line]:
    """Cut a run of pieces into logical rows."""
    result: list[Line] = []
    labels: list[Piece] = []
    units: list[Piece] = []
    values: list[Piece] = []
    open_marked = False

    def close():
        nonlocal labels, units, values
        if labels or values or units:
            result.append(Line(tuple(labels), tuple(values), tuple(units), open_marked))
        labels, units, values = [], [], []

    i = 0
    while i < len(pieces):
        piece = pieces[i]
        if piece.row is not None:
            close()
            row = [piece]
            while i + 1 < len(pieces) and pieces[i + 1].row == piece.row:
                i += 1
                row.append(pieces[i])
            result.append(_marked_line(row))
            open_marked = False
            i += 1
            continue
        open_marked = False
        if piece.is_value:
            values.append(piece)
        elif piece.is_unit and labels:
            units.append(piece)
        else:
            if values or units:
                close()
            labels.append(piece)
        i += 1
    close()
    return result


def _marked_line(row: list[Piece]) -> Line:
    first_number = next((k for k, p in enumerate(row) if p.is_value and not _blank(p)), len(row))
    label_at = [k for k, p in enumerate(row[:first_number]) if not p.is_value and not p.is_unit]
    unit_at = [k for k, p in enumerate(row[:first_number]) if p.is_unit]
    last = max(label_at + unit_at, default=-1)
    return Line(tuple(row[k] for k in label_at), tuple(row[last + 1:]),
                tuple(row[k] for k in unit_at), marked=True)


def _blank(piece: Piece) -> bool:
    return piece.quantity.kind == "blank"


def numbering(piece: Piece):
    return read_label(piece.text)
