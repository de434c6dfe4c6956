"""报告中有语法无法识别的内容。

## 它检查什么
解析器无法归入标题、段落、表格或落款的行，以及含有乱码字符（U+FFFD，
文档转换时无法识别的字节）的行。

## 为什么重要
govlint 只能检查它读懂的内容；无法识别的部分可能藏着没有被检查到的问题。
这一条提示用户人工核对该处，或把样例报告给 govlint 的开发者。

## 示例
正常的文本报告不会触发本规则。
"""

from govlint import Finding, hookimpl

CODE = "S001"
NAME = "parse-problem"
SEVERITY = "warning"


@hookimpl
def govlint_check(report):
    for problem in report.problems:
        if "U+FFFD" in problem.message:
            yield Finding(problem.span, "此行有乱码（�），原文在转换中损坏，无法检查（请核对原件）",
                          "this line holds U+FFFD: text damaged in conversion, it could not be checked")
        else:
            yield Finding(problem.span, "此处内容无法解析，未能检查（请人工核对）",
                          f"this part could not be parsed and was not checked: {problem.message}")
