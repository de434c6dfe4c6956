"""What running text says about the figures the tables carry.

A *claim* is a clause of prose that states one of the table figures: the number
of applications received, carried over, answered or carried forward; how many
were disclosed, partly disclosed, refused, could not be provided or were not
handled; how many 行政复议 and 行政诉讼 cases there were — or that there were
none ("未收到政府信息公开申请", "未发生行政复议、行政诉讼").  Each claim knows
which table figures it may mean (a "received" count may or may not include the
applications carried over), so a rule only has to compare.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govlint.model.agency import Agency, other_subject
from govlint.syntax.nodes import Report, Text
from govlint.syntax.numerals import Number
from govlint.model.prose import SENTENCE_END, depths
from govlint.model.quantities import counts
from govlint.model.tables import Recognised
from govlint.model.tables.grid import Grid
from govlint.model.tables.vocabulary import APPLICANTS

UNITS = {"件", "起", "宗", "个", "例"}
#: what cases of review and litigation are also counted in (发生行政复议2次)
_CASE_UNITS = {"次"}
# an outcome named between 行政复议 / 行政诉讼 and its count: the count is of that outcome only
_OUTCOME = re.compile(r"维持|纠正|纠错|撤销|确认违法|其他结果|尚未审结|败诉|胜诉|驳回|终止|撤回")


@dataclass(frozen=True)
class Figure:
    """A table figure a claim can be checked against: its value and where it stands."""

    label: str                  # "表三“一、本年新收政府信息公开申请数量”总计"
    value: Number
    refs: tuple[tuple[str, str], ...]   # grid cells (row, column) it is made of
    grid: Grid


@dataclass(frozen=True)
class Claim:
    """A figure the prose states about a measure of the tables (收到申请 12 件), or a denial (未发生)."""

    measure: str                # key of MEASURES
    value: Number               # 0 for a denial
    text: Text
    start: int                  # offsets of the stated figure (or the denial) in text.raw
    end: int
    denial: bool = False


@dataclass(frozen=True)
class Measure:
    """A quantity the prose speaks of and the table rows whose sum it may be."""

    name: str                   # what the prose speaks of, in Chinese
    table: str                  # "三" | "四"
    keyword: re.Pattern         # the words that introduce the figure (the count follows in the clause)
    readings: tuple[tuple[str, ...], ...]   # row keys (table 三) or groups (table 四) whose sum it may be


def _kw(pattern: str) -> re.Pattern:
    return re.compile(pattern)


# Checked in this order; the first keyword that matches a clause decides what its count means.
MEASURES = {
    "carried_in": Measure("上年结转的申请", "三", _kw(r"上年(?:度)?结转"), (("二",),)),
    "carried_out": Measure("结转下年度办理的申请", "三", _kw(r"结转(?:至|到|入)?下(?:一)?年"), (("四",),)),
    "disclosed_or_partly": Measure("予以公开和部分公开的申请", "三",
                                   _kw(r"予以公开(?:及|或|和|与|、)部分公开"), (("三(一)", "三(二)"),)),
    "disclosed": Measure("予以公开的申请", "三", _kw(r"予以公开(?!及|或|和|与|、)"), (("三(一)",),)),
    "partly": Measure("部分公开的申请", "三", _kw(r"(?<!及|或|和|与|、)部分公开"), (("三(二)",),)),
    "refused": Measure("不予公开的申请", "三", _kw(r"不予公开"), (("三(三)",),)),
    "unavailable": Measure("无法提供的申请", "三", _kw(r"无法提供"), (("三(四)",),)),
    "not_handled": Measure("不予处理的申请", "三", _kw(r"不予处理"), (("三(五)",),)),
    "answered": Measure("办结的申请", "三", _kw(r"办结|答复完毕|办理完毕|已答复"), (("三(七)",),)),
    "received": Measure("收到的申请", "三", _kw(r"(?:收到|受理|新收|接收|接到)[^，,。；;]{0,24}申请"
                                               r"|政府信息公开申请(?=[ \u3000]*(?:共计|共|总计|合计)[ \u3000]*(?:收到|受理)?[0-9０-９一二三四五六七八九十两])"),
                        (("一",), ("一", "二"))),
    "reconsideration": Measure("行政复议案件", "四", _kw(r"行政复议"), (("行政复议",),)),
    "litigation": Measure("行政诉讼案件", "四", _kw(r"行政诉讼"), (("未经复议直接起诉", "复议后起诉"),)),
}

# any measure's keyword: a clause that has none states no figure (one search, not one per measure);
# the look-ahead holds the first character of every keyword, so that the alternatives (one
# of them opens on a look-behind) are tried only where one of those stands
_KEYWORD_STARTS = "上结予部不无办答已收受新接行政"
_ANY_KEYWORD = re.compile(f"(?=[{_KEYWORD_STARTS}])(?:"
                          + "|".join(f"(?:{measure.keyword.pattern})" for measure in MEASURES.values()) + ")")

# What may stand between the negation and 申请 / 行政复议 / 行政诉讼 in a denial of them
# all: words that narrow nothing.  A gap naming a kind of applicant (法律服务机构), a channel
# (通过信函方式提交的), a kind of outcome (不予公开的) or a manner (无正当理由大量反复)
# is a statement about some applications, not "no applications".
_NEUTRAL = (r"(?:过|有|任何|一件|一起|一例|相关|有关|新的|新增|新|本年度?|当年|年内|全年|群众|公众|社会公众|"
            r"公民、法人(?:和|或|及)其他组织|申请人|关于|涉及|针对|对本?(?:机关|单位|部门)|"
            r"向(?:我|本)(?:局|委|办|县|区|市|镇|乡|单位|机关|部门|中心|街道|院|厅)|"
            r"因(?:政府)?信息公开(?:工作|申请)?(?:而)?(?:引起|引发|产生|提起)的|"
            # the passive, as most reports word it: 未发生因……工作被申请行政复议、被提起行政诉讼
            r"因(?:政府)?信息公开(?:工作|申请)?(?:而)?(?=被)|被申请(?!人)|被(?:依法)?提起|"
            r"要求公开政府信息|要求公开|政府信息公开|政务信息公开|政务公开|信息公开|依申请公开|依申请|政府信息|"
            r"公开|方面|类|的|提出|提交|办理|发生|引起|引发|提起)")
_DENIAL = re.compile(r"(?:未|没有|无(?!正当|法|需|须|偿))(?:发生|收到|受理|接到|涉及|出现|接收)?"
                     + _NEUTRAL + r"*?"
                     r"(?P<what>申请(?!人)|行政复议|行政诉讼)(?!(?:案件)?(?:以外|之外|外))")
_OTHER_TIME = re.compile(r"去年|同比|较上年|比上年|上一年度|前年|历年|累计|以来")
_CLAUSE = re.compile(r"[^，,。；;！!？?]+")
_BREAKDOWN = re.compile(r"^[ \u3000]*其中")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_SENTENCE_ENDS = tuple(SENTENCE_END)


def claims(report: Report, texts, agency: Agency | None) -> tuple[Claim, ...]:
    """Every clause of ``texts`` (the report's running text) that states a table figure of
    the report's own year; ``agency`` is the reporting agency, whose own figures they are."""
    found = []
    year = report.year
    for text in texts:
        if not (_ANY_KEYWORD.search(text.raw) or _DENIAL.search(text.raw)):
            continue    # a clause has a keyword or a denial only where the whole text has one
        depth = depths(text.raw)
        before: set[str] = set()        # measures stated in the sentence before, and in this one
        stated: set[str] = set()
        in_breakdown = False
        for clause in _CLAUSE.finditer(text.raw):
            body = clause.group(0)
            if _BREAKDOWN.match(body):
                in_breakdown = True
            if _OTHER_TIME.search(body):
                continue
            years = {int(y) for y in _YEAR.findall(body)}
            if year is not None and years - {year}:
                continue
            for claim in _clause_claims(text, clause.start(), body, depth, agency):
                # a part of a "其中" list that breaks down a figure already stated (其中，
                # 县本级收到申请36件) is a share of that figure, not the figure itself
                if not (in_breakdown and claim.measure in before | stated):
                    found.append(claim)
                stated.add(claim.measure)
            if text.raw[clause.end():clause.end() + 1] in _SENTENCE_ENDS:
                before, stated, in_breakdown = stated, set(), False
    return tuple(found)


def _clause_claims(text: Text, base: int, body: str, depth: list[int], agency):
    denial = _DENIAL.search(body)
    if denial and not any(c.unit in UNITS for c in counts(body)):
        rest = body[denial.start():]
        if denial["what"] != "申请" and _OUTCOME.search(rest, denial.end() - denial.start()):
            return   # "未发生行政复议被纠错的情况": no case of one outcome, not no case at all
        names = tuple(name for name, word in (("reconsideration", "复议"), ("litigation", "诉讼")) if word in rest)
        for name in names or ("received",):
            yield Claim(name, 0, text, base + denial.start(), base + denial.end(), denial=True)
        return
    if not _ANY_KEYWORD.search(body):
        return
    if other_subject(body, agency):
        return   # another body's figures ("县教育局共收到申请3件"): a part of the report's own
    for name, measure in MEASURES.items():
        match = measure.keyword.search(body)
        if not match:
            continue
        units = UNITS | _CASE_UNITS if measure.table == "四" else UNITS
        count = next((c for c in counts(body[match.end():]) if c.unit in units), None)
        if count is None or count.approx or count.start > 12:
            return
        if measure.table == "四" and _OUTCOME.search(body, match.end(), match.end() + count.start):
            return   # "行政复议结果纠正0件": the cases of one outcome, not all of them
        start = base + match.end() + count.num_start
        if depth[start] > depth[base + match.start()]:
            return   # a figure inside brackets is a breakdown, not the figure itself
        yield Claim(name, count.value, text, start, base + match.end() + count.end)
        return


def figures(tables: Recognised, claim: Claim) -> list[Figure]:
    """The table figures ``claim`` may mean, each with its value; empty when the
    table or the rows it needs are not there (a cut-off or unrecognised table)."""
    measure = MEASURES[claim.measure]
    grid = tables.table(measure.table)
    if grid is None:
        return []
    out = []
    for reading in measure.readings:
        parts = [_total(grid, key) for key in reading]
        if any(part is None for part in parts):
            continue   # a row this reading needs is not in the table
        total = sum(part[0] for part in parts)
        refs = tuple(ref for part in parts for ref in part[1])
        out.append(Figure(_label(grid, reading), total, refs, grid))
    return out


def _total(grid: Grid, key: str):
    """The 总计 of a row (table 三: a group row sums its items), or None when not known."""
    if grid.kind == "四":
        value = grid.value(key, "总计")
        return None if value is None else (value, ((key, "总计"),))
    rows = [row.key for row in grid.rows if row.key == key or row.key.startswith(key) and row.key[len(key):].isdigit()]
    items = [k for k in rows if k != key] or rows
    if not items:
        return None
    total, refs = 0, []
    for row in items:
        value = grid.value(row, "总计")
        if value is None:
            # a blank 总计 beside filled applicant cells (blank read as 0, as pages write zeros)
            parts = [_number_or_blank(grid, row, column) for column in APPLICANTS]
            if any(p is None for p in parts) or all(grid.cell(row, c).is_blank for c in APPLICANTS):
                return None
            value = sum(parts)
        total += value
        refs.append((row, "总计"))
    return total, tuple(refs)


def _number_or_blank(grid: Grid, row: str, column: str) -> Number | None:
    cell = grid.cell(row, column)
    if cell is None:
        return None
    return 0 if cell.is_blank else cell.number


def suspect_cells(tables: Recognised) -> frozenset[tuple[str, str, str]]:
    """(table, row, column) of every cell a broken table identity points at: a
    figure made of such a cell is not a fair basis to fault the prose."""
    out = set()
    for grid, breach in tables.breaches:
        for violation in (breach.primary, *breach.related):
            for ref in violation.identity.left + violation.identity.right:
                out.add((grid.kind, *ref))
    return frozenset(out)


def _label(grid: Grid, reading: tuple[str, ...]) -> str:
    names = []
    for key in reading:
        row = grid.row(key) or next((r for r in grid.rows if r.key.startswith(key)), None)
        names.append(_group_label(key) if row is None or row.key != key else row.label)
    return f"{grid.name}“{'”加“'.join(names)}”总计"


def _group_label(key: str) -> str:
    return {"三(三)": "（三）不予公开", "三(四)": "（四）无法提供", "三(五)": "（五）不予处理"}.get(key, key)
