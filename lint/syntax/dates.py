"""A tokenizer for dates and date ranges as reports write them, well formed or broken.

Well formed: 2020年1月19日, 2021 年 1 月 14 日, 二〇二二年一月二十日, 2020-01-31, the
empty 年 月 日 of an unfilled template, a date without its year (12月31日) and the
ranges built from them (2021年1月1日至12月31日, 自……起至……止, 2022年1月1日-2022年12月31日).

Broken: a date that lost a mark between its parts, each told by a ``flaw``:
``"no-nian"`` 202203月15日 / 2021以来 / "2023，我局……", ``"no-yue"`` 2022年0315日, ``"no-ri"`` 2022年3月15
followed by words (二〇二三年一月二十 only where the text ends), ``"run-together"`` 20220315日 (年 and 月 both gone), ``"bad-year"`` 202年1月20日 (a year
of three or five digits).  Whether a date
exists on the calendar is a property (:attr:`FoundDate.is_valid`), not a flaw.

Every offset is an offset into the string that was tokenized.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from govlint.syntax.numerals import MAX_DIGITS, cn_to_int, to_halfwidth

_S = r"[ \u3000]*"
_ARABIC = "0-9０-９"
_CN_DIGITS = "〇○零一二三四五六七八九"
_NUMBER = rf"[{_ARABIC}]+|[{_CN_DIGITS}十]+"
# what an unfilled template puts where a number goes (2022年X月X日, ____年__月__日, 2022年□月□日)
_BLANK_MARKS = "XxＸｘ×□_＿"
_FIELD = rf"(?:19|20)[{_BLANK_MARKS}]{{2}}|{_NUMBER}|[{_BLANK_MARKS}]{{1,4}}"

# one date-shaped stretch: each of 年 / 月 / 日 with or without its number, in order, and
# after 月 a bare number that lost its 日.  Which of these make a date is decided in _read.
# (a stretch starts where its run of digits starts, Chinese ones included: a start inside
# a long run could only match where the run's start did, and trying each is quadratic)
# (every part is optional: the look-ahead passes over, inside the engine, the characters no
# stretch can start with — the empty match there was thrown away, one Python step per character)
_SHAPE = re.compile(
    rf"(?<![{_ARABIC}{_CN_DIGITS}十A-Za-z.．{_BLANK_MARKS}])(?=[ \u3000{_ARABIC}{_CN_DIGITS}十年月日号{_BLANK_MARKS}])"
    rf"(?:(?P<y>{_FIELD})?{_S}(?P<ny>年))?{_S}"
    rf"(?:(?P<m>{_FIELD})?{_S}(?P<nm>月))?{_S}"
    rf"(?:(?P<d>{_FIELD})?{_S}(?P<nd>[日号])|(?P<bare>[{_ARABIC}]{{1,2}}(?![{_ARABIC}])|[{_CN_DIGITS}十]{{1,3}}(?![{_CN_DIGITS}十]))"
    rf"(?P<after>.?))?"
)
# (both open on a look-ahead of a year's first digit: the look-behind is tried only there)
_ISO = re.compile(rf"(?=[12])(?<![0-9A-Za-z])(?P<y>(?:19|20)[0-9]{{2}}){_S}(?P<sep>[-/.．]){_S}(?P<m>[0-9]{{1,2}}){_S}"
                  rf"(?P=sep){_S}(?P<d>[0-9]{{1,2}})(?![0-9])")
# a year that lost its 年 before a word of time: 2021以来, 2020底, 2021度
# (or that opens a sentence and stands before its comma: "2023，我局……")
_YEAR_WORD = re.compile(r"(?=[ \u3000]*[12])(?:(?<![0-9０-９.．\-－/A-Za-z])(?P<y>(?:19|20)[0-9]{2})"
                        r"(?=以来|至今|期间|全年|上半年|下半年|底|初(?!步|稿|审|始|级|中)|度(?!量|假)|内(?![容部涵外]))"
                        r"|(?:^|(?<=[。；;！？!?\n]))[ \u3000]*(?P<y2>(?:19|20)[0-9]{2})(?=[，,][ \u3000]*[\u4e00-\u9fff]))")
# what a day number that lost its 日 may not be followed by: a unit, a list or range of days
_NOT_A_LOST_RI = re.compile(rf"[个家件条次人名项份期批场天日号时点分秒.．:：%％]|[、,，和及至到\-－—~～][ \u3000]*[{_ARABIC}]")
# a metadata label: 发布日期： / 成文日期： / a bare 时间： that starts a field — not 工作时间： or 统计时间：
META = re.compile(r"(?:(?:发布|公开|成文|印发|编制)|(?<![\u3400-\u9fff]))(?:日期|时间)" + _S + "[:：]" + _S)


@dataclass(frozen=True)
class FoundDate:
    """A date read from text: the parts written (None where missing), its offsets, and what is
    wrong with how it is written."""

    year: int | None
    month: int | None
    day: int | None
    start: int      # offsets of the date inside the tokenized text
    end: int
    flaw: str | None = None     # "no-nian" | "no-yue" | "no-ri" | "run-together" | "bad-year" | None
    marks: str = "年月日"        # the marks written ("年月日", "年月", "年", "月日", "月"), or "iso"

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
        return 1 <= self.day <= days_in_month(self.year, self.month)

    @property
    def is_impossible(self) -> bool:
        """A month or a day that no calendar has: 13月, 2月30日, 0日."""
        if self.month is not None and not 1 <= self.month <= 12:
            return True
        if self.day is not None and not 1 <= self.day <= 31:
            return True
        return self.is_complete and not self.is_valid

    def as_tuple(self) -> tuple[int, int, int]:
        return (self.year, self.month, self.day)


@dataclass(frozen=True)
class DateRange:
    """Two dates joined by 至 / 到 / — / -: the end takes the year (and the month) it
    leaves out from the start ("2021年1月1日至12月31日")."""

    first: FoundDate
    last: FoundDate
    start: int
    end: int

    @property
    def last_resolved(self) -> FoundDate:
        year = self.last.year if self.last.year is not None else self.first.year
        month = self.last.month if self.last.month is not None else self.first.month
        return FoundDate(year, month, self.last.day, self.last.start, self.last.end, self.last.flaw)

    @property
    def is_reversed(self) -> bool:
        """The end comes before the start (compared to the precision both are written to)."""
        a, b = self.first, self.last_resolved
        if a.flaw or b.flaw or a.year is None or b.year is None:
            return False
        key_a = [a.year, a.month, a.day]
        key_b = [b.year, b.month, b.day]
        width = next((i for i in range(3) if key_a[i] is None or key_b[i] is None), 3)
        return key_b[:width] < key_a[:width]


def days_in_month(year: int, month: int) -> int:
    """How many days ``month`` (1 … 12) of ``year`` has in the Gregorian calendar."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _number(text: str | None) -> int | None:
    if text is None:
        return None
    text = to_halfwidth(text)
    if text.isdigit():
        return int(text) if len(text) <= MAX_DIGITS else None   # a run of thousands is no number
    return cn_to_int(text)


def _is_year(text: str | None) -> bool:
    if text is None:
        return False
    text = to_halfwidth(text)
    return (len(text) == 4 and (text.isdigit() and text[:2] in ("19", "20")
                                or all(ch in _CN_DIGITS for ch in text)))


def _plausible_year(digits: str) -> bool:
    return digits[:2] in ("19", "20")


def _unfilled(field: str | None, zeros: str = "") -> str | None:
    """A date's field as written, or None when it is left blank: nothing, or only the marks
    of an unfilled template (X, ×, □, _; for a month or a day also ○, which no month or day
    is written with alone)."""
    if field is None:
        return None
    core = field[2:] if len(field) == 4 and field[:2] in ("19", "20") else field   # 20XX年
    return None if core.strip(_BLANK_MARKS + zeros) == "" else field


def _read(match: re.Match) -> FoundDate | None:
    """The date a stretch of :data:`_SHAPE` spells, or None when it spells none."""
    y, m, d, bare = _unfilled(match["y"]), _unfilled(match["m"], "○〇"), _unfilled(match["d"], "○〇"), match["bare"]
    ny, nm, nd = match["ny"], match["nm"], match["nd"]
    start, end = match.start(), match.end()

    def found(year, month, day, flaw=None, stop=end):
        marks = "年" * bool(ny) + "月" * bool(nm) + "日" * bool(nd and stop == end)
        return FoundDate(year, month, day, start, stop, flaw, marks)

    if ny and nm and nd and not (y or m or d):
        return found(None, None, None)                      # the template blank 年 月 日
    if ny and y is not None and not _is_year(y):
        digits = to_halfwidth(y)
        if digits.isdigit() and len(digits) in (3, 5) and nm and m is not None and nd and d is not None:
            return found(None, _number(m), _number(d), "bad-year")   # 202年1月20日, 20222年1月20日
        return None                                         # 三年来, 五年规划
    if ny and y is None and not (nm and nd):
        return None                                         # 全年, 今年 …: a word, not a date
    if ny:
        year = _number(y)
        if nm and m is None and not nd:
            return None
        month = _number(m) if nm else None
        if not nm and nd and d is not None:
            digits = to_halfwidth(d)
            if digits.isdigit() and len(digits) in (3, 4):
                return found(year, None, None, "no-yue")    # 2022年0315日
            return None
        if nm and bare is not None and not nd:
            following = match["after"]
            if following and _NOT_A_LOST_RI.match(match.string, match.start("after")):
                return found(year, month, None, stop=match.end("nm"))
            if following and not to_halfwidth(bare).isdigit():
                # a Chinese numeral after 月 lost its 日 only where the text ends ("二〇二三年一月二十"):
                # in a sentence it is as likely a count ("一月三次", "三月二十余家")
                return found(year, month, None, stop=match.end("nm"))
            stop = match.start("after") if following else end
            return found(year, month, _number(bare), "no-ri", stop=stop)
        day = _number(d) if nd else None
        stop = end if nd else (match.end("nm") if nm else match.end("ny"))
        return found(year, month, day, stop=stop)
    # no 年: 202203月15日 (lost), 12月31日 (a date without its year), 20220315日 (run together)
    if nm and m is not None:
        digits = to_halfwidth(m)
        if digits.isdigit() and len(digits) in (5, 6) and _plausible_year(digits):
            day = _number(d) if nd else None
            return found(int(digits[:4]), int(digits[4:]), day, "no-nian",
                         stop=end if nd else match.end("nm"))
        if nd and d is not None:
            return found(None, _number(m), _number(d))
        if not nd:
            return found(None, _number(m), None, stop=match.end("nm"))
        return None
    if nd == "日" and d is not None and not nm:
        digits = to_halfwidth(d)
        if digits.isdigit() and 6 <= len(digits) <= 12 and _plausible_year(digits):
            return found(int(digits[:4]), None, None, "run-together")
    return None


def tokens(text: str) -> list[FoundDate]:
    """Every date in ``text``, well formed or broken, with or without its year, in order."""
    return list(_tokens(text))


@functools.lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[FoundDate, ...]:
    """:func:`tokens`, computed once per text: half a dozen date rules read the same texts."""
    found = []
    for match in _SHAPE.finditer(text):
        if match.end() == match.start():
            continue
        date = _read(match)
        if date is not None:
            found.append(date)
    taken = [(d.start, d.end) for d in found]
    for match in _ISO.finditer(text):
        if not any(s < match.end() and match.start() < e for s, e in taken):
            found.append(FoundDate(int(match["y"]), int(match["m"]), int(match["d"]), match.start(), match.end(),
                                   marks="iso"))
    for match in _YEAR_WORD.finditer(text):
        year = match["y"] or match["y2"]
        start = match.start("y") if match["y"] else match.start("y2")
        found.append(FoundDate(int(year), None, None, start, start + 4, "no-nian", ""))
    return tuple(sorted(found, key=lambda d: d.start))


def find_dates(text: str) -> list[FoundDate]:
    """Every well-formed date in ``text`` written with all of 年, 月 and 日 (any of their
    numbers may be blank: 年 月 日), and every ISO date: the dates a report is made or
    published on.  :func:`tokens` gives the partial and the broken ones too."""
    return [d for d in _tokens(text) if d.flaw is None and d.marks in ("年月日", "iso")]


def parse_date(text: str) -> FoundDate | None:
    dates = find_dates(text)
    return dates[0] if dates else None


_RANGE_JOIN = re.compile(rf"{_S}(?:起)?{_S}(?:至|到|——|—|–|-|－|~|～){_S}")
_RANGE_END = re.compile(rf"{_S}止")


def ranges(text: str) -> list[DateRange]:
    """Every "A至B" in ``text`` whose start names at least a year and a month."""
    found = tokens(text)
    out = []
    for first, last in zip(found, found[1:]):
        if first.year is None or first.month is None or first.flaw:
            continue
        join = _RANGE_JOIN.fullmatch(text, first.end, last.start)
        if join is None or last.month is None and last.day is None:
            continue
        stop = last.end
        tail = _RANGE_END.match(text, stop)
        if tail:
            stop = tail.end()
        out.append(DateRange(first, last, first.start, stop))
    return out


_YEAR_IN_TEXT = re.compile(r"(?<![0-9０-９])(?P<y>(?:19|20|１９|２０)[0-9０-９]{2})" + _S + "年|(?P<cn>[〇○零一二三四五六七八九]{4})" + _S + "年")


def first_year(text: str) -> int | None:
    """The first year written as YYYY年 (or 二〇二〇年) in ``text``."""
    match = _YEAR_IN_TEXT.search(text)
    if not match:
        return None
    return int(match["y"]) if match["y"] else cn_to_int(match["cn"])   # (int reads full-width digits)


def is_meta_date(line: str) -> bool:
    """True for web-page metadata such as 发布日期：2020-01-31."""
    return bool(meta_dates(line))


def meta_dates(line: str) -> list[FoundDate]:
    """The dates a metadata label introduces (发布日期：2020-01-31), not every date on the
    line: "工作时间：周一至周五" is no metadata, and the statistics period beside it is no
    publication date."""
    starts = {match.end() for match in META.finditer(line)}
    return [found for found in find_dates(line) if found.start in starts]
