"""A recognised table: its numbers laid on a grid keyed by the official row and
column labels, and what recognition noticed about rows it could not lay."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from govlint.syntax.nodes import Span
from govlint.syntax.numerals import Number, Quantity

KINDS = {"二": "表二（主动公开政府信息情况）", "三": "表三（收到和处理政府信息公开申请情况）",
         "四": "表四（政府信息公开行政复议、行政诉讼情况）", "统计表": "政府信息公开情况统计表"}
# what English messages call each table
NAMES_EN = {"二": "table 2 (proactive disclosure)", "三": "table 3 (applications for disclosure)",
            "四": "table 4 (administrative reconsideration and litigation)", "统计表": "statistics table"}


@dataclass(frozen=True)
class GridCell:
    """A cell of a recognised table, by its official row and column, with the quantity read from
    it."""

    row: str
    column: str
    raw: str
    span: Span
    quantity: Quantity

    @property
    def number(self) -> Number | None:
        return self.quantity.value if self.quantity.is_number else None

    @property
    def is_blank(self) -> bool:
        return self.quantity.kind == "blank"


@dataclass(frozen=True)
class GridRow:
    """A row of a recognised table, laid onto the official row it stands for."""

    key: str                 # "三(一)", "行政许可", "申请答复数" …
    label: str               # the official label (what messages name)
    span: Span               # where the row's label (or first cell) stands
    by: str                  # "label" | "position" (the label was lost; laid by its place)
    cells: tuple[GridCell, ...]
    block: str | None = None  # table 二: 第二十条第（X）项 of the row
    expects_numbers: bool = True
    written: tuple[tuple[str, Span], ...] = ()   # the label cells as the report wrote them


@dataclass(frozen=True)
class Issue:
    """A row recognition could see but not lay on the grid, or laid by position."""

    kind: str                # "width" (more / fewer values) | "unlabelled" | "unknown_label"
    span: Span
    row: str | None          # the row it was taken for, if any
    expected: int = 0
    found: int = 0
    text: str = ""           # the label as written, for unknown labels
    kinds: tuple[str, ...] = ()   # width: what the ``found`` cells hold ("number", "blank", "text" …)


@dataclass(frozen=True)
class Grid:
    """A table recognised as one of the official statistics tables, with its rows laid onto the
    official ones."""

    kind: str                          # "二" | "三" | "四" | "统计表"
    variant: str | None                # "2019" | "2021" for 二 and 三 (the template the table follows)
    span: Span
    rows: tuple[GridRow, ...]
    issues: tuple[Issue, ...] = ()
    truncated: bool = False            # the file stops inside the table
    blocks: tuple[tuple[str, str, Span], ...] = field(default=())  # table 二: (item, variant, header span)
    sums: tuple[tuple[str, tuple[str, ...], bool], ...] = field(default=())  # 统计表: (parent, parts, exhaustive)

    @property
    def title(self) -> str:
        return KINDS[self.kind]

    @property
    def name(self) -> str:
        return "表" + self.kind if self.kind != "统计表" else "统计表"

    @property
    def name_en(self) -> str:
        return NAMES_EN[self.kind]

    @cached_property
    def _cells(self) -> dict[tuple[str, str], GridCell]:
        return {(cell.row, cell.column): cell for row in self.rows for cell in row.cells}

    @cached_property
    def _rows(self) -> dict[str, GridRow]:
        return {row.key: row for row in self.rows}

    def row(self, key: str) -> GridRow | None:
        return self._rows.get(key)

    def cell(self, row: str, column: str) -> GridCell | None:
        """The cell at an official row and column, or None when the table lacks it."""
        return self._cells.get((row, column))

    def value(self, row: str, column: str) -> Number | None:
        """The number in a cell; None when the cell is missing, blank or not a number."""
        cell = self.cell(row, column)
        return cell.number if cell is not None else None

    def cells(self):
        return (cell for row in self.rows for cell in row.cells)


@dataclass(frozen=True)
class Unrecognised:
    """A table that looks like a standard one but could not be laid on the grid."""

    kind: str
    span: Span
    reason: str
    reason_en: str
    extent: Span | None = None    # glued cells: all the text the table stands in
