"""导语说“由……等六部分组成”，列出的部分却不是六个。

## 它检查什么
报告开头介绍全文结构的句子（“本报告由总体情况、……、其他需要报告的事项等六部分组成”
“全文包括……四个部分”“主要从……六个方面”）所说的部分数，与句中实际列出的部分数不一致。
一个部分的名称里本身带顿号时（“政府信息公开行政复议、行政诉讼情况”）按一个部分计。
列举之后、数字之前的“共”“总共”“合计”“等”（“……其他需要报告的事项，共六个部分”）不算一个部分。
没有写数字的介绍（“全文包括……等。”）不检查。

## 为什么重要
结构介绍是读者看到的第一句话，数目对不上往往说明导语是从别的报告（或旧格式）
抄来没有改，或者漏写了某一部分。

## 示例
```
本报告由总体情况、主动公开政府信息情况、存在的主要问题及改进情况等四部分组成。
```

## 应写作
```
本报告由总体情况、主动公开政府信息情况、存在的主要问题及改进情况等三部分组成。
```
"""

import re

from govlint import Finding, hookimpl
from govlint.numerals import cn_to_int, to_halfwidth

CODE = "P103"
NAME = "part-count"
SEVERITY = "warning"

# "……等六部分组成" / "6个部分" / "六大部分" / "六个方面"
_COUNT = re.compile(r"(?P<etc>等)?(?P<n>[一二三四五六七八九十]|[0-9０-９]{1,2})\s*(?:个|大)?\s*(?:部分|方面)")
# where the list of parts starts
_OPEN = re.compile(r"(?:包括|包含|分为|分成|由|从)[:：]?")
_SPLIT = re.compile(r"[、，,；;]|(?<=情况|事项)(?:和|及|以及|与)")
# what may stand between the last part and the count: "……其他需要报告的事项，共六个部分"
_TOTAL_WORD = re.compile(r"(?:[、，,；;\s]+(?:全文|本报告|以上)?(?:总共|一共|共计|合计|共有|共|等)?"
                         r"|(?:总共|一共|共计|合计|共有|共|等))\s*$")
# what the name of a part ends with; a piece that ends otherwise runs on into the next piece
# ("政府信息公开行政复议、行政诉讼情况")
_PART_END = re.compile(r"(?:情况|事项|概述|附表|内容|问题|措施|思路|思考|建议|说明|计划|安排|统计表|表|部分|目标|工作)$")


def parts_of(listing: str) -> list[str]:
    """The names in a list of parts, a name that carries 、 kept whole."""
    total_word = _TOTAL_WORD.search(listing)
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


@hookimpl
def govlint_check(report):
    for text in report.prose():
        raw = text.raw
        for match in _COUNT.finditer(raw):
            stated = match["n"]
            number = int(to_halfwidth(stated)) if stated[0].isdigit() or to_halfwidth(stated).isdigit() \
                else cn_to_int(stated)
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
            if len(parts) < 2 or len(parts) == number:
                continue
            yield Finding(text.sub(match.start("n"), match.end()),
                          f"导语说全文共{stated}部分，实际列出了{len(parts)}个部分：" + "；".join(parts),
                          f"the introduction announces {number} parts but lists {len(parts)}")
