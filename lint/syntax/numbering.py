"""How heading numbers are written: 一、 （一） 1. （1）, and groups of sibling headings."""

from __future__ import annotations

import re
from collections import Counter

from govlint.syntax.nodes import Heading, Paragraph, Report, Section

_CN = "一二三四五六七八九十"


def numeral(number: int) -> str:
    """一 … 九十九 for 1 … 99 (other numbers in Arabic digits)."""
    if not 1 <= number <= 99:
        return str(number)
    if number <= 10:
        return _CN[number - 1]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else _CN[tens - 1]) + "十" + (_CN[ones - 1] if ones else "")


def marker(number: int, style: str, separator: str) -> str:
    """The marker a heading of ``style`` and ``separator`` has for ``number``."""
    digits = numeral(number) if style in ("cn", "cn_paren", "part") else str(number)
    if style == "part":
        return f"第{digits}部分{separator}"
    if style in ("cn_paren", "arabic_paren"):
        return separator[0] + digits + separator[-1]
    return digits + separator


_NUMERAL = re.compile(r"[0-9０-９一二三四五六七八九十]")


def lost_number(heading: Heading) -> bool:
    """True for a heading whose marker kept only its punctuation ("、", "（）")."""
    return not _NUMERAL.search(heading.marker.raw)


def sibling_groups(report: Report):
    """Lists of sibling headings: the top level, then the children of every section
    (children of one parent written in one style form one group)."""
    for group in sibling_sections(report):
        yield [section.heading for section in group]


def sibling_sections(report: Report):
    """Like :func:`sibling_groups`, with the sections the headings open."""
    yield list(report.sections)
    for section in report.all_sections():
        by_style: dict[str, list[Section]] = {}
        for child in section.children:
            by_style.setdefault(child.heading.style, []).append(child)
        yield from by_style.values()


def opens_a_list(section: Section) -> bool:
    """True when a section ends on a lead-in to a new list ("改进措施如下："): the
    headings after it may number from 1 again."""
    last = section.blocks[-1] if section.blocks else None
    if section.children:
        return opens_a_list(section.children[-1])
    text = last.text.raw if isinstance(last, Paragraph) else (section.heading.body or section.heading.title).raw
    return text.rstrip(" \u3000")[-1:] in "：:"


def majority(values) -> tuple[object, int] | None:
    counts = Counter(values)
    if not counts:
        return None
    (value, count), *rest = counts.most_common()
    if rest and rest[0][1] == count:
        return None
    return value, count
