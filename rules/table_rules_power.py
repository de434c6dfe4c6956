"""县级、乡镇的报告在表二“规章”行填了非零的数字。

## 它检查什么
表二第二十条第（一）项“规章”一行（2019 年格式：本年新制作、本年新公开、对外公开总数量；
2021 年格式：本年制发、本年废止、现行有效件数）。规章只能由国务院部门和省、自治区、
直辖市、设区的市、自治州人民政府制定（《立法法》）；县、区、乡镇、街道的机关和政府
没有规章制定权，这一行应为 0。机关层级从报告标题或落款中的机关名称判断；没有机关名称时，
看正文怎样自称（“我镇”“本乡”“我街道”是乡镇，“我县”是县级）；都判断不出时不检查。

## 为什么重要
县乡机关填出“规章”数量，多半是把规范性文件或上级的规章错填进了这一行，
也可能是照抄了上级机关的表格。

## 示例
```
××镇人民政府
规章	0	0	6
```

## 应写作
```
规章	0	0	0
```
（本机关的行政规范性文件填在下一行。）
"""

from govlint import Finding, format_number as number, hookimpl

CODE = "T302"
NAME = "rules-below-city-level"
SEVERITY = "warning"

_LEVEL = {"county": "县级", "township": "乡镇（街道）"}


@hookimpl
def govlint_check(document):
    agency = document.agency
    if agency is not None and agency.level is not None:
        level, who, who_en = agency.level, agency.name, agency.name
    else:
        level, word = document.self_level or (None, None)
        who, who_en = f"自称“{word}”的本机关", f"the body that calls itself “{word}”"
    if level not in _LEVEL:
        return
    grid = document.tables.table("二")
    if grid is None or grid.row("规章") is None:
        return
    filled = [cell for cell in grid.row("规章").cells if cell.number]
    if not filled:
        return
    cell = filled[-1]
    yield Finding(cell.span,
                  f"表二“规章”行“{cell.column}”为 {number(cell.number)}，而{who}是{_LEVEL[level]}机关，"
                  f"没有规章制定权（规章由国务院部门和省级、设区的市级人民政府制定），这一行应为 0",
                  f"table 2: {who_en} is a {level}-level body and cannot make 规章, "
                  f"yet “{cell.column}” is {number(cell.number)}")
