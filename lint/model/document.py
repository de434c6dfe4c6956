"""The document a rule reads: one report's syntax tree and every analysis of it,
each computed when first asked for and then kept for the other rules.

The engine builds one :class:`Document` per report and hands it to each rule that
names a ``document`` argument::

    @hookimpl
    def govlint_check(document):
        table = document.tables.table("三")
        ...

A rule never reads an analysis any other way, so none is computed twice for one
report, whatever rules run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from govlint.syntax.nodes import Heading, Paragraph, Report, Section, Span, Table, Text, Title
from govlint.syntax.numbering import sibling_sections
from govlint.model.agency import Agency, SelfNames, reporting_agency, self_level, self_names
from govlint.model.breakdowns import Breakdown, breakdowns
from govlint.model.claims import Claim, Figure, claims, figures, suspect_cells
from govlint.model.contacts import Field, fields
from govlint.model.front_matter import CoverLetter, report_cover_letter
from govlint.model.outline import cut_inside, cut_off, holds_six_sections, recognised_sections, run_in_sections
from govlint.model.part_listings import PartListing, part_listings
from govlint.model.paragraphs import LogicalParagraph, hard_wrapped, logical_paragraphs
from govlint.model.placed_dates import PlacedDate, all_dates, all_tokens, date_ranges, publication_dates
from govlint.model.prose import sentences
from govlint.model.quantities import Count, counts
from govlint.model.standard import SectionSpec, report_format
from govlint.model.tables import Recognised, recognise


@dataclass(frozen=True)
class Sentence:
    """One sentence of running text: ``text.raw[start:end]``, its closing mark kept."""

    text: Text
    start: int
    end: int

    @property
    def raw(self) -> str:
        return self.text.raw[self.start:self.end]

    @property
    def span(self) -> Span:
        return self.text.sub(self.start, self.end)


@dataclass(frozen=True)
class Hit:
    """A match of a pattern in a text of the document (:meth:`Document.search`)."""

    text: Text
    match: re.Match

    @property
    def span(self) -> Span:
        return self.text.sub(self.match.start(), self.match.end())

    def span_of(self, group: int | str = 0) -> Span:
        """The span of one group of the match."""
        return self.text.sub(self.match.start(group), self.match.end(group))


class Document:
    """One report as rules read it.  Everything but :attr:`report` is computed on first
    use and kept.

    The tree
        ``report``: the :class:`~govlint.Report` (blocks, sections, title, signature,
        ``year``, ``text``, ``span_of``).
    The outline
        ``sections``: ``(SectionSpec, Section)`` for each top-level section that names one
        of the six of the 2019/2021 formats; ``run_in_sections``: those whose heading stands
        inside a paragraph or on an unnumbered line (by number); ``holds_six_sections``:
        whether the report must follow the six-section outline; ``cut_off``: where the file
        breaks off mid-report (a Span) or None; ``cut_inside(span)``: whether the cut falls
        inside ``span``; ``sibling_sections`` / ``sibling_groups``: sections (headings) that
        number one list; ``cover_letter``: a letter published before the title, or None.
    Running text
        ``paragraphs``: every :class:`~govlint.model.paragraphs.LogicalParagraph` (lines a
        Word/PDF break wrapped mid-sentence joined; ``text.sub`` maps across the breaks),
        ``paragraph_of(block)``, ``hard_wrapped``; ``prose(cells=, title=, furniture=,
        logical=)``: the texts a rule that reads words looks at; ``sentences``: every
        :class:`Sentence` of the logical prose; ``search(pattern, …)``: every match of a
        regular expression in the prose as a :class:`Hit` with its span; ``contacts``:
        ``(text, fields)`` for each text of the prose, table cells included, that holds
        contact fields (联系人：… 联系电话：…).
    Tables
        ``tables``: the standard tables recognised and laid on grids (``tables.table("三")``,
        ``tables.unrecognised``, ``tables.breaches``).
    Figures in prose
        ``counts``: ``(text, Count)`` for every number with its unit; ``claims``: clauses that
        state a table figure; ``figures(claim)``: the table figures it may mean;
        ``suspect_cells``: cells a broken table identity points at; ``breakdowns``:
        ``(text, Breakdown)`` for every total with its parts; ``part_listings``: ``(text,
        PartListing)`` for each "由……等六部分组成".  All read logical paragraphs.
    Dates (in the logical prose, and where the report's own date stands)
        ``dates``: publication dates and every well-formed date in prose;
        ``date_tokens``: every date token, broken ones included; ``publication_dates``;
        ``date_ranges``: ``(text, range)`` for each range in prose.
    Who and which format
        ``agency``: the reporting :class:`Agency` or None (``agency_named``: only from the
        title or 落款); ``self_names``; ``self_level``: the level the text calls itself by
        (``("township", "我镇")``) or None; ``format``: ``"pre2019"``, ``"2019"``, ``"2021"``
        or None for the report year.
    """

    def __init__(self, report: Report):
        self.report = report

    # ── the outline ─────────────────────────────────────────────────────────
    @cached_property
    def sections(self) -> tuple[tuple[SectionSpec, Section], ...]:
        return tuple(recognised_sections(self.report))

    @cached_property
    def run_in_sections(self) -> dict:
        return run_in_sections(self.report)

    @cached_property
    def holds_six_sections(self) -> bool:
        return holds_six_sections(self.report, list(self.sections))

    @cached_property
    def cut_off(self) -> Span | None:
        return cut_off(self.report, self.tables)

    def cut_inside(self, span: Span) -> bool:
        return cut_inside(self.report, self.cut_off, span)

    @cached_property
    def sibling_sections(self) -> tuple[list[Section], ...]:
        """Lists of sibling sections: the top level, then the children of every section
        (children of one parent written in one numbering style form one list)."""
        return tuple(sibling_sections(self.report))

    @cached_property
    def sibling_groups(self) -> tuple[list[Heading], ...]:
        """:attr:`sibling_sections` as their headings."""
        return tuple([section.heading for section in group] for group in self.sibling_sections)

    @cached_property
    def cover_letter(self) -> CoverLetter | None:
        """The cover letter published before the report's title, or None."""
        return report_cover_letter(self.report)

    # ── running text ────────────────────────────────────────────────────────
    @cached_property
    def hard_wrapped(self) -> bool:
        """Whether the file breaks its lines inside sentences (a PDF export)."""
        return hard_wrapped(self.report)

    @cached_property
    def paragraphs(self) -> tuple[LogicalParagraph, ...]:
        """Every paragraph of running text (and run-in heading body), wrapped lines joined."""
        return logical_paragraphs(self.report, self.hard_wrapped)

    @cached_property
    def _paragraph_at(self) -> dict[int, LogicalParagraph]:
        """The logical paragraph each physical block opens or carries on, by the block's start."""
        return {block.span.start: paragraph for paragraph in self.paragraphs for block in paragraph.blocks}

    def paragraph_of(self, block) -> LogicalParagraph | None:
        """The logical paragraph ``block`` (a Paragraph, or a Heading with a run-in body) is part of."""
        return self._paragraph_at.get(block.span.start)

    def prose(self, *, cells: bool = False, title: bool = False, furniture: bool = True,
              logical: bool = False):
        """The runs of text a rule that reads words looks at, in file order: paragraphs,
        heading titles and run-in bodies; with ``cells`` every table cell, with ``title`` the
        title lines; ``furniture=False`` leaves out the paragraphs before the first heading
        that have no full stop (web-page widgets and breadcrumbs: "字号：【大 中 小】").
        With ``logical`` a paragraph wrapped over several lines is one text (see
        :attr:`paragraphs`)."""
        key = (cells, title, furniture, logical)
        found = self._prose.get(key)
        if found is None:
            found = self._prose[key] = self._read_prose(cells, title, furniture, logical)
        return iter(found)

    @cached_property
    def _prose(self) -> dict:
        """The texts :meth:`prose` gave, by its options: a dozen rules read the same ones."""
        return {}

    def _read_prose(self, cells: bool, title: bool, furniture: bool, logical: bool) -> tuple[Text, ...]:
        first_heading = next((b.span.start for b in self.report.blocks if isinstance(b, Heading)), 0)
        paragraph_at = self._paragraph_at if logical else None
        found: list[Text] = []
        for block in self.report.blocks:
            heading = isinstance(block, Heading)
            if heading:
                found.append(block.title)
            if heading or isinstance(block, Paragraph):
                if logical:
                    paragraph = paragraph_at.get(block.span.start)     # (as paragraph_of reads it)
                    if paragraph is None or paragraph.blocks[0] is not block:
                        continue        # a heading without a body, or a line that carries a paragraph on
                    text = paragraph.text
                else:
                    text = block.body if heading else block.text
                    if text is None:
                        continue
                if heading or furniture or block.span.start >= first_heading or "。" in text.raw:
                    found.append(text)
            elif isinstance(block, Table) and cells:
                found.extend(self._cells[block.span.start])
            elif isinstance(block, Title) and title:
                found.extend(block.lines)
        return tuple(found)

    @cached_property
    def _cells(self) -> dict[int, tuple[Text, ...]]:
        """The cells of each table as texts, by the table's start: made once for every
        :meth:`prose` with ``cells``."""
        return {table.span.start: tuple(Text(cell.raw, cell.span) for cell in table.cells)
                for table in self.report.iter(Table)}

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence of the running text (logical paragraphs and heading titles), in
        file order; marks inside brackets do not end a sentence."""
        return tuple(Sentence(text, start, end) for text in self.prose(logical=True)
                     for start, end in sentences(text.raw))

    def search(self, pattern: re.Pattern | str, *, cells: bool = False, title: bool = False,
               furniture: bool = True, logical: bool = True):
        """Every match of ``pattern`` in the texts :meth:`prose` gives (the same options), as
        :class:`Hit` s whose ``span`` is the match's place in the file, across line breaks."""
        compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
        for text in self.prose(cells=cells, title=title, furniture=furniture, logical=logical):
            if compiled.search(text.raw) is None:
                continue        # most texts hold no match: for them no iterator is made
            for match in compiled.finditer(text.raw):
                yield Hit(text, match)

    @cached_property
    def contacts(self) -> tuple[tuple[Text, tuple[Field, ...]], ...]:
        """``(text, fields)`` for every text of ``prose(cells=True)`` that holds contact
        fields (:func:`govlint.contact_fields`), in file order: the rules on contact lines
        read them here instead of splitting every text again each."""
        found = ((text, tuple(fields(text.raw))) for text in self.prose(cells=True))
        return tuple((text, held) for text, held in found if held)

    # ── tables and the figures prose states ─────────────────────────────────
    @cached_property
    def tables(self) -> Recognised:
        return recognise(self.report)

    @cached_property
    def claims(self) -> tuple[Claim, ...]:
        return claims(self.report, tuple(self.prose(logical=True)), self.agency)

    def figures(self, claim: Claim) -> list[Figure]:
        return figures(self.tables, claim)

    @cached_property
    def suspect_cells(self) -> frozenset[tuple[str, str, str]]:
        return suspect_cells(self.tables)

    @cached_property
    def counts(self) -> tuple[tuple[Text, Count], ...]:
        """``(text, count)`` for every number with its unit (or %) in the logical prose."""
        return tuple((text, count) for text in self.prose(logical=True) for count in counts(text.raw))

    @cached_property
    def part_listings(self) -> tuple[tuple[Text, PartListing], ...]:
        """``(text, listing)`` for every introduction that names the report's parts and
        says how many there are ("本报告由……等六部分组成")."""
        return tuple((text, listing) for text in self.prose(logical=True) for listing in part_listings(text.raw))

    @cached_property
    def breakdowns(self) -> tuple[tuple[Text, Breakdown], ...]:
        return tuple((text, item) for text in self.prose(logical=True) for item in breakdowns(text.raw))

    # ── dates ───────────────────────────────────────────────────────────────
    @cached_property
    def dates(self) -> tuple[PlacedDate, ...]:
        return tuple(all_dates(self.publication_dates, self.prose(logical=True)))

    @cached_property
    def date_tokens(self) -> tuple[PlacedDate, ...]:
        return tuple(all_tokens(self.report, self.prose(logical=True)))

    @cached_property
    def publication_dates(self) -> tuple[PlacedDate, ...]:
        return tuple(publication_dates(self.report))

    @cached_property
    def date_ranges(self) -> tuple:
        return tuple(date_ranges(self.prose(logical=True)))

    # ── who wrote it, and which format it follows ───────────────────────────
    @cached_property
    def agency(self) -> Agency | None:
        return reporting_agency(self.report)

    @cached_property
    def agency_named(self) -> Agency | None:
        return reporting_agency(self.report, from_text=False)

    @cached_property
    def self_names(self) -> SelfNames:
        return self_names(self.report, self.agency)

    @cached_property
    def self_level(self) -> tuple[str, str] | None:
        return self_level(self.report)

    @cached_property
    def format(self) -> str | None:
        return report_format(self.report.year)

