"""govlint: a linter for 政府信息公开工作年度报告 (government information
disclosure annual reports).

The core is pure: :func:`parse` turns text into a :class:`Report`, and
:func:`lint_text` returns diagnostics; reading files, formatting and exit codes
live in :mod:`govlint.cli.commands`.

This module is govlint's public surface: the names in :data:`__all__` are the
stable API for callers and for rule plugins, built-in and third-party alike
(rules import nothing else of govlint; a test holds the built-in ones to it).
Each name is loaded on first use, so ``import govlint`` stays cheap.

A rule reads a report through :class:`Document` (the outline, logical paragraphs,
tables, dates, figures, agency, format: see its docstring) and uses the readers of
one text listed below (sentences, brackets, counts, dates, contacts, citations) and
the vocabulary of the official formats.  Offsets those readers return are offsets
into the string given; ``text.sub(start, end)`` turns them into a :class:`Span`.
"""

from __future__ import annotations

import importlib

from govlint import code_store, regex_store

code_store.warm()    # before any module of govlint defines its dataclasses
regex_store.warm()   # before any module of govlint compiles its patterns

#: public name -> "module" that defines it under that name, or "module:name"
_HOMES = {
    # running govlint
    "parse": "govlint.syntax.build",
    "Diagnostic": "govlint.engine.diagnostics",
    "Settings": "govlint.engine.settings",
    "lint_report": "govlint.engine.settings",
    "lint_reports": "govlint.engine.settings",
    "lint_text": "govlint.engine.settings",
    # writing a rule: the hook marker, what a rule returns, the document it reads
    "hookimpl": "govlint.engine.hookspecs",
    "RuleContext": "govlint.engine.hookspecs",
    "Finding": "govlint.engine.diagnostics",
    "Fix": "govlint.engine.diagnostics",
    "Note": "govlint.engine.diagnostics",
    "Document": "govlint.model.document",
    "Sentence": "govlint.model.document",
    "Hit": "govlint.model.document",
    "LogicalParagraph": "govlint.model.paragraphs",
    # the syntax tree rules match on
    "Span": "govlint.syntax.nodes",
    "Text": "govlint.syntax.nodes",
    "Report": "govlint.syntax.nodes",
    "Title": "govlint.syntax.nodes",
    "Heading": "govlint.syntax.nodes",
    "Paragraph": "govlint.syntax.nodes",
    "Table": "govlint.syntax.nodes",
    "Row": "govlint.syntax.nodes",
    "Cell": "govlint.syntax.nodes",
    "Signature": "govlint.syntax.nodes",
    "DateValue": "govlint.syntax.nodes",
    "Artifact": "govlint.syntax.nodes",
    "Section": "govlint.syntax.nodes",
    # reading one text: characters, sentences, brackets (offsets into the string given)
    "CJK": "govlint.model.prose",
    "is_cjk": "govlint.model.prose",
    "is_running_text": "govlint.model.prose",
    "normalize": "govlint.syntax.normalize",
    "to_halfwidth": "govlint.syntax.numerals",
    "sentences": "govlint.model.prose",
    "depths": "govlint.model.prose",
    "pair": "govlint.model.pairs",
    "part_listings": "govlint.model.part_listings",
    # where sentences end
    "NEW_ITEM": "govlint.model.boundaries",
    "OPENER": "govlint.model.boundaries",
    "CARRIES_ON": "govlint.model.boundaries",
    "continues": "govlint.model.boundaries",
    "missing_end": "govlint.model.boundaries",
    "title_junctions": "govlint.model.run_ons",
    "junctions": "govlint.model.run_ons",
    "heading_item": "govlint.model.run_ons",
    "broken_signature": "govlint.model.signature_line",
    # numbers with their units, and dates, in one text
    "counts": "govlint.model.quantities",
    "bare_numbers": "govlint.model.quantities",
    "missing_counts": "govlint.model.quantities",
    "COUNT_UNITS": "govlint.model.quantities",
    "same_value": "govlint.model.quantities",
    "above": "govlint.model.quantities",
    "format_number": "govlint.model.tables.messages:number",
    "date_tokens": "govlint.syntax.dates:tokens",
    "period_starts": "govlint.model.periods",
    "PERIOD_WORD": "govlint.model.periods",
    "period_word_before": "govlint.model.periods",
    "PERIOD_CLAUSE_END": "govlint.model.periods:CLAUSE_END",
    # contact details, citations of documents, spelling
    "contact_fields": "govlint.model.contacts:fields",
    "email_problem": "govlint.model.contacts",
    "contacts_run_together": "govlint.model.contacts:run_together",
    "decrees": "govlint.model.citations",
    "doc_numbers": "govlint.model.citations",
    "introductions": "govlint.model.citations",
    "proofread": "govlint.model.proofread",
    "short_forms_introduced": "govlint.model.proofread.protect:introduced",
    "doubled_characters": "govlint.model.doubling",
    "doubled_words": "govlint.model.doubling",
    "allowed_words": "govlint.model.wordlist:allowed",
    "confusions": "govlint.model.wordlist",
    # agencies
    "same_agency": "govlint.model.agency",
    "short_stems": "govlint.model.agency",
    "SELF_NAMED": "govlint.model.agency",
    # what the official formats require: sections, parts, deadlines
    "SECTION_BY_NUMBER": "govlint.model.standard",
    "classify_section": "govlint.model.standard",
    "OLD_PARTS": "govlint.model.standard",
    "classify_old_part": "govlint.model.standard",
    "agency_kind": "govlint.model.standard",
    "deadline": "govlint.model.standard",
    # heading numbers
    "lost_number": "govlint.syntax.numbering",
    "majority": "govlint.syntax.numbering",
    "marker": "govlint.syntax.numbering",
    "opens_a_list": "govlint.syntax.numbering",
    # the standard tables: labels, names, identities, the figures prose states
    "ROW_SPECS": "govlint.model.tables.vocabulary",
    "row_label": "govlint.model.tables.vocabulary",
    "APPLICANTS": "govlint.model.tables.vocabulary",
    "TOTAL": "govlint.model.tables.vocabulary",
    "TABLE_NAMES": "govlint.model.tables.grid:KINDS",
    "TABLE_NAMES_EN": "govlint.model.tables.grid:NAMES_EN",
    "blank_totals": "govlint.model.tables.identities",
    "breach_finding": "govlint.model.tables.findings",
    "breach_findings": "govlint.model.tables.findings",
    "MEASURES": "govlint.model.claims",
}


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is not None:
        module, _, attribute = home.partition(":")
        value = getattr(importlib.import_module(module), attribute or name)
        globals()[name] = value
        return value
    # the version is read from the installed metadata only when asked for: importing
    # importlib.metadata costs more than the rest of a one-file run's start-up
    if name == "__version__":
        from importlib import metadata

        try:
            version = metadata.version("govlint")
        except metadata.PackageNotFoundError:  # run from a source tree that was never installed
            version = "0+unknown"
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))


__all__ = sorted(_HOMES) + ["__version__"]
