"""2018 年及以前的报告缺少旧《条例》要求报告的某项内容。

## 它检查什么
2019 年以前的年度报告没有统一格式，但旧《政府信息公开条例》（2008 年施行）第三十二条
列明了年度报告应当包括的内容，报告通常按“概述、主动公开、依申请公开、收费及减免、
复议和诉讼、存在的主要问题及改进措施、其他需要报告的事项”分部分编写。本规则在报告
确实按这样的提纲分部分（至少两个一级标题能对应到其中的部分）时，检查第三十二条要求的
五项内容：主动公开、依申请公开、收费及减免、行政复议和行政诉讼、主要问题及改进。
某一项既没有自己的标题，正文里也完全没有提到（如全文没有“收费”“费用”“减免”），
才提示。文件在中间中断的，中断处之后本应有的部分不算缺少。旧格式没有强制的提纲，
所以这是提示（info）。

## 为什么重要
这些是法定的报告内容；一项都没写，读者就无从知道该机关当年是否收费、是否被申请
复议或起诉。

## 示例
2017 年报告：
```
一、概述
二、主动公开政府信息情况
三、依申请公开政府信息情况
四、存在的主要问题及改进措施
```
没有收费及减免、复议和诉讼的情况，正文也没有提到。

## 应写作
补写“收费及减免情况”“因政府信息公开申请行政复议、提起行政诉讼的情况”；没有发生的，
写明“本年度未收取任何费用”“未发生相关行政复议和行政诉讼”。
"""

from govlint import Finding, OLD_PARTS, classify_old_part, hookimpl

CODE = "S113"
NAME = "old-outline-part-missing"
SEVERITY = "info"

_MIN_PARTS = 2


@hookimpl
def govlint_check(report, document):
    if document.format != "pre2019":
        return
    found = {}
    for section in report.sections:
        spec = classify_old_part(section.heading.title.raw)
        if spec is not None:
            found.setdefault(spec.number, section)
    if len(found) < _MIN_PARTS:
        return   # the report does not follow the outline: nothing to measure it against
    last = max(found)
    cut = document.cut_off is not None
    text = "\n".join(t.raw for t in document.prose())
    for spec in sorted(OLD_PARTS, key=lambda s: s.number):
        if not spec.required or spec.number in found or spec.topic.search(text):
            continue
        if cut and spec.number > last:
            continue   # it would come after the point where the file breaks off
        later = [found[n] for n in sorted(found) if n > spec.number]
        span = later[0].heading.span if later else report.end_span()
        yield Finding(span, f"{report.year}年的报告没有“{spec.title}”（旧《条例》第三十二条要求报告的内容），"
                            f"正文也没有提到",
                      f"a {report.year} report must cover “{spec.title}” ({spec.title_en}, "
                      f"article 32 of the 2008 regulations); neither a heading nor the text does")
