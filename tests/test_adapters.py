"""Word and web-page reports are read into the same text form as plain text."""

from __future__ import annotations

import docx
import pytest

from govlint import lint_text, parse
from govlint.syntax.nodes import Table
from govlint.syntax.source import SourceError
from govlint.syntax.files import read_file


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


# --- positions in the user's file -------------------------------------------------------------

def checked(path):
    from govlint.cli.runner import check_file
    from govlint.engine.settings import Settings

    return check_file(str(path), Settings())


def test_docx_findings_name_the_paragraph_and_the_table_cell(word_report):
    from table_fixtures import consistent_values, render

    result = checked(word_report)
    (w101,) = [d for d in result.diagnostics if d.code == "W101"]
    assert (w101.place.line, w101.place.column, w101.place.where) == (4, 8, "第4段")

    document = docx.Document()
    text = render(consistent_values({"三(一)": [1, 0, 0, 0, 0, 0]}, [0] * 6), "tabs")
    rows = [line.split("\t") for line in text.splitlines() if "\t" in line]
    for line in text.splitlines()[:3]:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=max(map(len, rows)))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = "9" if (r, c) == (3, 8) else value   # 一、本年新收: 总计 9, not 1
    path = word_report.parent / "table.docx"
    document.save(path)
    t101 = [d for d in checked(path).diagnostics if d.code == "T101"]
    assert t101 and t101[0].place.where == "第1个表格第4行第9列"
    assert t101[0].place.line == 3 + 3 * 9 + 9   # paragraphs before it: 3, then one per cell


def test_docx_table_typed_with_tabs_keeps_its_tabs(tmp_path):
    # a table written as paragraphs with tab stops, not as a Word table (missed T101 and a
    # false W101 when tabs became spaces)
    from table_fixtures import consistent_values, render

    rows = consistent_values({"三(一)": [2, 0, 0, 0, 0, 0]}, [0] * 6)
    rows["三(一)"] = rows["三(一)"][:6] + [3]
    document = docx.Document()
    for line in render(rows, "tabs").splitlines():
        document.add_paragraph(line)
    path = tmp_path / "tabs.docx"
    document.save(path)
    source = read_file(str(path))
    assert "\t" in source.text
    codes = {d.code for d in checked(path).diagnostics}
    assert "T101" in codes and "W101" not in codes


def test_html_findings_point_at_the_page_source(tmp_path):
    page = ("<html><head><meta charset=\"utf-8\"><title>页面</title></head>\n"
            "<body><p>青川市农业农村局</p><p>2021年政府信息公开工作年度报告</p><h3>一、总体情况</h3>"
            "<p>规范信息&nbsp;发布，\n   增强。</p>\n<table><tr><td>行政&amp;许可</td><td> 0 </td></tr></table></body></html>")
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    (w101,) = [d for d in checked(path).diagnostics if d.code == "W101"]
    lines = page.split("\n")
    assert lines[w101.place.line - 1][w101.place.column - 1:].startswith("增强")
    assert w101.place.where == ""
    source = read_file(str(path))
    offset = source.text.index("许可")
    place = source.locations.place(__import__("govlint.syntax.source", fromlist=["LineIndex"]).LineIndex(source.text)
                                   .span(offset, offset + 2))
    assert lines[place.line - 1][place.column - 1:].startswith("许可")


def test_html_github_annotation_uses_the_source_line(tmp_path, capsys):
    from govlint.cli.commands import main

    page = "<html><body><p>青川市农业农村局</p><p>2021年政府信息公开工作年度报告</p><p>规范信息发布，增强。</p></body></html>"
    path = tmp_path / "one_line.html"
    path.write_text(page, encoding="utf-8")
    main([str(path), "--select", "W101", "--format", "github"])
    out = capsys.readouterr().out
    assert ",line=1," in out and f",col={page.index('增强') + 1}," in out
