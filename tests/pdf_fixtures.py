"""Report PDFs made the way agencies make them: a Word document with real Word tables,
converted by LibreOffice.

``python3 tests/pdf_fixtures.py`` rebuilds ``tests/fixtures/pdf/*.pdf`` (and the .docx
beside each) from the synthetic text reports in that folder.  It needs LibreOffice
(``soffice``) and a CJK font (Debian: ``libreoffice-writer-nogui fonts-noto-cjk``); the
PDFs it made are committed, so the tests read them without LibreOffice.

The text reports are our own synthetic ones.  Tab-separated rows become one Word table;
an empty label cell is merged with the cell to its left or above it, the way the
official tables are drawn (spanned header cells, the 三、本年度办理结果 group cell), so
the PDF has merged header cells, labels that wrap inside narrow cells and a table that
runs over a page break.  Each document has a running header and a page-number footer;
``page_break_before`` puts the signature on a page of its own.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

FOLDER = Path(__file__).resolve().parent / "fixtures" / "pdf"
BENCH = Path(__file__).resolve().parent.parent / "bench" / "data"   # the 10-page report bench/pdf.py reads
FONT = "Noto Serif CJK SC"
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


@dataclass(frozen=True)
class Layout:
    header: str = ""              # running header on every page
    footer: str = "{page}"        # footer on every page: {page} and {pages} are page-number fields
    page_break_before: str = ""   # the last line with this text starts a new page (the signature, say)
    indent: bool = False          # first-line indent of two characters, no space between paragraphs
    ruled: bool = True            # tables with every cell border drawn ("Table Grid"); False: no rules at all


def _font(document) -> None:
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(12)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        fonts.set(qn(attribute), FONT)


def _footer(paragraph, template: str) -> None:
    """``template`` with {page} / {pages} as Word PAGE / NUMPAGES fields."""
    for part in re.split(r"(\{page\}|\{pages\})", template):
        if part in ("{page}", "{pages}"):
            field = OxmlElement("w:fldSimple")
            field.set(qn("w:instr"), "PAGE" if part == "{page}" else "NUMPAGES")
            run = OxmlElement("w:r")
            text = OxmlElement("w:t")
            text.text = "1"
            run.append(text)
            field.append(run)
            paragraph._p.append(field)
        elif part:
            paragraph.add_run(part)


def _merge_plan(rows: list[list[str]]):
    """For each empty label cell, "left" or "up": which neighbour it is merged into.

    A cell merges down only where the whole width of the cell above it is empty in its
    row, so every merged cell stays a rectangle (as Word requires).
    """
    plan = {}

    def anchor(r, c):
        while (r, c) in plan:
            r, c = (r, c - 1) if plan[(r, c)] == "left" else (r - 1, c)
        return r, c

    for r, row in enumerate(rows):
        numbers = [c for c, cell in enumerate(row) if NUMBER.match(cell)]
        header = not numbers
        last_label = len(row) if header else numbers[0]
        for c in range(last_label):
            if row[c]:
                continue
            left = plan.get((r, c - 1)) if c else None
            left_text = c > 0 and bool(row[c - 1])
            above_text = r > 0 and c < len(rows[r - 1]) and bool(rows[r - 1][c]) and (r - 1, c) not in plan
            if r > 0:
                above = anchor(r - 1, c)
                width = [j for j in range(len(rows[r - 1])) if anchor(r - 1, j) == above]
                rectangular = all(j < len(row) and not row[j] and j < last_label for j in width)
            else:
                rectangular = False
            if header and above_text and rectangular:
                plan[(r, c)] = "up"
            elif left_text or left == "left":
                plan[(r, c)] = "left"
            elif rectangular:
                plan[(r, c)] = "up"
    return plan


def _add_table(document, rows: list[list[str]], ruled: bool = True) -> None:
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    table = document.add_table(rows=len(rows), cols=width)
    if ruled:
        table.style = "Table Grid"
    plan = _merge_plan(rows)
    # label columns (before the first number of a data row) share 55% of the 6-inch line
    firsts = [next(c for c, cell in enumerate(row) if NUMBER.match(cell)) for row in rows
              if any(NUMBER.match(cell) for cell in row)]
    labels = min(firsts, default=0)
    widths = ([3.3 / labels] * labels + [2.7 / (width - labels)] * (width - labels) if labels
              else [6.0 / width] * width)
    table.autofit = False
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Inches(widths[c])
            if value:
                cell.text = ""
                run = cell.paragraphs[0].add_run(value)
                run.font.size = Pt(9)
    # merge the planned cells into their anchors (an anchor is a cell with text)
    for (r, c), way in sorted(plan.items()):
        ar, ac = r, c
        while (ar, ac) in plan:
            ar, ac = (ar, ac - 1) if plan[(ar, ac)] == "left" else (ar - 1, ac)
        if ar < 0 or ac < 0:
            continue
        try:
            table.cell(ar, ac).merge(table.cell(r, c))
        except Exception:  # a merge that would not be rectangular stays unmerged
            pass


def build_docx(text: str, path: Path, layout: Layout) -> None:
    document = docx.Document()
    _font(document)
    section = document.sections[0]
    if layout.header:
        section.header.paragraphs[0].text = layout.header
    if layout.footer:
        _footer(section.footer.paragraphs[0], layout.footer)
    lines = text.split("\n") + [""]
    stripped = [line.strip() for line in lines]
    breaking = (len(stripped) - 1 - stripped[::-1].index(layout.page_break_before)
                if layout.page_break_before in stripped else -1)
    block: list[list[str]] = []
    for index, line in enumerate(lines):
        if "\t" in line:
            block.append([cell.strip() for cell in line.split("\t")])
            continue
        if block:
            _add_table(document, block, layout.ruled)
            block = []
        if not line.strip():
            continue
        paragraph = document.add_paragraph()
        if index == breaking:
            paragraph.add_run().add_break(WD_BREAK.PAGE)
            paragraph = document.add_paragraph()
        if layout.indent:
            paragraph.paragraph_format.first_line_indent = Pt(24)
            paragraph.paragraph_format.space_after = Pt(0)
        paragraph.add_run(line.strip())
    document.save(path)


def convert(docx_path: Path, out_dir: Path, password: str = "") -> Path:
    """The PDF LibreOffice exports from ``docx_path`` (encrypted with ``password``, if given)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    target = "pdf"
    if password:
        target = ('pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
                  f'"DocumentOpenPassword":{{"type":"string","value":"{password}"}}}}')
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", target, "--outdir", str(out_dir), str(docx_path)],
                       check=True, capture_output=True, timeout=300)
    return out_dir / (docx_path.stem + ".pdf")


# the fixtures: text report -> layout of its Word document
REPORTS = {
    "department_2021": Layout(header="云溪市自然资源和规划局政府信息公开工作年度报告",
                              page_break_before="云溪市自然资源和规划局"),
    "department_2021_defects": Layout(header="云溪市自然资源和规划局政府信息公开工作年度报告",
                                      page_break_before="云溪市自然资源和规划局"),
    "county_2022": Layout(footer="第 {page} 页 共 {pages} 页", page_break_before="鹿鸣县人民政府办公室", indent=True),
    "county_2022_defects": Layout(footer="第 {page} 页 共 {pages} 页", page_break_before="鹿鸣县人民政府办公室",
                                  indent=True),
    # bench/data: the county report with 36 more paragraphs in 一, ten pages in all
    "report_10_pages": Layout(footer="第 {page} 页 共 {pages} 页", page_break_before="鹿鸣县人民政府办公室",
                              indent=True),
}


def build(name: str, out_dir: Path | None = None) -> Path:
    """``name``.pdf from ``name``.txt (in tests/fixtures/pdf or bench/data), written to
    ``out_dir`` (default: beside the text), with the .docx it was made from."""
    text_path = FOLDER / f"{name}.txt"
    if not text_path.exists():
        text_path = BENCH / f"{name}.txt"
    out_dir = out_dir or text_path.parent
    docx_path = out_dir / f"{name}.docx"
    build_docx(text_path.read_text(encoding="utf-8"), docx_path, REPORTS[name])
    pdf = convert(docx_path, out_dir)
    if out_dir == BENCH:
        docx_path.unlink()
    return pdf


def build_encrypted(out_dir: Path = FOLDER) -> Path:
    """A one-page report that needs a password to open."""
    with tempfile.TemporaryDirectory() as folder:
        docx_path = Path(folder) / "encrypted.docx"
        build_docx("青川市农业农村局\n2021年政府信息公开工作年度报告\n", docx_path, Layout(footer=""))
        return convert(docx_path, out_dir, password="secret")


if __name__ == "__main__":
    for name in sys.argv[1:] or REPORTS:
        print(build(name))
    if not sys.argv[1:]:
        print(build_encrypted())


# --- a second producer: fpdf2 draws the table itself -------------------------------------------
#
# Word's own PDF export draws every cell border as a thin filled rectangle and repeats
# the header rows on each page a table runs over; this writer does the same with fpdf2,
# so the reader is not tuned to LibreOffice's way of drawing alone.

CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")


def draw_pdf(text: str, path: Path, footer: str = "第 {page} 页") -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_font("cjk", fname=str(CJK_FONT), collection_font_number=2)   # the SC face
    pdf.set_margins(72, 72, 72)
    state = {"page": 0}

    def new_page():
        pdf.add_page()
        state["page"] += 1
        pdf.set_font("cjk", size=9)
        pdf.set_xy(72, 800)
        pdf.cell(451, 12, footer.format(page=state["page"]), align="C")
        pdf.set_font("cjk", size=12)
        pdf.set_xy(72, 72)

    new_page()
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if "\t" in lines[i]:
            block = []
            while i < len(lines) and "\t" in lines[i]:
                block.append([cell.strip() for cell in lines[i].split("\t")])
                i += 1
            _draw_table(pdf, block, new_page)
            continue
        if lines[i].strip():
            if pdf.get_y() > 760:
                new_page()
            pdf.set_font("cjk", size=12)
            for part in _wrapped(pdf, "\u3000\u3000" + lines[i].strip(), 451):
                if pdf.get_y() > 760:
                    new_page()
                pdf.set_x(72)
                pdf.cell(451, 20, part, new_x="LMARGIN", new_y="NEXT")
        i += 1
    pdf.output(str(path))
    return path


def _wrapped(pdf, text: str, width: float) -> list[str]:
    """Lines as Word breaks Chinese text: anywhere between Chinese characters, never inside
    a run of Latin letters and digits."""
    pieces = re.findall(r"[A-Za-z0-9.,:/%@_-]+|.", text)
    lines, line = [], ""
    for piece in pieces:
        if line and pdf.get_string_width(line + piece) > width:
            lines.append(line)
            line = ""
        line += piece
    return lines + ([line] if line else [])


def _draw_table(pdf, rows, new_page) -> None:
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    plan = _merge_plan(rows)

    def anchor(r, c):
        while (r, c) in plan:
            r, c = (r, c - 1) if plan[(r, c)] == "left" else (r - 1, c)
        return r, c

    firsts = [next(c for c, cell in enumerate(row) if NUMBER.match(cell)) for row in rows
              if any(NUMBER.match(cell) for cell in row)]
    labels = min(firsts, default=0)
    widths = ([200 / labels] * labels + [251 / (width - labels)] * (width - labels) if labels
              else [451 / width] * width)
    span = {}
    for r in range(len(rows)):
        for c in range(width):
            a = anchor(r, c)
            if a[0] >= 0 and a[1] >= 0:
                top, left, bottom, right = span.get(a, (a[0], a[1], a[0], a[1]))
                span[a] = (top, left, max(bottom, r), max(right, c))
    header = next((r for r, row in enumerate(rows) if any(NUMBER.match(cell) for cell in row)), 0)
    pdf.set_font("cjk", size=9)
    line = 12

    def lines_of(a):
        _, _, _, right = span[a]
        w = sum(widths[a[1]:right + 1]) - 4
        return len(pdf.multi_cell(w, line, rows[a[0]][a[1]], dry_run=True, output="LINES"))

    heights = [line + 4] * len(rows)
    for a, (top, _, bottom, _) in sorted(span.items(), key=lambda item: item[1][2] - item[1][0]):
        if rows[a[0]][a[1]]:
            need = lines_of(a) * line + 4
            have = sum(heights[top:bottom + 1])
            if need > have:
                heights[bottom] += need - have   # a cell over several rows grows its last row

    def height(r):
        return heights[r]

    thin = 0.5
    y = pdf.get_y() + 6
    first_on_page = 0
    order = list(range(len(rows)))
    k = 0
    while k < len(order):
        r = order[k]
        h = height(r)
        if y + h > 780:
            new_page()
            pdf.set_font("cjk", size=9)
            y = 72
            if r >= header:
                order[k:k] = list(range(header))   # the header rows again on the new page
            first_on_page = k
            continue
        x = 72.0
        for c in range(width):
            w = widths[c]
            first = k == first_on_page
            a = anchor(r, c)
            if first or r == 0 or anchor(r - 1, c) != a:
                pdf.rect(x, y, w, thin, style="F")                   # top
            if c == 0 or anchor(r, c - 1) != a:
                pdf.rect(x, y, thin, h, style="F")                   # left
            if c == width - 1:
                pdf.rect(x + w, y, thin, h, style="F")               # right
            last = k == len(order) - 1 or y + h + height(order[k + 1]) > 780
            if last:
                pdf.rect(x, y + h, w, thin, style="F")               # bottom
            text = rows[a[0]][a[1]] if a[0] >= 0 and a[1] >= 0 else ""
            if a == (r, c) and text:
                right = span[a][3]
                pdf.set_xy(x + 2, y + 2)
                pdf.multi_cell(sum(widths[c:right + 1]) - 4, line, text)
            x += w
        y += h
        k += 1
    pdf.set_font("cjk", size=12)
    pdf.set_xy(72, y + 8)
