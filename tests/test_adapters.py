"""Word and web-page reports are read into the same text form as plain text."""

from __future__ import annotations

import docx
import pytest

from govlint import lint_text, parse
from govlint.nodes import Table
from govlint.source import SourceError, read_file


@pytest.fixture
def word_report(tmp_path):
    document = docx.Document()
    document.add_paragraph("青川市农业农村局")
    document.add_paragraph("2021年政府信息公开工作年度报告")
    document.add_paragraph("一、总体情况")
    document.add_paragraph("规范信息发布，增强。")
    document.add_paragraph("二、主动公开政府信息情况")
    table = document.add_table(rows=3, cols=4)
    table.cell(0, 0).merge(table.cell(0, 3)).text = "第二十条第（一）项"
    for col, label in enumerate(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]):
        table.cell(1, col).text = label
    for col, value in enumerate(["规章", "0", "0", "0"]):
        table.cell(2, col).text = value
    path = tmp_path / "report.docx"
    document.save(path)
    return path


def test_docx_paragraphs_and_tables(word_report):
    source = read_file(str(word_report))
    assert source.kind == "docx"
    report = parse(source.text)
    (table,) = report.iter(Table)
    assert [c.value for c in table.rows[0].cells] == ["第二十条第（一）项", "", "", ""]
    assert [c.value for c in table.rows[2].cells] == ["规章", "0", "0", "0"]
    assert report.title.agency == "青川市农业农村局"
    assert "W101" in {d.code for d in lint_text(source.text, str(word_report))}


def test_broken_docx_is_a_clear_error(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(SourceError) as info:
        read_file(str(path))
    assert "docx" in info.value.reason


def test_html_page(tmp_path):
    page = """<html><head><meta charset="gbk"><title>页面</title><style>p{}</style></head><body>
    <p>青川市农业农村局</p><p>2021年政府信息公开工作年度报告</p>
    <h3>一、总体情况</h3><p>规范信息发布，增强。</p>
    <table><tr><td colspan="4">第二十条第（一）项</td></tr>
    <tr><td>规章</td><td>0</td><td>&nbsp;</td><td>0</td></tr></table></body></html>"""
    path = tmp_path / "report.html"
    path.write_bytes(page.encode("gbk"))
    source = read_file(str(path))
    report = parse(source.text)
    (table,) = report.iter(Table)
    assert [c.value for c in table.rows[1].cells] == ["规章", "0", "", "0"]
    assert "W101" in {d.code for d in lint_text(source.text, str(path))}
