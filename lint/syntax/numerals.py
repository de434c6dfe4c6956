"""Numbers as Chinese reports write them: 12, １２, 十二, 两千, 二〇二〇, 1,234, 106.36."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Union

# a count is exact: an int, or a Decimal when it is written with a fraction (106.36 万元);
# never a float, which loses the last digits of a long count and overflows to inf
Number = Union[int, Decimal]
# no figure in a report is longer; a longer run of digits is not a number (and Python
# refuses to convert runs of thousands of digits)
MAX_DIGITS = 40

_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}

CN_NUMERAL = "〇○零一二两三四五六七八九十百千万亿"
FULLWIDTH = str.maketrans("０１２３４５６７８９．，－＋", "0123456789.,-+")


def cn_to_int(text: str) -> int | None:
    """Value of a Chinese numeral: 十二 → 12, 两千三百 → 2300, 二〇二〇 → 2020.

    A run of two or more digits is read digit by digit, as years are written
    (二〇二〇, and so also 一一九 → 119).  Otherwise the numeral must be
    positional: within each 万/亿 section the units 千 百 十 fall in that order,
    each at most once, with one digit before each (十 may stand alone at the
    start of a section: 十二, 十万) and 零 only between places (一千零五).  A
    last digit straight after a unit is the next place down, as people say
    it: 一百二 → 120, 一万五 → 15000 (一百零二 → 102).
    Returns None when ``text`` is not a numeral or not a well-formed one
    (十十, 九九九十, 百二, 一百十, 万).
    """
    if not text or any(ch not in _DIGITS and ch not in _UNITS and ch not in _BIG for ch in text):
        return None
    if all(ch in _DIGITS for ch in text):
        return int("".join(str(_DIGITS[ch]) for ch in text)) if len(text) <= MAX_DIGITS else None
    total, section, digit, last = 0, 0, None, 1
    unit_above = 10_000          # the last place unit of this section (units must fall)
    big_above = 10 ** 12         # the last 万/亿 (they must fall too)
    zero_before = False          # a 零 stands between places, waiting for a digit
    skipped = False              # a 零 since the last unit: the next digit is the ones
    for ch in text:
        if ch in _DIGITS:
            value = _DIGITS[ch]
            if digit is not None or (value == 0 and (zero_before or section == 0 and total == 0)):
                return None      # two digits in a row (五零, 九九十), 零零, or a leading 零
            if value == 0:
                zero_before = skipped = True
                continue
            digit, zero_before = value, False
        elif ch in _UNITS:
            unit = _UNITS[ch]
            starts = digit is None and not zero_before and section == 0 and unit_above == 10_000
            if unit >= unit_above or zero_before or (digit is None and not (ch == "十" and starts)):
                return None      # 十十, 百千, 零十, 百二 without its digit
            section += (1 if digit is None else digit) * unit
            digit, unit_above, last, skipped = None, unit, unit, False
        else:
            big = _BIG[ch]
            section += digit or 0
            if big >= big_above or section == 0:
                return None      # 万 alone, 万万, 亿 after 万
            total += section * big
            section, digit, big_above, unit_above, zero_before, last, skipped = 0, None, big, 10_000, False, big, False
    if zero_before:
        return None              # a trailing 零 (一百零)
    if digit is not None and last > 1 and not skipped:
        digit *= last // 10      # 一百二 → 120, 两千三 → 2300, 一万五 → 15000
    return total + section + (digit or 0)


def to_halfwidth(text: str) -> str:
    return text.translate(FULLWIDTH)


# minus signs other than "-" that reports write before a number: − (U+2212), － (U+FF0D),
# ‒ – (figure and en dash), ﹣ (small hyphen-minus)
_MINUS = re.compile(r"^[\u2212\uff0d\u2012\u2013\ufe63](?=\s*[0-9０-９])")


def _minus(text: str) -> str:
    """Write a leading minus sign of any kind as "-" ("−5", "－5", "–5" → "-5")."""
    return _MINUS.sub("-", text, count=1)


_PLAIN = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")


def exact(digits: str) -> Number | None:
    """The value of digits with an optional sign and fraction ("-12", "106.36"): an int, a
    Decimal with a fraction, None past :data:`MAX_DIGITS`."""
    digits = digits.replace(",", "")
    if sum(ch.isdigit() for ch in digits) > MAX_DIGITS:
        return None
    return Decimal(digits) if "." in digits else int(digits)


def format_number(value: Number) -> str:
    """A number as a report writes it: 12, 106.36, -3 (no exponent, no trailing zeros)."""
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return str(int(value))
        return format(value.normalize(), "f")
    return str(value)


def parse_number(text: str) -> Number | None:
    """A plain number written with Arabic digits (full- or half-width, thousands commas)."""
    value = to_halfwidth(_minus(text.strip()))
    if not _PLAIN.match(value):
        return None
    return exact(value)


# ── numbers in table cells ──────────────────────────────────────────────────

_NOT_REPORTED = {"/", "／", "—", "——", "-", "--", "－", "−", "–", "无", "不适用", "空", "x", "X", "×"}
_SIGN_WORDS = {"增": 1, "增加": 1, "减": -1, "减少": -1, "+": 1, "-": -1}
_QUANTITY = re.compile(
    r"^(?P<sign>增加|减少|增|减|[+-])?\s*"
    r"(?P<number>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*"
    r"(?P<unit>万元|元|件|条|个|项|人次|人|次|篇|%)?$")


@dataclass(frozen=True)
class Quantity:
    """What a table cell holds.

    ``kind`` is "number" (``value`` set; ``unit`` as written, e.g. 万元; ``signed``
    when the cell carried an explicit sign or 增/减), "blank" (nothing written:
    not reported, which is not the same as 0), "not_reported" ("/", "—", "无")
    or "text" (words where a number belongs).
    """

    kind: str
    value: Number | None = None
    unit: str | None = None
    signed: bool = False

    @property
    def is_number(self) -> bool:
        return self.kind == "number"


# a table repeats a few cell texts ("0", "", "/") hundreds of times; a Quantity is frozen
@functools.lru_cache(maxsize=8192)
def parse_quantity(text: str) -> Quantity:
    """Read one table cell: "12", "１２", " 0 ", "1,234", "106.36 万元", "增 18",
    "减 5", "+3", "-2", "251000元" → numbers; "" → blank; "/", "—", "无" → not reported."""
    value = to_halfwidth(_minus(text.strip(" \u3000\u00a0\t")))
    if not value:
        return Quantity("blank")
    if value in _NOT_REPORTED:
        return Quantity("not_reported")
    match = _QUANTITY.match(value)
    if not match:
        return Quantity("text")
    number = exact(match["number"])
    if number is None:
        return Quantity("text")
    sign = match["sign"]
    if sign:
        number *= _SIGN_WORDS[sign]
    return Quantity("number", number, match["unit"], signed=bool(sign))


# ── numbers in running text ─────────────────────────────────────────────────

_MULTIPLIER = {"万": 10_000, "亿": 100_000_000}


def to_number(text: str) -> Number | None:
    """A count as prose writes it: "388", "１２", "1,215", "842.13万", "十二", "两千", "二十一".

    Arabic digits may carry a trailing 万 or 亿; Chinese numerals go through
    :func:`cn_to_int`.  Returns None for anything else.
    """
    text = text.strip()
    multiplier = 1
    if text and text[-1] in _MULTIPLIER and any(ch.isdigit() for ch in text):
        multiplier, text = _MULTIPLIER[text[-1]], text[:-1]
    value = parse_number(text)
    if value is None:
        return cn_to_int(text)
    return value * multiplier
