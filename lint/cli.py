"""The command line: ``govlint PATH…``, ``govlint parse FILE``, ``govlint rules``,
``govlint rule CODE``.  A thin layer over the pure core: reading files,
choosing rules, printing, exit codes (0 clean, 1 errors found, 2 usage or I/O)."""

from __future__ import annotations

import argparse
import os
import sys

from .build import build_report
from .formats import FORMATS, RenderContext
from .formats.text_format import summary
from .plugins import PluginError, get_plugin_manager, rules
from .settings import Settings, lint_report
from .source import Source, SourceError, decode, read_file
from .tree import format_tree

REPORT_SUFFIXES = (".txt", ".text", ".docx", ".html", ".htm")
SUBCOMMANDS = ("check", "parse", "rules", "rule")


def _codes(values) -> tuple[str, ...]:
    out = []
    for value in values or ():
        out.extend(part.strip().upper() for part in value.split(",") if part.strip())
    return tuple(out)


def _check_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govlint",
        description="检查政府信息公开工作年度报告：结构、表格、数字、日期、文字和版式。",
        epilog="其他命令：govlint parse FILE（显示语法树）、govlint rules（列出规则）、"
               "govlint rule CODE（规则说明）。退出码：0 无错误，1 发现错误，2 用法或读取错误。",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="报告文件或目录；- 表示标准输入")
    parser.add_argument("--format", choices=sorted(FORMATS), default="text", help="输出格式（默认 text）")
    parser.add_argument("--select", action="append", metavar="CODES", help="只运行这些规则（代码或前缀，逗号分隔）")
    parser.add_argument("--ignore", action="append", metavar="CODES", help="不运行这些规则（代码或前缀，逗号分隔）")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="提示语言（默认中文）")
    parser.add_argument("--statistics", action="store_true", help="只输出每条规则的问题数量")
    parser.add_argument("--no-summary", action="store_true", help="不输出末尾的汇总行")
    return parser


def collect_paths(paths) -> list[str]:
    """Files to lint, in order: files as given, folders walked for report files."""
    found = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(os.path.join(root, name) for name in sorted(files)
                             if name.lower().endswith(REPORT_SUFFIXES))
        else:
            found.append(path)
    return found


def read_source(path: str) -> Source:
    if path == "-":
        return decode(sys.stdin.buffer.read(), "-")
    return read_file(path)


def _error(message: str) -> None:
    print(f"govlint: {message}", file=sys.stderr)


def run_check(argv) -> int:
    args = _check_parser().parse_args(argv)
    settings = Settings(select=_codes(args.select), ignore=_codes(args.ignore))
    try:
        pm = get_plugin_manager()
    except PluginError as exc:
        _error(str(exc))
        return 2
    known = {info.code for info in rules(pm)}
    for code in settings.select + settings.ignore:
        if not any(k.startswith(code) for k in known):
            _error(f"没有代码以 {code} 开头的规则（govlint rules 列出全部规则）" if args.lang == "zh"
                   else f"no rule code starts with {code} (see govlint rules)")
            return 2

    failed = False
    diagnostics, lines = [], {}
    paths = collect_paths(args.paths)
    for path in paths:
        try:
            source = read_source(path)
        except SourceError as exc:
            _error(f"{exc.path}: {exc.reason if args.lang == 'zh' else exc.reason_en}")
            failed = True
            continue
        report = build_report(source.text, path)
        lines[path] = report.lines
        diagnostics.extend(lint_report(report, settings, pm))

    context = RenderContext(lang=args.lang, lines=lines, rules={i.code: i for i in rules(pm)})
    if args.statistics:
        sys.stdout.write(_statistics(diagnostics, context))
    else:
        sys.stdout.write(FORMATS[args.format](diagnostics, context))
        if args.format == "text" and not args.no_summary:
            print(summary(diagnostics, len(lines), args.lang))
    if failed:
        return 2
    return 1 if any(d.severity == "error" for d in diagnostics) else 0


def _statistics(diagnostics, context) -> str:
    counts: dict[str, int] = {}
    for d in diagnostics:
        counts[d.code] = counts.get(d.code, 0) + 1
    rows = []
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        info = context.rules.get(code)
        rows.append(f"{count:6d}\t{code}\t{info.name if info else ''}\t{info.severity if info else ''}")
    return "\n".join(rows) + ("\n" if rows else "")


def run_parse(argv) -> int:
    parser = argparse.ArgumentParser(prog="govlint parse", description="显示 govlint 如何读取一份报告（语法树）。")
    parser.add_argument("path", metavar="FILE")
    args = parser.parse_args(argv)
    try:
        source = read_source(args.path)
    except SourceError as exc:
        _error(f"{exc.path}: {exc.reason}")
        return 2
    sys.stdout.write(format_tree(build_report(source.text, args.path)))
    return 0


def run_rules(argv) -> int:
    argparse.ArgumentParser(prog="govlint rules", description="列出全部规则。").parse_args(argv)
    try:
        found = rules(get_plugin_manager())
    except PluginError as exc:
        _error(str(exc))
        return 2
    for info in found:
        origin = "" if info.origin == "builtin" else f"  ({info.origin})"
        print(f"{info.code}  {info.name:<28} {info.severity:<8} {info.summary}{origin}")
    return 0


def run_rule(argv) -> int:
    parser = argparse.ArgumentParser(prog="govlint rule", description="显示一条规则的说明。")
    parser.add_argument("code", metavar="CODE")
    args = parser.parse_args(argv)
    try:
        found = rules(get_plugin_manager())
    except PluginError as exc:
        _error(str(exc))
        return 2
    wanted = args.code.strip()
    for info in found:
        if wanted.upper() == info.code or wanted == info.name:
            print(f"{info.code} {info.name}（默认级别：{info.severity}）\n")
            print(_dedent(info.doc).strip())
            return 0
    _error(f"没有这条规则：{wanted}（govlint rules 列出全部规则）")
    return 2


def _dedent(doc: str) -> str:
    import inspect

    return inspect.cleandoc(doc)


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if hasattr(sys.stdout, "reconfigure"):
        try:
            sys.stdout.reconfigure(errors="replace")
        except (ValueError, OSError):
            pass
    command = argv[0] if argv else None
    try:
        if command == "parse":
            return run_parse(argv[1:])
        if command == "rules":
            return run_rules(argv[1:])
        if command == "rule":
            return run_rule(argv[1:])
        if command == "check":
            argv = argv[1:]
        return run_check(argv)
    except SystemExit as exc:  # argparse: usage errors are exit 2
        return exc.code if isinstance(exc.code, int) else 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
