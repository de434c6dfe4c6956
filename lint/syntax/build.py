"""Blocks → :class:`~govlint.syntax.nodes.Report`: the title, the outline of numbered
sections, and where the dates stand."""

from __future__ import annotations

import re
from dataclasses import replace

from govlint.syntax.dates import first_year
from govlint.model.front_matter import cover_letter, is_letter_title
from govlint.syntax.nodes import Heading, Paragraph, Report, Section, Signature, Text, Title
from govlint.syntax.parser import parse_blocks
from govlint.syntax.source import LineIndex, from_text
from govlint.model.standard import classify_section, unnumbered_heading


def build_report(text: str, path: str = "<text>") -> Report:
    """Parse normalised ``text`` (line endings ``\\n``) into a Report.  Never raises on input."""
    index = LineIndex(text)
    blocks, problems = parse_blocks(text, index)
    blocks = _wrapped_titles(blocks)
    blocks = _lost_numerals(blocks)

    title = _title(blocks)

    title_date = None
    if title is not None:
        after = blocks.index(title) + 1
        if (after < len(blocks) and isinstance(blocks[after], Signature) and blocks[after].agency is None
                and blocks[after].date.kind != "meta"):
            title_date = blocks[after]
    # web-page metadata (发布日期：…) is not a 落款
    # nor is the 落款 of a cover letter published before the title
    letter = cover_letter(blocks[:blocks.index(title)]) if title is not None else None
    signatures = [b for b in blocks
                  if isinstance(b, Signature) and b is not title_date and b.date.kind != "meta"
                  and not (letter is not None and b in letter.blocks)]
    signature = signatures[-1] if signatures else None

    headings = [b for b in blocks if isinstance(b, Heading)]
    top = set() if _sections_unnumbered(blocks, headings) else _top_level(headings)
    sections, preamble = _outline(blocks, top)
    report = Report(
        path=path,
        text=text,
        lines=tuple(text.split("\n")),
        title=title,
        blocks=tuple(blocks),
        sections=tuple(sections),
        preamble=tuple(b for b in preamble if b is not title),
        signature=signature,
        title_date=title_date,
        problems=tuple(problems),
    )
    if report.year is None:
        report = replace(report, inferred_year=_infer_year(report))
    return report


_TITLE_WITHIN = 12


def _title(blocks: list) -> Title | None:
    """The report's title: the first title block near the top and before the first
    heading; when a cover letter stands before the report ("关于报送……年度报告的函",
    the letter, then the report's own title), the title after the letter."""
    first_heading = next((i for i, b in enumerate(blocks) if isinstance(b, Heading)), len(blocks))
    titles = [b for b in blocks[:min(first_heading, _TITLE_WITHIN + 8)] if isinstance(b, Title)]
    if not titles or blocks.index(titles[0]) >= _TITLE_WITHIN:
        return None
    for later in titles[1:]:
        if cover_letter(blocks[:blocks.index(later)]) is not None and not is_letter_title(later):
            return later
    return titles[0]


_PERIOD = re.compile(r"统计(期限|期|时限|时间)")


def _infer_year(report: Report) -> int | None:
    """The year a report without a dated title reports on: the year of its statistics
    period ("统计期限自2021年1月1日…"), else the first year its opening text names."""
    texts = list(report.prose())
    for text in texts:
        if _PERIOD.search(text.raw):
            year = first_year(text.raw[_PERIOD.search(text.raw).start():])
            if year:
                return year
    for text in texts[:4]:
        year = first_year(text.raw)
        if year:
            return year
    return None


_SHORT_TITLE = 30


def _wrapped_titles(blocks: list) -> list:
    """A heading whose number stands alone ("三、") takes the short line after it as its title."""
    out = []
    skip = False
    for block, following in zip(blocks, blocks[1:] + [None]):
        if skip:
            skip = False
            continue
        if (isinstance(block, Heading) and not block.title.raw and block.body is None
                and isinstance(following, Paragraph) and len(following.text.raw) <= _SHORT_TITLE
                and "。" not in following.text.raw):
            block = replace(block, title=following.text, span=block.span.cover(following.span))
            skip = True
        out.append(block)
    return out


# a heading line that lost its number: "、主动公开政府信息情况", "（）依申请公开"
_LOST_MARKER = re.compile(r"^(?P<marker>[、．]|[（(][ \u3000]*[）)])[ \u3000]*(?=[\u4e00-\u9fff])")
_LOST_TITLE = 30
_ENDS_SENTENCE = "。！？!?；;：:…”’）)》】"


def _lost_numerals(blocks: list) -> list:
    """Paragraphs that are headings whose number was lost become headings again.

    The line starts with the number's punctuation and nothing before it ("、总体情况",
    "（）主动公开"), its title is short, has no digits or clause punctuation, and the
    line before it ended a sentence (a list that wrapped onto a line starting with
    "、" is not a heading).  The heading takes the style of the headings around it
    with the same punctuation, and the number the gap between them leaves
    (None when the gap does not tell).
    """
    out = list(blocks)
    for index, block in enumerate(out):
        if not isinstance(block, Paragraph):
            continue
        match = _LOST_MARKER.match(block.text.raw)
        if match is None:
            continue
        rest = block.text.raw[match.end():]
        cut = rest.find("。")
        title = rest if cut == -1 else rest[:cut + 1]
        plain = title.rstrip("。：: \u3000")
        if (not 2 <= len(plain) <= _LOST_TITLE or re.search(r"[0-9０-９，,；;、]", plain)
                or not _ends_sentence(out[index - 1] if index else None)):
            continue
        paren = match["marker"][0] in "（("
        style, number = _style_between(out, index, paren, title)
        marker = Text(match["marker"], block.text.sub(0, len(match["marker"])))
        start = match.end()
        title_text = Text(title, block.text.sub(start, start + len(title)))
        body = None
        if cut != -1 and rest[cut + 1:].strip(" \u3000"):
            body_start = start + cut + 1
            body_raw = block.text.raw[body_start:]
            stripped = len(body_raw) - len(body_raw.lstrip(" \u3000"))
            body = Text(body_raw.strip(" \u3000"), block.text.sub(body_start + stripped, len(block.text.raw)))
        separator = "（）" if paren else match["marker"]
        out[index] = Heading(block.span, marker, style, number, separator, title_text, body)
    return out


def _ends_sentence(block) -> bool:
    if block is None or not isinstance(block, Paragraph):
        return True
    text = block.text.raw.rstrip(" \u3000")
    return not text or text[-1] in _ENDS_SENTENCE


def _style_between(blocks: list, index: int, paren: bool, title: str) -> tuple[str, int | None]:
    """The style and number a heading without a number at ``index`` most likely had:
    that of the nearest headings before and after it written with the same kind of
    marker (brackets or not), when their numbers leave exactly one gap."""
    styles = ("cn_paren", "arabic_paren") if paren else ("cn", "arabic")
    kin = [b for b in blocks if isinstance(b, Heading) and b.style in styles and b.number is not None]
    before = [h for h in kin if h.span.start < blocks[index].span.start]
    after = [h for h in kin if h.span.start > blocks[index].span.start]
    candidates = []
    if before:
        candidates.append(before[-1].style)
    if after:
        candidates.append(after[0].style)
    if not paren and classify_section(title) is not None:
        candidates.insert(0, "cn")
    for style in candidates:
        prev = next((h.number for h in reversed(before) if h.style == style), 0)
        nxt = next((h.number for h in after if h.style == style), None)
        if nxt is None or nxt == prev + 2:
            return style, prev + 1
    return (candidates[0] if candidates else ("cn_paren" if paren else "cn")), None


def parse(text: str, path: str = "<text>") -> Report:
    """Parse report text (any line endings) into a :class:`Report`."""
    return build_report(from_text(text, path).text, path)


def _sections_unnumbered(blocks, headings: list[Heading]) -> bool:
    """True when the sections are headed by lines without a number ("总体情况") and every
    numbered heading is of a sub-heading's style ("（一）主动公开"): those are the topics
    inside a section, not sections of their own.  Two lines naming sections are needed, and
    the numbered headings must not name the sections themselves under their own numbers."""
    if any(h.level <= 1 for h in headings):
        return False
    named_by_number = [h for h in headings if (spec := classify_section(h.title.raw)) is not None and spec.number == h.number]
    if len(named_by_number) >= 2:
        return False    # the sections are numbered （一）…（六）: a bare line naming one is a table's caption
    named = {spec.number for spec in map(unnumbered_heading, (b.text.raw for b in blocks if isinstance(b, Paragraph)))
             if spec is not None}
    return len(named) >= 2


def _top_level(headings: list[Heading]) -> set[int]:
    """Offsets of the headings that open top-level sections.

    The top level is the 一、二、三 level.  A heading written in another style
    ("1、 总体情况") still opens a top-level section when its title names one of
    the six sections, it is not a run-in heading, and its number fits between
    its top-level neighbours; the numbering rule then reports the odd style.
    A heading that continues a list of its own style under the section above it is
    never promoted, whatever its title resembles: "（二）主动公开…" after "（一）…" under
    一、总体情况 (in a file cut before 二、, or where 二、 follows) is a sub-heading.
    """
    if not headings:
        return set()
    top_style_level = min(h.level for h in headings)
    top = [h for h in headings if h.level == top_style_level]
    chosen = {h.span.start for h in top}
    numbers = {h.number for h in top}
    for h in headings:
        if h.span.start in chosen or h.body is not None or h.number in numbers:
            continue
        spec = classify_section(h.title.raw)
        if spec is None or spec.number != h.number:
            continue
        before = [t.number for t in top if t.span.start < h.span.start and t.number]
        after = [t.number for t in top if t.span.start > h.span.start and t.number]
        if (not before or max(before) < h.number) and (not after or min(after) > h.number) \
                and not _in_a_list(h, headings, chosen):
            chosen.add(h.span.start)
            numbers.add(h.number)
    return chosen


def _in_a_list(heading: Heading, headings: list[Heading], chosen: set[int]) -> bool:
    """True when ``heading`` continues a list of its own style under the section heading
    above it ("（一）…" then "（二）主动公开…" under 一、): a sub-heading, not a section."""
    parent = max((start for start in chosen if start < heading.span.start), default=-1)
    return any(h.style == heading.style and h.number == heading.number - 1
               and parent < h.span.start < heading.span.start for h in headings)


def _outline(blocks, top: set[int]):
    """Nest blocks under headings: top-level sections, sub-sections by heading level."""
    preamble = []
    sections = []
    current = None   # [heading, blocks, children] of the open top-level section
    for block in blocks:
        if isinstance(block, Heading) and block.span.start in top:
            if current:
                sections.append(_close(current))
            current = [block, []]
        elif current is None:
            preamble.append(block)
        else:
            current[1].append(block)
    if current:
        sections.append(_close(current))
    return sections, preamble


def _close(item) -> Section:
    heading, body = item
    return _nest(heading, body)


def _nest(heading: Heading, body: list) -> Section:
    """The section opened by ``heading`` whose content is ``body`` (blocks in order)."""
    own, children = [], []
    i = 0
    while i < len(body):
        block = body[i]
        if isinstance(block, Heading):
            # the child runs until the next heading of the same or a higher level
            j = i + 1
            while j < len(body) and not (isinstance(body[j], Heading) and body[j].level <= block.level):
                j += 1
            children.append(_nest(block, body[i + 1:j]))
            i = j
        else:
            own.append(block)
            i += 1
    return Section(heading, tuple(own), tuple(children))
