"""Logical paragraphs: a paragraph that a Word or PDF line break wrapped over several
physical lines, read as the one paragraph it is.

The grammar reads one line as one :class:`~govlint.syntax.nodes.Paragraph`.  A line is
carried on by the next when

- nothing but the line break stands between them (a blank line ends a paragraph; a
  paragraph broken across a blank line is L104's defect, not a wrap);
- the line reads as running text (a comma or a full stop so far, a bracket or quote left
  open, or a line as long as a wrapped one), is not a "label：value" field line, and does
  not end with a stop (。！？；：… possibly inside closing quotes or brackets);
- the next line is a paragraph too (not a heading, table, 落款 or converter debris),
  is not a section heading written without its number, and does not open a list item
  (一是, （一）, 1., 附件, a bullet); it does not open a new sentence either (下一步,
  同时, 2022年, 我局 …) — except after a bracket or quote the line leaves open, and in a
  file that wraps its lines inside sentences (a PDF export: of the lines followed by
  another, at least three and a third end without a stop), where such words start
  wrapped lines as often as sentences.

A heading's run-in body ("（一）主动公开。本年……") may be carried on by the lines after it
in the same way.  The joined text is a :class:`~govlint.syntax.nodes.Text` built from
the lines' texts, so a part of it that crosses a line break still has its exact span.
"""

from __future__ import annotations

from dataclasses import dataclass

from govlint.model.boundaries import CLOSERS, NEW_ITEM, OPENER, STOPS, missing_end
from govlint.model.standard import unnumbered_heading
from govlint.model.pairs import CLOSE_KIND, OPEN_TO_CLOSE
from govlint.model.prose import is_running_text
from govlint.syntax.nodes import Heading, Paragraph, Report, Span, Text


@dataclass(frozen=True)
class LogicalParagraph:
    """A paragraph of running text, one line or several."""

    text: Text                          # the lines joined; ``text.sub`` maps across the breaks
    blocks: tuple[Heading | Paragraph, ...]   # its physical blocks: Paragraphs, after a Heading whose body opens it
    after: object | None                # the block that follows it, None at the end of the file

    @property
    def span(self) -> Span:
        return self.text.span

    @property
    def wrapped(self) -> bool:
        return len(self.blocks) > 1


def hard_wrapped(report: Report) -> bool:
    """Whether the file breaks its lines inside sentences (a PDF export): of the paragraphs
    followed by another on the next line, at least three and a third end without a stop."""
    pairs = open_ended = 0
    for before, after, between in report.gaps():
        if isinstance(before, Paragraph) and isinstance(after, Paragraph) and between == "\n":
            pairs += 1
            open_ended += missing_end(before.text.raw) is not None
    return open_ended >= 3 and open_ended * 3 >= pairs


def _ends_with_stop(raw: str) -> bool:
    text = raw.rstrip(" \u3000\u00a0\t")
    while text and text[-1] in CLOSERS:
        text = text[:-1]
    return not text or text[-1] in STOPS


#: a line this long that stops without a stop is running text cut by a wrap, even before its
#: first comma (a heading, a table name or a field line is shorter)
_LONG_LINE = 20


class _SoFar:
    """What the lines of a paragraph read so far say: whether it reads as running text,
    whether it is a "label：value" field line (a colon outside brackets, no full stop:
    "联系电话：……", not "收到申请44件（其中：网上申请42件，现"), and whether a bracket or
    quote is left open.  Each line is read once, and only when a wrap is in question (most
    paragraphs are followed by no other line)."""

    def __init__(self, line: str):
        self.length = 0
        self._prose = False
        self._unread: list[str] = []
        self._full_stop = self._colon = False
        self._open: list[str] = []      # the closing marks the open brackets wait for
        self.add(line)

    def add(self, line: str) -> None:
        self.length += len(line)
        self._unread.append(line)

    def _read(self) -> None:
        for line in self._unread:
            self._prose = self._prose or is_running_text(line)
            self._full_stop = self._full_stop or "。" in line
            for ch in line:
                if ch in OPEN_TO_CLOSE:
                    self._open.append(OPEN_TO_CLOSE[ch])
                elif ch in CLOSE_KIND:
                    want = CLOSE_KIND[ch]
                    if want in self._open:      # it closes the innermost of its kind, and what it encloses
                        del self._open[len(self._open) - 1 - self._open[::-1].index(want):]
                elif ch in "：:" and not self._open:
                    self._colon = True
        self._unread.clear()

    @property
    def prose(self) -> bool:
        self._read()
        return self._prose

    @property
    def left_open(self) -> bool:
        self._read()
        return bool(self._open)

    @property
    def field_line(self) -> bool:
        self._read()
        return self._colon and not self._full_stop


def carries_on(so_far: _SoFar, line: str, following, between: str, wraps_inside_sentences: bool) -> bool:
    """Whether the block ``following`` carries on the paragraph read ``so_far``, whose last
    physical line is ``line`` (see the module docstring)."""
    if between != "\n" or not isinstance(following, Paragraph) or _ends_with_stop(line):
        return False
    tail = following.text.raw.lstrip(" \u3000")
    if not tail or unnumbered_heading(following.text.raw) or NEW_ITEM.match(tail):
        return False
    # a bracket or quote left open is a sentence not yet finished
    left_open = so_far.left_open
    if not (so_far.prose or left_open or so_far.length >= _LONG_LINE) or so_far.field_line:
        return False
    return wraps_inside_sentences or left_open or not OPENER.match(tail)


def _joined(texts: list[Text]) -> Text:
    if len(texts) == 1:
        return texts[0]
    return Text("".join(t.raw for t in texts), texts[0].span.cover(texts[-1].span), tuple(texts))


def logical_paragraphs(report: Report, wraps_inside_sentences: bool) -> tuple[LogicalParagraph, ...]:
    """Every paragraph of running text in file order, wrapped lines joined
    (``wraps_inside_sentences``: whether :func:`hard_wrapped` holds for the file)."""
    blocks = report.blocks
    found = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Paragraph):
            first = block.text
        elif isinstance(block, Heading) and block.body is not None:
            first = block.body
        else:
            i += 1
            continue
        members, texts = [block], [first]
        so_far, line = _SoFar(first.raw), first.raw
        while i + 1 < len(blocks):
            following = blocks[i + 1]
            between = report.text[blocks[i].span.end:following.span.start]
            if not carries_on(so_far, line, following, between, wraps_inside_sentences):
                break
            members.append(following)
            texts.append(following.text)
            line = following.text.raw
            so_far.add(line)
            i += 1
        found.append(LogicalParagraph(_joined(texts), tuple(members), blocks[i + 1] if i + 1 < len(blocks) else None))
        i += 1
    return tuple(found)
