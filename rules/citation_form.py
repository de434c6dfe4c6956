"""发文字号或国务院令的写法不规范：“国办公开办函[2021]30号”“国务院第711号令”。

## 它检查什么
- 发文字号（机关代字、年份、序号）的年份应放在六角括号“〔〕”里：写成“[]”“【】”“()”“（）”“［］”
  等的报告，序号前加了“第”的也报告（GB/T 9704《党政机关公文格式》：年份用六角括号，序号不加“第”字）；
- 国务院令、主席令应写作“国务院令第711号”：写成“国务院第711号令”“国务院令711号”
  “国务院令第711号令”“国务院711号令”的报告。
法院的案号“（2021）川01行初3号”以括号开头、前面没有机关代字，不是发文字号，不检查；
数字两边的空格由 L107 负责。

## 为什么重要
年度报告要引用《条例》和国办的格式通知，文号写错了，读者无法按文号检索原文，也显得不够严谨。

## 示例
```
根据《中华人民共和国政府信息公开条例》（国务院第711号令）和国办公开办函[2021]30号文件要求编制本报告。
```

## 应写作
```
根据《中华人民共和国政府信息公开条例》（国务院令第711号）和国办公开办函〔2021〕30号文件要求编制本报告。
```

## 修复
把文号改成规范写法只改标点和语序，不改变所指的文件，可以自动修复。
"""

from govlint import Finding, Fix, decrees, doc_numbers, hookimpl

CODE = "L109"
NAME = "citation-form"
SEVERITY = "warning"
FIXABLE = True   # offers a fix that --fix applies


@hookimpl
def govlint_check(document):
    for text in document.prose():
        for citation in doc_numbers(text.raw) + decrees(text.raw):
            if citation.is_canonical:
                continue
            span = text.sub(citation.start, citation.end)
            fix = Fix(span.start, span.end, citation.canonical) if text.placed else None
            yield Finding(span, f"“{citation.written}”写法不规范，应为“{citation.canonical}”",
                          f"“{citation.written}” should be written “{citation.canonical}”", fix=fix)
