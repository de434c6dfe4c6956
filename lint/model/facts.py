"""What govlint read from a report, as plain data for pages that show it: the
reporting agency, the year, the format the tables follow, and each standard
table's grid with every identity it carries written out and judged.

    found = facts(report)
    found.agency, found.year, found.format     # "淄博市科学技术局", 2023, "2021"
    for table in found.tables:
        table.grid                               # rows and cells keyed by the official labels
        for check in table.checks:               # "一 + 二 = 三（七） + 四": "38 + 2 ≠ 35 + 6"
            check.status, check.cells, check.root

Nothing here re-reads a message: the facts come from the tree, the table grids
(:mod:`govlint.model.tables`) and their identities, which the rules use too.
"""

from __future__ import annotations

from dataclasses import dataclass

from govlint.model.agency import reporting_agency
from govlint.syntax.nodes import Report
from govlint.model.tables import Grid, recognise
from govlint.model.tables.findings import breach_finding
from govlint.model.tables.identities import Identity, Ref, breaches, checks, holds
from govlint.model.tables.messages import figures, formula
from govlint.model.standard import report_format


@dataclass(frozen=True)
class Check:
    """One identity of a table and whether the table satisfies it."""

    kind: str                   # row_total | column_balance | outcome_total | group_total | review_total | partition
    scope: str                  # where it applies: "“自然人”列" ("" when it spans rows and columns)
    scope_en: str
    formula: str                # "一 + 二 = 三（七） + 四"
    figures: str                # "38 + 2 ≠ 35 + 6" ("" when it cannot be judged)
    status: str                 # "holds" | "broken" | "unjudged" (a cell is missing or not a number)
    cells: tuple[Ref, ...]      # every cell it involves, (row key, column)
    root: Ref | None = None     # broken: the cell most likely wrong (shared by the identities it breaks)
    message: str = ""           # broken: the message the table rules report for it (at the root cell)


@dataclass(frozen=True)
class TableFacts:
    """A recognised table and the arithmetic checks made on it."""

    grid: Grid
    checks: tuple[Check, ...]

    @property
    def broken(self) -> tuple[Check, ...]:
        return tuple(check for check in self.checks if check.status == "broken")


@dataclass(frozen=True)
class ReportFacts:
    """What the audit page shows of a report: its agency, year, the format its tables follow and
    the one its year requires, and the checks of each table."""

    agency: str | None          # the reporting agency as govlint names it
    year: int | None            # the report year
    format: str | None          # the format its tables follow: "2019" | "2021" | "pre2019"; None without tables
    required: str | None        # the format its year requires
    tables: tuple[TableFacts, ...]


def table_format(grids) -> str | None:
    """The format a report's standard tables follow: that of table 三, else of
    table 二, "pre2019" for the old 统计表, None when no standard table was read."""
    by_kind = {}
    for grid in grids:
        by_kind.setdefault(grid.kind, grid)
    for kind in ("三", "二"):
        if kind in by_kind and by_kind[kind].variant:
            return by_kind[kind].variant
    return "pre2019" if "统计表" in by_kind else None


def _checks(grid: Grid) -> tuple[Check, ...]:
    roots: dict[Identity, tuple[Ref, str]] = {}
    for breach in breaches(grid):
        message = breach_finding(grid, breach).message
        for violation in (breach.primary, *breach.related):
            roots[violation.identity] = (breach.root, message)
    found = []
    for identity, left, right in checks(grid):
        scope, scope_en, written = formula(grid, identity)
        cells = tuple(dict.fromkeys(identity.left + identity.right))
        if left is None:
            found.append(Check(identity.kind, scope, scope_en, written, "", "unjudged", cells))
            continue
        ok = holds(identity, left, right)
        root, message = (None, "") if ok else roots.get(identity, (identity.root, ""))
        found.append(Check(identity.kind, scope, scope_en, written, figures(grid, identity, left, right, ok),
                           "holds" if ok else "broken", cells, root, message))
    return tuple(found)


def facts(report: Report) -> ReportFacts:
    """The facts of one report (pure: the tree and the tables govlint already built)."""
    agency = reporting_agency(report)
    grids = recognise(report).tables
    return ReportFacts(agency.name if agency else None, report.year, table_format(grids),
                       report_format(report.year), tuple(TableFacts(grid, _checks(grid)) for grid in grids))
