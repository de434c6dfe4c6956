"""The Lark grammar (grammar/report.lark), its parser (:mod:`govlint.syntax.standalone`)
and the transformer that turns its parse tree into the flat list of blocks that :mod:`govlint.syntax.build` shapes into
a :class:`~govlint.syntax.nodes.Report`."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from govlint import package_files
from govlint.syntax import dates, standalone
from govlint.syntax.nodes import (Artifact, Cell, DateValue, Heading, Paragraph, ParseProblem, Row, Signature,
                                  Span, Table, Text, Title)
from govlint.syntax.numerals import cn_to_int, parse_number, to_halfwidth
from govlint.syntax.source import LineIndex

# where the date of a one-line 落款 starts: its year, the last one on the line
_SIGNED_ON = re.compile(r"(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})[ \u3000]*年(?!.*年)")

if TYPE_CHECKING:
    from lark import Token

_SPACES = " \u3000\u00a0"
_BLANK = _SPACES + "\n\t"


@functools.lru_cache(maxsize=1)
def parser() -> standalone.Parser:
    """The report parser: LALR(1) with the contextual lexer, built once per process and
    kept in the user's cache folder as lark's stand-alone module (:mod:`govlint.syntax.standalone`).

    Positions are not propagated into the tree's branches (``propagate_positions``):
    :class:`_ToBlocks` reads every position from token offsets and never a branch's
    ``meta``, and propagating them took nearly half of the parse (8 reports: 64 → 36 ms).
    """
    return standalone.load(package_files.read_text("govlint.grammar", "report.lark"))


class _ToBlocks:
    """Parse tree → blocks.  Every position comes from token offsets.  Tokens are passed
    to the rules as they are (no method is named after a terminal).

    A branch of the tree (lark's ``Tree``, or the stand-alone module's, which is the same
    code) is turned into the value of the method named after its rule, its branches first,
    as :class:`lark.Transformer` does; every rule the grammar keeps has its method."""

    def __init__(self, index: LineIndex):
        self.index = index

    def transform(self, tree):
        children = [self.transform(child) if hasattr(child, "children") else child for child in tree.children]
        return getattr(self, tree.data)(children)

    # helpers ---------------------------------------------------------------
    def _text(self, token: Token, start: int | None = None, end: int | None = None) -> Text:
        """The token's text (or a slice of it) without surrounding spaces and the newline."""
        raw = str(token)
        start = 0 if start is None else start
        end = len(raw) if end is None else end
        chunk = raw[start:end]
        left = chunk.lstrip(_BLANK)
        stripped_left = len(chunk) - len(left)
        chunk = left.rstrip(_BLANK)
        if not chunk:   # nothing there: an empty span where the text would start, on this line
            begin = token.start_pos + start
            return Text("", self.index.span(begin, begin))
        begin = token.start_pos + start + stripped_left
        return Text(chunk, self.index.span(begin, begin + len(chunk)))

    def _span(self, first: Token, last: Token):
        return self.index.span(first.start_pos, last.end_pos)

    # rules -----------------------------------------------------------------
    def start(self, children):
        return list(children)

    def title(self, children):
        agency = None
        if children[0].type == "AGENCY_HEAD":
            agency = self._text(children[0])
        lines = tuple(self._text(tok) for tok in children if tok.type in ("TITLE_LINE", "TITLE_YEAR"))
        text = "".join(t.raw for t in ([agency] if agency else []) + list(lines))
        text = re.sub(r"[\s\u3000]+", "", text)
        # the bracketed year line ("（2023年度）") gives the year, not part of the name
        named = "".join(str(tok) for tok in children if tok.type != "TITLE_YEAR")
        named = re.sub(r"[\s\u3000]+", "", named)
        return Title(self._span(children[0], children[-1]), ((agency,) if agency else ()) + lines,
                     _agency(named, agency.raw if agency else None), dates.first_year(text), text)

    def heading(self, children):
        marker_token, rest = children
        marker = self._text(marker_token)
        style = _STYLES[marker_token.type]
        digits = _NOT_DIGIT.sub("", to_halfwidth(marker.raw))
        number = int(digits) if digits.isdigit() else cn_to_int(digits)
        written = marker.raw.strip(_SPACES)
        if style == "part":
            separator = _UP_TO_PART.sub("", written).strip(_SPACES)
        elif style in ("cn", "arabic"):
            separator = written[-1]
        else:
            separator = written[0] + written[-1]
        raw = str(rest)
        cut = raw.find("。")
        if cut != -1 and raw[cut + 1:].strip(_SPACES + "\n"):
            title = self._text(rest, 0, cut + 1)
            body = self._text(rest, cut + 1)
        else:
            title, body = self._text(rest), None
        return Heading(self._span(marker_token, rest), marker, style, number, separator, title, body)

    def paragraph(self, children):
        (token,) = children
        text = self._text(token)
        return Paragraph(text.span, text)

    def artifact(self, children):
        (token,) = children
        text = self._text(token)
        return Artifact(text.span, text)

    def signature(self, children):
        if children[0].type == "SIGN_LINE":     # agency and date on one line: split before the date
            (token,) = children
            at = _SIGNED_ON.search(str(token)).start()    # (the grammar's own shape of the date)
            agency, date_text = self._text(token, 0, at), self._text(token, at)
        else:
            agency = self._text(children[0]) if children[0].type == "SIGN_AGENCY" else None
            date_text = self._text(children[-1])
        date_token = children[-1]
        found = dates.parse_date(date_text.raw)
        kind = "meta" if dates.is_meta_date(date_text.raw) else "plain"
        value = DateValue(found.year if found else None, found.month if found else None,
                          found.day if found else None, date_text, kind)
        return Signature(self._span(children[0], date_token), agency, value)

    # table lines become (kind, token) pairs; table() assembles rows
    def row(self, children):
        return ("row", children[0])

    def pipe_row(self, children):
        return ("pipe_row", children[0])

    def pipe_cell(self, children):
        return ("pipe_cell", children[0])

    def pipe_end(self, children):
        return ("pipe_end", children[0])

    def open_pipe_row(self, children):
        return ("open_pipe_row", children[0])

    def cont(self, children):
        return ("cont", children[0])

    def bare_cell(self, children):
        return ("bare", children[0])

    def table(self, children):
        lines = [c if isinstance(c, tuple) else ("sep", c) for c in children]
        return _assemble_table(lines, self.index)


_STYLES = {"PART_NUM": "part", "CN_NUM": "cn", "CN_PAREN": "cn_paren", "ARABIC_NUM": "arabic",
           "ARABIC_PAREN": "arabic_paren"}
_NOT_DIGIT = re.compile(r"[^0-9一二三四五六七八九十]")
_UP_TO_PART = re.compile(r"^.*部分")

_YEAR = re.compile(r"(?:19|20)[0-9]{2}年度?|[〇○零一二三四五六七八九]{4}年度?")
_TITLE_TAIL = re.compile(r"(关于)?(政府信息公开|政务公开|信息公开).*$|(年度|工作)?报告.*$")


def _agency(title_text: str, head: str | None) -> str | None:
    """The reporting agency named in the title block.

    "淄博市科学技术局" + "2021年…年度报告" → 淄博市科学技术局;
    "2019年上海市人民政府办公厅政府信息公开工作年度报告" → 上海市人民政府办公厅.
    """
    if head and not _YEAR.search(head):
        name = re.sub(r"[\s\u3000]+", "", head)
        return _TITLE_TAIL.sub("", name) or name
    match = _YEAR.search(title_text)
    if match and match.start() > 0:
        name = title_text[:match.start()]
    elif match:
        name = _TITLE_TAIL.sub("", title_text[match.end():])
    else:
        name = _TITLE_TAIL.sub("", title_text)
    return name or None


def _split_cells(token: Token, sep: str, index: LineIndex, trim_pipes: bool) -> list[Cell]:
    raw = str(token).rstrip("\n")
    cells, pos = [], 0
    parts = raw.split(sep)
    if trim_pipes:
        # "| a | b |" → a, b   (the text before the first and after the last pipe is not a cell)
        parts = parts[1:-1] if len(parts) > 2 else parts
        pos = raw.index(sep) + 1 if sep in raw else 0
    # a cell on the row's line (the grammar's rows are one line each) takes its columns
    # from the line's start, found once per row; any other is placed by the line index
    line, column = index.position(token.start_pos)
    first = token.start_pos - column + 1
    last = -1 if "\n" in raw else token.start_pos + len(raw)
    for part in parts:
        start = token.start_pos + pos
        end = start + len(part)
        span = (Span(line, start - first + 1, line, end - first + 1, start, end) if end <= last
                else index.span(start, end))
        cells.append(Cell(part, span))
        pos += len(part) + 1
    return cells


def _join(cell: Cell, token: Token, index: LineIndex) -> Cell:
    """A cell whose text wrapped onto the next line: one cell over both lines."""
    extra = str(token).strip(_SPACES + "\n\t")
    return Cell(cell.raw.strip(_SPACES) + extra, cell.span.cover(index.span(token.start_pos, token.end_pos)))


def _assemble_table(lines, index: LineIndex) -> Table:
    kinds = {kind for kind, _ in lines}
    row_tokens = [tok for kind, tok in lines if kind == "row"]
    if kinds & {"pipe_cell", "sep", "pipe_end"}:
        layout = "pipe_cells"
    elif "bare" in kinds and not row_tokens:
        layout = "bare_lines"
    elif kinds & {"pipe_row", "open_pipe_row"}:
        layout = "pipes"
    elif row_tokens and all(str(t).startswith("\t") and str(t).count("\t") == 1 for t in row_tokens):
        layout = "cell_lines"
    else:
        layout = "tabs"

    rows: list[list[Cell]] = []
    previous_line = None
    if layout == "bare_lines":
        # one cell per line and nothing marks the rows: every line is a cell
        # (a short line wraps the cell above it only when it follows it directly and
        # that cell is not a number: after a blank line it is a cell of its own)
        for kind, tok in lines:
            text = str(tok).rstrip("\n")
            if (kind == "cont" and rows and rows[-1][-1].span.end_line + 1 == index.position(tok.start_pos)[0]
                    and parse_number(rows[-1][-1].value) is None):
                rows[-1][-1] = _join(rows[-1][-1], tok, index)
            else:
                rows.append([Cell(text, index.span(tok.start_pos, tok.start_pos + len(text)))])
    elif layout == "pipe_cells":
        # each stretch of lines between "|" lines is one cell; rows are not marked
        # ("x |" lines are whole cells; two "|" lines in a row enclose an empty cell)
        current: Cell | None = None
        previous_sep = None
        for kind, tok in lines:
            if kind == "sep":
                if current is not None:
                    rows.append([current])
                elif previous_sep is not None:
                    rows.append([Cell("", index.span(previous_sep.start_pos, previous_sep.start_pos))])
                current = None
                previous_sep = tok
                continue
            previous_sep = None
            if kind in ("pipe_row", "open_pipe_row", "pipe_end"):
                if current is not None:
                    rows.append([current])
                    current = None
                if kind == "pipe_end":
                    raw = str(tok)
                    text = raw[:raw.index("|")].rstrip(_SPACES)
                    rows.append([Cell(text, index.span(tok.start_pos, tok.start_pos + len(text)))])
                else:
                    rows.append(_split_cells(tok, "|", index, trim_pipes=kind == "pipe_row"))
                continue
            if current is None:
                text = str(tok).rstrip("\n")
                current = Cell(text, index.span(tok.start_pos, tok.start_pos + len(text)))
            else:
                current = _join(current, tok, index)
        if current is not None:
            rows.append([current])
    else:
        for kind, tok in lines:
            line = tok.line
            if kind == "cont":
                # a short line continues the cell above it (a label wrapped onto the next
                # line), never a number: a caption after a row of figures is a row of its own
                if rows and rows[-1] and parse_number(rows[-1][-1].value) is None \
                        and not rows[-1][-1].is_empty:
                    rows[-1][-1] = _join(rows[-1][-1], tok, index)
                else:
                    text = str(tok).rstrip("\n")
                    rows.append([Cell(text, index.span(tok.start_pos, tok.start_pos + len(text)))])
            elif kind == "pipe_row":
                rows.append(_split_cells(tok, "|", index, trim_pipes=True))
            elif kind == "open_pipe_row":
                rows.append(_split_cells(tok, "|", index, trim_pipes=False))
            elif kind == "sep":
                pass
            elif kind == "bare":
                text = str(tok).rstrip("\n")
                rows.append([Cell(text, index.span(tok.start_pos, tok.start_pos + len(text)))])
            elif layout == "cell_lines":
                cell = _split_cells(tok, "\t", index, trim_pipes=False)[1]
                if rows and previous_line is not None and line == previous_line + 1:
                    rows[-1].append(cell)
                else:
                    rows.append([cell])
            else:
                rows.append(_split_cells(tok, "\t", index, trim_pipes=False))
            previous_line = tok.end_line - 1 if str(tok).endswith("\n") else tok.end_line

    built = []
    for cells in rows:
        span = cells[0].span.cover(cells[-1].span)
        built.append(Row(span, tuple(cells)))
    first, last = lines[0][1], lines[-1][1]
    return Table(index.span(first.start_pos, last.end_pos), layout, tuple(built))


def parse_blocks(text: str, index: LineIndex) -> tuple[list, list[ParseProblem]]:
    """Blocks of ``text`` in file order, and the stretches the grammar could not place.

    The grammar accepts every line, so a problem here means a defect in the
    grammar itself; the text after the failing line is parsed again so that the
    rest of the report is still checked.
    """
    if not text.endswith("\n"):
        text += "\n"
    blocks: list = []
    problems: list[ParseProblem] = [
        ParseProblem(index.line_span(index.position(pos)[0]), "text damaged in conversion (U+FFFD)")
        for pos in _damaged(text)
    ]
    offset = 0
    while offset < len(text):
        chunk = text[offset:]
        grammar = parser()
        try:
            tree = grammar.parse(chunk)
        except grammar.unexpected as exc:
            position = offset + (exc.pos_in_stream or 0)
            line_end = text.find("\n", position)
            line_end = len(text) if line_end == -1 else line_end
            line, _ = index.position(position)
            problems.append(ParseProblem(index.line_span(line), "grammar could not place this line"))
            head = text[:text.rfind("\n", 0, position) + 1] if position else ""
            if len(head) > offset:
                blocks.extend(_transform(head[offset:], index, offset, problems))
            offset = line_end + 1
            continue
        except grammar.error as exc:  # pragma: no cover - grammar bug guard
            problems.append(ParseProblem(index.span(offset, len(text)), f"parser failure: {exc}"))
            break
        blocks.extend(_ToBlocks(_ShiftedIndex(index, offset) if offset else index).transform(tree))
        break
    return blocks, problems


def _damaged(text: str):
    """Offsets of the first replacement character (U+FFFD) on each damaged line:
    bytes a converter could not decode, so the grammar cannot tell what stood there."""
    seen_lines = set()
    pos = text.find("\ufffd")
    while pos != -1:
        line_start = text.rfind("\n", 0, pos)
        if line_start not in seen_lines:
            seen_lines.add(line_start)
            yield pos
        pos = text.find("\ufffd", pos + 1)


def _transform(chunk: str, index: LineIndex, offset: int, problems: list) -> list:
    grammar = parser()
    try:
        return _ToBlocks(_ShiftedIndex(index, offset)).transform(grammar.parse(chunk))
    except grammar.error as exc:
        problems.append(ParseProblem(index.span(offset, offset + len(chunk)), f"parser failure: {exc}"))
        return []


class _ShiftedIndex:
    """A LineIndex view for a chunk parsed on its own, starting at ``offset``."""

    def __init__(self, index: LineIndex, offset: int):
        self.index = index
        self.offset = offset

    def span(self, start: int, end: int):
        return self.index.span(start + self.offset, end + self.offset)

    def line_span(self, line: int):
        return self.index.line_span(line)

    def position(self, offset: int):
        return self.index.position(offset + self.offset)
