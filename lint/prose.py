"""Running text read the way the prose rules need it: sentences, bracket depth,
and counts with their units ("388条", "两千余件", "842.13万条", "16期").

Every offset returned here is an offset into the string that was passed in, so a
rule turns it into a position with :meth:`govlint.nodes.Text.sub`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .nodes import Heading, Paragraph, Report, Table, Text, Title
from .numerals import Number, cn_to_int, to_halfwidth, to_number

CJK = "\u4e00-\u9fff\u3400-\u4dbf"
SENTENCE_END = "。！？!?"
CLAUSE_END = SENTENCE_END + "；;"
OPENERS = "（(【〔[《<“‘"
CLOSERS = "）)】〕]》>”’"
_PAIR = dict(zip(OPENERS, CLOSERS))


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
    out, stack = [], []
    for ch in text:
        if ch in _PAIR and not (ch in "“‘" and stack and stack[-1] == _PAIR[ch]):
            stack.append(_PAIR[ch])
            out.append(len(stack))
        elif stack and ch == stack[-1]:
            out.append(len(stack))
            stack.pop()
        else:
            out.append(len(stack))
    return out


def sentences(text: str, ends: str = SENTENCE_END) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence; a sentence keeps its closing mark.
    Marks inside brackets do not end a sentence."""
    depth = depths(text)
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in ends and depth[i] == 0:
            out.append((start, i + 1))
            start = i + 1
    if start < len(text):
        out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


# ── counts with units ────────────────────────────────────────────────────────

#: units of things counted (longest first, so 人次 wins over 人)
COUNT_UNITS = ("人次", "件次", "条次", "条", "件", "篇", "个", "次", "人", "份", "项", "期", "家",
               "场", "批", "起", "封", "部", "本", "册", "张", "幅", "种", "类", "户", "所",
               "套", "台", "名", "位", "则", "组", "宗", "单")
MONEY_UNITS = ("万元", "亿元", "元")
PERCENT = ("%", "％")

# a number starts where its run of digits starts (the look-behind): trying each digit of a
# long run as a start would be quadratic, and a start inside a run can only match where
# the run's own start did
_AR = r"(?<![0-9０-９])[0-9０-９]+(?:,[0-9]{3})*(?![0-9０-９])(?:[.．][0-9０-９]+)?"
_CN = r"(?<![零〇一二两三四五六七八九十百千万亿])[零〇一二两三四五六七八九十百千万亿]+"   # from the run's start, as _AR
_APPROX_BEFORE = r"(?P<pre>大约|约|将近|近|逾|超过|不少于|不足|不到|上千|上万|上百)?"
_APPROX_AFTER = r"(?P<post>余|多|来)?"
_UNIT = "|".join(sorted(COUNT_UNITS + MONEY_UNITS, key=len, reverse=True))
_QUANTITY = re.compile(
    _APPROX_BEFORE
    + rf"(?P<num>(?P<ar>{_AR}[ \u00a0]?[万亿]?)|(?P<cn>{_CN}))"
    + r"[ \u00a0]?" + _APPROX_AFTER + rf"(?P<unit>{_UNIT}|%|％)"
    + r"(?P<tail>以上|左右|上下)?"
)
# characters before a Chinese numeral that make it part of a word or an ordinal
_CN_WORD_BEFORE = set("第统逐唯专单同之任每某初星周礼其万")


@dataclass(frozen=True)
class Count:
    """A number with its unit as written in running text."""

    value: Number
    unit: str
    approx: bool        # 约、余、多、近、以上…: not a figure to add up
    start: int          # offsets of the whole match (approximation words included)
    end: int
    num_start: int      # offsets of the number itself
    num_end: int
    chinese: bool = False

    @property
    def is_percent(self) -> bool:
        return self.unit in PERCENT


def counts(text: str) -> list[Count]:
    """Every number-with-unit in ``text``, in order.

    Reads Arabic digits (full- or half-width, thousands commas, 万/亿) and
    Chinese numerals (十二件, 两千余条).  Years, dates and ordinals are not counts:
    a number followed by 年/月/日 has no count unit, and 第 before a Chinese
    numeral makes it an ordinal.
    """
    out = []
    for match in _QUANTITY.finditer(text):
        num_start, num_end = match.span("num")
        before = text[num_start - 1] if num_start else ""
        if match["cn"]:
            if before in _CN_WORD_BEFORE or is_cjk(before) and match["pre"] is None and before in "一二三四五六七八九十":
                continue
            if match["cn"] in ("万", "亿", "千", "百"):
                continue
        elif before and (before.isdigit() or before in ".．-－/:：" or before.isascii() and before.isalpha()):
            continue   # part of a longer token: a date, a phone number, a code
        value = to_number(match["num"].replace(" ", "").replace("\u00a0", ""))
        if value is None:
            continue
        approx = bool(match["pre"] or match["post"] or match["tail"])
        out.append(Count(value, match["unit"], approx, match.start(), match.end(), num_start, num_end,
                         chinese=bool(match["cn"])))
    return out


# ── "共N条，其中a条、b条" ─────────────────────────────────────────────────────

# words in a part's label that start another measure ("均已办结", "占50%", "同比增长")
_NEW_MEASURE = re.compile(r"均|全部|都已|按时|按期|如期|办结|答复|办理完|占|同比|较上年|比上年|累计|另外|此外|另有|"
                          r"同时|共计|合计|总计|共|增长|增加|减少|下降|上升|浏览|访问|点击|关注|粉丝|转载|阅读|"
                          r"平均|每|人均")
_TOTAL_WORD = re.compile(r"(?:共|共计|合计|总计|累计)\s*$")
_CATEGORY_SPLIT = re.compile(r"、|以及|和|及|与|/")
_OTHER = re.compile(r"^(?:其他|其它)")
# a part named by where it was published: one item goes out on several channels and counts
# once in the total (spec §9.3), so channel figures may add up to more than the total
_CHANNEL = re.compile(r"通过|网站|门户|网页|微信|微博|新媒体|客户端|公众号|小程序|APP|App|app|抖音|头条|视频号|"
                      r"报刊|报纸|广播|电视|公告栏|公开栏|公示栏|宣传栏|电子屏|显示屏|政务服务网|发布会|平台|媒体")
# a kind of content ("概况类信息", "政务动态", "信息公开目录"): categories of one total
_CONTENT = re.compile(r"类|目录|动态|文件|政策|解读|公告|通知|规划|预算|决算|人事|概况")
_LEAD = " \u3000\u00a0，,、：:；;"


@dataclass(frozen=True)
class Breakdown:
    """A total and the parts a "其中" list gives for it."""

    total: Count
    parts: tuple[Count, ...]      # counts of the list, in order (percentages left out)
    labels: tuple[str, ...]       # the words before each part ("概况类信息更新")
    complete: str | None          # "categories" | "other" when the list claims to be whole
    # when 其中 opens a new sentence after one that states several figures ("新收219件，
    # 上年结转10件，办结218件。其中……"), any of them may be the total: the others
    alternatives: tuple[Count, ...] = ()

    @property
    def same_unit_parts(self) -> tuple[Count, ...]:
        return tuple(p for p in self.parts if p.unit == self.total.unit)

    @property
    def channels(self) -> bool:
        """Every part is named by a channel ("通过门户网站公开4100条，通过政务微信公开2300条"):
        the same item may be counted under several of them."""
        return all(_CHANNEL.search(label) and not _CONTENT.search(label) for label in self.labels)

    @property
    def other_units(self) -> bool:
        """A part counted in another unit (16期 among 条): the total may include it."""
        return any(p.unit != self.total.unit for p in self.parts)


def _close_of(text: str, at: int) -> int:
    """Index of the bracket that closes the one opened at ``at`` (the end when none does)."""
    opener, closer, level = text[at], _PAIR[text[at]], 0
    for i in range(at, len(text)):
        if text[i] == opener:
            level += 1
        elif text[i] == closer:
            level -= 1
            if level == 0:
                return i
    return len(text)


def _top_text(text: str, depth: list[int], start: int, end: int, base: int) -> str:
    return "".join(ch for i, ch in enumerate(text[start:end], start) if depth[i] == base)


def breakdowns(text: str) -> list[Breakdown]:
    """Every "TOTAL，其中 PART、PART…" in ``text``.

    The total is the count written right before 其中 (only punctuation, or a
    sentence break, between them); the list runs to the end of the clause, or to
    the closing bracket when 其中 opens a bracket ("3件（其中网上1件，信函2件）").
    Counts inside nested brackets are details of a part, not parts.  The list
    stops at a part whose label starts another measure ("均已办结10件", "占50%").
    """
    if "其中" not in text:
        return []
    depth = depths(text)
    all_counts = [c for c in counts(text) if not c.is_percent]
    out = []
    for match in re.finditer("其中", text):
        k = match.start()
        j = k - 1
        bracket_at = None
        while j >= 0 and text[j] in _LEAD + "（(。":
            if text[j] in "（(":
                if bracket_at is not None:
                    break
                bracket_at = j
            j -= 1
        total = next((c for c in all_counts if c.end == j + 1), None)
        if total is None:
            continue
        base = depth[k]
        alternatives: tuple[Count, ...] = ()
        if "。" in text[j + 1:k]:
            sentence = max(text.rfind(ch, 0, total.start) for ch in CLAUSE_END) + 1
            alternatives = tuple(c for c in all_counts if sentence <= c.start and c is not total
                                 and c.end <= total.start and c.unit == total.unit
                                 and depth[c.num_start] == depth[total.num_start])
        if bracket_at is not None:
            end = _close_of(text, bracket_at)
        else:
            end = len(text)
            for i in range(k + 2, len(text)):
                if depth[i] < base or (depth[i] == base and (text[i] in CLAUSE_END or text.startswith("其中", i))):
                    end = i
                    break
        parts, labels = [], []
        cursor = k + 2
        for count in all_counts:
            if count.start < k + 2 or count.end > end or depth[count.num_start] != base:
                continue
            label = _top_text(text, depth, cursor, count.start, base).strip(_LEAD)
            if _NEW_MEASURE.search(label) or labels and label.startswith("涉及") and not labels[0].startswith("涉及"):
                break   # another measure, or the same total cut another way ("网上11件，信函5件，涉及规划类6件")
            parts.append(count)
            labels.append(label)
            cursor = count.end
        if not parts:
            continue
        out.append(Breakdown(total, tuple(parts), tuple(labels), _completeness(text, depth, total, labels),
                             alternatives))
    return out


def _completeness(text: str, depth: list[int], total: Count, labels: list[str]) -> str | None:
    if any(_OTHER.match(label) for label in labels):
        return "other"
    head = text[:total.start]
    word = _TOTAL_WORD.search(head)
    if not word:
        return None
    head = head[:word.start()]
    cut = max(head.rfind(ch) for ch in "，,。；;：:")
    names = [n.strip(_LEAD) for n in _CATEGORY_SPLIT.split(head[cut + 1:])]
    names = [n for n in names if n]
    if len(names) < 2 or len(names) != len(labels):
        return None
    for name, label in zip(names, labels):
        if not label or not (label in name or name in label):
            return None
    return "categories"


def as_text(node) -> Text:
    """A table cell (or any node with ``raw`` and ``span``) as a :class:`Text`, so that
    :meth:`Text.sub` gives the span of a part of it."""
    return node if isinstance(node, Text) else Text(node.raw, node.span)


# ── "本报告由……等六部分组成" ─────────────────────────────────────────────────

# "……等六部分组成" / "6个部分" / "六大部分" / "六个方面"
_COUNT = re.compile(r"(?P<etc>等)?(?P<n>[一二三四五六七八九十]|[0-9０-９]{1,2})\s*(?:(?:个|大)\s*)?(?:部分|方面)")
# where the list of parts starts
_OPEN = re.compile(r"(?:包括|包含|分为|分成|由|从)[:：]?")
_SPLIT = re.compile(r"[、，,；;]|(?<=情况|事项)(?:和|及|以及|与)")
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
    pieces = [p.strip(" \u3000") for p in _SPLIT.split(listing)]
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
        if "、" not in listing and "，" not in listing and "," not in listing:
            continue
        parts = parts_of(listing)
        if len(parts) >= 2:
            found.append(PartListing(number, stated, match.start("n"), match.end(), tuple(parts)))
    return found
