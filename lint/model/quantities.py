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
from functools import lru_cache

from govlint.syntax.numerals import Number, to_number

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
# (the look-ahead: a match starts on an approximation word or a digit, and the search
# passes every other character at once instead of trying the look-behinds there)
_QUANTITY = re.compile(
    "(?=[大约将近逾超不上0-9０-９零〇一二两三四五六七八九十百千万亿])" + _APPROX_BEFORE
    + rf"(?P<num>(?P<ar>{_AR}[ \u00a0]?[万亿]?)|(?P<cn>{_CN}))"
    + r"[ \u00a0]?" + _APPROX_AFTER + rf"(?P<unit>{_UNIT}|%|％)"
    + r"(?P<tail>以上|左右|上下)?"
)
# a percentage written in words: 百分之六十, 百分之一百零五, 百分之百, 约百分之60
_PERCENT_WORDS = re.compile(r"(?=[大约将近逾超不上百])" + _APPROX_BEFORE + r"百分之(?P<num>[零〇一二两三四五六七八九十百千]+|"
                            r"[0-9０-９]+(?:[.．][0-9０-９]+)?)" + r"(?P<tail>以上|左右|上下)?")
# characters before a Chinese numeral that make it part of a word or an ordinal
_CN_WORD_BEFORE = set("第统逐唯专单同之任每某初星周礼其万")


def same_value(a, b) -> bool:
    """Whether two figures are equal: exactly for exact numbers (int, Decimal), to rounding
    for floats (a sum of floats such as 7.9 + 20.3 is not exact)."""
    if isinstance(a, float) or isinstance(b, float):
        return abs(a - b) < 1e-9
    return a == b


def above(a, b) -> bool:
    """Whether figure ``a`` is larger than ``b`` (not merely by a float's rounding)."""
    return a > b and not same_value(a, b)


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
    """Every number-with-unit in ``text``, in order (see :func:`_counts`)."""
    return list(_counts(text))


@lru_cache(maxsize=4096)
def _counts(text: str) -> tuple[Count, ...]:
    """Every number-with-unit in ``text``, in order.

    Reads Arabic digits (full- or half-width, thousands commas, 万/亿), Chinese
    numerals (十二件, 两千余条) and percentages written in words (百分之六十 is 60%).
    Years, dates and ordinals are not counts: a number followed by 年/月/日 has no
    count unit, and 第 before a Chinese numeral makes it an ordinal.
    """
    out = []
    for match in _QUANTITY.finditer(text):
        num_start, num_end = match.span("num")
        before = text[num_start - 1] if num_start else ""
        if match["cn"]:
            # (a numeral that opens the text has nothing before it: "" is in every string)
            if before and (before in _CN_WORD_BEFORE or match["pre"] is None and before in "一二三四五六七八九十"):
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
    if "百分之" in text:
        for match in _PERCENT_WORDS.finditer(text):
            written = match["num"]
            value = 100 if written == "百" else to_number(written)
            if value is None:
                continue
            out.append(Count(value, "%", bool(match["pre"] or match["tail"]), match.start(), match.end(),
                             *match.span("num"), chinese=not written[0].isdigit()))
        out.sort(key=lambda count: count.start)
    return tuple(out)


# ── numbers that lost their unit ─────────────────────────────────────────────

# what may follow a number that is not a count: dates and times, ordinals and sizes, codes,
# multipliers and ranges ("2021年", "24小时", "3楼", "2.0版", "1至12月", "5G", "12345热线")
_NOT_COUNT_AFTER = re.compile(r"[ \u00a0]?(?:[年月日号时点分秒周天季届倍岁楼层栋室米吨亩度版型级轮克升]|小时|平方|公里|千米|"
                              r"[万亿千百余多来]|至|到|[-－—~～/.．×xX*:：〕】\]）)%％‰℃°]|[A-Za-z]|[0-9０-９])")
_NOT_COUNT_BEFORE = re.compile(r"(?:第|〔|【|\[|[（(]|编号|号码|电话|热线|专线|拨打|邮编|邮政编码|传真|代码|文号|"
                               r"[字号《“\"#:：\-—－/.．A-Za-z0-9０-９])[ \u00a0]?$")
# nouns the genre counts in units: a number right after one of them needs a unit
COUNT_NOUNS = ("信息", "数量", "总数", "数", "件数", "条数", "次数", "人数", "篇数", "文件", "解读", "动态", "公告",
               "通知", "稿件", "申请", "案件", "建议", "提案", "留言", "来信", "诉求", "事项")
# (no space between: "政府信息数量\t37" and "数量 37" are the cells of a table row read as text)
_COUNTED = re.compile("(?:" + "|".join(COUNT_NOUNS) + r")(?:为|达|共|计|共计|合计)?$")
_ARABIC = re.compile(r"(?=[0-9０-９])(?<![0-9０-９.．,])[0-9０-９]+(?:[.．][0-9０-９]+)?")


@dataclass(frozen=True)
class BareNumber:
    """An Arabic number with no unit right after a noun the genre counts ("发布信息37")."""

    value: float
    start: int
    end: int
    noun: str           # the counted noun before it ("信息", "数量")


def bare_numbers(text: str) -> list[BareNumber]:
    """Every Arabic number in ``text`` that follows a counted noun (:data:`COUNT_NOUNS`)
    and is followed by neither a unit nor anything else that makes a number a date, a
    time, a size, a code or a range.  Counts (:func:`counts`) are never bare numbers."""
    taken = {i for c in counts(text) for i in range(c.num_start, c.num_end)}
    out = []
    for match in _ARABIC.finditer(text):
        start, end = match.span()
        if start in taken or _NOT_COUNT_AFTER.match(text, end):
            continue
        head = text[max(0, start - 8):start]
        noun = _COUNTED.search(head)
        if noun is None or _NOT_COUNT_BEFORE.search(head):
            continue
        value = to_number(match.group(0))
        if value is None:
            continue
        out.append(BareNumber(value, start, end, noun.group(0).rstrip("为达共计合")))
    return out


# ── counts that lost their number ────────────────────────────────────────────

_PIECE = re.compile(r"[^、，,；;。！？!?]+")
_SENTENCE = re.compile(r"[^。！？!?]+")
_CN_DIGIT = set("零〇一二两三四五六七八九十百千万亿几")


@dataclass(frozen=True)
class MissingCount:
    """A clause that names a counted thing and its unit but no number ("当面申请件")
    while the clauses beside it give one ("网上申请8件")."""

    start: int          # offsets of the head noun and the unit ("申请件")
    end: int
    head: str           # the noun the parallel clauses share ("申请")
    unit: str


def missing_counts(text: str) -> list[MissingCount]:
    """Every clause of a list of parallel counts (pieces of one sentence between 、，；)
    that ends on the shared head noun and the shared unit with no number between them.
    A clause is parallel to another when both end on the same two-character noun and the
    same unit: "网上申请8件、当面申请件" — "通过电子邮件、信函申请2件" shares neither."""
    out = []
    every = [c for c in counts(text) if c.unit in COUNT_UNITS and not c.approx]
    headed = [(c, head) for c in every if (head := _head(text, c))]
    if not any(head + c.unit in text for c, head in headed):
        return out      # no clause ends on a head noun and its unit with no number between
    for sentence in _SENTENCE.finditer(text):
        found = [c for c in every if sentence.start() <= c.start < sentence.end()]
        siblings = {(head, c.unit) for c, head in headed if sentence.start() <= c.start < sentence.end()}
        if not siblings:
            continue
        for clause in _PIECE.finditer(text, sentence.start(), sentence.end()):
            start, end = clause.span()
            piece = text[start:end].rstrip(" \u3000")
            if any(start <= c.start < end for c in found):
                continue
            for head, unit in siblings:
                tail = head + unit
                if piece.endswith(tail) and len(piece) > len(tail) and piece[-len(tail) - 1] not in _CN_DIGIT:
                    at = start + len(piece) - len(tail)
                    out.append(MissingCount(at, at + len(tail), head, unit))
                    break
    return out


def _head(text: str, count: Count) -> str | None:
    """The two Chinese characters right before ``count``'s number (the noun it counts), or None."""
    head = text[count.num_start - 2:count.num_start]
    return head if len(head) == 2 and "\u4e00" <= head[0] <= "\u9fff" and "\u4e00" <= head[1] <= "\u9fff" else None
