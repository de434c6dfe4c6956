"""What table findings say: the labels of the template the table follows, the
table's English name in English messages, cells counted as cells."""

from __future__ import annotations

import re

import pytest

from govlint import Settings, lint_text, parse
from govlint.model.tables import recognise

from table_fixtures import consistent_values, render, review_table

DISCLOSURE_2021 = """青川市农业农村局
2021年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（一）项\t\t\t
信息内容\t本年制发件数\t本年废止件数\t现行有效件数
规章\t0\t0\t0
行政规范性文件\t−2\t若干\t
第二十条第（五）项\t\t\t
信息内容\t本年处理决定数量
行政许可\t0\t0
三、收到和处理政府信息公开申请情况
"""

DISCLOSURE_2019 = """青川市农业农村局
2019年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（一）项\t\t\t
信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
规章\t0\t0\t0
规范性文件\t－2\t0\t0
三、收到和处理政府信息公开申请情况
"""

_CJK = re.compile(r"[\u4e00-\u9fff]")


def _lint(text):
    return lint_text(text, "case.txt", Settings(select=("T",)))


def test_table_two_names_its_rows_as_its_template_does():
    grid = recognise(parse(DISCLOSURE_2021)).table("二")
    assert grid.variant == "2021"
    assert grid.row("规范性文件").label == "行政规范性文件"
    messages = [d.message for d in _lint(DISCLOSURE_2021) if d.code in ("T301", "T504", "T501")]
    assert messages and all("“行政规范性文件”行" in m for m in messages)
    grid = recognise(parse(DISCLOSURE_2019)).table("二")
    assert grid.row("规范性文件").label == "规范性文件"
    assert [d.code for d in _lint(DISCLOSURE_2019)] == ["T301"]


def _texts():
    rows = consistent_values({"三(一)": [2, 1, 0, 0, 0, 0]}, [0] * 6)
    rows = {key: list(values) for key, values in rows.items()}
    rows["三(一)"][6] += 1                                     # T101
    rows["三(二)"][0] = ""                                     # T501
    wide = render(rows, "tabs").replace("\t2.重复申请\t", "\t\t")   # T503
    yield "table-3", wide.replace("8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0",
                                  "8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0\t见说明")  # T502
    yield "table-4", review_table([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])   # T201
    yield "table-2", DISCLOSURE_2021                            # T301, T504, T501, T502


@pytest.mark.parametrize("name, text", list(_texts()), ids=[name for name, _ in _texts()])
def test_english_messages_start_with_the_english_table_name(name, text):
    found = _lint(text)
    assert found
    for diagnostic in found:
        assert diagnostic.message_en.startswith("table "), diagnostic.message_en
        assert not _CJK.search(diagnostic.message_en.split("“")[0]), diagnostic.message_en
        for note in diagnostic.notes:
            assert not _CJK.search(note.message_en.split("“")[0]), note.message_en


def test_extra_cells_holding_words_are_counted_as_cells():
    text = dict(_texts())["table-3"]
    (width,) = [d for d in _lint(text) if d.code == "T502"]
    assert "有 8 个单元格（其中 1 个是文字）" in width.message
    assert "8 cells (1 of them words)" in width.message_en


def test_extra_numbers_are_counted_as_numbers():
    text = dict(_texts())["table-3"].replace("\t见说明", "\t0")
    (width,) = [d for d in _lint(text) if d.code == "T502"]
    assert "有 8 个数字" in width.message
