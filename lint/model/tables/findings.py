"""Turning a breach into a finding: placed at the root cell, the other
identities the same cell breaks attached as related notes; and the one filter
the rules of table identities share (which rule reports which breach)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from govlint.engine.diagnostics import Finding, Note
from govlint.model.tables import Recognised
from govlint.model.tables.grid import Grid
from govlint.model.tables.identities import Breach
from govlint.model.tables.messages import explain


def breach_finding(grid: Grid, breach: Breach) -> Finding:
    message, message_en = explain(grid, breach.primary)
    cell = grid.cell(*breach.root)
    span = cell.span if cell is not None else grid.span
    notes = []
    for violation in breach.related:
        zh, en = explain(grid, violation)
        notes.append(Note(span, "同一单元格还使" + zh, "the same cell also breaks: " + en))
    if breach.related:
        message += f"（该单元格同时破坏 {len(breach.related) + 1} 个勾稽关系，最可能是它有误）"
    return Finding(span, message, message_en, notes=tuple(notes))


# the rule that reports each kind of broken identity
REPORTED_BY = {"row_total": "T101", "column_balance": "T102", "outcome_total": "T103",
               "group_total": "T104", "review_total": "T201", "partition": "T401"}


def breach_findings(tables: Recognised, code: str,
                    enabled: Callable[[str], bool] = lambda code: True) -> Iterator[Finding]:
    """The findings rule ``code`` reports for the broken identities of ``tables``
    (a report's recognised tables).

    One wrong cell breaking several identities is one breach, reported once: by
    the rule of its most telling identity among the rules ``enabled`` accepts
    (the rule selection in force: pass ``context.enabled``).  So a cell that
    breaks a row total and a column balance is T101's in a default run and
    T102's when only T102 runs."""
    def reportable(violation) -> bool:
        return enabled(REPORTED_BY[violation.identity.kind])

    for grid, breach in tables.breaches:
        chosen = breach.reported_among(reportable)
        if chosen is not None and REPORTED_BY[chosen.primary.identity.kind] == code:
            yield breach_finding(grid, chosen)
