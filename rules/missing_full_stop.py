"""一段正文写完了却没有句号：“……确保政府信息公开内容准确无误”之后直接是下一个标题。

## 它检查什么
一段正文（或标题后同一行的正文）以汉字结束，没有“。”等句末标点，而紧接着的是下一个标题。
只检查像正文的段落（段中有逗号或句号）；以数字或“余”“多”结尾的（数量没有写完，
属于句子不完整）和文件最后一段不报告。

## 为什么重要
缺少句末标点是排版疏漏，也会让人怀疑后面的内容被删掉了。

## 示例
```
（二）依申请公开。2021年，我局未收到政府信息公开申请
（三）政府信息管理。……
```

## 应写作
```
（二）依申请公开。2021年，我局未收到政府信息公开申请。
```

## 修复
在段末补上句号不改变意思，可以自动修复。
"""

from govlint import Finding, Fix, hookimpl
from govlint.nodes import Heading, Paragraph
from govlint.prose import is_cjk, is_running_text

CODE = "L105"
NAME = "missing-full-stop"
SEVERITY = "warning"
FIXABLE = True   # offers a fix that --fix applies


def _body(block):
    if isinstance(block, Paragraph):
        return block.text
    if isinstance(block, Heading):
        return block.body
    return None


@hookimpl
def govlint_check(report):
    blocks = report.blocks
    for block, after in zip(blocks, blocks[1:]):
        text = _body(block)
        if text is None or not isinstance(after, Heading):
            continue
        raw = text.raw
        if len(raw) < 15 or not is_running_text(raw) or not is_cjk(raw[-1]) or raw[-1] in "余多":
            continue
        end = text.sub(len(raw) - 1, len(raw))
        yield Finding(end, "段落结尾缺少句号", "the paragraph does not end with a full stop",
                      fix=Fix(end.end, end.end, "。") if end != text.span else None)
