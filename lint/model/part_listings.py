"""The introduction that names a report's parts and says how many there are:
"本报告由总体情况、主动公开政府信息情况……等六部分组成".

Every offset returned here is an offset into the string that was passed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govlint.syntax.numerals import cn_to_int, to_halfwidth


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
    if "部分" not in raw and "方面" not in raw:
        return found        # (a count ends on one of them: most texts are not searched)
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
