"""What the official formats require: the six sections, which format a report
year must use, and the legal deadline.  Facts from spec/template-spec.md."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from .agency import is_region
from .normalize import normalize


@dataclass(frozen=True)
class SectionSpec:
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
