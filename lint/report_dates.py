"""Every date a report carries, with its place and its role."""

from __future__ import annotations

from dataclasses import dataclass

from . import dates
from .nodes import Paragraph, Report, Signature, Span, Text


@dataclass(frozen=True)
class PlacedDate:
    date: dates.FoundDate
    span: Span
    role: str            # "signature" | "title" | "meta" | "prose"
    text: Text


def _found(text: Text, role: str):
    for found in dates.find_dates(text.raw):
        yield PlacedDate(found, text.sub(found.start, found.end), role, text)


def publication_dates(report: Report) -> list[PlacedDate]:
    """Dates that say when the report was made or published: the 落款, a date under
    the title, and web-page metadata (发布日期：…) before the first section."""
    placed = []
    if report.signature is not None:
        placed.extend(_found(report.signature.date.text, "signature"))
    if report.title_date is not None:
        role = "meta" if report.title_date.date.kind == "meta" else "title"
        placed.extend(_found(report.title_date.date.text, role))
    for block in report.blocks:
        if isinstance(block, Signature) and block.date.kind == "meta" and block is not report.title_date:
            placed.extend(_found(block.date.text, "meta"))
    for block in report.preamble:
        if isinstance(block, Paragraph):
            placed.extend(PlacedDate(found, block.text.sub(found.start, found.end), "meta", block.text)
                          for found in dates.meta_dates(block.text.raw) if found.is_complete)
    return placed


def all_dates(report: Report) -> list[PlacedDate]:
    """Publication dates and every date written in running text."""
    placed = publication_dates(report)
    seen = {d.span.start for d in placed}
    for text in report.prose():
        placed.extend(d for d in _found(text, "prose") if d.span.start not in seen)
    return placed
