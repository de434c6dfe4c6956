"""The 落款 a report ends with when its date line lost a mark, so that the grammar read it
as a paragraph: "青川市农业农村局 / 2023年1月20" (日 lost), "2023年1月" (the day lost),
"202301月20日" (年 lost).

A report whose last block is a line holding nothing but such a date ended at its 落款:
it is not cut off (S110), and its signature is not missing (D101); what is wrong is the
date, a D finding.  The date is read by the date tokenizer (:mod:`govlint.syntax.dates`),
the same reading every date rule uses.
"""

from __future__ import annotations

from dataclasses import dataclass

from govlint.syntax.dates import FoundDate, tokens
from govlint.syntax.nodes import Paragraph, Report, Text

_AROUND = " \u3000\u00a0（()）"


@dataclass(frozen=True)
class BrokenSignature:
    """The date line of a 落款 that the grammar could not read as one."""

    text: Text              # the date line as written
    date: FoundDate         # the date read from it (offsets into ``text.raw``)

    @property
    def lacks_day(self) -> bool:
        """Dated to the month only, with no mistake in what is written ("2023年1月")."""
        return self.date.flaw is None and self.date.day is None


def broken_signature(report: Report) -> BrokenSignature | None:
    """The date line the report ends with when it is a date that lost a mark, or None (the
    grammar read a 落款, or the report ends on something else)."""
    if report.signature is not None or not report.blocks:
        return None
    last = report.blocks[-1]
    if not isinstance(last, Paragraph):
        return None
    raw = last.text.raw
    body = raw.strip(_AROUND)
    if not body:
        return None
    found = tokens(raw)
    if len(found) != 1:
        return None
    date = found[0]
    start = raw.index(body)
    if (date.start, date.end) != (start, start + len(body)):
        return None         # the line says more than a date: a sentence cut after its date
    if not (_lost_a_mark(date) or raw[date.end - 1] == "号"):
        return None         # (a 落款 dated "2023年1月20号" is a whole date the grammar does not take)
    return BrokenSignature(last.text, date)


def _lost_a_mark(date: FoundDate) -> bool:
    """A date of the day a report is signed with one of its marks or numbers lost:
    "2023年1月20", "2023年0120日", "202301月20日", "20230120日", "202年1月20日", "2023年1月"."""
    if date.flaw in ("no-ri", "no-yue", "run-together", "bad-year"):
        return True
    if date.flaw == "no-nian":
        return date.month is not None       # "2021以来" is a year in a sentence
    # the day left out ("2023年1月"); "12月31日" without its year is no 落款 date, and a whole
    # date or an ISO one is the grammar's to read
    return date.year is not None and date.month is not None and date.day is None
