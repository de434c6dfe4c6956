"""Every date a report carries, with its place and its role (the dates themselves are
read by :mod:`govlint.syntax.dates`)."""

from __future__ import annotations

from dataclasses import dataclass

from govlint.syntax import dates
from govlint.syntax.nodes import Paragraph, Report, Signature, Span, Text


@dataclass(frozen=True)
class PlacedDate:
    """A date of the report and the role of the place it stands in (signature, title, meta line,
    prose)."""

    date: dates.FoundDate
    span: Span
    role: str            # "signature" | "title" | "meta" | "prose"
    text: Text

    @property
    def written(self) -> str:
        return self.text.raw[self.date.start:self.date.end]


def _placed(text: Text, role: str, read=dates.find_dates):
    for found in read(text.raw):
        yield PlacedDate(found, text.sub(found.start, found.end), role, text)


def _publication_texts(report: Report):
    """``(text, role, only_meta)`` for each text that may carry the report's own date."""
    if report.signature is not None:
        yield report.signature.date.text, "signature", False
    if report.title_date is not None:
        role = "meta" if report.title_date.date.kind == "meta" else "title"
        yield report.title_date.date.text, role, False
    for block in report.blocks:
        if isinstance(block, Signature) and block.date.kind == "meta" and block is not report.title_date:
            yield block.date.text, "meta", False
    for block in report.preamble:
        if isinstance(block, Paragraph):
            yield block.text, "meta", True


def publication_dates(report: Report) -> list[PlacedDate]:
    """Dates that say when the report was made or published: the 落款, a date under
    the title, and web-page metadata (发布日期：…) before the first section."""
    placed = []
    for text, role, only_meta in _publication_texts(report):
        if only_meta:
            placed.extend(PlacedDate(found, text.sub(found.start, found.end), role, text)
                          for found in dates.meta_dates(text.raw) if found.is_complete)
        else:
            placed.extend(_placed(text, role))
    return placed


def all_dates(published, prose) -> list[PlacedDate]:
    """Publication dates (``published``, as :func:`publication_dates` reads them) and every
    well-formed date written in running text (the texts ``prose``)."""
    placed = list(published)
    seen = {d.span.start for d in placed}
    for text in prose:
        placed.extend(d for d in _placed(text, "prose") if d.span.start not in seen)
    return placed


def all_tokens(report: Report, prose) -> list[PlacedDate]:
    """Every date token of the report, partial and broken ones included (2022年3月15,
    202203月15日): in the texts that carry its own date and in running text (``prose``)."""
    placed, seen = [], set()
    texts = [(text, role) for text, role, _ in _publication_texts(report)]
    texts += [(text, "prose") for text in prose]
    for text, role in texts:
        for found in _placed(text, role, dates.tokens):
            if found.span.start not in seen:
                seen.add(found.span.start)
                placed.append(found)
    return placed


def date_ranges(prose):
    """``(text, range)`` for every date range in running text (the texts ``prose``)."""
    for text in prose:
        for found in dates.ranges(text.raw):
            yield text, found
