"""Dates as reports write them: 2020年1月19日, 2021 年 1 月 14 日, 二〇二二年一月二十日,
2020-01-31, and the empty 年 月 日 of an unfilled template."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from .numerals import cn_to_int, to_halfwidth

_S = r"[ \u3000]*"
_CN = "〇○零一二三四五六七八九十"
_YEAR = r"(?P<y>[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})"
_MD = rf"[0-9０-９]{{1,2}}|[{_CN}]{{1,3}}"

DATE_CN = re.compile(
    rf"{_YEAR}?{_S}年{_S}(?P<m>{_MD})?{_S}月{_S}(?P<d>{_MD})?{_S}日"
)
DATE_ISO = re.compile(r"(?<![0-9])(?P<y>[0-9]{4})" + _S + r"[-/.．]" + _S + r"(?P<m>[0-9]{1,2})" + _S
                      + r"[-/.．]" + _S + r"(?P<d>[0-9]{1,2})(?![0-9])")
# a metadata label: 发布日期： / 成文日期： / a bare 时间： that starts a field — not 工作时间： or 统计时间：
META = re.compile(r"(?:(?:发布|公开|成文|印发|编制)|(?<![\u3400-\u9fff]))(?:日期|时间)" + _S + "[:：]" + _S)


@dataclass(frozen=True)
class FoundDate:
    year: int | None
    month: int | None
    day: int | None
    start: int      # offsets of the match inside the searched text
    end: int

    @property
    def is_complete(self) -> bool:
        return None not in (self.year, self.month, self.day)

    @property
    def is_valid(self) -> bool:
        """A real calendar date (only meaningful when complete)."""
        if not self.is_complete:
            return False
        if not 1 <= self.month <= 12:
            return False
        return 1 <= self.day <= calendar.monthrange(self.year, self.month)[1]

    def as_tuple(self) -> tuple[int, int, int]:
        return (self.year, self.month, self.day)


def _number(text: str | None) -> int | None:
    if text is None:
        return None
    text = to_halfwidth(text)
    if text.isdigit():
        return int(text)
    return cn_to_int(text)


def find_dates(text: str) -> list[FoundDate]:
    """Every full or partial date in ``text`` written with 年月日, and every ISO date."""
    found = []
    for match in DATE_CN.finditer(text):
        found.append(FoundDate(_number(match["y"]), _number(match["m"]), _number(match["d"]),
                               match.start(), match.end()))
    for match in DATE_ISO.finditer(text):
        found.append(FoundDate(int(match["y"]), int(match["m"]), int(match["d"]), match.start(), match.end()))
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str) -> FoundDate | None:
    dates = find_dates(text)
    return dates[0] if dates else None


_YEAR_IN_TEXT = re.compile(r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})" + _S + "年|(?P<cn>[〇○零一二三四五六七八九]{4})" + _S + "年")


def first_year(text: str) -> int | None:
    """The first year written as YYYY年 (or 二〇二〇年) in ``text``."""
    match = _YEAR_IN_TEXT.search(text)
    if not match:
        return None
    return int(match["y"]) if match["y"] else cn_to_int(match["cn"])


def is_meta_date(line: str) -> bool:
    """True for web-page metadata such as 发布日期：2020-01-31."""
    return bool(meta_dates(line))


def meta_dates(line: str) -> list[FoundDate]:
    """The dates a metadata label introduces (发布日期：2020-01-31), not every date on the
    line: "工作时间：周一至周五" is no metadata, and the statistics period beside it is no
    publication date."""
    starts = {match.end() for match in META.finditer(line)}
    return [found for found in find_dates(line) if found.start in starts]
