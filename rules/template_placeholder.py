"""模板中的占位符没有替换。

## 它检查什么
照模板套写时留给填写的位置没有填：
- 代替名称或数字的记号：XX、××、○○、□□、连续的下划线“____”（20XX年、XX局、申请××件）；
- 括号里写的待填栏目或填写说明：【单位名称】【填写日期】、（此处填写本单位做法）、
  [单位名称]、{机关名称}、【请简要说明主要做法】。

网站栏目名写在【】里（“在门户网站【机关党建】栏目发布”）不是占位符：方括号后面紧跟
“栏目”“专栏”“板块”“频道”等词，或者方括号里只是一个普通名词、不以“名称”“日期”之类的
待填项结尾，都不报告；“二〇〇八年”里的“〇〇”是数字，也不报告。

## 为什么重要
占位符说明报告是照模板套写后没有填完，公布出去会闹笑话，也让数据失去可信度。

## 示例
```
XX局2021年政府信息公开工作年度报告
本年度共收到申请××件，（此处填写办理情况）。
```

## 应写作
填上真实的机关名称、数字和内容。
"""

import re

from govlint import Finding, hookimpl

CODE = "W102"
NAME = "template-placeholder"
SEVERITY = "error"

#: what a slot to fill in ends with: the kind of thing to write there
_SLOT = "(?:名称|全称|单位|日期|时间|年份|月份|数字|数量|件数|金额|姓名|电话|地址|XX|××)"
#: an instruction to the writer, as the whole of a bracket: it opens by addressing the
#: writer or the place, and asks for something to be written ("请简要说明…", "此处填写…")
_INSTRUCTION = ("(?:(?:请|此处|在此)(?:简要|具体|详细|如实|认真)?(?:填写|填入|说明|列出|补充|写明|简述|概述)"
                "|(?:填写|填入)(?:本|具体|实际|相关))[^】）)\n]{0,40}")
#: a word after a bracketed name that makes it a website column, not a slot
_COLUMN = "(?:栏目|专栏|板块|版块|频道|页面|模块|专区|专题|子栏目|菜单|公众号|平台|系统)"

_PLACEHOLDER = re.compile(
    r"(?=[XxＸｘ×✕╳○〇□_＿【（(\[{])"                 # (what a match starts with: the rest is not tried elsewhere)
    r"(?:(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])"          # XX, xx, ＸＸ (not inside a word or address)
    r"|[×✕╳]{2,}"                                       # ××
    r"|(?<![一二三四五六七八九十〇○零])[○〇□]{2,}(?![一二三四五六七八九十〇○零])"   # ○○ (not 二〇〇八)
    r"|(?<![A-Za-z0-9_])[_＿]{3,}(?![A-Za-z0-9_])"       # ____ (a blank line to write on)
    # a bracketed slot or instruction; a name in 【】 followed by 栏目 is a website column
    rf"|【[^】\n0-9]{{0,12}}{_SLOT}(?:[（(][^）)\n]{{0,6}}[）)])?】(?!{_COLUMN})"
    r"|【[^】\n0-9]{0,12}填写[^】\n0-9]{0,12}】"
    rf"|【{_INSTRUCTION}】|[（(]{_INSTRUCTION}[）)]"
    rf"|\[[^\]\n0-9]{{0,12}}{_SLOT}\]|\{{[^}}\n0-9]{{0,12}}{_SLOT}\}})"
)


@hookimpl
def govlint_check(document):
    for hit in document.search(_PLACEHOLDER, cells=True, title=True):
        yield Finding(hit.span, f"模板占位符“{hit.match.group(0)}”没有替换成实际内容",
                      f"template placeholder “{hit.match.group(0)}” left in the text")
