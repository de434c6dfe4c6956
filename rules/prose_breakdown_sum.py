"""正文中列出的分项与总数不符。

## 它检查什么
正文先给出一个总数，再列出它的分项——无论用“其中”“包括”“含”“分别为”“主要是”、冒号还是括号
引出，分项写在同一句还是下一句，总数和“其中”之间隔着一个不含数字的分句也一样
（“共收到申请52件，内容主要涉及征地拆迁。其中，当面申请20件、网络申请30件”）：
- 同一单位的分项之和**大于**总数，报告错误；
- 分项写明是全部——列到了“其他”一项（“其他”在标签里的任何位置：“以其他方式公开12条”）、
  用“分别为”引出、列全了总数前面点名的各个类别（“人大建议、政协提案共21件，其中……”），
  或列全了“自然人／法人或其他组织”两类申请人——分项之和却**不等于**总数，报告错误。

分项列表到分句的边界为止（句号、分号，或以“均已办结”“同比增长”“累计浏览”“收到留言”这类另一项指标
开头的分句）；标签中间的副词不截断列表。分项先凑满总数、接着又按另一种口径列举
（“其中自然人8件、法人2件，网上7件、信函3件”）时，每一种口径分别核对。
列表另起一句（或隔着分句）、前一句有几个同单位的数时，分项可能是其中任何一个数的分解，
只有超过每一个数时才报告。只列了一部分的（分项之和小于总数，又没有写明是全部）不报告
（总数前面写着“各类”“全部”而列表没有交代其余部分的，由 P107 提示）；
带“约”“余”“多”“近”“以上”的近似数不参加计算。

分项可以重叠的，只有正文自己说明了重叠时才不报告“大于”（“同时在政务微信发布”“一件多渠道”
“重复统计”“部分信息同时归入两类”）；“同时，”这样承上启下的连词不算。分项全是发布渠道的
（“通过门户网站4100条，通过政务微信2300条”）也一样核对：统计口径规定“不同渠道和方式公开相同
信息计1条”，各渠道的数可以加起来超过总数，但正文不说明，读者只看到对不上的数字，所以照样报告，
并在消息里提示说明重复。单位不同的分项（“征集调查16期”之于“信息2698条”）不参加相加，
这时也不再要求分项之和等于总数。
中文数字（十二件、两千余条）同样读取。

## 为什么重要
总数和分项是读者核对数据的第一步，对不上的数字让整份报告失去可信度，也常常说明
某个分项抄错或漏写。

## 示例
```
全年发布信息300条，其中工作动态120条、通知公告150条、政策解读60条。
建议、提案共15件，其中建议6件，提案7件。
共收到申请5件，分别为网上申请2件、信函申请2件。
```

## 应写作
```
全年发布信息330条，其中工作动态120条、通知公告150条、政策解读60条。
建议、提案共13件，其中建议6件，提案7件。
共收到申请4件，分别为网上申请2件、信函申请2件。
```
"""

from govlint import Finding, above, format_number as _fmt, hookimpl, same_value

CODE = "P101"
NAME = "breakdown-sum"
SEVERITY = "error"

_WHY = {
    "categories": ("分项已列全总数的各个类别", "the parts name every category of the total"),
    "other": ("分项中已有“其他”一项", "the parts include an 'other' bucket"),
    "respectively": ("分项用“分别为”列出，应是全部", "the parts are given 'respectively', so they are all of it"),
    "applicants": ("分项已列全自然人和法人或其他组织两类申请人", "the parts name both kinds of applicant"),
}

# channels may hold the same item: the writer should say so, or correct the figures
_CHANNEL_HINT = ("（同一信息在几个渠道发布、分项有重复的，应在正文中说明）",
                 " (if one item went out on several channels, the text should say the parts overlap)")


@hookimpl
def govlint_check(document):
    for text, item in document.breakdowns:
        total, parts = item.total, item.same_unit_parts
        if total.approx or not parts or any(p.approx for p in parts):
            continue
        unit = total.unit
        cuts = item.cuts()
        if any(not above(sum(p.value for p in cuts[0]), other.value)
               for other in item.alternatives if not other.approx):
            continue    # the list may break down another figure of the sentence before
        if item.overlap:
            continue    # the text says the parts overlap
        over = next((cut for cut in cuts if above(sum(p.value for p in cut), total.value)), None)
        if over is not None:
            added = sum(p.value for p in over)
            terms = " + ".join(_fmt(p.value) for p in over)
            # name the largest figure the list may break down: it exceeds even that one
            largest = max((total, *(c for c in item.alternatives if not c.approx)), key=lambda c: c.value)
            hint, hint_en = _CHANNEL_HINT if item.channels else ("", "")
            yield Finding(text.sub(total.num_start, over[-1].end),
                          f"分项之和大于总数：{terms} = {_fmt(added)}{unit}，超过总数 {_fmt(largest.value)}{unit}{hint}",
                          f"the parts add up to more than the total: {terms} = {_fmt(added)} > "
                          f"{_fmt(largest.value)}{hint_en}")
            continue
        added = sum(p.value for p in parts)
        if item.complete and not item.other_units and len(cuts) == 1 and not same_value(added, total.value):
            terms = " + ".join(_fmt(p.value) for p in parts)
            why, why_en = _WHY[item.complete]
            yield Finding(text.sub(total.num_start, parts[-1].end),
                          f"分项之和与总数不符：{terms} = {_fmt(added)}{unit}，总数为 {_fmt(total.value)}{unit}（{why}）",
                          f"the parts do not add up to the total: {terms} = {_fmt(added)} ≠ {_fmt(total.value)} ({why_en})")
