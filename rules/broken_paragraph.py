"""一段话被空行从句子中间甚至词语中间断开：“……做好依申请公开” / 空行 / “答复工作。”。

## 它检查什么
一个段落没有以句末标点（。！？；：等）结束，紧接着空行之后的下一段又直接接着说下去
（以汉字或逗号开头，不是标题、表格或“一是”“（一）”这类新条目）。前一段必须像一段正文
（有逗号或句号），标题式的短行、表名、“单位名称：……”这样的栏目行不算。

## 为什么重要
从 PDF 或网页转换时常把一段话拆成两段，读者会以为前一句没写完；在词语中间断开
（“提高政务公” / “开业务水平”）更是读不通。

## 示例
```
建立健全信息公开申请工作制度，依法依规做好依申请公开

答复工作。2019年共受理信息公开申请1件。
```

## 应写作
```
建立健全信息公开申请工作制度，依法依规做好依申请公开答复工作。2019年共受理信息公开申请1件。
```

## 修复
删去两段之间的换行和空行，把两段接回一段，不改变意思。
"""

import re

from govlint import Finding, Fix, hookimpl
from govlint.nodes import Paragraph
from govlint.prose import is_cjk

CODE = "L104"
NAME = "broken-paragraph"
SEVERITY = "warning"

_ENDS = set("。！？!?；;：:…”’」』》）)】〕")
_NEW_ITEM = re.compile(r"^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．]|"
                       r"第[一二三四五六七八九十]|附件|附表|注[:：]|[•·●■◆※★-])")
_PROSE = re.compile(r"[，,。]")


@hookimpl
def govlint_check(report):
    blocks = report.blocks
    for before, after in zip(blocks, blocks[1:]):
        if not (isinstance(before, Paragraph) and isinstance(after, Paragraph)):
            continue
        head, tail = before.text.raw, after.text.raw
        if not head or not tail or head[-1] in _ENDS or len(head) < 12 or not _PROSE.search(head):
            continue
        if not (is_cjk(head[-1]) or head[-1].isdigit()) or not (is_cjk(tail[0]) or tail[0] in "，,、"):
            continue
        if _NEW_ITEM.match(tail) or not _PROSE.search(tail[:60]):
            continue
        gap = report.text[before.text.span.end:after.text.span.start]
        if gap.count("\n") < 2:
            continue        # not separated by a blank line
        yield Finding(before.text.sub(len(head) - 1, len(head)).cover(after.text.sub(0, 1)),
                      f"段落在句子中间断开：“…{head[-8:]}”与下一段“{tail[:8]}…”之间多了空行",
                      "a paragraph is broken mid-sentence across a blank line",
                      fix=Fix(before.text.span.end, after.text.span.start, ""))
