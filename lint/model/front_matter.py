"""Front matter published before a report's title: a cover letter to the office
the report is sent to (salutation, 请审核 / 特此报告, the sender's 落款).

Works on the blocks before the title, so that :mod:`govlint.syntax.build` can keep the
letter's 落款 from being taken for the report's own, and rules can report it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govlint.syntax.nodes import Paragraph, Signature, Title

# an addressee line: a short name of an office or its head, then a colon ("市政务公开办：")
_SALUTATION = re.compile(r"^[^\s，,。；;：:]{2,30}(?:办|办公室|政府|局|委|委员会|厅|部|处|科|中心|小组|领导|同志|主任)"
                         r"[ \u3000]*[：:]$")
# the formulas that close a letter to a superior office
_CLOSING = re.compile(r"(?:特此|专此)(?:报告|函告|报送|说明|函达)|请(?:予以?|给予)?(?:审核|审阅|审定|审查|批示|指正|备案|查收|核备)"
                      r"|妥否|当否|以上报告[，,]?请")
# a letter's document number on a line of its own ("青交函〔2022〕3号")
_LETTER_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:函|报|呈|发|字)[〔\[［(（][0-9]{4}[〕\]］)）][ \u3000]*[0-9]{1,4}[ \u3000]*号$")
_LETTER_TITLE = re.compile(r"^关于.*(?:报送|呈报|上报|报请|提交).*(?:的(?:函|报告|请示)|报告)$")


@dataclass(frozen=True)
class CoverLetter:
    """A covering letter sent with the report (关于报送……的函): its blocks, salutation, closing
    formula and signature."""

    blocks: tuple            # the letter's blocks, in file order
    salutation: Paragraph | None
    closing: Paragraph | None
    signature: Signature | None
    formula: str = ""        # the closing formula as written ("请审核", "特此报告")

    @property
    def span(self):
        return self.blocks[0].span


def cover_letter(blocks) -> CoverLetter | None:
    """The cover letter among ``blocks`` (what stands before the report's title), or None.

    A letter is recognised by two of its marks: an addressee line, a closing formula
    (特此报告, 请予以审核 …), a 落款 with the sender's name, and a letter's own title
    (关于报送……的函) or document number (青交函〔2022〕3号) with one of the others.  A dated
    line alone, or a page's 发布日期, is not a letter.
    """
    salutation = closing = signature = letter_title = None
    formula = ""
    first = last = None
    for index, block in enumerate(blocks):
        mark = False
        if isinstance(block, Paragraph):
            text = block.text.raw.strip(" \u3000")
            if salutation is None and _SALUTATION.match(text):
                salutation, mark = block, True
            elif _CLOSING.search(text):
                closing, mark = block, True
                formula = _CLOSING.search(text).group(0)
            elif _LETTER_TITLE.match(text) or _LETTER_NUMBER.match(text):
                letter_title, mark = block, True
        elif isinstance(block, Title) and _LETTER_TITLE.match(block.text):
            letter_title, mark = block, True
        elif isinstance(block, Signature) and block.agency is not None and block.date.kind != "meta":
            signature, mark = block, True
        if mark:
            first = index if first is None else first
            last = index
    if sum(x is not None for x in (salutation, closing, signature, letter_title)) < 2:
        return None
    return CoverLetter(tuple(blocks[first:last + 1]), salutation, closing, signature, formula)


def report_cover_letter(report) -> CoverLetter | None:
    """The cover letter published before ``report``'s title, or None."""
    if report.title is None:
        return None
    return cover_letter(report.blocks[:report.blocks.index(report.title)])


def is_letter_title(title: Title) -> bool:
    """A title line that names a letter sending the report ("关于报送……年度报告的函")."""
    return bool(_LETTER_TITLE.match(title.text))
