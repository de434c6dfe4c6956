"""The source excerpt under a finding: display width, long lines, spans over lines."""

from __future__ import annotations

import time

from govlint.cli.formats.text_format import WINDOW, display_width, excerpt
from govlint.syntax.nodes import Span


def span(line, column, end_line, end_column):
    return Span(line, column, end_line, end_column, 0, 0)


def test_caret_under_wide_characters_and_tabs():
    source, caret = excerpt("规章\t0\t增强。", span(1, 6, 1, 8))
    assert source == "    规章    0    增强。"
    assert caret == "    " + " " * display_width("规章    0    ") + "^~~~"


def test_span_over_two_lines_marks_only_its_first_character():
    source, caret = excerpt("青禾县人民政府", span(1, 1, 2, 5))
    assert source == "    青禾县人民政府" and caret == "    ^~"


def test_long_line_is_cut_around_the_caret():
    line = "甲" * 5000 + "增强。" + "乙" * 5000
    source, caret = excerpt(line, span(1, 5001, 1, 5003))
    assert source.startswith("    …") and source.endswith("…")
    assert display_width(source) <= WINDOW + 4
    assert display_width(source[:source.index("增强")]) == caret.index("^")
    assert caret.endswith("^~~~")


def test_many_findings_on_one_long_line_stay_fast():
    line = "很长" * 40000
    start = time.perf_counter()
    for column in range(1, 80000, 40):
        excerpt(line, span(1, column, 1, column + 2))
    assert time.perf_counter() - start < 5


def test_empty_span_at_the_end_of_a_line_is_one_caret_just_after_it():
    source, caret = excerpt("公开形式还不够丰富", span(1, 10, 1, 10))
    assert source == "    公开形式还不够丰富" and caret == "    " + " " * 18 + "^"
    source, caret = excerpt("短", span(1, 2, 2, 1))          # a span that starts at the end and runs on
    assert caret == "    " + "  " + "^"


def test_caret_never_runs_past_the_shown_line():
    line = "甲" * 80
    source, caret = excerpt(line, span(1, 81, 1, 81))
    assert display_width(caret) <= display_width(source) + 1
