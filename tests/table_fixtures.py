"""Synthetic standard tables written in the layouts real reports use.

Only the template's own labels (a public standard) are used; no report text.
"""

from __future__ import annotations

from govlint.model.tables import vocabulary as t
HEAD = "青川市农业农村局\n{year}年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
HEADER_CELLS = [NOTE, "申请人情况", "自然人", "法人或其他组织", "总计",
                "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
TAIL = "四、政府信息公开行政复议、行政诉讼情况\n本年度无。\n"


def consistent_values(items: dict[str, list[int]], carried_in: list[int], variant: str = "2021"):
    """A table 三 that satisfies every identity: ``items`` gives the applicant
    columns of outcome rows; totals, （七）, 一 and 四 follow from them."""
    order = t.application_order(variant)
    outcomes = [k for k in order if k not in ("一", "二", "三(七)", "四")]
    rows = {}
    for key in outcomes:
        parts = items.get(key, [0] * 6)
        rows[key] = parts + [sum(parts)]
    seven = [sum(rows[k][c] for k in outcomes) for c in range(7)]
    rows["三(七)"] = seven
    rows["二"] = carried_in + [sum(carried_in)]
    carry_out = [min(seven[c], 1) if c < 6 else 0 for c in range(7)]
    carry_out[6] = sum(carry_out[:6])
    rows["四"] = carry_out
    rows["一"] = [seven[c] + carry_out[c] - rows["二"][c] for c in range(7)]
    return rows


def _label_cells(key: str) -> list[str]:
    spec = t.ROW_SPECS[key]
    if spec.level == "top":
        return [spec.label]
    if spec.level == "paren":
        return (["三、本年度办理结果"] if key == "三(一)" else []) + [spec.label]
    group = t.ROW_SPECS[spec.group]
    return ([group.label] if spec.number == 1 else []) + [spec.label]


def render(rows: dict[str, list], layout: str, variant: str = "2021", year: int = 2021,
           spaced: bool = False) -> str:
    """Table 三 as text: "tabs", "cell_lines", "bare_lines", "pipe_cells", "pipe_end", "pipes"."""
    body: list[str] = []
    keys = [k for k in t.application_order(variant) if k in rows]
    def word(text):
        return " ".join(text) if spaced and len(text) <= 8 and not text.isdigit() else text
    if layout == "tabs":
        body += [NOTE + "\t\t申请人情况", "\t\t自然人\t法人或其他组织\t\t\t\t\t总计",
                 "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t"]
        for key in keys:
            labels = _label_cells(key)
            pad = [""] * (3 - len(labels)) if t.ROW_SPECS[key].level != "item" or len(labels) == 1 else [""]
            lead = [""] if t.ROW_SPECS[key].level == "item" and len(labels) == 1 else []
            cells = lead + [word(x) for x in labels] + ([""] if t.ROW_SPECS[key].level == "top" else [])
            body.append("\t".join(cells + [str(v) for v in rows[key]]))
        del pad
    elif layout == "cell_lines":
        body.append("\t" + NOTE)
        body.append("\t申请人情况")
        body.append("")
        for key in keys:
            for cell in _label_cells(key) + [str(v) for v in rows[key]]:
                body.append("\t" + word(cell))
            body.append("")
    elif layout == "bare_lines":
        for cell in HEADER_CELLS:
            body += [cell, ""]
        for key in keys:
            for cell in _label_cells(key) + [str(v) for v in rows[key]]:
                body += [word(cell), ""]
    elif layout == "pipe_cells":
        for cell in HEADER_CELLS:
            body += [cell, "|"]
        for key in keys:
            for cell in _label_cells(key) + [str(v) for v in rows[key]]:
                body += [word(cell), "|"]
    elif layout == "pipe_end":
        body += ["|"] + [cell + " |" for cell in HEADER_CELLS]
        for key in keys:
            body.append("|")
            body += [f"{cell} |" for cell in _label_cells(key) + [str(v) for v in rows[key]]]
    elif layout == "pipes":
        body.append("| " + NOTE + " | 申请人情况 |")
        body.append("| 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |")
        for key in keys:
            body.append("| " + " | ".join(_label_cells(key) + [str(v) for v in rows[key]]) + " |")
    else:  # pragma: no cover
        raise ValueError(layout)
    return HEAD.format(year=year) + "\n".join(body) + "\n" + TAIL


def review_table(values: list, year: int = 2021) -> str:
    return (f"青川市农业农村局\n{year}年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n"
            "行政复议\t\t\t\t\t行政诉讼\n"
            "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\n"
            "\t\t\t\t\t" + "\t".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2) + "\n"
            + "\t".join(str(v) for v in values) + "\n五、存在的主要问题及改进情况\n无。\n")
