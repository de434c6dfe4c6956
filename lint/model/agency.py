"""Who wrote a report: the reporting agency's name, its level of government and
the short names it goes by ("淄博市科学技术局" → city level, "市科技局", "科技局").

The name comes from the title's agency line (web-page breadcrumbs before it are
dropped), else from the 落款.  Nothing here guesses when the name is unclear:
functions return None and the rules that need a level stay silent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govlint.syntax.nodes import Report

LEVELS = ("province", "city", "county", "township")

# administrative units as they appear inside an agency's name; the last one sets the level.
# 市场/市政/城乡/乡村/区域 are words, not units.
_UNIT = re.compile(r"自治区|特别行政区|省|自治州|(?<!城)市(?!场|政|民|容)|州|盟|自治县|县|区(?!域|划)|旗|"
                   r"街道|(?<!城)乡(?!村|镇企)|镇")
_LEVEL_OF = {"省": "province", "自治区": "province", "特别行政区": "province",
             "市": "city", "州": "city", "自治州": "city", "盟": "city",
             "县": "county", "自治县": "county", "区": "county", "旗": "county",
             "街道": "township", "乡": "township", "镇": "township"}
_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
_ORG_END = re.compile(r"(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|管理委员会|委员会|办事处|"
                      r"局|委|办|厅|署|院|中心|所|站|队|会|政府|镇|乡|街道)$")
_JUNK = re.compile(r".*(?:>|》|：|:|\s)")


# an agency naming itself as the author: "本报告由XX局编制", "现将XX县人民政府2024年……报告",
# "现公布XX局2018年……"
SELF_NAMED = re.compile(r"(?:由|现将|现公布|现发布|现编制)(?P<name>[\u4e00-\u9fff]{2,30}?"
                        r"(?:人民政府办公室|人民政府|管理委员会|委员会|办事处|办公室|局|委))"
                        r"(?=编制|按照|根据|依据|[0-9０-９]{4}|二〇|[(（]|，|,)")

# a clause that opens on a named body as its subject: "县教育局共收到申请3件", "其中城关镇受理……"
# (a name ends on its kind of body; 办结/办理/办公 and 局面 are words, not names)
_SUBJECT = re.compile(r"^[ \u3000]*(?:其中|另外|此外|另有)?[ \u3000，,]*(?P<name>[\u4e00-\u9fff]{1,15}?"
                      r"(?:委员会|办公室|办公厅|办事处|街道|中心|局|委|办|厅|镇|乡))(?![结理公面村])")


@dataclass(frozen=True)
class Agency:
    """The agency a report is by, as named in its title or signature, and its administrative
    level."""

    name: str           # as cleaned: "淄博市科学技术局"
    level: str | None   # province | city | county | township

    @property
    def is_department(self) -> bool:
        """A department of a government (a 局, 委, 办, 厅), not the government itself."""
        return not (re.search(r"(?:人民政府|政府|镇|乡|街道|办事处)$", self.name) or is_region(self.name))


def is_region(name: str) -> bool:
    """A bare administrative region ("鹿鸣县", "上海市", "柳湾镇"): a report titled
    "鹿鸣县2022年政府信息公开工作年度报告" speaks for the region's 人民政府."""
    units = list(_UNIT.finditer(name))
    return bool(units) and units[-1].end() == len(name) and units[-1].start() > 0


def clean_name(raw: str | None) -> str | None:
    """The agency name without breadcrumbs or widgets before it."""
    if not raw:
        return None
    name = _JUNK.sub("", raw.strip())
    name = re.sub(r"[\s\u3000]+", "", name)
    name = re.sub(r"^.*年报", "", name)
    if len(name) < 2 or not re.search(r"[\u4e00-\u9fff]{2}", name):
        return None
    return name


def level_of(name: str) -> str | None:
    """The level of government an agency belongs to, read from its name."""
    units = list(_UNIT.finditer(name))
    if not units:
        # a department named without its place ("科技局") says nothing about its level
        return None
    last = units[-1]
    if name.endswith("厅") or last.group(0) == "市" and name[:last.start()] in _MUNICIPALITIES:
        return "province"   # only provincial bodies are 厅; 北京市 … are provinces
    return _LEVEL_OF[last.group(0)]


def reporting_agency(report: Report, *, from_text: bool = True) -> Agency | None:
    """The agency a report speaks for, if its title or signature names one (or,
    with ``from_text``, its opening sentences: "本报告由XX局编制")."""
    candidates = []
    if report.title is not None:
        candidates.append(report.title.agency)
    if report.signature is not None and report.signature.agency is not None:
        candidates.append(report.signature.agency.raw)
    for raw in candidates:
        name = clean_name(raw)
        if name and (_ORG_END.search(name) or _UNIT.search(name)):
            return Agency(name, level_of(name))
    if not from_text:
        return None
    for i, text in enumerate(report.prose()):
        if i >= 6:
            break
        match = SELF_NAMED.search(text.raw)
        if match:
            return Agency(match["name"], level_of(match["name"]))
    return None


# the usual short forms of department names
_ABBREVIATIONS = {
    "科学技术": "科技", "人力资源和社会保障": "人社", "卫生健康": "卫健", "卫生和计划生育": "卫计",
    "住房和城乡建设": "住建", "自然资源和规划": "自然资源", "生态环境": "环境", "市场监督管理": "市场监管",
    "农业农村": "农业农村", "文化和旅游": "文旅", "发展和改革": "发改", "工业和信息化": "工信",
    "交通运输": "交通", "教育": "教育", "财政": "财政", "审计": "审计", "民政": "民政", "司法": "司法",
    "公安": "公安", "商务": "商务", "水利": "水利", "林业": "林业", "统计": "统计", "应急管理": "应急",
    "退役军人事务": "退役军人", "医疗保障": "医保", "行政审批服务": "行政审批", "城市管理": "城管",
}


def short_stems(agency: Agency) -> list[tuple[str, str]]:
    """``(stem, suffix)`` pairs the report may call itself by: ("市科技", "局") for
    淄博市科学技术局, ("县市场监管", "局") for 某县市场监督管理局.  A stem written without
    its suffix is a truncated name."""
    match = re.search(r"(?P<suffix>局|委员会|委)$", agency.name)
    units = list(_UNIT.finditer(agency.name))
    if not match or not units:
        return []
    unit = units[-1]
    core = agency.name[unit.end():match.start()]
    if unit.group(0) not in ("省", "市", "区", "县", "州", "旗") or not 2 <= len(core) <= 10 \
            or re.search("政府|委员|管理委|管委", core) or core == "管理":
        return []
    suffix = {"委员会": "委"}.get(match["suffix"], match["suffix"])
    cores = {core}
    for full, short in _ABBREVIATIONS.items():
        if core.startswith(full):
            cores.add(short + core[len(full):])
    return [(unit.group(0) + c, suffix) for c in sorted(cores, key=lambda c: (-len(c), c))]


def _comparable(name: str) -> str:
    name = name.replace("人民政府", "政府")
    for full, short in _ABBREVIATIONS.items():
        name = name.replace(full, short)
    return name


def same_agency(one: str, other: str) -> bool:
    """Whether two names can denote the same agency ("济宁市兖州区审计局" and "兖州区审计局",
    "济宁市科学技术局" and "济宁市科技局"); one name may leave out the places before the other."""
    a, b = _comparable(one), _comparable(other)
    # a government's report is usually compiled by its 办公室 / 办公厅
    a, b = (re.sub(r"(?<=政府)(?:办公室|办公厅)$", "", n) for n in (a, b))
    # and a region stands for its government: "鹿鸣县" = "鹿鸣县政府"
    a, b = (re.sub(r"(?<=[省市县区旗州盟镇乡道])政府$", "", n) for n in (a, b))
    return a.endswith(b) or b.endswith(a)


def other_subject(clause: str, agency: Agency | None) -> str | None:
    """The name of another body a clause speaks of as its subject ("县教育局共收到申请3件"
    in a county government's report, whose figures add up its departments'), or None
    when the clause opens on no name, on the reporting agency itself ("我局", "全县",
    "县政府办公室" for 某县人民政府) or when the reporting agency is not known."""
    match = _SUBJECT.match(clause)
    if match is None or agency is None:
        return None
    name = match["name"]
    if re.match("(?:我|本|该|全)", name) or same_agency(name, agency.name):
        return None
    return name


# how a report calls itself after 我 / 本: "我局", "本委", "我镇", "本中心"
_SELF_WORD = re.compile(r"(?:我|本)(?P<kind>街道|中心|单位|机关|部门|局|委|办|厅|镇|乡|县|区|市|院|所|站|会)")
_ORG_SUFFIX = re.compile(r"(?:委员会|办公室|办公厅|办事处|中心|局|委|办|厅|院|所|站)$")


# a self-word that only a body of one level uses for itself: "我镇" is a township's
# report, "本县" a county's; the lower level wins (a township may cite "我县" as its county)
_SELF_LEVELS = (("township", ("镇", "乡", "街道")), ("county", ("县",)))


def self_level(report: Report) -> tuple[str, str] | None:
    """The level of the reporting body read from how the text calls itself, with the word
    that says so (``("township", "我镇")``), when the title and 落款 name no body."""
    used = {}
    for text in report.prose():
        for match in _SELF_WORD.finditer(text.raw):
            used.setdefault(match["kind"], match.group(0))
    for level, kinds in _SELF_LEVELS:
        for kind in kinds:
            if kind in used:
                return level, used[kind]
    return None


@dataclass(frozen=True)
class SelfNames:
    """The ways a report names its own agency, read from the report itself."""

    agency: Agency | None
    stems: tuple[tuple[str, str], ...]   # (stem, suffix): "市科技" + "局" (see short_stems)
    kinds: tuple[str, ...]               # what follows 我/本 in the text, most used first ("局")
    suffix: str | None                   # the agency's own kind of body ("局" for 某市科学技术局)


def self_names(report: Report, agency: Agency | None) -> SelfNames:
    """How the report names its agency (``agency``, as :func:`reporting_agency` reads it):
    that name and its short forms, and the 我局 / 本委 / 我镇 words the text itself uses."""
    used: dict[str, int] = {}
    for text in report.prose():
        for match in _SELF_WORD.finditer(text.raw):
            used[match["kind"]] = used.get(match["kind"], 0) + 1
    kinds = tuple(sorted(used, key=lambda kind: -used[kind]))
    suffix = None
    if agency is not None:
        match = _ORG_SUFFIX.search(agency.name)
        if match:
            suffix = {"委员会": "委", "办公室": "办", "办公厅": "办", "办事处": "办"}.get(match.group(0), match.group(0))
    stems = tuple(short_stems(agency)) if agency is not None else ()
    return SelfNames(agency, stems, kinds, suffix)
