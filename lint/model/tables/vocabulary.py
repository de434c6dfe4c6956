"""The standard tables as data: row and column labels of tables 二, 三 and 四 of
the 2019 and 2021 formats and the partitions of the pre-2019 统计表
(spec/template-spec.md §4, §5, §6, §9)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# ── table 三: applications ─────────────────────────────────────────────────

APPLICANTS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
TOTAL = "总计"
APPLICATION_COLUMNS = APPLICANTS + (TOTAL,)
APPLICANT_EN = {"自然人": "natural persons", "商业企业": "businesses", "科研机构": "research bodies",
                "社会公益组织": "public-interest bodies", "法律服务机构": "legal-service bodies",
                "其他": "others", TOTAL: "total"}


@dataclass(frozen=True)
class RowSpec:
    """A row of the official table 三 (申请情况): its key, printed label, numbering level and the
    words that identify it."""

    key: str              # "一", "三(一)", "三(三)2", …
    label: str            # the official label, as printed in the template
    level: str            # "top" 一、 | "paren" （一） | "item" 1.
    number: int
    pattern: re.Pattern   # key words that identify the row by meaning
    group: str | None = None   # the group an item belongs to


def _items(group: str, texts: tuple[str, ...]) -> tuple[RowSpec, ...]:
    return tuple(RowSpec(f"{group}{i}", f"{i}.{text}", "item", i, re.compile(re.escape(text)), group)
                 for i, text in enumerate(texts, 1))


APPLICATION_TOP = (
    RowSpec("一", "一、本年新收政府信息公开申请数量", "top", 1, re.compile(r"本年度?新收")),
    RowSpec("二", "二、上年结转政府信息公开申请数量", "top", 2, re.compile(r"上年结转")),
    RowSpec("三", "三、本年度办理结果", "top", 3, re.compile(r"办理结果")),
    RowSpec("四", "四、结转下年度继续办理", "top", 4, re.compile(r"结转下年")),
)
APPLICATION_OUTCOMES = (
    RowSpec("三(一)", "（一）予以公开", "paren", 1, re.compile(r"予以公开")),
    RowSpec("三(二)", "（二）部分公开", "paren", 2, re.compile(r"部分公开")),
    RowSpec("三(三)", "（三）不予公开", "paren", 3, re.compile(r"不予公开")),
    RowSpec("三(四)", "（四）无法提供", "paren", 4, re.compile(r"无法提供")),
    RowSpec("三(五)", "（五）不予处理", "paren", 5, re.compile(r"不予处理")),
    RowSpec("三(六)", "（六）其他处理", "paren", 6, re.compile(r"其他处理|其它处理")),
    RowSpec("三(七)", "（七）总计", "paren", 7, re.compile(r"^总计$|合计")),
)
APPLICATION_ITEMS = {
    "三(三)": _items("三(三)", ("属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”",
                              "保护第三方合法权益", "属于三类内部事务信息", "属于四类过程性信息",
                              "属于行政执法案卷", "属于行政查询事项")),
    "三(四)": _items("三(四)", ("本机关不掌握相关政府信息", "没有现成信息需要另行制作",
                              "补正后申请内容仍不明确")),
    "三(五)": _items("三(五)", ("信访举报投诉类申请", "重复申请", "要求提供公开出版物",
                              "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息")),
    "三(六)": _items("三(六)", ("申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                              "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                              "其他")),
}
GROUPS = tuple(APPLICATION_ITEMS)


def application_order(variant: str) -> tuple[str, ...]:
    """The numeric rows of table 三, top to bottom; ``variant`` "2019" keeps
    （六）其他处理 as one row, "2021" splits it into three items."""
    keys = ["一", "二", "三(一)", "三(二)"]
    for group in GROUPS:
        if group == "三(六)" and variant == "2019":
            keys.append(group)
        else:
            keys.extend(spec.key for spec in APPLICATION_ITEMS[group])
    return tuple(keys + ["三(七)", "四"])


ROW_SPECS = {spec.key: spec for spec in APPLICATION_TOP + APPLICATION_OUTCOMES}
ROW_SPECS.update({spec.key: spec for items in APPLICATION_ITEMS.values() for spec in items})


def row_label(key: str) -> str:
    """The official label of a row of table 三, with its group for an item:
    "三(三)2" → "（三）不予公开 2.其他法律行政法规禁止公开"."""
    spec = ROW_SPECS[key]
    if spec.group:
        return f"{ROW_SPECS[spec.group].label} {spec.label}"
    return spec.label


# ── table 四: reconsideration and litigation ───────────────────────────────

REVIEW_GROUPS = ("行政复议", "未经复议直接起诉", "复议后起诉")
REVIEW_GROUP_EN = {"行政复议": "administrative reconsideration",
                   "未经复议直接起诉": "lawsuits without prior reconsideration",
                   "复议后起诉": "lawsuits after reconsideration"}
REVIEW_RESULTS = ("结果维持", "结果纠正", "其他结果", "尚未审结")
REVIEW_COLUMNS = tuple((group, result) for group in REVIEW_GROUPS for result in REVIEW_RESULTS + (TOTAL,))

# ── table 二: proactive disclosure ─────────────────────────────────────────


@dataclass(frozen=True)
class Block:
    """One block of the official table 二 (第二十条第（X）项): its columns and rows."""

    item: str                       # 一 五 六 八 九 (第二十条第（X）项)
    columns: tuple[str, ...]
    rows: tuple[str, ...]
    signed: tuple[str, ...] = ()    # columns that may be negative (本年增/减)
    money: tuple[str, ...] = ()     # columns that hold amounts of money


DISCLOSURE_BLOCKS = {
    "2019": (
        Block("一", ("本年新制作数量", "本年新公开数量", "对外公开总数量"), ("规章", "规范性文件")),
        Block("五", ("上一年项目数量", "本年增/减", "处理决定数量"), ("行政许可", "其他对外管理服务事项"),
              signed=("本年增/减",)),
        Block("六", ("上一年项目数量", "本年增/减", "处理决定数量"), ("行政处罚", "行政强制"),
              signed=("本年增/减",)),
        Block("八", ("上一年项目数量", "本年增/减"), ("行政事业性收费",), signed=("本年增/减",)),
        Block("九", ("采购项目数量", "采购总金额"), ("政府集中采购",), money=("采购总金额",)),
    ),
    "2021": (
        Block("一", ("本年制发件数", "本年废止件数", "现行有效件数"), ("规章", "行政规范性文件")),
        Block("五", ("本年处理决定数量",), ("行政许可",)),
        Block("六", ("本年处理决定数量",), ("行政处罚", "行政强制")),
        Block("八", ("本年收费金额（单位：万元）",), ("行政事业性收费",), money=("本年收费金额（单位：万元）",)),
    ),
}
# the words that tell the two formats' columns apart (normalised)
DISCLOSURE_COLUMN_WORDS = {
    "本年新制作数量": "2019", "本年新公开数量": "2019", "对外公开总数量": "2019",
    "上一年项目数量": "2019", "本年增/减": "2019", "采购项目数量": "2019", "采购总金额": "2019",
    "本年制发件数": "2021", "本年废止件数": "2021", "现行有效件数": "2021",
    "本年处理决定数量": "2021", "本年收费金额": "2021",
}
# 处理决定数量 belongs to 2019 unless it is 本年处理决定数量 (checked after the longer words)
DISCLOSURE_ROWS = (
    ("规章", re.compile(r"^规章")),
    ("规范性文件", re.compile(r"规范性文件")),
    ("行政许可", re.compile(r"^行政许可")),
    ("其他对外管理服务事项", re.compile(r"对外管理服务")),
    ("行政处罚", re.compile(r"^行政处罚")),
    ("行政强制", re.compile(r"^行政强制")),
    ("行政事业性收费", re.compile(r"事业性收费")),
    ("政府集中采购", re.compile(r"集中采购")),
)

# ── the pre-2019 统计表 ─────────────────────────────────────────────────────


@dataclass(frozen=True)
class Partition:
    """A parent indicator that the old form splits into sub-items.  ``children``
    is how the sub-items are numbered ("item" 1. | "paren" （一） | "其中");
    ``exhaustive`` None means: exhaustive when a sub-item is 其他/其它."""

    name: str
    pattern: re.Pattern
    children: str
    exhaustive: bool | None = True


STATISTICS_PARTITIONS = (
    Partition("收到申请数", re.compile(r"收到申请数|申请总数"), "item", exhaustive=None),
    Partition("申请办结数", re.compile(r"申请办结数"), "item"),
    Partition("申请答复数", re.compile(r"申请答复数|答复总数"), "item"),
    Partition("不同意公开答复数", re.compile(r"不同意公开答复数"), "其中"),
    Partition("行政复议数量", re.compile(r"^行政复议数"), "paren"),
    Partition("行政诉讼数量", re.compile(r"^行政诉讼数"), "paren"),
    Partition("被举报投诉数量", re.compile(r"举报投诉数"), "paren"),
    Partition("报送信息数", re.compile(r"报送信息数"), "paren"),
    Partition("从事政府信息公开工作人员数", re.compile(r"工作人员数"), "item"),
)
STATISTICS_UNITS = frozenset({"条", "件", "次", "人", "个", "篇", "万元", "元", "人次", "项", "家", "期", "%"})
