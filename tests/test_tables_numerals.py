"""Numbers as tables and headings write them: Chinese numerals, minus signs."""

from __future__ import annotations

import pytest

from govlint.syntax.numerals import cn_to_int, parse_number, parse_quantity, to_number


@pytest.mark.parametrize("text, value", [
    ("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("二十一", 21), ("三十一", 31), ("两百", 200),
    ("一百一十", 110), ("一百二十三", 123), ("两千三百", 2300), ("一千零五", 1005), ("两千零二十", 2020),
    ("十万", 100_000), ("十一万", 110_000), ("一万五千", 15_000), ("二十万零三", 200_003),
    ("一万零五百", 10_500), ("三亿五千万", 350_000_000), ("一亿零五万", 100_050_000),
    # what people say: a last digit after a unit is the next place down
    ("一百二", 120), ("两千三", 2300), ("一万五", 15_000),
    # digit by digit, as years are written (and so any run of digits)
    ("二〇二〇", 2020), ("二○二一", 2021), ("二零一九", 2019), ("一一九", 119), ("九九九", 999), ("零", 0),
])
def test_well_formed_numerals(text, value):
    assert cn_to_int(text) == value


@pytest.mark.parametrize("text", [
    "", "十十", "九九九十", "百二", "百", "千百", "一百十", "十百", "一千零零五", "一百零", "零十",
    "万", "亿万", "万万", "一万万", "十二月", "二十a",
])
def test_malformed_numerals_are_none(text):
    assert cn_to_int(text) is None


@pytest.mark.parametrize("sign", ["-", "\u2212", "\uff0d", "\u2013", "\u2012", "\ufe63"])
def test_every_minus_sign_reads_as_negative(sign):
    quantity = parse_quantity(f"{sign}5")
    assert (quantity.kind, quantity.value, quantity.signed) == ("number", -5, True)
    assert parse_number(f"{sign}1,234.5") == -1234.5
    assert to_number(f"{sign}12") == -12


@pytest.mark.parametrize("text", ["\u2212", "\u2013", "－", "—", "-"])
def test_a_dash_alone_is_not_reported(text):
    assert parse_quantity(text).kind == "not_reported"


def test_an_em_dash_before_digits_stays_text():
    assert parse_quantity("—5").kind == "text"
