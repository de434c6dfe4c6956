"""Reports that are not plain text: Word (.docx), saved web pages (.html) and PDF
(``pdf.py``).

Each adapter turns the file into the same text form a plain-text export has —
one paragraph per line, table rows as tab-separated cells (a merged cell
becomes empty cells, as a "save as text" gives) — so one grammar reads them all,
and records where each piece of that text came from (a ``locations.LocationMap``):
findings are then reported at places in the user's file, not in the text form.
"""

from __future__ import annotations

import html.parser
import io
import re
import struct
import zipfile

from govlint.syntax.locations import TextBuilder
from govlint.syntax.source import (DEFAULT_MAX_BYTES, DOCX_SUFFIXES, HTML_SUFFIXES, PDF_SUFFIXES, Source,
                                   SourceError, decode, from_text, too_large)

# browsers cap a column span at 1000; no report table is a tenth as wide, and a file
# saying colspan="100000000" must not become a line of a hundred million tabs
MAX_COLSPAN = 100


def docx_to_text(data: bytes, path: str, limit: int = DEFAULT_MAX_BYTES) -> str:
    return _docx(data, path, limit).text()


def _check_package(data: bytes, path: str, limit: int) -> None:
    """Refuse a .docx whose parts unpack to more than ``limit`` bytes (a zip bomb), or
    that a reader could not unpack at all (encrypted or unknown compression).  The
    sizes a zip declares bind: a member is never inflated past its declared size."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, OSError, EOFError,
            struct.error) as exc:
        raise SourceError(path, "不是有效的 Word 文档（.docx）", f"not a valid .docx file: {exc}") from None
    for member in members:
        if member.flag_bits & 0x1:
            raise SourceError(path, "Word 文档已加密，无法读取", "the .docx is encrypted and cannot be read")
        if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise SourceError(path, "Word 文档使用了不支持的压缩方式", "the .docx uses an unsupported compression method")
    unpacked = sum(member.file_size for member in members)
    if limit > 0 and unpacked > limit:
        raise too_large(path, limit)


def _docx(data: bytes, path: str, limit: int = DEFAULT_MAX_BYTES) -> TextBuilder:
    _check_package(data, path, limit)
    try:
        return _docx_text(data, path)
    except SourceError:
        raise
    except Exception as exc:  # noqa: BLE001 - zipfile, zlib, lxml and python-docx each raise their own
        # one picklable line, whatever the library raised (lxml's errors cannot cross processes)
        raise SourceError(path, "不是有效的 Word 文档（.docx），或文档已损坏",
                          f"not a valid .docx file, or a damaged one: {type(exc).__name__}: {exc}") from None


def _docx_text(data: bytes, path: str) -> TextBuilder:
    """The text form of a Word document, each piece anchored to its paragraph.

    Paragraphs are counted through the document in reading order, those inside table
    cells included; a cell also names its table, row and (grid) column.
    """
    try:
        import docx  # python-docx
        from docx.oxml.ns import qn
    except ImportError:  # pragma: no cover - declared as a dependency
        raise SourceError(path, "读取 .docx 需要 python-docx", "reading .docx needs python-docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise SourceError(path, "不是有效的 Word 文档（.docx）", f"not a valid .docx file: {exc}") from None
    out = TextBuilder()
    number = 0      # paragraphs so far
    tables = 0
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            number += 1
            out.add(_paragraph_text(child, qn, tab="\t"), number, 1, where=f"第{number}段",
                    where_en=f"paragraph {number}")
            out.add("\n")
        elif child.tag == qn("w:tbl"):
            tables += 1
            out.add("\n")
            for r, row in enumerate(child.iter(qn("w:tr")), 1):
                column = 1
                for cell in row.iterchildren(qn("w:tc")):
                    if column > 1:
                        out.add("\t")
                    properties = cell.tcPr
                    merged_below = properties is not None and properties.vMerge == "continue"
                    where = f"第{tables}个表格第{r}行第{column}列"
                    where_en = f"table {tables}, row {r}, column {column}"
                    out.mark(number + 1, 1, where=where, where_en=where_en)   # an empty cell is here too
                    for paragraph in cell.iter(qn("w:p")):
                        number += 1
                        if not merged_below:
                            out.add(_paragraph_text(paragraph, qn), number, 1, where=where, where_en=where_en)
                    span = min(cell.grid_span, MAX_COLSPAN)
                    out.add("\t" * (span - 1))
                    column += span
                out.add("\n")
            out.add("\n")
    return out


def _paragraph_text(paragraph, qn, tab: str = " ") -> str:
    """A paragraph's text; a tab stays a tab in body text (rows typed with tabs are a table)."""
    parts = []
    for node in paragraph.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag == qn("w:tab"):
            parts.append(tab)
    return "".join(parts)


_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article", "title", "tr", "table"}


class _HtmlText(html.parser.HTMLParser):
    """Visible text of a page: block elements on their own lines, table rows as tab rows.

    Text is kept as runs of (text, source line, source column), so every character of
    the text form can be traced to the page's source.
    """

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.lines: list[list[tuple[str, int, int]]] = []   # one list of runs per output line
        self.current: list[tuple[str, int, int]] = []
        self.row: list[list[tuple[str, int, int]]] | None = None
        self.cell: list[tuple[str, int, int]] | None = None
        self.span = 1
        self.skip = 0

    def _flush(self):
        runs = _squeeze(self.current, keep_one_space=True)
        if runs:
            self.lines.append(runs)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag == "tr":
            self._flush()
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
            try:
                self.span = min(MAX_COLSPAN, max(1, int(dict(attrs).get("colspan") or 1)))
            except ValueError:
                self.span = 1
        elif tag == "br":
            if self.cell is None:
                self._flush()
        elif tag in _BLOCK and self.cell is None:
            self._flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append(_squeeze(self.cell, keep_one_space=False))
            self.row.extend([[] for _ in range(self.span - 1)])
            self.cell = None
        elif tag == "tr" and self.row is not None:
            line: list[tuple[str, int, int]] = []
            for i, cell in enumerate(self.row):
                if i:
                    line.append(("\t", 0, 0))
                line.extend(cell)
            self.lines.append(line)
            self.row = None
        elif tag in _BLOCK and self.cell is None:
            self._flush()

    def handle_data(self, data):
        if self.skip:
            return
        line, offset = self.getpos()
        (self.cell if self.cell is not None else self.current).append((data, line, offset + 1))

    def handle_entityref(self, name):
        self._reference(f"&{name};")

    def handle_charref(self, name):
        self._reference(f"&#{name};")

    def _reference(self, written: str):
        if self.skip:
            return
        line, offset = self.getpos()
        text = html.unescape(written)
        (self.cell if self.cell is not None else self.current).append((text, line, offset + 1))

    def build(self) -> TextBuilder:
        self._flush()
        out = TextBuilder()
        for i, runs in enumerate(self.lines):
            if i:
                out.add("\n\n")
            for text, line, column in runs:
                out.add(text, line, column)
        out.add("\n")
        return out


_SPACE = " \t\r\n\f\xa0\u3000"


def _squeeze(runs, keep_one_space: bool):
    """Runs with whitespace trimmed at both ends and, inside, a run of whitespace made one
    space (``keep_one_space``) or removed (table cells); non-breaking spaces count as
    whitespace in cells only.  Each run is split where whitespace was dropped, so its
    source column stays exact."""
    space = _SPACE if not keep_one_space else " \t\r\n\f"
    out: list[tuple[str, int, int]] = []
    pending = False
    for text, line, column in runs:
        if not line:
            out.append((text, line, column))
            continue
        piece, at = [], None
        for ch in text:
            if ch in space:
                if piece:
                    out.append(("".join(piece), *at))
                    piece = []
                pending = True
            else:
                if not piece:
                    if pending and out and keep_one_space:
                        out.append((" ", 0, 0))
                    pending = False
                    at = (line, column)
                piece.append(ch)
            if ch == "\n":
                line, column = line + 1, 1
            else:
                column += 1
        if piece:
            out.append(("".join(piece), *at))
    return out


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def html_to_text(data: bytes, path: str) -> str:
    return _html(data, path).text()


def _html(data: bytes, path: str) -> TextBuilder:
    declared = _CHARSET.search(data[:4096])
    source = None
    try:    # a page often declares a charset it is not in; text that is valid UTF-8 is UTF-8
        source = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared and source is None:
        try:
            source = data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            source = None
    if source is None:
        source = decode(data, path).text
    parser = _HtmlText()
    parser.feed(source)
    parser.close()
    return parser.build()


def adapt(data: bytes, path: str, limit: int = DEFAULT_MAX_BYTES) -> Source | None:
    """A Source for a .docx, .html or .pdf file, or None for any other file."""
    lower = path.lower()
    if lower.endswith(DOCX_SUFFIXES):
        built, kind = _docx(data, path, limit), "docx"
    elif lower.endswith(HTML_SUFFIXES):
        built, kind = _html(data, path), "html"
    elif lower.endswith(PDF_SUFFIXES) or data.startswith(b"%PDF-"):   # also a PDF on stdin or misnamed
        from govlint.syntax.pdf import read_pdf

        built, kind = read_pdf(data, path), "pdf"
    else:
        return None
    return from_text(built.text(), path, kind=kind, locations=built.locations(), notes=built.notes)
