"""Reports that are not plain text: Word (.docx) and saved web pages (.html).

Each adapter turns the file into the same text form a plain-text export has —
one paragraph per line, table rows as tab-separated cells (a merged cell
becomes empty cells, as a "save as text" gives) — so one grammar reads them all.
Line and column numbers of findings then refer to that text form.
"""

from __future__ import annotations

import html.parser
import io
import re
import zipfile

from .source import Source, SourceError, decode, from_text

DOCX_SUFFIXES = (".docx",)
HTML_SUFFIXES = (".html", ".htm")


def docx_to_text(data: bytes, path: str) -> str:
    try:
        import docx  # python-docx
        from docx.oxml.ns import qn
    except ImportError:  # pragma: no cover - declared as a dependency
        raise SourceError(path, "读取 .docx 需要 python-docx", "reading .docx needs python-docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise SourceError(path, "不是有效的 Word 文档（.docx）", f"not a valid .docx file: {exc}") from None
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(_paragraph_text(child, qn))
        elif child.tag == qn("w:tbl"):
            lines.append("")
            for row in child.iter(qn("w:tr")):
                cells = []
                for cell in row.iterchildren(qn("w:tc")):
                    text = "".join(_paragraph_text(p, qn) for p in cell.iter(qn("w:p")))
                    properties = cell.tcPr
                    merged_below = properties is not None and properties.vMerge == "continue"
                    cells.append("" if merged_below else text)
                    cells.extend([""] * (cell.grid_span - 1))
                lines.append("\t".join(cells))
            lines.append("")
    return "\n".join(lines) + "\n"


def _paragraph_text(paragraph, qn) -> str:
    parts = []
    for node in paragraph.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag == qn("w:tab"):
            parts.append(" ")
    return "".join(parts)


_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article", "title", "tr", "table"}


class _HtmlText(html.parser.HTMLParser):
    """Visible text of a page: block elements on their own lines, table rows as tab rows."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.span = 1
        self.skip = 0

    def _flush(self):
        text = "".join(self.current).strip()
        if text:
            self.lines.append(re.sub(r"[ \t\r\n]+", " ", text))
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
                self.span = max(1, int(dict(attrs).get("colspan") or 1))
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
            self.row.append(re.sub(r"\s+", "", "".join(self.cell)).replace("\xa0", ""))
            self.row.extend([""] * (self.span - 1))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.lines.append("\t".join(self.row))
            self.row = None
        elif tag in _BLOCK and self.cell is None:
            self._flush()

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.current.append(data)

    def text(self) -> str:
        self._flush()
        return "\n\n".join(line for line in self.lines) + "\n"


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def html_to_text(data: bytes, path: str) -> str:
    declared = _CHARSET.search(data[:4096])
    source = None
    if declared:
        try:
            source = data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            source = None
    if source is None:
        source = decode(data, path).text
    parser = _HtmlText()
    parser.feed(source)
    parser.close()
    return parser.text()


def adapt(data: bytes, path: str) -> Source | None:
    """A Source for a .docx or .html file, or None for any other file."""
    lower = path.lower()
    if lower.endswith(DOCX_SUFFIXES):
        return from_text(docx_to_text(data, path), path, kind="docx")
    if lower.endswith(HTML_SUFFIXES):
        return from_text(html_to_text(data, path), path, kind="html")
    return None
