"""Questions rules ask about the outline: which of the six sections a report
has, and where."""

from __future__ import annotations

from .nodes import Report, Section
from .template import SectionSpec, classify_section, report_format


def holds_six_sections(report: Report) -> bool:
    """True when the report must follow the six-section outline (2019 and 2021 formats).

    Reports for 2018 and earlier had no fixed outline.  When the year is unknown
    the report is held to the outline only if it visibly uses it (two or more of
    the six sections recognised).
    """
    fmt = report_format(report.year)
    if fmt == "pre2019":
        return False
    if fmt is None:
        return len(recognised_sections(report)) >= 2
    return True


def recognised_sections(report: Report) -> list[tuple[SectionSpec, Section]]:
    """Top-level sections whose heading names one of the six, in file order."""
    found = []
    for section in report.sections:
        spec = classify_section(section.heading.title.raw)
        if spec is not None:
            found.append((spec, section))
    return found
