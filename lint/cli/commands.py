"""The command line: ``govlint PATH…``, ``govlint parse FILE``, ``govlint rules``,
``govlint rule CODE``.  A thin layer over the pure core: reading files,
choosing rules, printing, exit codes (0 clean, 1 errors found, 2 usage or I/O)."""

from __future__ import annotations

import dataclasses
import functools
import gc
import json
import os
import sys

from govlint.engine.baseline import BaselineError, format_baseline, parse_baseline
import govlint
from govlint.cli.arguments import Parser, ShowVersion, lang_of, split_command, value_options
from govlint.syntax.build import build_report
from govlint.engine.config import Config, ConfigError, find_config, load_config
from govlint.errors import UserError
from govlint.cli.formats import FORMATS, RenderContext
from govlint.cli.formats.text_format import summary
from govlint.syntax.locations import locate
from govlint.engine.plugins import PluginError, get_plugin_manager, plugin_errors, rules
from govlint import code_store, regex_store, text_memo
from govlint.cli.runner import check_files, read_source
from govlint.engine.settings import lint_reports
from govlint.syntax.files import read_bytes
from govlint.syntax.source import SourceError, read_limited
from govlint.cli.terminal import Progress, wants_color
from govlint.cli.walk import REPORT_SUFFIXES, collect, excluded

FAIL_LEVELS = {"error": ("error",), "warning": ("error", "warning"), "info": ("error", "warning", "info")}


def _codes(values) -> tuple[str, ...]:
    out = []
    for value in values or ():
        out.extend(part.strip().upper() for part in value.split(",") if part.strip())
    return tuple(out)


def _patterns(values) -> tuple[str, ...] | None:
    if values is None:
        return None
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _chooser(lang: str):
    """``t(zh, en)``: the text in the user's language (help texts)."""
    return (lambda zh, en: en) if lang == "en" else (lambda zh, en: zh)


def _lang_option(parser: Parser, t) -> None:
    parser.add_argument("--lang", choices=("zh", "en"), default="zh",
                        help=t("提示语言（默认中文）", "language of the messages (default: Chinese)"))


@functools.lru_cache(maxsize=2)
def _check_parser(lang: str = "zh") -> Parser:
    """The options of ``govlint check`` (built once per language: :func:`main` reads which
    options take a value before the command parses its arguments with it)."""
    t = _chooser(lang)
    parser = Parser(
        prog="govlint",
        lang=lang,
        description=t("检查政府信息公开工作年度报告：结构、表格、数字、日期、文字和版式。",
                      "Check government information disclosure annual reports (政府信息公开工作年度报告): "
                      "structure, tables, numbers, dates, wording and layout."),
        epilog=t("其他命令：govlint check PATH…（与不写 check 相同）、govlint parse FILE（显示语法树）、"
                 "govlint rules（列出规则）、govlint rule CODE（规则说明）；选项写在命令前后均可。"
                 "退出码：0 无错误，1 发现错误（见 --fail-on），2 用法或读取错误。",
                 "Other commands: govlint check PATH… (the same as without check), govlint parse FILE (the "
                 "syntax tree), govlint rules (every rule), govlint rule CODE (one rule's documentation); "
                 "options may come before or after the command. Exit codes: 0 no errors, 1 errors found "
                 "(see --fail-on), 2 usage or I/O errors."),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help=t("报告文件或目录；- 表示标准输入", "report files or folders; - for standard input"))
    parser.add_argument("--version", action=ShowVersion, nargs=0,
                        help=t("显示版本并退出", "show the version and exit"))
    rules_group = parser.add_argument_group(t("规则选择", "rule selection"))
    rules_group.add_argument("--select", action="append", metavar="CODES",
                             help=t("只运行这些规则（代码或前缀，逗号分隔；取代配置文件中的 select）",
                                    "run only these rules (codes or prefixes, comma-separated; replaces the "
                                    "configuration's select)"))
    rules_group.add_argument("--extend-select", action="append", metavar="CODES",
                             help=t("在已选规则之外再运行这些规则", "run these rules as well"))
    rules_group.add_argument("--ignore", action="append", metavar="CODES",
                             help=t("不运行这些规则（代码或前缀，逗号分隔）",
                                    "do not run these rules (codes or prefixes, comma-separated)"))
    rules_group.add_argument("--config", metavar="FILE",
                             help=t("使用这个配置文件（govlint.toml 或含 [tool.govlint] 的 pyproject.toml），"
                                    "不再从报告所在目录向上查找",
                                    "use this configuration file (govlint.toml, or a pyproject.toml with "
                                    "[tool.govlint]) instead of the nearest one above each report"))
    files = parser.add_argument_group(t("文件", "files"))
    files.add_argument("--exclude", action="append", metavar="PATTERNS",
                       help=t("遍历目录时不检查的文件或目录（glob，逗号分隔；取代配置文件中的 exclude）",
                              "files and folders a folder walk skips (globs, comma-separated; replaces the "
                              "configuration's exclude)"))
    files.add_argument("--extend-exclude", action="append", metavar="PATTERNS",
                       help=t("在 exclude 之外再排除这些", "exclude these as well"))
    files.add_argument("--force-exclude", action="store_true",
                       help=t("命令行上直接给出的文件也按 exclude 排除（pre-commit 钩子用）",
                              "exclude files named on the command line too (as the pre-commit hook does)"))
    files.add_argument("--no-respect-gitignore", dest="respect_gitignore", action="store_false",
                       help=t("遍历目录时不理会 .gitignore（默认在 git 仓库中跳过被忽略的文件）",
                              "check the files .gitignore ignores too (skipped by default in a git work tree)"))
    files.add_argument("--stdin-filename", metavar="NAME",
                       help=t("标准输入的文件名：用于查找配置、per-file-ignores 和显示",
                              "the name of standard input: for its configuration, per-file-ignores and output"))
    output = parser.add_argument_group(t("输出", "output"))
    output.add_argument("--format", "--output-format", dest="format", choices=sorted(FORMATS), default="text",
                        help=t("输出格式：text（默认）、json、github（GitHub Actions 注释）、"
                               "gitlab（GitLab Code Quality）、sarif（SARIF 2.1.0）、"
                               "html（一个可离线打开的审核页面，配合 -o audit.html）",
                               "output format: text (default), json, github (GitHub Actions annotations), "
                               "gitlab (GitLab Code Quality), sarif (SARIF 2.1.0), "
                               "html (one audit page that opens offline, with -o audit.html)"))
    output.add_argument("--output-file", "-o", metavar="FILE",
                        help=t("把结果写入文件（UTF-8），而不是标准输出",
                               "write the output to this file (UTF-8) instead of standard output"))
    _lang_option(output, t)
    output.add_argument("--statistics", action="store_true",
                        help=t("只输出每条规则的问题数量（text 或 json 格式）",
                               "print the number of findings per rule only (text or json)"))
    output.add_argument("--no-summary", action="store_true",
                        help=t("不输出末尾的汇总行", "leave out the summary line"))
    output.add_argument("--quiet", "-q", action="store_true",
                        help=t("只输出问题本身：没有汇总行和提示", "print the findings only: no summary, no notes"))
    output.add_argument("--show-source", dest="show_source", action="store_true", default=True,
                        help=t("在每个问题下显示原文和指示符（默认）",
                               "show the source line and a caret under each finding (default)"))
    output.add_argument("--no-show-source", dest="show_source", action="store_false",
                        help=t("不显示原文和指示符", "do not show the source line and caret"))
    output.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help=t("彩色输出：auto（默认，仅在终端上；遵从 NO_COLOR、FORCE_COLOR）、always、never",
                               "colour: auto (default: on a terminal, as NO_COLOR and FORCE_COLOR say), "
                               "always, never"))
    exits = parser.add_argument_group(t("退出码", "exit code"))
    exits.add_argument("--fail-on", choices=tuple(FAIL_LEVELS), default="error",
                       help=t("有这一级别或更严重的问题时退出码为 1（默认 error；warning 让警告也使 CI 失败）",
                              "exit 1 on findings of this severity or worse (default error; warning makes "
                              "warnings fail CI too)"))
    exits.add_argument("--max-warnings", type=int, metavar="N",
                       help=t("警告多于 N 个时退出码也为 1（如 ESLint）", "exit 1 also when there are more than N "
                              "warnings (as in ESLint)"))
    exits.add_argument("--exit-zero", action="store_true",
                       help=t("发现问题时退出码仍为 0（读取或用法错误仍为 2）",
                              "exit 0 even when findings are reported (usage and I/O errors stay 2)"))
    parser.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                        help=t("同时检查 N 个文件（多进程；0 表示按 CPU 核数；默认：文件多时按 CPU 核数，否则单进程；"
                                 "单独检查的超大报告按 CPU 核数分摊规则）",
                               "check N files at once (processes; 0: one per CPU core; default: one per core "
                               "when there are many files, else one process; a very large report checked "
                               "alone shares its rules over the cores)"))
    fixing = parser.add_argument_group(t("修复（只改不影响含义的文字，从不改数字）",
                                         "fixing (only text whose meaning does not change; never numbers)"))
    fixing.add_argument("--fix", action="store_true",
                        help=t("应用安全修复并写回文件（原子写入，保留编码和换行符）",
                               "apply the safe fixes and write the files (atomically, keeping encoding and "
                               "line endings)"))
    fixing.add_argument("--diff", action="store_true",
                        help=t("只显示安全修复会做的修改（统一差异格式），不写文件",
                               "only show what the safe fixes would change (unified diff); write nothing"))
    fixing.add_argument("--unsafe-fixes", action="store_true",
                        help=t("与 --fix 或 --diff 同用：也应用需人工确认的修复（如疑似错别字的更正）",
                               "with --fix or --diff: also apply the fixes a person should confirm (e.g. a "
                               "suspected typo's correction)"))
    baseline = parser.add_argument_group(t("基线（已接受的旧问题）", "baseline (accepted old findings)"))
    baseline.add_argument("--baseline", metavar="FILE",
                          help=t("只报告基线文件中没有的新问题", "report only findings the baseline does not hold"))
    baseline.add_argument("--write-baseline", metavar="FILE",
                          help=t("把现在的全部问题写入基线文件，然后退出",
                                 "write every finding of this run to a baseline file, then exit"))
    return parser


@functools.lru_cache(maxsize=2)
def _rules_parser(lang: str = "zh") -> Parser:
    t = _chooser(lang)
    parser = Parser(prog="govlint rules", lang=lang, description=t("列出全部规则。", "List every rule."))
    parser.add_argument("--format", "--output-format", dest="format", choices=("text", "json", "markdown"),
                        default="text",
                        help=t("text（默认）、json（含每条规则能否自动修复）或 markdown（README 的规则表）",
                               "text (default), json (with whether each rule can fix) or markdown "
                               "(the README's rule table)"))
    _lang_option(parser, t)
    return parser


def _rule_parser(lang: str = "zh") -> Parser:
    t = _chooser(lang)
    parser = Parser(prog="govlint rule", lang=lang,
                    description=t("显示一条规则的说明。", "Show one rule's documentation."))
    parser.add_argument("code", metavar="CODE", help=t("规则代码或名称", "a rule's code or name"))
    _lang_option(parser, t)
    return parser


def _parse_parser(lang: str = "zh") -> Parser:
    t = _chooser(lang)
    parser = Parser(prog="govlint parse", lang=lang,
                    description=t("显示 govlint 如何读取一份报告（语法树）。", "Show how govlint read a report (the syntax tree)."))
    parser.add_argument("path", metavar="FILE")
    parser.add_argument("--text", action="store_true",
                        help=t("显示从文件读出的文字（.docx、.html、.pdf 转换后的文本，表格单元格以 | 分隔），"
                               "每行注明它在原文件中的位置",
                               "show the text read from the file (.docx, .html and .pdf converted, table cells "
                               "separated by |), each line with its place in the file"))
    _lang_option(parser, t)
    return parser


def collect_paths(paths) -> list[str]:
    """Files to lint, in order: files as given, folders walked for report files."""
    return collect(paths).files


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


def _exclusion(args, configs: _Configs):
    """``is_excluded(path)``: the command line's ``--exclude`` (relative to the working
    folder) or else the governing configuration's ``exclude``, plus both
    ``extend-exclude`` lists."""
    here = os.getcwd()
    replaced, extended = _patterns(args.exclude), _patterns(args.extend_exclude) or ()

    def is_excluded(path: str) -> bool:
        config = configs.for_path(path)
        if replaced is not None:
            if excluded(path, replaced, here):
                return True
        elif excluded(path, config.exclude, config.root):
            return True
        return excluded(path, config.extend_exclude, config.root) or excluded(path, extended, here)

    return is_excluded


def _refuse_conflicts(args) -> None:
    """Options that contradict each other: refused, never resolved silently."""
    if args.fix and args.diff:
        raise UsageError("--fix 与 --diff 不能同时使用：--diff 只显示修改，--fix 写回文件",
                         "--fix and --diff cannot be used together: --diff only shows the changes, --fix writes them")
    if args.unsafe_fixes and not (args.fix or args.diff):
        raise UsageError("--unsafe-fixes 须与 --fix 或 --diff 同用",
                         "--unsafe-fixes needs --fix or --diff")
    if args.statistics and args.format not in ("text", "json"):
        raise UsageError(f"--statistics 只能输出 text 或 json，不能与 --format {args.format} 同时使用",
                         f"--statistics prints text or json only, not --format {args.format}")
    if args.stdin_filename and any(path != "-" for path in args.paths):
        raise UsageError("使用 --stdin-filename 时只检查标准输入，不能再给出文件或目录",
                         "with --stdin-filename only standard input is checked: give no other paths")


def _select_ignore_overlap(select, ignore, lang: str) -> None:
    """A code both selected and ignored on the command line does not run: say so."""
    for code in sorted(set(select) & set(ignore)):
        _error(f"警告：{code} 同时出现在 --select 和 --ignore 中，按 --ignore 不运行" if lang == "zh"
               else f"warning: {code} is given to both --select and --ignore; it is ignored")


def run_check(argv) -> int:
    args = _check_parser(lang_of(argv)).parse_args(argv)
    lang = args.lang
    if args.stdin_filename and not args.paths:
        args.paths = ["-"]
    try:
        if not args.paths:
            raise UsageError("请给出要检查的报告文件或目录（- 表示标准输入；govlint -h 查看用法）",
                             "give the report files or folders to check (- for standard input; see govlint -h)")
        _refuse_conflicts(args)
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
        found = collect(args.paths, _exclusion(args, configs), respect_gitignore=args.respect_gitignore,
                        force_exclude=args.force_exclude)
        jobs, sources = [], {}
        for path in found.files:
            name = args.stdin_filename if path == "-" and args.stdin_filename else path
            if name != path:
                sources[len(jobs)] = _read_stdin(name)
            settings = configs.for_path(name).settings_for(name, select, extend_select, ignore)
            if args.unsafe_fixes:
                settings = dataclasses.replace(settings, unsafe_fixes=True)
            jobs.append((name, settings))
    except (PluginError, ConfigError, BaselineError, UsageError, SourceError) as exc:
        _error(_reason(exc, lang))
        return 2
    _select_ignore_overlap(select, ignore, lang)
    for problem in found.unreadable:
        _error(problem.line(lang))
    if not jobs and not found.unreadable:
        if found.skipped:   # everything given was excluded: nothing to do, and that is fine
            if not args.quiet:
                _error(f"所有 {found.skipped} 个报告文件都被 exclude 或 .gitignore 排除，没有检查任何文件" if lang == "zh"
                       else f"all {found.skipped} report file(s) are excluded (exclude or .gitignore): nothing checked")
            return 0
        _error(f"没有找到要检查的报告文件（{'、'.join(REPORT_SUFFIXES)}）：{' '.join(args.paths)}" if lang == "zh"
               else f"no report files ({', '.join(REPORT_SUFFIXES)}) found in: {' '.join(args.paths)}")
        return 2
    broken_plugins = plugin_errors(pm)      # checked without them; the run exits 2
    for error in broken_plugins:
        _error(str(error))
    mode = "diff" if args.diff else "fix" if args.fix else "check"

    failed = bool(found.unreadable) or bool(broken_plugins)
    unreadable = len(found.unreadable)
    fixed = 0
    diagnostics, lines, diffs, reports, locations = [], {}, [], [], {}
    progress = Progress(len(jobs), sys.stderr, lang, enabled=False if args.quiet else None)
    for result in check_files(jobs, mode, lang, args.jobs, pm, sources):
        progress.advance()
        if result.errors or (result.fixed and not args.quiet):
            progress.clear()
        for message in result.errors:
            _error(message)
        failed = failed or result.failed
        fixed += result.fixed
        if result.fixed and not args.quiet:
            print(f"govlint: {result.path}: 已修复 {result.fixed} 处" if lang == "zh"
                  else f"govlint: {result.path}: fixed {result.fixed} finding(s)", file=sys.stderr)
        if result.diff:
            diffs.append(result.diff)
        if result.lines is not None:
            lines[result.path] = result.lines
            diagnostics.extend(result.diagnostics)
            reports.append(result.report)
            locations[result.path] = result.locations
        else:
            unreadable += 1
    progress.clear()
    if len(reports) > 1:
        settings_of = dict(jobs)
        diagnostics.extend(locate(d, locations.get(d.path)) for d in lint_reports(reports, settings_of.get, pm))
        diagnostics.sort(key=lambda d: d.sort_key())

    if args.diff:
        if not _emit("".join(diffs), lang):
            return 2
        return 2 if failed else (1 if diffs and not args.exit_zero else 0)

    context = RenderContext(lang=lang, lines=lines, rules={i.code: i for i in rules(pm)},
                            root=os.getcwd(), show_source=args.show_source,
                            # read from the installed metadata only for the formats that name it
                            version=govlint.__version__ if args.format in ("sarif", "html") else "",
                            color=not args.output_file and wants_color(sys.stdout, args.color),
                            reports={r.path: r for r in reports})
    if args.write_baseline:
        text = format_baseline(diagnostics, context.identities(diagnostics), lang)
        if not _write(args.write_baseline, text, lang):
            return 2
        crashed = [d for d in diagnostics if d.internal]     # never accepted into a baseline
        written = len(diagnostics) - len(crashed)
        print(f"govlint: 已把 {written} 个问题写入基线 {args.write_baseline}" if lang == "zh"
              else f"govlint: wrote {written} finding(s) to the baseline {args.write_baseline}",
              file=sys.stderr)
        for d in crashed:
            _error(f"{d.path}: {d.text(lang)}")
        return 2 if failed else (1 if crashed else 0)
    suppressed = 0
    if baseline is not None:
        shown = baseline.new(diagnostics, context.identities(diagnostics))
        suppressed = len(diagnostics) - len(shown)
        diagnostics = shown

    if args.statistics:
        text = _statistics(diagnostics, context, as_json=args.format == "json")
    else:
        text = FORMATS[args.format](diagnostics, context)
        if args.format == "text" and not args.no_summary and not args.quiet:
            text += summary(diagnostics, len(lines), lang, unreadable=unreadable, fixed=fixed,
                            suppressed=suppressed, fixable=sum(1 for d in diagnostics if d.fix is not None and d.fix.safe),
                            unsafe=sum(1 for d in diagnostics if d.fix is not None and not d.fix.safe)) + "\n"
    if args.output_file:
        if not _write(args.output_file, text, lang):
            return 2
    elif not _emit(text, lang):
        return 2
    if failed:
        return 2
    failing = FAIL_LEVELS[args.fail_on]
    too_many = args.max_warnings is not None and sum(d.severity == "warning" for d in diagnostics) > args.max_warnings
    return 1 if not args.exit_zero and (too_many or any(d.severity in failing for d in diagnostics)) else 0


def _read_stdin(name: str):
    """Standard input read as the report ``name`` (``--stdin-filename``); never written back."""
    source = read_bytes(read_limited(sys.stdin.buffer, name), name)   # a .docx, .html or .pdf named so, or any PDF
    return dataclasses.replace(source, kind="stdin") if source.kind == "text" else source


def _emit(text: str, lang: str) -> bool:
    """Write ``text`` to standard output; False after one line on stderr when that fails
    (a full disk, a closed pipe's reader aside)."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        _error(f"无法写入标准输出：{exc.strerror or exc}" if lang == "zh"
               else f"cannot write to standard output: {exc.strerror or exc}")
        _detach_stdout()
        return False
    return True


def _detach_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's last flush
    at exit does not fail a second time with a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


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
    """Findings per rule and severity (as the configuration set it), most frequent first:
    a table, or JSON with ``as_json``."""
    counts: dict[tuple[str, str], int] = {}
    for d in diagnostics:
        counts[(d.code, d.severity)] = counts.get((d.code, d.severity), 0) + 1
    items = []
    for (code, severity), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        info = context.rules.get(code)
        items.append({"code": code, "name": info.name if info else "", "severity": severity, "count": count})
    if as_json:
        return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
    rows = [f"{i['count']:6d}\t{i['code']}\t{i['name']}\t{i['severity']}" for i in items]
    return "\n".join(rows) + ("\n" if rows else "")


def run_parse(argv) -> int:
    args = _parse_parser(lang_of(argv)).parse_args(argv)
    try:
        source = read_source(args.path)
    except SourceError as exc:
        _error(exc.line(args.lang))
        return 2
    report = build_report(source.text, args.path)
    from govlint.cli.tree import format_text, format_tree   # only `govlint parse` prints trees

    text = format_text(report, source.locations, args.lang) if args.text else format_tree(report)
    return 0 if _emit(text, args.lang) else 2


def _fixable(info) -> bool:
    """Whether a rule offers fixes that --fix applies (its module says ``FIXABLE = True``)."""
    return getattr(info.plugin, "FIXABLE", False) is True


def _suggests(info) -> bool:
    """Whether a rule offers only unsafe fixes, for --unsafe-fixes (``FIXABLE = "unsafe"``)."""
    return getattr(info.plugin, "FIXABLE", False) == "unsafe"


def run_rules(argv) -> int:
    args = _rules_parser(lang_of(argv)).parse_args(argv)
    try:
        found = rules(get_plugin_manager())
    except PluginError as exc:
        _error(str(exc))
        return 2
    if args.format == "json":
        items = [{"code": info.code, "name": info.name, "severity": info.severity, "summary": info.summary,
                  "fixable": _fixable(info), "unsafe_fixable": _suggests(info), "origin": info.origin, "explanation": _dedent(info.doc).strip()}
                 for info in found]
        return 0 if _emit(json.dumps(items, ensure_ascii=False, indent=2) + "\n", args.lang) else 2
    if args.format == "markdown":
        from govlint.cli.rule_table import markdown

        return 0 if _emit(markdown(found), args.lang) else 2
    mark = "（可修复）" if args.lang == "zh" else " (fixable)"
    suggests = "（修改建议需确认）" if args.lang == "zh" else " (suggested fixes, --unsafe-fixes)"
    rows = []
    for info in found:
        origin = "" if info.origin == "builtin" else f"  ({info.origin})"
        rows.append(f"{info.code}  {info.name:<28} {info.severity:<8} {info.summary}"
                    f"{mark if _fixable(info) else suggests if _suggests(info) else ''}{origin}\n")
    return 0 if _emit("".join(rows), args.lang) else 2


def run_rule(argv) -> int:
    args = _rule_parser(lang_of(argv)).parse_args(argv)
    try:
        found = rules(get_plugin_manager())
    except PluginError as exc:
        _error(str(exc))
        return 2
    wanted = args.code.strip()
    for info in found:
        if wanted.upper() == info.code or wanted == info.name:
            return 0 if _emit(info.documentation(args.lang) + "\n", args.lang) else 2
    _error(f"没有这条规则：{wanted}（govlint rules 列出全部规则）" if args.lang == "zh"
           else f"no such rule: {wanted} (see govlint rules)")
    return 2


def _dedent(doc: str) -> str:
    import inspect

    return inspect.cleandoc(doc)


COMMANDS = {"check": run_check, "parse": run_parse, "rules": run_rules, "rule": run_rule}


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if hasattr(sys.stdout, "reconfigure"):
        try:
            sys.stdout.reconfigure(errors="replace")
        except (ValueError, OSError):
            pass
    takes_value = value_options(_check_parser()) | value_options(_rules_parser())
    command, rest = split_command(argv, takes_value)
    # what exists before the command runs (modules, the parser, the pattern cache) lives to its
    # end: the cyclic collector leaves it out until then instead of walking it at each collection
    gc.freeze()
    try:
        return COMMANDS[command](rest)
    except SystemExit as exc:  # argparse: usage errors are exit 2, -h and --version 0
        return exc.code if isinstance(exc.code, int) else 2
    except BrokenPipeError:
        _detach_stdout()
        return 0
    except KeyboardInterrupt:
        return 130
    finally:
        gc.unfreeze()
        regex_store.save()   # the patterns this run compiled, for the next run
        code_store.save()    # and the methods of its dataclasses
        text_memo.save_all()  # and what the proofreader read in the texts it saw


if __name__ == "__main__":
    sys.exit(main())
