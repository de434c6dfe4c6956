"""The command line: ``govlint PATH…``, ``govlint parse FILE``, ``govlint rules``,
``govlint rule CODE``.  A thin layer over the pure core: reading files,
choosing rules, printing, exit codes (0 clean, 1 errors found, 2 usage or I/O)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from importlib import metadata

from .baseline import BaselineError, format_baseline, parse_baseline
from .build import build_report
from .config import Config, ConfigError, find_config, load_config
from .errors import UserError
from .formats import FORMATS, RenderContext
from .formats.text_format import summary
from .plugins import PluginError, get_plugin_manager, rules
from .runner import check_files, read_source
from .settings import lint_reports
from .source import SourceError
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
    rules_group = parser.add_argument_group("规则选择")
    rules_group.add_argument("--select", action="append", metavar="CODES",
                             help="只运行这些规则（代码或前缀，逗号分隔；取代配置文件中的 select）")
    rules_group.add_argument("--extend-select", action="append", metavar="CODES", help="在已选规则之外再运行这些规则")
    rules_group.add_argument("--ignore", action="append", metavar="CODES", help="不运行这些规则（代码或前缀，逗号分隔）")
    rules_group.add_argument("--config", metavar="FILE",
                             help="使用这个配置文件（govlint.toml 或含 [tool.govlint] 的 pyproject.toml），"
                                  "不再从报告所在目录向上查找")
    output = parser.add_argument_group("输出")
    output.add_argument("--format", choices=sorted(FORMATS), default="text",
                        help="输出格式：text（默认）、json、github（GitHub Actions 注释）、"
                             "gitlab（GitLab Code Quality）、sarif（SARIF 2.1.0）")
    output.add_argument("--output-file", "-o", metavar="FILE", help="把结果写入文件（UTF-8），而不是标准输出")
    output.add_argument("--lang", choices=("zh", "en"), default="zh", help="提示语言（默认中文）")
    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                        help="同时检查 N 个文件（多进程；0 表示按 CPU 核数）")
    output.add_argument("--statistics", action="store_true", help="只输出每条规则的问题数量（--format json 时为 JSON）")
    output.add_argument("--no-summary", action="store_true", help="不输出末尾的汇总行")
    fixing = parser.add_argument_group("修复（只改不影响含义的文字，从不改数字）")
    fixing.add_argument("--fix", action="store_true", help="应用安全修复并写回文件（原子写入，保留编码和换行符）")
    fixing.add_argument("--diff", action="store_true", help="只显示安全修复会做的修改（统一差异格式），不写文件")
    baseline = parser.add_argument_group("基线（已接受的旧问题）")
    baseline.add_argument("--baseline", metavar="FILE", help="只报告基线文件中没有的新问题")
    baseline.add_argument("--write-baseline", metavar="FILE", help="把现在的全部问题写入基线文件，然后退出")
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


def _error(message: str) -> None:
    print(f"govlint: {message}", file=sys.stderr)


class UsageError(UserError):
    """A command line govlint cannot follow."""


def _reason(exc: Exception, lang: str) -> str:
    """One line for an error: Chinese by default, English with ``--lang en``."""
    if isinstance(exc, UserError):
        return exc.line(lang)
    return str(exc)


def _check_codes(codes, known) -> tuple[str, ...]:
    for code in codes:
        if not any(k.startswith(code) for k in known):
            raise UsageError(f"没有代码以 {code} 开头的规则（govlint rules 列出全部规则）",
                             f"no rule code starts with {code} (see govlint rules)")
    return codes


class _Configs:
    """The configuration of each report: ``--config`` for all, or the nearest file upwards."""

    def __init__(self, explicit: str | None, known):
        self.known = known
        self.explicit = load_config(explicit, known) if explicit else None
        self.loaded: dict[str, Config] = {}
        self.folders: dict[str, str | None] = {}   # folder -> its configuration file

    def for_path(self, path: str) -> Config:
        if self.explicit is not None:
            return self.explicit
        folder = os.path.dirname(os.path.abspath(path if path != "-" else "x"))
        if folder not in self.folders:
            self.folders[folder] = find_config(folder)
        found = self.folders[folder]
        if found is None:
            return Config()
        if found not in self.loaded:
            self.loaded[found] = load_config(found, self.known)
        return self.loaded[found]


def _version() -> str:
    try:
        return metadata.version("govlint")
    except metadata.PackageNotFoundError:
        return ""


def run_check(argv) -> int:
    args = _check_parser().parse_args(argv)
    try:
        pm = get_plugin_manager()
        known = {info.code for info in rules(pm)}
        select = _check_codes(_codes(args.select), known)
        extend_select = _check_codes(_codes(args.extend_select), known)
        ignore = _check_codes(_codes(args.ignore), known)
        configs = _Configs(args.config, known)
        baseline = None
        if not args.write_baseline:
            baseline_file = args.baseline or configs.for_path("-").baseline
            if baseline_file:
                baseline = _read_baseline(baseline_file)
    except (PluginError, ConfigError, BaselineError, UsageError) as exc:
        _error(_reason(exc, args.lang))
        return 2

    jobs = []
    for path in collect_paths(args.paths):
        try:
            jobs.append((path, configs.for_path(path).settings_for(path, select, extend_select, ignore)))
        except ConfigError as exc:
            _error(_reason(exc, args.lang))
            return 2
    mode = "diff" if args.diff else "fix" if args.fix else "check"

    failed = False
    diagnostics, lines, diffs, reports = [], {}, [], []
    for result in check_files(jobs, mode, args.lang, args.jobs, pm):
        for message in result.errors:
            _error(message)
        failed = failed or result.failed
        if result.fixed:
            print(f"govlint: {result.path}: 已修复 {result.fixed} 处" if args.lang == "zh"
                  else f"govlint: {result.path}: fixed {result.fixed} finding(s)", file=sys.stderr)
        if result.diff:
            diffs.append(result.diff)
        if result.lines is not None:
            lines[result.path] = result.lines
            diagnostics.extend(result.diagnostics)
            reports.append(result.report)
    if len(reports) > 1:
        settings_of = dict(jobs)
        diagnostics.extend(lint_reports(reports, settings_of.get, pm))
        diagnostics.sort(key=lambda d: d.sort_key())

    if args.diff:
        sys.stdout.write("".join(diffs))
        return 2 if failed else (1 if diffs else 0)

    context = RenderContext(lang=args.lang, lines=lines, rules={i.code: i for i in rules(pm)},
                            root=os.getcwd(), version=_version())
    if args.write_baseline:
        text = format_baseline(diagnostics, context.identities(diagnostics), args.lang)
        if not _write(args.write_baseline, text, args.lang):
            return 2
        print(f"govlint: 已把 {len(diagnostics)} 个问题写入基线 {args.write_baseline}" if args.lang == "zh"
              else f"govlint: wrote {len(diagnostics)} finding(s) to the baseline {args.write_baseline}",
              file=sys.stderr)
        return 2 if failed else 0
    if baseline is not None:
        diagnostics = baseline.new(diagnostics, context.identities(diagnostics))

    if args.statistics:
        text = _statistics(diagnostics, context, as_json=args.format == "json")
    else:
        text = FORMATS[args.format](diagnostics, context)
        if args.format == "text" and not args.no_summary:
            text += summary(diagnostics, len(lines), args.lang) + "\n"
    if args.output_file:
        if not _write(args.output_file, text, args.lang):
            return 2
    else:
        sys.stdout.write(text)
    if failed:
        return 2
    return 1 if any(d.severity == "error" for d in diagnostics) else 0


def _read_baseline(path: str):
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise BaselineError(path, f"无法读取基线文件：{reason}", f"cannot read the baseline file: {reason}") from None
    return parse_baseline(text, path)


def _write(path: str, text: str, lang: str) -> bool:
    """Write an output file (UTF-8 without BOM, ``\\n`` line endings); False after reporting a failure."""
    try:
        folder = os.path.dirname(path)
        if folder:
            os.makedirs(folder, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except OSError as exc:
        _error(f"{path}: {'无法写入' if lang == 'zh' else 'cannot write'}: {exc.strerror or exc}")
        return False
    return True


def _statistics(diagnostics, context, as_json: bool = False) -> str:
    """Findings per rule, most frequent first: a table, or JSON with ``as_json``."""
    counts: dict[str, int] = {}
    for d in diagnostics:
        counts[d.code] = counts.get(d.code, 0) + 1
    items = []
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        info = context.rules.get(code)
        items.append({"code": code, "name": info.name if info else "",
                      "severity": info.severity if info else "", "count": count})
    if as_json:
        return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
    rows = [f"{i['count']:6d}\t{i['code']}\t{i['name']}\t{i['severity']}" for i in items]
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
