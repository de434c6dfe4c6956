"""一段话被空行从句子中间甚至词语中间断开：“……做好依申请公开” / 空行 / “答复工作。”。

## 它检查什么
一个段落没有以句末标点（。！？；：等）结束，空行之后的下一段又明显是在接着说同一句话：
下一段以逗号、顿号或“的”这类不能开头的字起头；或者前一段停在句子不能停的地方——括号、
引号没有关上，或停在“的”“和”“对”这类虚词上；或者下一段的第一个分句只有几个字
（“答复工作。”“开业务水平，”），或者前一段停在“清理”“发布”这类缺了宾语的动词上——这两种
情况下一段还不能以“下一步”“同时”“2020年”“我局”这类能开始新句子的说法起头。下一段
也不能是标题、表格或“一是”“（一）”这类新条目。前一段必须像一段正文（有逗号或句号），
标题式的短行、表名、“单位名称：……”这样的栏目行不算；前一段停在一个带单位的数字上
（“……主动公开信息120条”）、下一段又是一句完整的话时，是漏了句号，不是断段，不报告。

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
删去两段之间的换行和空行，把两段接回一段。只在接缝处是汉字、下一段明显接着上一段的
句子时才提供修复；接缝处是数字时只报告，不修复（数字从不改写）。
"""

from govlint import (
    CARRIES_ON, Finding, Fix, NEW_ITEM, Paragraph, continues, hookimpl, is_cjk, is_running_text,
)

CODE = "L104"
NAME = "broken-paragraph"
SEVERITY = "warning"
FIXABLE = True   # offers a fix that --fix applies

_ENDS = set("。！？!?；;：:…”’」』》）)】〕")


@hookimpl
def govlint_check(report):
    for before, after, between in report.gaps():
        if not (isinstance(before, Paragraph) and isinstance(after, Paragraph)) or between.count("\n") < 2:
            continue        # only paragraphs separated by a blank line
        head, tail = before.text.raw, after.text.raw
        if not head or not tail or head[-1] in _ENDS or len(head) < 12 or not is_running_text(head):
            continue
        if not (is_cjk(head[-1]) or head[-1].isdigit()) or not (is_cjk(tail[0]) or tail[0] in CARRIES_ON):
            continue
        if NEW_ITEM.match(tail) or not is_running_text(tail[:60]) or not continues(head, tail):
            continue
        fix = Fix(before.text.span.end, after.text.span.start, "") if is_cjk(head[-1]) else None
        yield Finding(before.text.sub(len(head) - 1, len(head)).cover(after.text.sub(0, 1)),
                      f"段落在句子中间断开：“…{head[-8:]}”与下一段“{tail[:8]}…”之间多了空行",
                      "a paragraph is broken mid-sentence across a blank line", fix=fix)
