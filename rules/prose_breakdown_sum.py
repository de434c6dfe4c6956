"""正文中“其中”列出的分项与总数不符。

## 它检查什么
“共N条（件、篇…），其中a条、b条、c条”这样的分项列举：
- 同一单位的分项之和**大于**总数，报告错误；
- 分项列全了总数的各个类别（“人大建议、政协提案共21件，其中人大建议6件……政协提案12件”），
  或者列到了“其他”一项，分项之和却**不等于**总数，报告错误。

“其中”另起一句、前一句有几个同单位的数（“新收219件，办结218件。其中……”）时，
分项可能是其中任何一个数的分解，只有超过每一个数时才报告。
只列了一部分的“其中”（分项之和小于总数，又没有列全）不报告；带“约”“余”“多”“近”“以上”
的近似数不参加计算；
按发布渠道列举的分项（“通过门户网站4100条，通过政务微信2300条”）可以互相重叠——同一条信息
在几个渠道发布，总数只计一次——只检查每一项不超过总数；单位不同的分项（“征集调查16期”之于“信息2698条”）不参加相加，
并且这时不再要求分项之和等于总数。中文数字（十二件、两千余条）同样读取。

## 为什么重要
总数和分项是读者核对数据的第一步，对不上的数字让整份报告失去可信度，也常常说明
某个分项抄错或漏写。

## 示例
```
全年发布信息300条，其中工作动态120条、通知公告150条、政策解读60条。
建议、提案共15件，其中建议6件，提案7件。
```

## 应写作
```
全年发布信息330条，其中工作动态120条、通知公告150条、政策解读60条。
建议、提案共13件，其中建议6件，提案7件。
```
"""

from govlint import Finding, hookimpl
from govlint.prose import breakdowns
from govlint.numerals import format_number

CODE = "P101"
NAME = "breakdown-sum"
SEVERITY = "error"


_fmt = format_number


@hookimpl
def govlint_check(report):
    for text in report.prose():
        for item in breakdowns(text.raw):
            total, parts = item.total, item.same_unit_parts
            if total.approx or not parts or any(p.approx for p in parts):
                continue
            added = sum(p.value for p in parts)
            if any(added <= other.value for other in item.alternatives if not other.approx):
                continue    # the list may break down another figure of the sentence before
            terms = " + ".join(_fmt(p.value) for p in parts)
            unit = total.unit
            span = text.sub(total.num_start, parts[-1].end)
            if item.channels:
                # channels overlap: each may hold at most the total, their sum may hold more
                for part in parts:
                    if part.value > total.value:
                        yield Finding(text.sub(total.num_start, part.end),
                                      f"分项大于总数：{_fmt(part.value)}{unit}超过总数 {_fmt(total.value)}{unit}",
                                      f"a part is larger than the total: {_fmt(part.value)} > {_fmt(total.value)}")
                continue
            if added > total.value:
                yield Finding(span,
                              f"分项之和大于总数：{terms} = {_fmt(added)}{unit}，超过总数 {_fmt(total.value)}{unit}",
                              f"the parts add up to more than the total: {terms} = {_fmt(added)} > {_fmt(total.value)}")
            elif item.complete and not item.other_units and added != total.value:
                why = "分项已列全总数的各个类别" if item.complete == "categories" else "分项中已有“其他”一项"
                why_en = ("the parts name every category of the total" if item.complete == "categories"
                          else "the parts include an 'other' bucket")
                yield Finding(span,
                              f"分项之和与总数不符：{terms} = {_fmt(added)}{unit}，总数为 {_fmt(total.value)}{unit}（{why}）",
                              f"the parts do not add up to the total: {terms} = {_fmt(added)} ≠ {_fmt(total.value)} ({why_en})")

