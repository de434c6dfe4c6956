"""Inputs that used to hang or blow up: each is now linear or bounded.  The bounds
asserted are ten times what a linear pass takes, far below what the old quadratic
passes took (noted beside each); speed itself is measured in bench/."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from govlint import lint_text
from govlint.syntax.numerals import format_number, parse_quantity, to_number

from samples import CLEAN


def _lint_within(text: str, seconds: float):
    started = time.monotonic()
    found = lint_text(text)
    elapsed = time.monotonic() - started
    assert elapsed < seconds, elapsed
    assert not [d for d in found if d.internal], [d.message_en for d in found if d.internal]
    return found


@pytest.mark.parametrize("filler", [
    "a" * 200_000,                          # the e-mail pattern of L103: 32 s before
    "7" * 40_000 + "月",                     # prose counts over a run of digits: 97 s before
    "共收到" + "7" * 40_000 + "件",
    "共" + "二" * 40_000 + "件",              # W101's paragraph ending on a numeral
    "(" * 20_000 + "政务" + ")" * 20_000,       # L103's bracket pairs
    "电话" + " " * 40_000 + "123",
    "x@" * 50_000,
    "《" * 20_000 + "）" * 20_000,         # L106: every closer searched the whole stack
    "1" * 5_000 + "年5月1日",               # a year of thousands of digits (int() refuses them)
])
def test_long_runs_are_checked_in_linear_time(filler):
    _lint_within(CLEAN.replace("全年工作平稳。", "全年" + filler + "。\n二、测试"), 20)


SPACES = " " * 20_000


@pytest.mark.parametrize("line", [
    SPACES + "x",                     # a date line's leading spaces and brackets (cubic before)
    "（" + SPACES + "x",
    "2021年" + SPACES + "x",
    "2021年1月" + SPACES + "x",
    "发布日期：" + SPACES + "x",
    "5" + SPACES + "x",                # a number-only line's spaces before and after its unit
    "（2021年" + SPACES + "x",          # a title year line
    "-" * 20_000 + "x",               # a rule line
    "青川市农业农村局\n" + SPACES + "x",  # the 落款 look-ahead
])
def test_long_lines_are_lexed_in_linear_time(line):
    _lint_within(CLEAN.replace("全年工作平稳。", "全年工作平稳。\n" + line), 20)


def test_a_table_label_full_of_open_brackets_is_linear():
    from fuzzing import BASE

    label = "一、本年新收政府信息公开申请数量"
    _lint_within(BASE.replace(label, label + "（" * 20_000 + "x"), 20)     # T506's asides


def test_counts_are_exact_integers():
    value = to_number("12345678901234567")
    assert value == 12345678901234567 and isinstance(value, int)
    assert parse_quantity("106.36 万元").value == Decimal("106.36")
    assert format_number(Decimal("0.1") + Decimal("0.2")) == "0.3"
    assert format_number(Decimal("12.50")) == "12.5" and format_number(Decimal("3.00")) == "3"


def test_a_seventeen_digit_breakdown_keeps_its_last_digit():
    text = CLEAN.replace("全年工作平稳。", "全年公开信息12345678901234567条，其中文件12345678901234560条、动态8条。")
    (finding,) = [d for d in lint_text(text) if d.code == "P101"]
    assert "12345678901234568" in finding.message and "12345678901234567" in finding.message


def test_a_number_of_hundreds_of_digits_is_no_number_and_never_inf():
    text = CLEAN.replace("全年工作平稳。", "全年公开信息" + "9" * 309 + "条，其中文件1条、动态8条。")
    found = _lint_within(text, 20)
    assert not any("inf" in d.message for d in found)
    assert to_number("9" * 309) is None and parse_quantity("9" * 5000).kind == "text"
