"""一句话写完了却没有句号：段落末尾没有句末标点，或者两句话连在了一起。

## 它检查什么
- 一段正文（或标题后同一行的正文）最后一句以文字结束，没有“。”“；”“：”等句末标点，
  不论后面接的是标题、另一段、表格还是落款；以右括号、右引号、书名号结束而里面也没有句号的
  （“……（以下简称《条例》）”）同样报告；
- 一段话中间，一句以“报告如下”“公布如下”“由……部分组成”这类收尾语结束的话，
  紧接着另一句话，中间没有标点（“现将有关情况报告如下全年共收到……”）；一句以数量结束的话
  紧接着以年份开头的另一句（“……主动公开信息120条2022年我局……”）。

只检查像正文的段落（段中有逗号或句号）。不报告：以数字或“余”“多”结尾的（数量没有写完，
属于句子不完整）；文件最后一段（可能被截断）；没有句号、带冒号的栏目行（“单位名称：……，联系人：……”）；
下一段明显接着同一句话的（段落被断开，由 L104 报告；PDF 硬换行）；在句子中间硬换行的文件
（PDF 导出，至少三分之一的行末没有标点）里紧接下一行的段落；标题之前的网页栏目。

## 为什么重要
缺少句末标点是排版疏漏，读者分不清一句话在哪里结束，也会怀疑后面的内容被删掉了。

## 示例
```
（二）依申请公开。2021年，我局未收到政府信息公开申请
（三）政府信息管理。……
现将有关情况报告如下全年共收到政府信息公开申请3件。
```

## 应写作
```
（二）依申请公开。2021年，我局未收到政府信息公开申请。
现将有关情况报告如下：全年共收到政府信息公开申请3件。
```

## 修复
在段末补上句号不改变意思，可以自动修复；两句话连在一起的，不确定该用句号还是冒号，只报告。
"""

from govlint import Finding, Fix, hookimpl
from govlint.model.boundaries import NEW_ITEM, OPENER, continues, missing_end, run_together
from govlint.syntax.nodes import Heading, Paragraph
from govlint.model.prose import is_running_text

CODE = "L105"
NAME = "missing-full-stop"
SEVERITY = "warning"
FIXABLE = True   # offers a fix that --fix applies

_SHORTEST = 15


def _body(block):
    if isinstance(block, Paragraph):
        return block.text
    if isinstance(block, Heading):
        return block.body
    return None


def _field_line(raw: str) -> bool:
    """A line of "label：value" fields, which takes no full stop."""
    return "。" not in raw and ("：" in raw or ":" in raw)


def _hard_wrapped(report) -> bool:
    """Whether the file breaks its lines inside sentences (a PDF export): of the paragraphs
    followed by another on the next line, at least three and a third end without a stop."""
    pairs = open_ended = 0
    for before, after, between in report.gaps():
        if isinstance(before, Paragraph) and isinstance(after, Paragraph) and between == "\n":
            pairs += 1
            open_ended += missing_end(before.text.raw) is not None
    return open_ended >= 3 and open_ended * 3 >= pairs


def _new_sentence_follows(report, block, after, hard_wrapped: bool) -> bool:
    """Whether what follows ``block`` starts something new, so that ``block`` had to end."""
    if not isinstance(after, Paragraph):
        return True                     # a heading, a table, the signature
    tail = after.text.raw.lstrip(" \u3000")
    if continues(_body(block).raw, tail):
        return False                    # one sentence cut by a line break
    between = report.text[block.span.end:after.span.start]
    if between.count("\n") >= 2:
        return True                     # a blank line: a paragraph of its own
    # a single line break may be a line the exporter wrapped: only a clear new start counts,
    # and none in a file that wraps its lines inside sentences
    return not hard_wrapped and bool(NEW_ITEM.match(tail) or OPENER.match(tail))


@hookimpl
def govlint_check(report):
    blocks = report.blocks
    hard_wrapped = _hard_wrapped(report)
    first_heading = next((b.span.start for b in blocks if isinstance(b, Heading)), 0)
    for block, after in zip(blocks, blocks[1:]):
        text = _body(block)
        if text is None:
            continue
        raw = text.raw
        if block.span.start < first_heading and "。" not in raw:
            continue                    # web-page furniture before the report
        if len(raw) < _SHORTEST or not is_running_text(raw) or _field_line(raw):
            continue
        at = missing_end(raw)
        if at is None or not _new_sentence_follows(report, block, after, hard_wrapped):
            continue
        end = text.sub(at, at + 1)
        yield Finding(end, "段落结尾缺少句号", "the paragraph does not end with a full stop",
                      fix=Fix(end.end, end.end, "。") if end != text.span else None)
    for text in report.prose():
        for at in run_together(text.raw):
            yield Finding(text.sub(at - 1, at + 1),
                          f"两句话连在了一起：“…{text.raw[max(0, at - 6):at]}”之后缺少句号或冒号",
                          "two sentences run together without a stop")
