"""一句话写完了却没有句号：段落末尾没有句末标点，或者两句话连在了一起。

## 它检查什么
- 一段正文（或标题后同一行的正文）最后一句以文字结束，没有“。”“；”“：”等句末标点，
  不论后面接的是标题、另一段、表格还是落款；以右括号、右引号、书名号结束而里面也没有句号的
  （“……（以下简称《条例》）”）同样报告；
- 一段话中间，一句话已经说完，下一句紧接着开始，中间没有任何标点。判断看接口两边：
  前一句以只能收尾的说法结束（“报告如下”“如下表所示”“以……为准”“由……部分组成”）、以数量结束
  （“公开信息120条”）、以不带宾语的动词结束（“均已办结”“予以公开”）或以“等”结束；后一句以
  开句的说法开头：时间（“全年”“本年度”“截至”“2022年”）、新的主语（“我局”“本机关”“各部门”）、
  承接语（“其中”“此外，”“下一步，”）、条目编号（“一、”“（一）”“一是”）。收尾越确定，
  开头要求越低；“此外，”“下一步，”这类只能开句的说法，紧跟在任何词语后面都报告；
  同一段里已经有“一是”“（一）”“一、”“1.”（或这段正文就在“（一）”标题之下），后面的“二是”
  “（二）”“二、”“2.”直接接在词语后面的也报告；“第二十条（二）”“附件2.”这类引用不算。
  同一句里这些词正常相连的不报告（“现将……公布如下：”“全年共……，其中……”“采取如下措施”
  “完成全年任务”“公布我局年度报告”“由……组成的专班”）。
- 标题写完没有句号，正文接了上来，接口处是带逗号的开句说法（“一、总体情况2022年，我局……”
  “（二）依申请公开此外，……”）：标题是不带逗号的短名称，以任何词语结束都可以，
  所以不需要收尾语；标题本身就是一句话的（“（三）进入2023年，……”）不算。

只检查像正文的段落（段中有逗号或句号）。不报告：以数字或“余”“多”结尾的（数量没有写完，
属于句子不完整）；文件最后一段（可能被截断）；没有句号、带冒号的栏目行（“单位名称：……，联系人：……”）；
下一段明显接着同一句话的（段落被断开，由 L104 报告）；标题之前的网页栏目。
一段话在句子中间换行（Word、PDF 的硬换行：行末没有句末标点，下一行紧接着写，不是标题、表格、
“一是”“（一）”这类新条目或落款）时，几行算作一段，只在这一段真正的结尾检查一次；在句子中间
硬换行的文件（PDF 导出，至少三分之一的行末没有标点）里，紧接下一行的段落不报告。

## 为什么重要
缺少句末标点是排版疏漏，读者分不清一句话在哪里结束，也会怀疑后面的内容被删掉了。

## 示例
```
（二）依申请公开。2021年，我局未收到政府信息公开申请
（三）政府信息管理。……
现将有关情况报告如下全年共收到政府信息公开申请3件其中当面申请1件。
```

## 应写作
```
（二）依申请公开。2021年，我局未收到政府信息公开申请。
现将有关情况报告如下：全年共收到政府信息公开申请3件，其中当面申请1件。
```

## 修复
在段末补上句号不改变意思，可以自动修复；两句话连在一起的，消息里给出应补的标点，但句号、冒号还是逗号要看上下文，只报告不修复。
"""

from govlint import (
    Finding, Fix, Heading, NEW_ITEM, OPENER, Paragraph, continues, heading_item, hookimpl,
    is_running_text, junctions, missing_end, title_junctions,
)

CODE = "L105"
NAME = "missing-full-stop"
SEVERITY = "warning"
FIXABLE = True   # offers a fix that --fix applies

_SHORTEST = 15


def _field_line(raw: str) -> bool:
    """A line of "label：value" fields, which takes no full stop."""
    return "。" not in raw and ("：" in raw or ":" in raw)


def _new_sentence_follows(document, paragraph) -> bool:
    """Whether what follows ``paragraph`` starts something new, so that it had to end."""
    after = paragraph.after
    if not isinstance(after, Paragraph):
        return True                     # a heading, a table, the signature
    tail = after.text.raw.lstrip(" \u3000")
    if continues(paragraph.text.raw, tail):
        return False                    # one sentence cut by a blank line (L104's)
    between = document.report.text[paragraph.blocks[-1].span.end:after.span.start]
    if between.count("\n") >= 2:
        return True                     # a blank line: a paragraph of its own
    # the next line did not carry the paragraph on: only a clear new start counts, and
    # none in a file that wraps its lines inside sentences
    return not document.hard_wrapped and bool(NEW_ITEM.match(tail) or OPENER.match(tail))


def _prose_in_items(report):
    """Every paragraph and run-in body with the marker of the heading it belongs to (a glued
    "（二）" in the body of "（一）" starts the next item); heading titles are read apart."""
    for block in report.blocks:
        if isinstance(block, Paragraph):
            yield block.text, None
        elif isinstance(block, Heading) and block.body is not None:
            yield block.body, heading_item(block)


@hookimpl
def govlint_check(document):
    blocks = document.report.blocks
    first_heading = next((b.span.start for b in blocks if isinstance(b, Heading)), 0)
    for paragraph in document.paragraphs:
        if paragraph.after is None:
            continue                    # the file's last text may be cut off
        text = paragraph.text
        raw = text.raw
        if paragraph.blocks[0].span.start < first_heading and "。" not in raw:
            continue                    # web-page furniture before the report
        if len(raw) < _SHORTEST or not is_running_text(raw) or _field_line(raw):
            continue
        at = missing_end(raw)
        if at is None or not _new_sentence_follows(document, paragraph):
            continue
        end = text.sub(at, at + 1)
        yield Finding(end, "段落结尾缺少句号", "the paragraph does not end with a full stop",
                      fix=Fix(end.end, end.end, "。") if text.placed else None)
    for heading in (b for b in blocks if isinstance(b, Heading)):
        for junction in title_junctions(heading):
            at = junction.at
            yield Finding(heading.title.sub(at - 1, at + 1),
                          f"标题与正文连在了一起：标题“…{junction.closing}”与正文“{junction.opening}…”之间缺少句号",
                          f"the heading runs into its body: a full stop is missing between "
                          f"“…{junction.closing}” and “{junction.opening}…”")
    for text, item in _prose_in_items(document.report):
        for junction in junctions(text.raw, item):
            at = junction.at
            yield Finding(text.sub(at - 1, at + 1),
                          f"两句话连在了一起：“…{junction.closing}”与“{junction.opening}…”之间缺少{junction.mark_name}",
                          f"two sentences run together: a {junction.mark_name_en} is missing between "
                          f"“…{junction.closing}” and “{junction.opening}…”")
