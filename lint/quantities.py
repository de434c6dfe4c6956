"""Numbers as running text writes them, each read with what stands around it.

:func:`counts` finds every number that carries a unit ("388条", "两千余件", "842.13万条",
"16期", "35%"); :func:`bare_numbers` finds the Arabic numbers that carry none where the
genre gives counts a unit ("发布信息37公开渠道……").  Both read the same number syntax, so
a number is either a count, a bare number or a token of another kind (a date, a code).

Every offset returned here is an offset into the string that was passed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numerals import Number, to_number

#: units of things counted (longest first, so 人次 wins over 人)
COUNT_UNITS = ("人次", "件次", "条次", "条", "件", "篇", "个", "次", "人", "份", "项", "期", "家",
               "场", "批", "起", "封", "部", "本", "册", "张", "幅", "种", "类", "户", "所",
               "套", "台", "名", "位", "则", "组", "宗", "单")
MONEY_UNITS = ("万元", "亿元", "元")
PERCENT = ("%", "％")

# a number starts where its run of digits starts (the look-behind): trying each digit of a
# long run as a start would be quadratic, and a start inside a run can only match where
# the run's own start did
_AR = r"(?<![0-9０-９])[0-9０-９]+(?:,[0-9]{3})*(?![0-9０-９])(?:[.．][0-9０-９]+)?"
_CN = r"(?<![零〇一二两三四五六七八九十百千万亿])[零〇一二两三四五六七八九十百千万亿]+"   # from the run's start, as _AR
_APPROX_BEFORE = r"(?P<pre>大约|约|将近|近|逾|超过|不少于|不足|不到|上千|上万|上百)?"
_APPROX_AFTER = r"(?P<post>余|多|来)?"
_UNIT = "|".join(sorted(COUNT_UNITS + MONEY_UNITS, key=len, reverse=True))
_QUANTITY = re.compile(
    _APPROX_BEFORE
    + rf"(?P<num>(?P<ar>{_AR}[ \u00a0]?[万亿]?)|(?P<cn>{_CN}))"
    + r"[ \u00a0]?" + _APPROX_AFTER + rf"(?P<unit>{_UNIT}|%|％)"
    + r"(?P<tail>以上|左右|上下)?"
)
# characters before a Chinese numeral that make it part of a word or an ordinal
_CN_WORD_BEFORE = set("第统逐唯专单同之任每某初星周礼其万")


@dataclass(frozen=True)
class Count:
    """A number with its unit as written in running text."""

    value: Number
    unit: str
    approx: bool        # 约、余、多、近、以上…: not a figure to add up
    start: int          # offsets of the whole match (approximation words included)
    end: int
    num_start: int      # offsets of the number itself
    num_end: int
    chinese: bool = False

    @property
    def is_percent(self) -> bool:
        return self.unit in PERCENT


def counts(text: str) -> list[Count]:
    """Every number-with-unit in ``text``, in order.

    Reads Arabic digits (full- or half-width, thousands commas, 万/亿) and
    Chinese numerals (十二件, 两千余条).  Years, dates and ordinals are not counts:
    a number followed by 年/月/日 has no count unit, and 第 before a Chinese
    numeral makes it an ordinal.
    """
    out = []
    for match in _QUANTITY.finditer(text):
        num_start, num_end = match.span("num")
        before = text[num_start - 1] if num_start else ""
        if match["cn"]:
            if before in _CN_WORD_BEFORE or match["pre"] is None and before in "一二三四五六七八九十":
                continue
            if match["cn"] in ("万", "亿", "千", "百"):
                continue
        elif before and (before.isdigit() or before in ".．-－/:：" or before.isascii() and before.isalpha()):
            continue   # part of a longer token: a date, a phone number, a code
        value = to_number(match["num"].replace(" ", "").replace("\u00a0", ""))
        if value is None:
            continue
        approx = bool(match["pre"] or match["post"] or match["tail"])
        out.append(Count(value, match["unit"], approx, match.start(), match.end(), num_start, num_end,
                         chinese=bool(match["cn"])))
    return out
