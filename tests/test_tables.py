"""Recognition of the standard tables in every layout real files show."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govlint import Settings, lint_text, parse
from govlint.syntax.numerals import parse_quantity
from govlint.syntax.files import read_file
from govlint.model.tables import recognise
from govlint.model.tables import vocabulary as t
from govlint.model.tables.labels import match_application_row

from conftest import shared_dir
from table_fixtures import consistent_values, render, review_table

LAYOUTS = ["tabs", "cell_lines", "bare_lines", "pipe_cells", "pipe_end", "pipes"]
ROWS = consistent_values({"三(一)": [2, 1, 0, 0, 0, 0], "三(三)6": [1, 0, 0, 0, 0, 1],
                          "三(五)2": [0, 0, 0, 0, 1, 0], "三(六)3": [1, 0, 0, 0, 0, 0]}, [1, 0, 0, 0, 0, 0])


@pytest.mark.parametrize("layout", LAYOUTS)
def test_table_three_in_every_layout(layout):
    grid = recognise(parse(render(ROWS, layout))).table("三")
    assert grid is not None and grid.variant == "2021"
    assert not grid.issues
    for key, values in ROWS.items():
        assert [grid.value(key, column) for column in t.APPLICATION_COLUMNS] == values, key


@pytest.mark.parametrize("layout", ["tabs", "cell_lines", "bare_lines"])
def test_spaces_inside_words_from_pdf_extraction(layout):
    grid = recognise(parse(render(ROWS, layout, spaced=True))).table("三")
    assert grid.value("三(七)", "总计") == ROWS["三(七)"][6]
    assert not grid.issues


def test_cell_points_at_its_place_in_the_file():
    text = render(ROWS, "cell_lines")
    cell = recognise(parse(text)).table("三").cell("三(七)", "自然人")
    assert text.split("\n")[cell.span.line - 1].strip() == str(ROWS["三(七)"][0])


def test_label_wrapped_onto_the_next_row_is_not_a_row():
    text = render(ROWS, "tabs").replace("6.属于四类过程性信息\t", "6.属于四类过程性信\t")
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if "过程性信" in line)
    lines.insert(at + 1, "\t息\t\t\t\t\t\t\t")
    grid = recognise(parse("\n".join(lines))).table("三")
    assert not grid.issues
    assert grid.value("三(三)6", "总计") == ROWS["三(三)6"][6]


def test_label_matching_by_meaning():
    assert match_application_row("(三) 不予公 开", None) == "三(三)"
    assert match_application_row("三、 本年 度办 理结 果", None) == "三"
    assert match_application_row("2.其他法律行政止公开", "三(三)") == "三(三)2"
    assert match_application_row("2.", "三(五)") == "三(五)2"
    assert match_application_row("6.属于四类过程性信", "三(三)") == "三(三)6"
    assert match_application_row("（七）总计", None) == "三(七)"


def test_rows_that_lost_their_labels_are_laid_by_position():
    text = render(ROWS, "tabs").replace("\t2.重复申请\t", "\t\t")
    grid = recognise(parse(text)).table("三")
    assert grid.row("三(五)2").by == "position"
    assert grid.value("三(五)2", "法律服务机构") == 1


def test_one_row_other_handling_is_the_2019_layout():
    rows = consistent_values({"三(一)": [1, 0, 0, 0, 0, 0]}, [0] * 6, "2019")
    grid = recognise(parse(render(rows, "tabs", "2019", 2020))).table("三")
    assert grid.variant == "2019" and grid.value("三(六)", "总计") == 0


def test_table_four_fifteen_cells():
    grid = recognise(parse(review_table([1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 3, 0, 0, 0, 3]))).table("四")
    assert grid.value("行政复议", "总计") == 2
    assert grid.value("复议后起诉", "结果维持") == 3


def test_cut_off_table_is_not_judged_after_the_cut():
    text = render(ROWS, "bare_lines").split("（三）不予公开")[0]
    findings = lint_text(text, "cut.txt", Settings(select=("T",)))
    assert findings == []
    assert recognise(parse(text)).table("三").truncated


@pytest.mark.parametrize("text, kind, value, unit", [
    ("106.36 万元", "number", Decimal("106.36"), "万元"), ("增 18", "number", 18, None), ("减 5", "number", -5, None),
    ("+3", "number", 3, None), ("-2", "number", -2, None), ("１２", "number", 12, None),
    ("", "blank", None, None), ("/", "not_reported", None, None), ("若干", "text", None, None),
])
def test_cell_numbers(text, kind, value, unit):
    quantity = parse_quantity(text)
    assert (quantity.kind, quantity.value, quantity.unit) == (kind, value, unit)


def _count(folder):
    counts, missing = {}, []
    for path in sorted(folder.glob("*.txt")):
        found = recognise(parse(read_file(str(path)).text, str(path)))
        for grid in found.tables:
            counts[grid.kind] = counts.get(grid.kind, 0) + 1
        missing += [(path.name, f.kind, f.reason) for f in found.unrecognised]
    return counts, missing


def test_seed_tables_are_recognised():
    counts, missing = _count(shared_dir("seeds"))
    assert counts == {"二": 4, "三": 4, "四": 4, "统计表": 1}
    assert missing == []


def test_corpus_tables_are_recognised():
    counts, missing = _count(shared_dir("corpus"))
    assert counts.get("二") == 9 and counts.get("三") == 5
    assert missing == []


def test_glued_table_is_unrecognised_with_the_text_it_stands_in():
    text = ("2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n"
            "信息内容本年制发件数本年废止件数现行有效件数\n规章000\n行政规范性文件1203\n"
            "三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n")
    (failure,) = recognise(parse(text)).unrecognised
    assert failure.kind == "二" and failure.span.line == 5
    assert (failure.extent.line, failure.extent.end_line) == (4, 6)
    # the same table with its cells kept is read, and nothing is unrecognised
    tabbed = text.replace("信息内容本年制发件数本年废止件数现行有效件数", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数")
    tabbed = tabbed.replace("规章000", "规章\t0\t0\t0").replace("行政规范性文件1203", "行政规范性文件\t12\t0\t3")
    found = recognise(parse(tabbed))
    assert found.unrecognised == () and found.table("二").value("规范性文件", "本年制发件数") == 12
