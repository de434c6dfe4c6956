"""PDF reports: read the way agencies publish them (Word with real tables, exported by
LibreOffice), with the same findings as the .docx and the .txt of the same report.

The PDFs in tests/fixtures/pdf were made by tests/pdf_fixtures.py from the synthetic
.txt beside them; ``test_regenerated_pdf_reads_the_same`` makes them again when
LibreOffice is installed (CI installs it).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest

from govlint.cli.commands import main
from govlint.syntax.nodes import Table
from govlint.cli.runner import check_file
from govlint.engine.settings import Settings
from govlint.syntax.source import SourceError
from govlint.syntax.files import read_file

import pdf_fixtures

FOLDER = Path(__file__).parent / "fixtures" / "pdf"
REPORTS = ("department_2021", "department_2021_defects", "county_2022", "county_2022_defects")
TABLE_IDENTITIES = {"T101", "T102", "T103", "T104", "T105", "T201"}
CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def findings(path: Path):
    result = check_file(str(path), Settings())
    assert not result.errors, result.errors
    return result.diagnostics


def what(diagnostics):
    return sorted((d.code, d.message) for d in diagnostics)


@pytest.mark.parametrize("name", REPORTS)
def test_same_findings_from_pdf_docx_and_txt(name):
    txt, docx, pdf = (findings(FOLDER / f"{name}.{ext}") for ext in ("txt", "docx", "pdf"))
    assert what(pdf) == what(txt)
    assert what(docx) == what(txt)


def test_the_defective_reports_exercise_every_table_identity_rule():
    found = {d.code for name in REPORTS for d in findings(FOLDER / f"{name}.txt")}
    assert TABLE_IDENTITIES <= found
    assert not [d for name in ("department_2021", "county_2022") for d in findings(FOLDER / f"{name}.txt")]


def table_cells(path: Path):
    source = read_file(str(path))
    from govlint import parse

    return [[[c.value for c in row.cells] for row in table.rows] for table in parse(source.text).iter(Table)]


@pytest.mark.parametrize("name", ("department_2021", "county_2022_defects"))
def test_pdf_tables_have_the_cells_of_the_text_tables(name):
    # merged header cells, labels wrapped inside their cell, empty cells, a table over
    # two page breaks and a row cut by one: the same grid as the tab-separated text
    assert table_cells(FOLDER / f"{name}.pdf") == table_cells(FOLDER / f"{name}.txt")


def test_page_headers_footers_and_numbers_are_not_report_text():
    text = read_file(str(FOLDER / "county_2022.pdf")).text
    assert "页 共" not in text
    text = read_file(str(FOLDER / "department_2021.pdf")).text
    assert text.count("云溪市自然资源和规划局政府信息公开工作年度报告") == 0
    assert not any(line.strip().isdigit() for line in text.splitlines())


def test_paragraphs_are_joined_across_lines_and_pages():
    text = read_file(str(FOLDER / "county_2022.pdf")).text
    expected = (FOLDER / "county_2022.txt").read_text(encoding="utf-8")
    for paragraph in (line for line in expected.splitlines() if len(line) > 60 and "\t" not in line):
        assert paragraph in text.splitlines()


def test_signature_alone_on_the_last_page():
    result = check_file(str(FOLDER / "county_2022.pdf"), Settings())
    signature = result.report.signature
    assert signature is not None and (signature.date.year, signature.date.month, signature.date.day) == (2023, 3, 28)
    place = result.locations.place(signature.span)
    with pdfplumber.open(FOLDER / "county_2022.pdf") as pdf:
        assert place.page == len(pdf.pages)


def test_finding_names_page_and_line_of_the_pdf():
    (w101,) = [d for d in findings(FOLDER / "department_2021_defects.pdf") if d.code == "W101"]
    place = w101.place
    assert (place.page, place.line) == (1, 12)
    with pdfplumber.open(FOLDER / "department_2021_defects.pdf") as pdf:
        line = pdf.pages[place.page - 1].extract_text_lines()[place.line - 1]["text"].replace(" ", "")
    assert line[place.column - 1:place.column + 1] == "增强"


def test_table_finding_points_at_the_cell_on_its_page():
    t201 = [d for d in findings(FOLDER / "department_2021_defects.pdf") if d.code == "T201"][0]
    with pdfplumber.open(FOLDER / "department_2021_defects.pdf") as pdf:
        lines = pdf.pages[t201.place.page - 1].extract_text_lines()
    assert lines[t201.place.line - 1]["text"].split()[4] == "3"   # the 总计 of 行政复议


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_text_output_and_ci_formats_carry_the_pdf_place(capsys):
    path = str(FOLDER / "department_2021_defects.pdf")
    code, out, _ = run([path, "--select", "W101"], capsys)
    assert code == 1
    assert f"{path}:1:12:16: error W101" in out and "（第1页第12行）" in out
    _, out, _ = run([path, "--select", "W101", "--format", "json"], capsys)
    (item,) = json.loads(out)
    assert (item["page"], item["line"], item["column"], item["where"]) == (1, 12, 16, "第1页第12行")
    _, out, _ = run([path, "--select", "W101", "--format", "github"], capsys)
    assert ",line=12," in out and "第1页第12行" in out
    _, out, _ = run([path, "--select", "W101", "--format", "sarif"], capsys)
    region = json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["properties"]["page"]) == (12, 1)
    _, out, _ = run([path, "--select", "W101", "--format", "gitlab", "--lang", "en"], capsys)
    assert "(page 1, line 12)" in json.loads(out)[0]["description"]


def test_folders_include_pdf_files(tmp_path, capsys):
    shutil.copy(FOLDER / "department_2021_defects.pdf", tmp_path)
    code, out, _ = run([str(tmp_path), "--select", "T201"], capsys)
    assert code == 1 and "department_2021_defects.pdf:4:" in out


def test_parse_shows_what_was_read(capsys):
    code, out, _ = run(["parse", "--text", str(FOLDER / "department_2021_defects.pdf")], capsys)
    assert code == 0
    assert "第1页第12行" in out and "| 申请人情况 |" in out
    code, out, _ = run(["parse", str(FOLDER / "department_2021_defects.pdf")], capsys)
    assert code == 0 and "table" in out and "三、本年度办理结果" in out


# --- PDFs that cannot be read -----------------------------------------------------------------

def scanned_pdf(path: Path) -> Path:
    from PIL import Image  # pdfplumber depends on Pillow

    Image.new("RGB", (595, 842), "white").save(path)   # an image on a page, no text
    return path


def bad_pdfs(folder: Path) -> dict[str, Path]:
    good = (FOLDER / "department_2021.pdf").read_bytes()
    files = {"encrypted": FOLDER / "encrypted.pdf", "scanned": scanned_pdf(folder / "scan.pdf")}
    for name, data in (("damaged", good[: len(good) // 3]), ("not_pdf", "年度报告".encode())):
        files[name] = folder / f"{name}.pdf"
        files[name].write_bytes(data)
    return files


@pytest.mark.parametrize("kind, reason", [
    ("encrypted", "PDF 已加密"),
    ("scanned", "没有文字层（扫描件），无法检查；请提供可复制文字的版本"),
    ("damaged", "PDF 文件已损坏"),
    ("not_pdf", "不是 PDF 文件"),
])
def test_unreadable_pdf_is_one_clear_error(tmp_path, kind, reason):
    with pytest.raises(SourceError) as info:
        read_file(str(bad_pdfs(tmp_path)[kind]))
    assert reason in info.value.reason and info.value.reason_en


def test_damaged_pdfs_never_raise_anything_but_a_source_error():
    import random

    from govlint.syntax.adapters import adapt

    data = (FOLDER / "department_2021_defects.pdf").read_bytes()
    rnd = random.Random(11)
    for i in range(30):
        damaged = bytearray(data)
        if i % 2:
            for _ in range(rnd.randint(1, 40)):
                damaged[rnd.randrange(len(damaged))] = rnd.randrange(256)
        else:
            start = rnd.randrange(len(damaged))
            del damaged[start:start + rnd.randint(1, 5000)]
        try:
            adapt(bytes(damaged), "damaged.pdf")
        except SourceError:
            pass


def test_a_page_that_is_a_picture_is_said(tmp_path, capsys):
    # a report whose third page is a scan (or a table pasted as a picture): the rest is
    # checked, and one line says which page was not
    scan = pypdfium2.PdfDocument(str(scanned_pdf(tmp_path / "scan.pdf")))
    document = pypdfium2.PdfDocument(str(FOLDER / "department_2021_defects.pdf"))
    document.import_pages(scan, index=2)
    document.save(str(tmp_path / "mixed.pdf"))
    code, out, err = run([str(tmp_path / "mixed.pdf"), "--select", "W101"], capsys)
    assert code == 1 and "W101" in out
    assert err.splitlines() == [f"govlint: {tmp_path / 'mixed.pdf'}: 第 3 页有大幅图片（扫描页或截图的表格），图片中的文字无法检查"]
    _, _, err = run([str(FOLDER / "department_2021_defects.pdf"), "--select", "W101"], capsys)
    assert err == ""


def test_bad_pdfs_exit_2_and_the_other_files_are_still_checked(tmp_path, capsys):
    files = bad_pdfs(tmp_path)
    good = str(FOLDER / "department_2021_defects.txt")
    code, out, err = run([*map(str, files.values()), good, "--select", "T201"], capsys)
    assert code == 2
    assert len([line for line in err.splitlines() if line.startswith("govlint: ")]) == len(files)
    assert "Traceback" not in err
    assert f"{good}:83:9: error T201" in out


# --- a second producer: borders as filled rectangles, header rows repeated on each page ------------

def cjk_font():
    if not pdf_fixtures.CJK_FONT.exists():
        if CI:
            pytest.fail(f"{pdf_fixtures.CJK_FONT} is missing under CI=true (.ci/run installs fonts-noto-cjk)")
        pytest.skip("the Noto CJK font is not installed (apt-get install fonts-noto-cjk)")


@pytest.mark.parametrize("name", REPORTS)
def test_drawn_pdf_reads_as_the_text_report(tmp_path, name):
    cjk_font()
    text = (FOLDER / f"{name}.txt").read_text(encoding="utf-8")
    pdf = pdf_fixtures.draw_pdf(text, tmp_path / f"{name}.pdf")
    read = [line for line in read_file(str(pdf)).text.split("\n") if line]
    assert read == [line for line in text.split("\n") if line]
    assert what(findings(pdf)) == what(findings(FOLDER / f"{name}.txt"))


def test_drawn_pdf_repeats_the_header_rows_over_the_page_break(tmp_path):
    cjk_font()
    text = (FOLDER / "county_2022.txt").read_text(encoding="utf-8")
    pdf = pdf_fixtures.draw_pdf(text, tmp_path / "county.pdf")
    document = pypdfium2.PdfDocument(str(pdf))
    drawn = "".join("".join(page.get_textpage().get_text_range().split()) for page in document)
    assert drawn.count("申请人情况") >= 2          # the test covers a repeated header
    assert read_file(str(pdf)).text.count("申请人情况") == 1


# --- making the PDFs ----------------------------------------------------------------------------

def test_regenerated_pdf_reads_the_same(tmp_path):
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        if CI:
            pytest.fail("LibreOffice is missing under CI=true (.ci/run installs it)")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui fonts-noto-cjk)")
    pdf = pdf_fixtures.build("department_2021_defects", tmp_path)
    assert what(findings(pdf)) == what(findings(FOLDER / "department_2021_defects.txt"))


def test_pdf_on_standard_input(monkeypatch, capsys):
    import io

    data = (FOLDER / "department_2021_defects.pdf").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(["-", "--select", "T201"], capsys)
    assert code == 1 and "-:4:34:5: error T201" in out


def test_sarif_for_pdf_and_docx_is_valid(capsys):
    from test_formats import sarif_model, sarif_schema_errors

    code, out, _ = run(["--format", "sarif", str(FOLDER / "department_2021_defects.pdf"),
                        str(FOLDER / "department_2021_defects.docx")], capsys)
    log = json.loads(out)
    assert code == 1 and log["runs"][0]["results"]
    assert sarif_schema_errors(log) == []
    sarif_model(log)


def test_docx_empty_cell_is_named_itself():
    (t105,) = [d for d in findings(FOLDER / "county_2022_defects.docx") if d.code == "T105"]
    assert t105.place.where == "第2个表格第21行第10列"   # the blank 总计, not the cell before it


@pytest.mark.parametrize("line, number", [
    ("3", True), ("- 3 -", True), ("— 12 —", True), ("第 3 页", True), ("第3页/共10页", True),
    ("第 3 页，共 10 页", True), ("3/10", True), ("Page 3 of 10", True), ("第三页", True),
    ("一、总体情况", False), ("3 10", False), ("云溪市自然资源和规划局", False), ("2021年", False),
])
def test_page_number_forms(line, number):
    from govlint.syntax.pdf import _PAGE_NUMBER

    assert bool(_PAGE_NUMBER.match(line)) is number


def test_a_rotated_page_reads_the_same(tmp_path):
    document = pypdfium2.PdfDocument(str(FOLDER / "department_2021_defects.pdf"))
    document[0].set_rotation(90)
    document.save(str(tmp_path / "rotated.pdf"))
    assert read_file(str(tmp_path / "rotated.pdf")).text == read_file(str(FOLDER / "department_2021_defects.pdf")).text
