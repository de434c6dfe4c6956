"""The words of the HTML audit page, in Chinese and in English.  The page's script
receives the strings of one language with the data; ``{name}`` marks a value."""

from __future__ import annotations

FAMILIES = ("S", "T", "P", "D", "W", "L", "X")

FORMAT_NAMES = {
    "zh": {"2019": "2019 年格式", "2021": "2021 年格式", "pre2019": "2019 年以前的统计表"},
    "en": {"2019": "2019 format", "2021": "2021 format", "pre2019": "pre-2019 statistics table"},
}

UI = {
    "zh": {
        "lang": "zh", "html_lang": "zh-CN", "colon": "：",
        "title": "政府信息公开工作年度报告审核结果",
        "summary": "共 {reports} 份报告：错误 {errors} 个，警告 {warnings} 个，提示 {infos} 个。",
        "generated": "由 {generator} 生成。页面不联网，可作为附件发送、离线打开、打印。",
        "noscript": "此页面需要启用 JavaScript 才能查看每份报告的原文、表格和问题；下面的总览表不需要。",
        "reports": "报告", "top_rules": "出现最多的问题", "top_count": "{n} 处，{reports} 份报告",
        "file": "文件", "agency": "机关", "year": "年度", "format": "表格格式", "unknown": "未识别",
        "severity": {"error": "错误", "warning": "警告", "info": "提示"},
        "families": {"S": "结构", "T": "表格", "P": "正文数字", "D": "日期", "W": "文字", "L": "版式",
                     "X": "跨年度"},
        "filters": "筛选", "all_rules": "全部规则", "search": "搜索文件、机关或问题说明…",
        "reset": "清除筛选", "print": "打印", "shown": "显示 {shown} / {total} 份",
        "back": "← 返回总览", "previous": "上一份", "next": "下一份",
        "findings": "问题", "findings_shown": "显示 {shown} / {total} 个问题", "no_findings": "没有发现问题。",
        "text": "报告原文", "tables": "标准表格", "no_tables": "没有识别出标准表格。",
        "place": "第 {line} 行第 {column} 列", "line": "第 {line} 行",
        "notes_more": "另有 {n} 处相关位置", "doc": "规则说明", "close": "关闭",
        "broken": "不成立的勾稽关系", "none_broken": "所有能核对的勾稽关系都成立。",
        "holding": "成立的勾稽关系（{n} 个）", "unjudged": "无法核对的勾稽关系（{n} 个：单元格缺失或不是数字）",
        "not_reported": "未报告（规则未选用或已在基线中）", "reported_as": "报告为 {code}",
        "variant": "（{format}）", "format_mismatch": "{year} 年的报告应使用{required}",
        "by_position": "此行的标签丢失，按位置识别", "missing": "缺",
        "row_label": "项目", "found_here": "此处的问题",
    },
    "en": {
        "lang": "en", "html_lang": "en", "colon": ": ",
        "title": "Government information disclosure annual reports: audit",
        "summary": "{reports} report(s): {errors} error(s), {warnings} warning(s), {infos} note(s).",
        "generated": "Made by {generator}. The page needs no network: mail it, open it offline, print it.",
        "noscript": "Enable JavaScript to see each report's text, tables and findings; the overview below "
                    "works without it.",
        "reports": "Reports", "top_rules": "Most frequent findings", "top_count": "{n} in {reports} report(s)",
        "file": "File", "agency": "Agency", "year": "Year", "format": "Table format", "unknown": "unknown",
        "severity": {"error": "errors", "warning": "warnings", "info": "notes"},
        "families": {"S": "structure", "T": "tables", "P": "prose numbers", "D": "dates", "W": "wording",
                     "L": "layout", "X": "across years"},
        "filters": "Filter", "all_rules": "all rules", "search": "Search files, agencies or findings…",
        "reset": "Clear filters", "print": "Print", "shown": "{shown} of {total} shown",
        "back": "← Back to the overview", "previous": "Previous", "next": "Next",
        "findings": "Findings", "findings_shown": "{shown} of {total} findings shown",
        "no_findings": "No findings.",
        "text": "Report text", "tables": "Standard tables", "no_tables": "No standard table was recognised.",
        "place": "line {line}, column {column}", "line": "line {line}",
        "notes_more": "{n} more related place(s)", "doc": "Rule documentation", "close": "Close",
        "broken": "Broken identities", "none_broken": "Every identity that can be checked holds.",
        "holding": "Identities that hold ({n})",
        "unjudged": "Identities that cannot be checked ({n}: a cell is missing or not a number)",
        "not_reported": "not reported (rule not selected or in the baseline)", "reported_as": "reported as {code}",
        "variant": " ({format})", "format_mismatch": "a {year} report must use the {required}",
        "by_position": "this row lost its label and was read by its position", "missing": "missing",
        "row_label": "Item", "found_here": "Findings here",
    },
}
