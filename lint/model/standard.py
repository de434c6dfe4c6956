"""What the official formats require: the six sections, which format a report
year must use, and the legal deadline.  Facts from spec/template-spec.md."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from govlint.model.agency import is_region
from govlint.syntax.normalize import normalize


@dataclass(frozen=True)
class SectionSpec:
    """One of the six sections of the 2019 and 2021 templates: its number, official title and
    the words that identify it."""

    number: int
    numeral: str
    title: str          # the template heading
    title_en: str
    pattern: re.Pattern  # key words that identify the section by meaning


# Checked in this order: a heading on 复议/诉讼 also mentions 申请, one on
# 问题 may mention 主动公开.
SECTIONS = (
    SectionSpec(4, "四", "政府信息公开行政复议、行政诉讼情况", "administrative reconsideration and litigation",
                re.compile(r"复议|诉讼")),
    SectionSpec(5, "五", "存在的主要问题及改进情况", "main problems and improvements",
                re.compile(r"问题|改进|不足|整改")),
    SectionSpec(6, "六", "其他需要报告的事项", "other matters to report",
                re.compile(r"其[他它].*(事项|报告|情况)|需要报告")),
    SectionSpec(2, "二", "主动公开政府信息情况", "proactive disclosure",
                re.compile(r"主动公开")),
    SectionSpec(3, "三", "收到和处理政府信息公开申请情况", "applications received and handled",
                re.compile(r"申请|^收到")),
    SectionSpec(1, "一", "总体情况", "overview",
                re.compile(r"总体|概述|概况|总述|基本情况|工作情况$")),
)
SECTION_BY_NUMBER = {spec.number: spec for spec in SECTIONS}


def classify_section(title: str) -> SectionSpec | None:
    """Which of the six sections a heading title names, by meaning, or None."""
    text = normalize(title)
    if not text or len(text) > 40:
        return None
    for spec in SECTIONS:
        if spec.pattern.search(text):
            return spec
    return None


# The outline of reports under the 2008 条例 (reports for 2018 and earlier): no fixed
# template, but 第三十二条 lists what the report must cover, and reports follow it as
# 概述, 主动公开, 依申请公开, 收费及减免, 复议和诉讼, 问题及改进, 其他事项.
# ``required``: a content item of 第三十二条 (概述 is custom, 其他事项 is "if any").
@dataclass(frozen=True)
class OldPartSpec:
    """One part of a report in the pre-2019 layout (第三十二条 of the old regulation): its title and
    the words that show it is covered."""

    number: int
    title: str
    title_en: str
    pattern: re.Pattern    # key words of a heading that opens the part
    topic: re.Pattern      # key words that show the text covers it anywhere
    required: bool


# checked in this order (a heading on 收费 may mention 申请, one on 复议 may mention 公开)
OLD_PARTS = (
    OldPartSpec(4, "收费及减免情况", "fees and waivers", re.compile(r"收费|费用|减免"),
                re.compile(r"收费|收取[^。]{0,8}费|费用|减免"), True),
    OldPartSpec(5, "因政府信息公开申请行政复议、提起行政诉讼的情况", "reconsideration and litigation",
                re.compile(r"复议|诉讼"), re.compile(r"复议|诉讼"), True),
    OldPartSpec(6, "存在的主要问题及改进措施", "main problems and improvements",
                re.compile(r"问题|改进|不足|整改"), re.compile(r"问题|不足|改进|薄弱|差距"), True),
    OldPartSpec(7, "其他需要报告的事项", "other matters to report",
                re.compile(r"其[他它].*(事项|报告|情况)|需要报告"), re.compile(r"其[他它]需要报告"), False),
    OldPartSpec(3, "依申请公开政府信息情况", "disclosure on application", re.compile(r"申请"),
                re.compile(r"依申请|(?:受理|收到|接到|办理|答复)[^。，]{0,10}申请|申请[^。，]{0,3}[0-9０-９一二三四五六七八九十]"),
                True),
    OldPartSpec(2, "主动公开政府信息情况", "proactive disclosure", re.compile(r"主动公开"),
                re.compile(r"主动公开"), True),
    OldPartSpec(1, "概述", "overview", re.compile(r"概述|概况|总体|总述|基本情况|工作情况$"),
                re.compile(r"概述"), False),
)


def classify_old_part(title: str) -> OldPartSpec | None:
    """Which part of the pre-2019 outline a heading title names, by meaning, or None."""
    text = normalize(title)
    if not text or len(text) > 40:
        return None
    return next((spec for spec in OLD_PARTS if spec.pattern.search(text)), None)


def report_format(year: int | None) -> str | None:
    """The format a report for ``year`` must follow: "pre2019", "2019" or "2021"."""
    if year is None:
        return None
    if year <= 2018:
        return "pre2019"
    if year <= 2020:
        return "2019"
    return "2021"


_GOVERNMENT = re.compile(r"(人民政府|政府)$")
_TOWNSHIP = re.compile(r"(镇|乡|街道|街道办事处|办事处)(人民政府)?$")


def agency_kind(agency: str | None) -> str | None:
    """"government" for 人民政府 (published by the 主管部门 by 3月31日), "township",
    "department" for a 局/委/办/中心…, None when unknown."""
    if not agency:
        return None
    name = normalize(agency)
    if _TOWNSHIP.search(name):
        return "township"
    if _GOVERNMENT.search(name) or is_region(name):
        return "government"     # "鹿鸣县" titles the report of 鹿鸣县人民政府
    return "department"


def deadline(year: int, kind: str | None) -> _dt.date:
    """Last day to publish the report for ``year`` (条例 第四十九条; 3月31日 before 2019).

    Departments of governments at county level and above: 1月31日.  Governments,
    and bodies whose deadline the 条例 leaves to local rules (townships, street
    offices) or whose kind is unknown: 3月31日, the latest date any rule allows.
    """
    if year <= 2018 or kind != "department":
        return _dt.date(year + 1, 3, 31)
    return _dt.date(year + 1, 1, 31)


_BARE_TITLE = 32
# how a section's own title ends (what a line of prose naming the same topic seldom does):
# 情况 事项 概述 概况, 5's 改进措施 / 问题及改进, and 6's note in brackets on fees
_NAMES_SECTION = re.compile(r"(?:情况|事项|概述|概况|措施|改进|举措)(?:[（(][^（(）)]{1,20}[）)])?$")


def unnumbered_heading(raw: str) -> SectionSpec | None:
    """The section a line names when it is one of the six section headings written on a
    line of its own without a number ("主动公开政府信息情况"), else None."""
    bare = raw.strip(" \u3000：:【】〔〕[]")
    if len(bare) > _BARE_TITLE or "。" in bare or "，" in bare:
        return None
    spec = classify_section(bare)
    return spec if spec is not None and _NAMES_SECTION.search(bare) else None
