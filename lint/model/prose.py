"""Running text read the way the prose rules need it: sentences, bracket depth, the
texts a rule reads, and the "由……等六部分组成" listings of a report's parts.

Numbers with their units live in :mod:`govlint.model.quantities` (re-exported here), totals
and their parts in :mod:`govlint.model.breakdowns`.

Every offset returned here is an offset into the string that was passed in, so a
rule turns it into a position with :meth:`govlint.syntax.nodes.Text.sub`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from govlint.syntax.nodes import Heading, Paragraph, Report, Table, Text, Title
from govlint.syntax.numerals import cn_to_int, to_halfwidth
from govlint.model.quantities import COUNT_UNITS, MONEY_UNITS, PERCENT, Count, counts  # noqa: F401 (re-exported)

CJK = "\u4e00-\u9fff\u3400-\u4dbf"
SENTENCE_END = "。！？!?"
CLAUSE_END = SENTENCE_END + "；;"
OPENERS = "（(【〔[《<“‘"
CLOSERS = "）)】〕]》>”’"
_PAIR = dict(zip(OPENERS, CLOSERS))
_BRACKET = re.compile("[" + re.escape(OPENERS + CLOSERS) + "]")


def is_cjk(ch: str) -> bool:
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


_PROSE_MARK = re.compile(r"[，,。]")


def is_running_text(raw: str) -> bool:
    """Whether a line reads as running text (it has a comma or a full stop), not a
    heading-like short line, a table name or a "单位名称：……" field."""
    return bool(_PROSE_MARK.search(raw))


def texts(report: Report, *, cells: bool = False, title: bool = False, furniture: bool = True):
    """Every run of text a rule that reads words looks at, in file order: paragraphs,
    heading titles and run-in bodies; with ``cells`` every table cell (as a
    :class:`Text`), with ``title`` the title lines.  ``furniture=False`` leaves out
    the paragraphs before the first heading that have no full stop (web-page
    widgets and breadcrumbs: "字号：【大 中 小】")."""
    first_heading = next((b.span.start for b in report.blocks if isinstance(b, Heading)), 0)
    for block in report.blocks:
        if isinstance(block, Paragraph):
            if furniture or block.span.start >= first_heading or "。" in block.text.raw:
                yield block.text
        elif isinstance(block, Heading):
            yield block.title
            if block.body is not None:
                yield block.body
        elif isinstance(block, Table) and cells:
            yield from (as_text(cell) for cell in block.cells)
        elif isinstance(block, Title) and title:
            yield from block.lines


def depths(text: str) -> list[int]:
    """Bracket depth of every character: 0 outside any （）()【】〔〕《》“” pair.

    An opening bracket counts as inside its own pair; a closing bracket with no
    opener is read as depth 0 (the text is not re-balanced here).
    """
    return list(_depths(text))


@lru_cache(maxsize=4096)
def _depths(text: str) -> tuple[int, ...]:
    """:func:`depths`, read once per distinct text: a dozen rules ask it of the same
    paragraphs."""
    out, stack = [], []
    done = 0
    for mark in _BRACKET.finditer(text):       # between two brackets the depth stays as it is
        at = mark.start()
        out.extend([len(stack)] * (at - done))
        ch = mark.group()
        if ch in _PAIR and not (ch in "“‘" and stack and stack[-1] == _PAIR[ch]):
            stack.append(_PAIR[ch])
            out.append(len(stack))
        elif stack and ch == stack[-1]:
            out.append(len(stack))
            stack.pop()
        else:
            out.append(len(stack))
        done = at + 1
    out.extend([len(stack)] * (len(text) - done))
    return tuple(out)


@lru_cache(maxsize=16)
def _marks(ends: str) -> re.Pattern:
    return re.compile("[" + re.escape(ends) + "]")


def sentences(text: str, ends: str = SENTENCE_END) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence; a sentence keeps its closing mark.
    Marks inside brackets do not end a sentence."""
    return list(_sentences(text, ends))


@lru_cache(maxsize=4096)
def _sentences(text: str, ends: str) -> tuple[tuple[int, int], ...]:
    depth = _depths(text)
    out, start = [], 0
    for mark in _marks(ends).finditer(text):
        i = mark.start()
        if depth[i] == 0:
            out.append((start, i + 1))
            start = i + 1
    if start < len(text):
        out.append((start, len(text)))
    return tuple((s, e) for s, e in out if text[s:e].strip())


def as_text(node) -> Text:
    """A table cell (or any node with ``raw`` and ``span``) as a :class:`Text`, so that
    :meth:`Text.sub` gives the span of a part of it."""
    return node if isinstance(node, Text) else Text(node.raw, node.span)


# ── "本报告由……等六部分组成" ─────────────────────────────────────────────────

# "……等六部分组成" / "6个部分" / "六大部分" / "六个方面"
_COUNT = re.compile(r"(?P<etc>等)?(?P<n>[一二三四五六七八九十]|[0-9０-９]{1,2})\s*(?:(?:个|大)\s*)?(?:部分|方面)")
# where the list of parts starts
_OPEN = re.compile(r"(?:包括|包含|分为|分成|由|从)[:：]?")
# parts are separated by 、，； by 和/及 after a part's name, or only by their quotation marks
# ("“总体情况”“主动公开政府信息情况”……")
_SPLIT = re.compile(r"[、，,；;]|(?<=情况|事项)(?:和|及|以及|与)|(?<=[”\"』」’])[ \u3000]*(?=[“\"『「‘])")
_QUOTES = "“”\"『』「」‘’"
# what may stand between the last part and the count: "……其他需要报告的事项，共六个部分"
_LISTING_TAIL = re.compile(r"(?:[、，,；;\s]+(?:全文|本报告|以上)?(?:总共|一共|共计|合计|共有|共|等)?"
                         r"|(?:总共|一共|共计|合计|共有|共|等))\s*$")
# what the name of a part ends with; a piece that ends otherwise runs on into the next piece
# ("政府信息公开行政复议、行政诉讼情况")
_PART_END = re.compile(r"(?:情况|事项|概述|附表|内容|问题|措施|思路|思考|建议|说明|计划|安排|统计表|表|部分|目标|工作)$")


def parts_of(listing: str) -> list[str]:
    """The names in a list of parts, a name that carries 、 kept whole."""
    # the tail is short: searching only the end keeps a long listing linear (the pattern is
    # anchored at the end, and would be tried from every character)
    total_word = _LISTING_TAIL.search(listing, max(0, len(listing) - 64))
    if total_word:
        listing = listing[:total_word.start()]
    pieces = [p.strip(" \u3000").strip(_QUOTES) for p in _SPLIT.split(listing)]
    pieces = [p for p in pieces if p]
    parts: list[str] = []
    carry = ""
    for i, piece in enumerate(pieces):
        name = carry + piece
        follows = pieces[i + 1] if i + 1 < len(pieces) else ""
        if not _PART_END.search(name) and follows.endswith("情况"):
            carry = name + "、"
            continue
        parts.append(name)
        carry = ""
    if carry:
        parts.append(carry.rstrip("、"))
    return parts


@dataclass(frozen=True)
class PartListing:
    """An introduction that names the report's parts and says how many there are."""

    number: int
    stated: str          # the count as written ("六", "6")
    start: int           # offsets of the count "六部分" in the text
    end: int
    parts: tuple[str, ...]


def part_listings(raw: str) -> list[PartListing]:
    """Every "由A、B、C等N部分组成"-style sentence in ``raw`` with the parts it lists."""
    found = []
    for match in _COUNT.finditer(raw):
        stated = match["n"]
        digits = to_halfwidth(stated)
        number = int(digits) if digits.isdigit() else cn_to_int(stated)
        if not number:
            continue
        head = raw[:match.start()]
        cut = max(head.rfind("。"), head.rfind("！"), head.rfind("？"))
        sentence = head[cut + 1:]
        opens = list(_OPEN.finditer(sentence))
        if not opens:
            continue
        listing = sentence[opens[-1].end():]
        if not re.search(r"[、，,]|[”\"』」’][ \u3000]*[“\"『「‘]", listing):
            continue
        parts = parts_of(listing)
        if len(parts) >= 2:
            found.append(PartListing(number, stated, match.start("n"), match.end(), tuple(parts)))
    return found
