"""The arithmetic identities the standard tables carry, which of them a table
breaks, and which broken identities share one wrong cell.

Blank cells count as 0 (reports leave zero cells blank), except a blank 总计 of
table 三 whose applicant cells are filled: that row's total is read as their
sum (the blank itself is reported once by table3-blank-total), and a blank cell
of a row that needs no numbers (a group label such as （三）不予公开, padded with
empty cells): it gives no number.  A cell that is missing, holds text or gives
no number leaves its identities unjudged.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from govlint.syntax.numerals import Number
from govlint.model.tables import vocabulary as t
from govlint.model.tables.grid import Grid, GridCell

Ref = tuple[str, str]          # (row key, column key)

# which identity a group of broken identities is reported as, most telling first
PREFERENCE = ("row_total", "review_total", "partition", "outcome_total", "group_total", "column_balance")


@dataclass(frozen=True)
class Identity:
    """An arithmetic identity the official tables obey: ``sum(left) == sum(right)`` over cells."""

    kind: str                  # row_total | column_balance | outcome_total | group_total | review_total | partition
    left: tuple[Ref, ...]      # sum(left) == sum(right)
    right: tuple[Ref, ...]
    root: Ref                  # the cell most likely wrong when this identity alone fails
    exhaustive: bool = True    # False: only sum(right) > sum(left) breaks it (a part list that may be partial)


@dataclass(frozen=True)
class Violation:
    """An identity a table breaks, with the two sums found."""

    identity: Identity
    left: Number
    right: Number

    @property
    def residual(self) -> Number:
        return self.left - self.right


@dataclass(frozen=True)
class Breach:
    """One wrong cell (``root``) and every identity it breaks; ``primary`` is reported."""

    root: Ref
    primary: Violation
    related: tuple[Violation, ...]

    def reported_among(self, reportable) -> "Breach | None":
        """This breach with the most telling violation that ``reportable`` accepts
        as primary (the others in their order as related), or None when it
        accepts none: the choice among the rules that run."""
        ranked = (self.primary, *self.related)
        chosen = next((v for v in ranked if reportable(v)), None)
        if chosen is None:
            return None
        return Breach(self.root, chosen, tuple(v for v in ranked if v is not chosen))


def identities(grid: Grid) -> list[Identity]:
    if grid.kind == "三":
        return _applications(grid)
    if grid.kind == "四":
        return [Identity("review_total", ((g, t.TOTAL),), tuple((g, r) for r in t.REVIEW_RESULTS), (g, t.TOTAL))
                for g in t.REVIEW_GROUPS]
    if grid.kind == "统计表":
        return [Identity("partition", ((parent, "统计数"),), tuple((c, "统计数") for c in parts),
                         (parent, "统计数"), exhaustive)
                for parent, parts, exhaustive in grid.sums]
    return []


def _applications(grid: Grid) -> list[Identity]:
    found = []
    for row in grid.rows:
        found.append(Identity("row_total", ((row.key, t.TOTAL),),
                              tuple((row.key, c) for c in t.APPLICANTS), (row.key, t.TOTAL)))
    outcome_rows = ["三(一)", "三(二)"]
    for group in t.GROUPS:
        items = [spec.key for spec in t.APPLICATION_ITEMS[group]]
        if group == "三(六)" and grid.variant == "2019":
            outcome_rows.append(group)
            continue
        if grid.row(group) is not None and any(grid.row(k) is not None for k in items):
            for column in t.APPLICATION_COLUMNS:
                found.append(Identity("group_total", ((group, column),), tuple((k, column) for k in items),
                                      (group, column)))
        if all(grid.row(k) is not None for k in items) or grid.row(group) is None:
            outcome_rows.extend(items)
        else:
            outcome_rows.append(group)
    for column in t.APPLICATION_COLUMNS:
        found.append(Identity("column_balance", (("一", column), ("二", column)),
                              (("三(七)", column), ("四", column)), ("三(七)", column)))
        found.append(Identity("outcome_total", (("三(七)", column),),
                              tuple((k, column) for k in outcome_rows), ("三(七)", column)))
    return found


def blank_totals(grid: Grid) -> list:
    """Rows of table 三 whose 总计 is blank while applicant cells hold numbers."""
    if grid.kind != "三":
        return []
    rows = []
    for row in grid.rows:
        total = grid.cell(row.key, t.TOTAL)
        parts = [grid.value(row.key, c) for c in t.APPLICANTS]
        if total is not None and total.is_blank and any(v for v in parts if v):
            rows.append(row)
    return rows


def amounts(grid: Grid) -> dict[Ref, Number | None]:
    """The number each cell counts for in the identities (None: cannot judge)."""
    values: dict[Ref, Number | None] = {}
    for row in grid.rows:
        for cell in row.cells:
            # a blank cell of a row that needs no numbers (a group label) gives no number
            given = row.expects_numbers or not cell.is_blank
            values[(cell.row, cell.column)] = _amount(cell) if given else None
    for row in blank_totals(grid):
        parts = [values.get((row.key, c)) for c in t.APPLICANTS]
        if None not in parts:
            values[(row.key, t.TOTAL)] = sum(parts)
    return values


def _amount(cell: GridCell) -> Number | None:
    if cell.quantity.is_number:
        return cell.quantity.value
    if cell.quantity.kind in ("blank", "not_reported"):
        return 0
    return None


def checks(grid: Grid) -> list[tuple[Identity, Number | None, Number | None]]:
    """Every identity of ``grid`` with the sums of its two sides; ``(identity, None,
    None)`` when a cell it needs is missing or gives no number (it cannot be judged)."""
    values = amounts(grid)
    found = []
    for identity in identities(grid):
        if any(values.get(ref) is None for ref in identity.left + identity.right):
            found.append((identity, None, None))
            continue
        found.append((identity, sum(values[ref] for ref in identity.left),
                      sum(values[ref] for ref in identity.right)))
    return found


def holds(identity: Identity, left: Number, right: Number) -> bool:
    """Whether sums ``left`` and ``right`` satisfy ``identity`` (a partial part list
    breaks only when its parts exceed the total)."""
    return left == right or (not identity.exhaustive and right <= left)


def violations(grid: Grid) -> list[Violation]:
    """Every identity of ``grid`` whose cells are all there and that does not hold."""
    return [Violation(identity, left, right) for identity, left, right in checks(grid)
            if left is not None and not holds(identity, left, right)]


def breaches(grid: Grid) -> list[Breach]:
    """Broken identities grouped by the one cell that explains them.

    A cell shared by several broken identities, where one change of that cell
    would mend them all, is their root: it is reported once, the other
    identities as related notes (a change that would leave a negative count
    mends nothing).  Every other broken identity is its own breach, rooted at
    its total cell.  Among cells that explain as many identities the first in
    grid order (rows top to bottom, columns left to right) is chosen, so the
    choice never depends on hash order.
    """
    values = amounts(grid)
    place = {(cell.row, cell.column): index for index, cell in enumerate(grid.cells())}
    left = violations(grid)
    result: list[Breach] = []
    while True:
        counts = Counter(ref for v in left for ref in dict.fromkeys(v.identity.left + v.identity.right))
        best = None
        for ref, count in counts.items():
            if count < 2:
                continue
            group = [v for v in left if ref in v.identity.left + v.identity.right]
            mends = {_mend(v, ref) for v in group}
            if len(mends) != 1 or (values.get(ref) or 0) + mends.pop() < 0:
                continue     # no one change mends them all, or only a negative count would
            rank = (-count, place.get(ref, len(place)))
            if best is None or rank < best[0]:
                best = (rank, ref, group)
        if best is None:
            break
        _, ref, group = best
        result.append(_breach(ref, group))
        left = [v for v in left if v not in group]
    result.extend(_breach(v.identity.root, [v]) for v in left)
    return sorted(result, key=lambda b: _order(grid, b.root))


def _mend(violation: Violation, ref: Ref) -> Number:
    """The change of cell ``ref`` that would make the identity hold."""
    sign = 1 if ref in violation.identity.left else -1
    return -violation.residual * sign


def _breach(root: Ref, group: list[Violation]) -> Breach:
    ranked = sorted(group, key=lambda v: (v.identity.root != root, PREFERENCE.index(v.identity.kind)))
    return Breach(root, ranked[0], tuple(ranked[1:]))


def _order(grid: Grid, ref: Ref):
    cell = grid.cell(*ref)
    return cell.span.start if cell is not None else 0
