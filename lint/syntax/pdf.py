"""PDF reports, read with pypdfium2 (PDFium): characters with their boxes, and the
ruling lines of the tables.

The PDF becomes the same text form as a .docx: one paragraph per line, each ruled
table as tab-separated rows whose cells are the table's own cells (a merged cell
keeps its text in its first cell and leaves the cells it covers empty, a label that
wraps inside its cell is one label, an empty cell stays empty).  Around that:

- page headers, footers and page numbers (lines in the top or bottom margin band
  that are page numbers or repeat on other pages) are not report text;
- the lines of a paragraph are joined — a line that runs to the right margin
  continues on the next line, also across a page break — without a space between
  Chinese characters (a space is kept where the PDF has one, and between two Latin
  words);
- a table that runs over a page break is one table (a header row repeated at the
  top of the next page is dropped).

Tables are found from the ruling lines the PDF draws (Word, WPS and LibreOffice draw
every cell border): the horizontal and vertical segments are snapped together, each
set of crossing segments is one table, and its rows are the bands between its
horizontal lines; inside a band a missing vertical line is a cell merged across
columns, and a missing horizontal line over a cell is a cell merged down.

Every piece of the text is anchored to its page and its line on that page (lines
counted from the top of the page, headers included), so a finding is reported as
``report.pdf:page:line:col``.  A PDF that cannot be read (not a PDF, damaged,
encrypted, or a scan with no text layer) is a :class:`SourceError`: one line, exit 2.
There is no OCR.
"""

from __future__ import annotations

import bisect
import re
import statistics
import unicodedata
from dataclasses import dataclass

from govlint.syntax.locations import TextBuilder
from govlint.syntax.source import SourceError

NO_TEXT = ("没有文字层（扫描件），无法检查；请提供可复制文字的版本",
           "no text layer (a scanned document): it cannot be checked; provide a version with selectable text")
MARGIN = 0.08          # top and bottom bands of a page (share of its height) where headers and footers live
PICTURE = 0.15         # images over this share of a page: a scanned page or a table pasted as a picture
_PAGE_NUMBER = re.compile(
    r"^[-—–－\s]*(第\s*)?[\d一二三四五六七八九十百]+(\s*页)?(\s*(?:[,，、]?\s*共|[/／]\s*共?)\s*\d+(\s*页)?)?[-—–－\s]*$"
    r"|^(page|p\.)\s*\d+(\s*(of|/)\s*\d+)?$", re.I)
_HEADING = re.compile(r"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[)）]"
                      r"|\d+[、．.](?!\d))")
_FINAL = "。！？；：…"


@dataclass
class _Line:
    """One line of text on a page (outside tables)."""

    page: int
    number: int                 # line on the page, from the top
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    pieces: list                # (text, column) runs

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.pieces)


@dataclass
class _Table:
    """A table being put together from a PDF's words: where it stands and its rows so far."""

    page: int
    top: float
    x0: float
    x1: float
    rows: list                  # rows of cells (left edge, runs); a run is (text, page, line, column)
    last_page: int = 0          # the page its last part is on (a table can run over several)

    def __post_init__(self):
        self.last_page = self.last_page or self.page


def _is_cjk(ch: str) -> bool:
    return ch > "\u2e7f" and unicodedata.east_asian_width(ch) in "WF"


def _glue(left: str, right: str) -> str:
    """What goes between two pieces of one line or one paragraph: a space only between Latin words."""
    if left and right and left[-1].isascii() and right[0].isascii() and left[-1].isalnum() and right[0].isalnum():
        return " "
    return ""


def _cluster(chars):
    """Chars grouped into visual lines (by their top), each line sorted left to right."""
    lines: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if lines and char["top"] - lines[-1][0]["top"] <= max(2.0, 0.3 * char["size"]):
            lines[-1].append(char)
        else:
            lines.append([char])
    for line in lines:
        line.sort(key=lambda c: c["x0"])
    return lines


def _runs(chars, columns) -> list[tuple[str, int]]:
    """The text of one line's chars as runs of (text, column of its first char).

    A space is kept where the PDF has a space (one for a run of them); between two
    Latin characters a space PDFium infers from the gap counts too (producers such as
    LibreOffice draw no space glyphs).  No space is taken next to a Chinese character
    unless the PDF has one: Word, WPS and LibreOffice space Chinese and Latin apart
    without a space character.
    A wide gap with no space in it (two characters or more) is a tab stop or the gap
    between the columns of a table drawn without rules: it becomes a tab, as in a .docx.
    """
    runs: list[list] = []
    previous = None
    space = inferred = False
    for char in chars:
        text = char["text"]
        if not text.strip():
            if previous is not None:
                if char.get("generated"):
                    inferred = True
                else:
                    space = True
            continue
        if previous is not None:
            gap = char["x0"] - previous["x1"]
            latin = not _is_cjk(text[0]) and not _is_cjk(previous["text"][-1])
            space = space or (inferred and latin)
            if not space and gap >= 2 * char["size"]:
                runs.append(["\t", 0])
                runs.append(["", columns[id(char)]])
            elif space or (gap > 0.5 * char["size"] and latin):
                runs[-1][0] += " "
                runs.append(["", columns[id(char)]])
        if not runs:
            runs.append(["", columns[id(char)]])
        runs[-1][0] += text
        previous, space, inferred = char, False, False
    return [(text, column) for text, column in runs if text]


def _inside(char, box) -> bool:
    x = (char["x0"] + char["x1"]) / 2
    y = (char["top"] + char["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


class _Page:
    """The lines and tables of one page, in reading order (top to bottom)."""

    def __init__(self, page, number: int):
        self.number = number
        width, self.height = page.get_size()
        if page.get_rotation() in (90, 270):   # the size is the page as shown; the text is not turned
            width, self.height = self.height, width
        chars = _chars(page, self.height)
        self.has_text = any(c["text"].strip() for c in chars)
        self.line_of: dict[int, int] = {}
        self.columns: dict[int, int] = {}
        self.line_tops: list[float] = []     # the top of each line of the page, in order
        for n, line in enumerate(_cluster([c for c in chars if c["text"].strip()]), 1):
            self.line_tops.append(min(c["top"] for c in line))
            for column, char in enumerate(line, 1):
                self.line_of[id(char)] = n
                self.columns[id(char)] = column
        for char in chars:   # spaces: they never start a piece of text
            self.line_of.setdefault(id(char), 0)
            self.columns.setdefault(id(char), 0)
        self.pictured = _pictured(page) > PICTURE * width * self.height
        grids = _grids(_edges(page, self.height)) if self.has_text else []
        self.tables = [self._table(grid, chars) for grid in grids]
        boxes = [grid.box for grid in grids]
        outside = [c for c in chars if not any(_inside(c, box) for box in boxes)]
        self.lines = []
        for group in _cluster(outside):
            printable = [c for c in group if c["text"].strip()]
            if not printable:
                continue
            first = printable[0]
            self.lines.append(_Line(number, self.line_of[id(first)], min(c["top"] for c in printable),
                                    max(c["bottom"] for c in printable), first["x0"], printable[-1]["x1"],
                                    statistics.median(c["size"] for c in printable), _runs(group, self.columns)))

    def _table(self, grid, chars) -> _Table:
        inside = sorted((c for c in chars if c["text"].strip() and _inside(c, grid.box)), key=lambda c: c["top"])
        tops = [c["top"] for c in inside]
        rows = []
        for row in grid.rows:
            cells = []
            for box in row:
                low = bisect.bisect_left(tops, box[1] - 30)   # a char's box may rise above the cell; its centre decides
                high = bisect.bisect_right(tops, box[3])
                mine = [c for c in inside[low:high] if _inside(c, box)]
                # an empty cell is placed on the first line of the page below its top
                runs = self._cell_runs(mine) or [("", self.number, self._line_below(box[1]), 1)]
                cells.append((box[0], runs))
            rows.append(cells)
        x0, top, x1, _ = grid.box
        return _Table(self.number, top, x0, x1, rows)

    def _line_below(self, top: float) -> int:
        return min(bisect.bisect_left(self.line_tops, top - 1) + 1, max(len(self.line_tops), 1))

    def _cell_runs(self, chars) -> list:
        """A cell's text: its lines joined (a label wrapped inside the cell is one label)."""
        runs: list = []
        for line in _cluster(chars):
            for text, column in _runs(line, self.columns):
                if runs and not text.startswith(" "):
                    text = _glue(runs[-1][0], text) + text
                runs.append((text, self.number, self.line_of[id(line[0])], column))
        return runs


def _pictured(page) -> float:
    """The area of the page covered by images (a seal or a logo is small)."""
    import pypdfium2.raw as raw

    area = 0.0
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = obj.get_bounds()
        area += max(0.0, right - left) * max(0.0, top - bottom)
    return area


def _chars(page, height: float) -> list[dict]:
    """The page's characters with their (loose, font-sized) boxes, top-down coordinates.

    Line ends PDFium infers and rotated characters (stamps, watermarks) are left out; a
    space PDFium infers from a gap is kept, marked ``generated``.
    """
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    handle = textpage.raw
    chars = []
    for i in range(textpage.count_chars()):
        code = raw.FPDFText_GetUnicode(handle, i)
        if code in (0, 0xFFFE, 0xFFFF) or code in (10, 13) or not (0 <= code < 0x110000):
            continue
        generated = raw.FPDFText_IsGenerated(handle, i) == 1
        if generated and code != 32:
            continue
        angle = raw.FPDFText_GetCharAngle(handle, i)
        if 0.05 < angle < 6.23:
            continue
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        if generated:
            if not chars:
                continue
            before = chars[-1]     # an inferred space has an empty box: give it its line's
            chars.append(dict(before, text=" ", x0=before["x1"], generated=True))
            continue
        chars.append({"text": chr(code), "x0": left, "x1": right, "top": height - top, "bottom": height - bottom,
                      "size": raw.FPDFText_GetFontSize(handle, i) or (top - bottom), "generated": generated})
    textpage.close()
    return chars


SNAP = 2.0      # points: ruling lines this close are one line, segments this near meet
MAX_CROSSINGS = 4_000_000   # horizontal x vertical lines on a page past which it is a drawing, not tables


def _edges(page, height: float):
    """Horizontal (y, x0, x1) and vertical (x, top, bottom) segments of the page's paths."""
    import ctypes

    import pypdfium2.raw as raw

    horizontal, vertical = [], []
    x, y = ctypes.c_float(), ctypes.c_float()
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH]):
        a, b, c, d, e, f = obj.get_matrix().get()
        points = []        # (x, y, starts a subpath, closes it)
        for i in range(raw.FPDFPath_CountSegments(obj.raw)):
            segment = raw.FPDFPath_GetPathSegment(obj.raw, i)
            raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
            kind = raw.FPDFPathSegment_GetType(segment)
            points.append((a * x.value + c * y.value + e, height - (b * x.value + d * y.value + f),
                           kind == raw.FPDF_SEGMENT_MOVETO, kind == raw.FPDF_SEGMENT_LINETO,
                           bool(raw.FPDFPathSegment_GetClose(segment))))
        start = previous = None
        for px, py, move, line, close in points:
            if move or previous is None:
                start = previous = (px, py)
                continue
            if line:
                _segment(previous, (px, py), horizontal, vertical)
            previous = (px, py)
            if close and start is not None:
                _segment(previous, start, horizontal, vertical)
                previous = start
    return horizontal, vertical


def _segment(p, q, horizontal, vertical) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) <= 0.5 and abs(x1 - x0) > SNAP:
        horizontal.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
    elif abs(x0 - x1) <= 0.5 and abs(y1 - y0) > SNAP:
        vertical.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))


def _merged(segments):
    """Segments on (nearly) one line and touching or overlapping, made one."""
    out: list[list[float]] = []
    for at, low, high in sorted(segments):
        for seg in reversed(out[-8:]):
            if abs(seg[0] - at) <= SNAP and low <= seg[2] + SNAP and high >= seg[1] - SNAP:
                seg[1], seg[2] = min(seg[1], low), max(seg[2], high)
                break
        else:
            out.append([at, low, high])
    return out


@dataclass
class _Grid:
    """A ruled table of a PDF page: its box and, per row band, the cells starting in it."""

    box: tuple                  # x0, top, x1, bottom
    rows: list                  # per row band, the boxes of the cells that start in it


def _grids(edges) -> list[_Grid]:
    """The ruled tables: groups of crossing lines, cut into cells."""
    horizontal, vertical = (_merged(e) for e in edges)
    if not horizontal or not vertical or len(horizontal) * len(vertical) > MAX_CROSSINGS:
        return []     # no table, or a drawing (a chart, a map) rather than a table

    def cross(h, v):
        return v[1] - SNAP <= h[0] <= v[2] + SNAP and h[1] - SNAP <= v[0] <= h[2] + SNAP

    # connected groups of crossing lines (union-find over horizontal + vertical)
    parent = list(range(len(horizontal) + len(vertical)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_x = sorted(range(len(vertical)), key=lambda j: vertical[j][0])
    xs = [vertical[j][0] for j in by_x]
    for i, h in enumerate(horizontal):
        # only the vertical lines within the horizontal one's extent can cross it
        for k in range(bisect.bisect_left(xs, h[1] - SNAP), bisect.bisect_right(xs, h[2] + SNAP)):
            j = by_x[k]
            if cross(h, vertical[j]):
                parent[root(i)] = root(len(horizontal) + j)
    groups: dict[int, tuple[list, list]] = {}
    for i, h in enumerate(horizontal):
        groups.setdefault(root(i), ([], []))[0].append(h)
    for j, v in enumerate(vertical):
        groups.setdefault(root(len(horizontal) + j), ([], []))[1].append(v)
    grids = [_grid(hs, vs) for hs, vs in groups.values() if len(hs) >= 2 and len(vs) >= 2]
    return sorted((g for g in grids if g is not None), key=lambda g: g.box[1])


def _levels(values) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > SNAP:
            out.append(value)
    return out


def _grid(hs, vs) -> _Grid | None:
    ys = _levels(h[0] for h in hs)
    xs = _levels(v[0] for v in vs)
    if len(ys) < 2 or len(xs) < 2:
        return None

    def vertical_at(x, top, bottom):
        return any(abs(v[0] - x) <= SNAP and v[1] <= top + SNAP and v[2] >= bottom - SNAP for v in vs)

    def horizontal_at(y, left, right):
        return any(abs(h[0] - y) <= SNAP and h[1] <= left + SNAP and h[2] >= right - SNAP for h in hs)

    rows: list[list[tuple]] = []
    open_cells: dict[tuple[float, float], list] = {}    # (left, right) -> the box of a cell still growing down
    for top, bottom in zip(ys, ys[1:]):
        walls = [x for x in xs if vertical_at(x, top, bottom)]
        row = []
        for left, right in zip(walls, walls[1:]):
            above = open_cells.get((left, right))
            if above is not None and not horizontal_at(top, left, right):
                above[3] = bottom          # merged down from the row above
                continue
            box = [left, top, right, bottom]
            open_cells[(left, right)] = box
            row.append(box)
        for key in [k for k, box in open_cells.items() if box[3] < bottom - SNAP]:
            del open_cells[key]            # cells that did not reach this band's bottom are closed
        rows.append(row)
    rows = [[tuple(box) for box in row] for row in rows]
    return _Grid((xs[0], ys[0], xs[-1], ys[-1]), rows)


def _margins(pages: list[_Page]) -> set[tuple[int, int]]:
    """(page, line) of the lines that are page headers, footers or page numbers."""
    def in_band(page, line):
        return line.bottom <= page.height * MARGIN or line.top >= page.height * (1 - MARGIN)

    def key(text):
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))

    seen: dict[str, set[int]] = {}
    for page in pages:
        for line in page.lines:
            if in_band(page, line):
                seen.setdefault(key(line.text), set()).add(page.number)
    dropped = set()
    for page in pages:
        for line in page.lines:
            if in_band(page, line) and (_PAGE_NUMBER.match(line.text.strip()) or len(seen[key(line.text)]) > 1):
                dropped.add((page.number, line.number))
    return dropped


def _blocks(pages: list[_Page]):
    """Paragraph lines and tables of the whole document in reading order, margins dropped."""
    dropped = _margins(pages)
    blocks = []
    for page in pages:
        items = [(line.top, 0, line) for line in page.lines if (page.number, line.number) not in dropped]
        items += [(table.top, 1, table) for table in page.tables]
        blocks.extend(item for _, _, item in sorted(items, key=lambda i: (i[0], i[1])))
    return blocks


def _joined_tables(blocks):
    """A table that ends a page and one as wide that starts the next page are one table."""
    out = []
    for block in blocks:
        previous = out[-1] if out else None
        if (isinstance(block, _Table) and isinstance(previous, _Table) and block.page == previous.last_page + 1
                and abs(block.x0 - previous.x0) < 3 and abs(block.x1 - previous.x1) < 3):
            rows = block.rows
            repeated = 0          # the header rows repeated at the top of the page
            while (repeated < min(len(rows), len(previous.rows)) - 1
                   and _texts(rows[repeated]) == _texts(previous.rows[repeated])):
                repeated += 1
            rows = rows[repeated:]
            if rows and previous.rows and _row_goes_on(previous.rows[-1], rows[0]):
                _continue_row(previous.rows[-1], rows[0])
                rows = rows[1:]
            previous.rows.extend(rows)
            previous.last_page = block.page
            continue
        out.append(block)
    return out


_NUMBER = re.compile(r"^-?[\d,.，]+$")


def _row_goes_on(last, first) -> bool:
    """Whether ``first`` (atop a page) is the rest of ``last``, a row the page break cut:
    Word moves the overflow of each cell down, so the rest has the cells of ``last``
    (and those of the merged cells beside it), holds no figure, and has text only
    under cells of ``last`` that have text."""
    texts = {round(x): text for x, text in zip((x for x, _ in last), _texts(last))}
    if not any(_NUMBER.match(t) for t in texts.values()):
        return False
    lefts = [x for x, _ in first]
    if not all(any(abs(x - other) < 3 for x in lefts) for other in texts):
        return False      # not the same cells: a row that spans them, a new row
    rest = [(x, text) for (x, _), text in zip(first, _texts(first)) if text]
    return bool(rest) and all(not _NUMBER.match(text) and any(abs(x - other) < 3 and texts[other]
                                                               for other in texts) for x, text in rest)


def _continue_row(last, first) -> None:
    for x, runs in first:
        if runs:
            for other, target in last:
                if abs(x - other) < 3:
                    target.extend(runs)
                    break


def _texts(row) -> list[str]:
    return ["".join(run[0] for run in runs) for _, runs in row]


def _column_edges(table: _Table) -> list[float]:
    """The table's column edges: the left edges of all its cells, near ones taken as one."""
    edges: list[float] = []
    for x in sorted(x for row in table.rows for x, _ in row):
        if not edges or x - edges[-1] > 2:
            edges.append(x)
    return edges


def _column(edges: list[float], x: float) -> int:
    i = bisect.bisect_right(edges, x + 2) - 1
    return max(i, 0)


def _paragraphs(blocks):
    """Lines joined into paragraphs: a line that reaches the right margin goes on in the next."""
    lines = [b for b in blocks if isinstance(b, _Line)]
    if not lines:
        return blocks
    size = statistics.median(line.size for line in lines)
    ends = [line.x1 for line in lines]
    right = statistics.median(x for x in ends if x >= max(ends) - 3 * size)   # the right margin
    left = min(line.x0 for line in lines)
    # the distance from a line to the next within a paragraph: after lines that run to the margin
    pitches = [b.top - a.top for a, b in zip(lines, lines[1:])
               if a.page == b.page and b.top > a.top and a.x1 >= right - 1.5 * a.size]
    pitch = statistics.median(pitches) if pitches else 1.6 * size
    out: list = []
    for block in blocks:
        previous = out[-1] if out else None
        if isinstance(block, _Line) and isinstance(previous, list):
            last = previous[-1]
            # a line that ends mid-sentence may stop short of the margin (a number or a
            # closing bracket that cannot start a line moved down whole)
            short = 1.5 if last.text.rstrip()[-1:] in _FINAL else 6
            full = last.x1 >= right - short * last.size
            flush = block.x0 <= left + 0.5 * block.size
            near = block.page != last.page or block.top - last.top <= 1.25 * min(pitch, 2.2 * block.size)
            heading = _HEADING.match(block.text) and last.text.rstrip()[-1:] in _FINAL
            tabbed = "\t" in last.text or "\t" in block.text   # a row of a table drawn without rules
            if full and flush and near and not heading and not tabbed:
                previous.append(block)
                continue
        out.append([block] if isinstance(block, _Line) else block)
    return out


def _emit(blocks) -> TextBuilder:
    out = TextBuilder()
    for block in blocks:
        if isinstance(block, _Table):
            # a cell goes in the column its left edge is on; the columns a merged cell
            # covers stay empty, as in a .docx
            edges = _column_edges(block)
            out.add("\n")
            for row in block.rows:
                cells: list[list] = [[] for _ in edges]
                for x, runs in row:
                    cells[_column(edges, x)].extend(runs)
                for c, runs in enumerate(cells):
                    if c:
                        out.add("\t")
                    for text, page, line, column in runs:
                        if text:
                            out.add(text.replace("\t", " "), line, column, page)
                        else:
                            out.mark(line, column, page)
                out.add("\n")
            out.add("\n")
            continue
        text_so_far = ""
        for line in block:
            for i, (text, column) in enumerate(line.pieces):
                if i == 0 and text_so_far:
                    glue = _glue(text_so_far, text)
                    out.add(glue)
                    text_so_far += glue
                out.add(text, line.number, column, line.page)
                text_so_far += text
        out.add("\n")
    return out


def read_pdf(data: bytes, path: str) -> TextBuilder:
    """The text form of a PDF report, anchored to pages and lines."""
    if b"%PDF-" not in data[:1024]:
        raise SourceError(path, "不是 PDF 文件", "not a PDF file")
    try:
        import pypdfium2
    except ImportError:  # pragma: no cover - declared as a dependency
        raise SourceError(path, "读取 PDF 需要 pypdfium2", "reading a PDF needs pypdfium2") from None
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        if getattr(exc, "err_code", None) in (4, 5):   # FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY
            raise SourceError(path, "PDF 已加密（需要密码），无法读取；请提供未加密的版本",
                              "the PDF is encrypted (needs a password): provide an unencrypted version") from None
        raise SourceError(path, "PDF 文件已损坏，无法读取", "the PDF is damaged and cannot be read") from None
    try:
        pages = []
        for n in range(len(document)):
            page = document[n]
            pages.append(_Page(page, n + 1))
            page.close()
    except pypdfium2.PdfiumError:
        raise SourceError(path, "PDF 文件已损坏，无法读取", "the PDF is damaged and cannot be read") from None
    finally:
        document.close()
    if not any(page.has_text for page in pages):
        raise SourceError(path, *NO_TEXT)
    out = _emit(_paragraphs(_joined_tables(_blocks(pages))))
    pictured = [str(page.number) for page in pages if page.pictured]
    if pictured:
        numbers = "、".join(pictured)
        out.notes.append((f"第 {numbers} 页有大幅图片（扫描页或截图的表格），图片中的文字无法检查",
                          f"page(s) {', '.join(pictured)} hold large pictures (scanned pages or tables pasted "
                          "as images): the text in them is not checked"))
    return out
