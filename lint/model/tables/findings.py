"""Turning a breach into a finding: placed at the root cell, the other
identities the same cell breaks attached as related notes."""

from __future__ import annotations

from govlint.engine.diagnostics import Finding, Note
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
