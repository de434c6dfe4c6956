"""正文给出的占比与它的分项、总数算不上。

## 它检查什么
分项后面紧跟的百分数（“其中网上申请8件，占80%”“政策解读30条（占比25%）”“占申请总数的40%”）
按分项除以总数重新计算，精确到正文写出的位数（“33%”到个位，“33.33%”到两位小数）。
四舍五入或直接截断得到的写法都认可；两者都对不上时报告。
总数、分项带“约”“余”“多”的，百分数说的是别的基数的（“占全年发文的”“同比”）不检查。

## 为什么重要
占比是读者理解结构的捷径；算不上的比例说明分项、总数或比例本身有一个写错了。

## 示例
```
共收到申请12件，其中网上申请9件，占50%。
```

## 应写作
```
共收到申请12件，其中网上申请9件，占75%。
```
"""

from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

from govlint import Finding, format_number as _fmt, hookimpl, to_halfwidth

CODE = "P106"
NAME = "share-mismatch"
SEVERITY = "warning"


def _readings(part: float, total: float, printed: str) -> set[Decimal]:
    """The ways a writer may have rounded part / total to the printed number of decimals."""
    places = len(printed.split(".")[1]) if "." in printed else 0
    exact = Decimal(str(part)) * 100 / Decimal(str(total))
    step = Decimal(1).scaleb(-places)
    return {exact.quantize(step, rounding=mode) for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN)}


@hookimpl
def govlint_check(document):
    for text, item in document.breakdowns:
        total = item.total
        if total.approx or total.value <= 0:
            continue
        bases = [total] + [c for c in item.alternatives if not c.approx and c.value > 0]
        for share in item.shares:
            if share.part.approx or share.percent.approx or share.part.unit != total.unit:
                continue
            # (the figure as printed, for its decimal places; one in words, 百分之六十, has none)
            printed = (str(share.percent.value) if share.percent.chinese
                       else to_halfwidth(text.raw[share.percent.num_start:share.percent.num_end]).replace(",", ""))
            stated = Decimal(printed)
            if any(stated in _readings(share.part.value, base.value, printed) for base in bases):
                continue
            # the figure the part is most likely a share of: the first that can hold it
            base = next((b for b in bases if b.value >= share.part.value), total)
            right = sorted(_readings(share.part.value, base.value, printed))[-1]
            yield Finding(text.sub(share.percent.num_start, share.percent.end),
                          f"占比与数字不符：{_fmt(share.part.value)} ÷ {_fmt(base.value)} = {right}%，"
                          f"正文写的是 {printed}%",
                          f"the share does not match: {_fmt(share.part.value)} / {_fmt(base.value)} = "
                          f"{right}%, the text says {printed}%")
