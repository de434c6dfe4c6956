"""Numbers as Chinese reports write them: 12, １２, 十二, 两千, 二〇二〇, 1,234, 106.36."""

from __future__ import annotations

import re

_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}

CN_NUMERAL = "〇○零一二两三四五六七八九十百千万亿"
FULLWIDTH = str.maketrans("０１２３４５６７８９．，－＋", "0123456789.,-+")


def cn_to_int(text: str) -> int | None:
    """Value of a Chinese numeral: 十二 → 12, 两千三百 → 2300, 二〇二〇 → 2020.

    Returns None when ``text`` is not a numeral.
    """
    if not text or any(ch not in _DIGITS and ch not in _UNITS and ch not in _BIG for ch in text):
        return None
    if all(ch in _DIGITS for ch in text) and len(text) > 1:
        # digit by digit, as years are written (二〇二〇)
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            section += (1 if digit is None else digit) * _UNITS[ch]
            digit = None
        else:
            section += digit or 0
            total += (section or 1) * _BIG[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


def to_halfwidth(text: str) -> str:
    return text.translate(FULLWIDTH)


_PLAIN = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")


def parse_number(text: str) -> float | None:
    """A plain number written with Arabic digits (full- or half-width, thousands commas)."""
    value = to_halfwidth(text.strip())
    if not _PLAIN.match(value):
        return None
    return float(value.replace(",", ""))
