"""Command-line parsing in the user's language: argparse with its own messages
in Chinese (the default) or English, and the split of ``argv`` into a
subcommand and its options, which may come before or after it
(``govlint --lang en rule S101`` is ``govlint rule S101 --lang en``)."""

from __future__ import annotations

import argparse
import os
import re
import sys

SUBCOMMANDS = ("check", "parse", "rules", "rule")

# argparse's own messages (Python 3.9 – 3.13) and their Chinese wording
_MESSAGES_ZH = (
    (r"the following arguments are required: (.*)", r"缺少参数：\1"),
    (r"unrecognized arguments: (.*)", r"无法识别的参数：\1"),
    (r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)", r"参数 \1：无效的选项 \2（可选：\3）"),
    (r"argument (\S+): invalid (\w+) value: (.*)", r"参数 \1：无效的值 \3"),
    (r"argument (\S+): expected one argument", r"参数 \1 后面需要一个值"),
    (r"argument (\S+): expected at least one argument", r"参数 \1 后面至少需要一个值"),
    (r"argument (\S+): expected at most one argument", r"参数 \1 后面至多只能有一个值"),
    (r"argument (\S+): not allowed with argument (\S+)", r"参数 \1 不能与 \2 同时使用"),
    (r"argument (\S+): ignored explicit argument (.*)", r"参数 \1 不接受值 \2"),
    (r"ambiguous option: (\S+) could match (.*)", r"有歧义的选项 \1：可能是 \2"),
    (r"one of the arguments (.*) is required", r"需要以下参数之一：\1"),
    (r"argument (\S+): (.*)", r"参数 \1：\2"),
)


def translate(message: str, lang: str) -> str:
    """An argparse error message in ``lang`` (unknown messages stay as argparse wrote them)."""
    if lang != "zh":
        return message
    for pattern, replacement in _MESSAGES_ZH:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, replacement, message)
    return message


def terminal_columns() -> int:
    """The terminal's width as :func:`shutil.get_terminal_size` reads it (``COLUMNS``,
    then standard output's terminal, else 80), without importing :mod:`shutil`, which
    imports the bz2 and lzma compressors: argparse asks for it at every start."""
    try:
        columns = int(os.environ.get("COLUMNS", 0))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    usage_prefix = "usage: "

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = terminal_columns() - 2    # (as argparse does with shutil's width)
        super().__init__(prog, indent_increment, max_help_position, width)

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix if prefix is not None else self.usage_prefix)


class _ChineseFormatter(_Formatter):
    usage_prefix = "用法："


class ShowVersion(argparse.Action):
    """``--version``: govlint's version, read from the installed metadata only when asked for."""

    def __call__(self, parser, namespace, values, option_string=None):
        import govlint

        print(f"govlint {govlint.__version__}")   # on standard output, as argparse's own action
        parser.exit()


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks ``lang``: usage, section titles, ``-h`` and errors.

    Errors end the program with exit code 2, as argparse's do, after one usage
    line and one line saying what is wrong.
    """

    def __init__(self, *args, lang: str = "zh", **kwargs):
        self.lang = lang
        kwargs.setdefault("formatter_class", _ChineseFormatter if lang == "zh" else _Formatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "参数" if lang == "zh" else "arguments"
        self._optionals.title = "选项" if lang == "zh" else "options"
        self.add_argument("-h", "--help", action="help",
                          help="显示这段帮助并退出" if lang == "zh" else "show this help and exit")

    def error(self, message):
        self.print_usage(sys.stderr)
        said = translate(message, self.lang)
        self.exit(2, f"{self.prog}: 错误：{said}\n" if self.lang == "zh" else f"{self.prog}: error: {said}\n")


def lang_of(argv) -> str:
    """The ``--lang`` given anywhere in ``argv`` (the last one wins), else Chinese."""
    lang = "zh"
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    return lang if lang in ("zh", "en") else "zh"


def split_command(argv, takes_value) -> tuple[str, list[str]]:
    """The subcommand in ``argv`` and the arguments left for it.

    The subcommand is the first argument that is not an option nor an option's
    value (``takes_value`` is the set of option strings that take one); without
    one, the command is ``check`` and every argument is its own.
    """
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            break
        if arg.startswith("-") and arg != "-":
            if arg in takes_value:
                i += 1
            i += 1
            continue
        if arg in SUBCOMMANDS:
            return arg, argv[:i] + argv[i + 1:]
        break
    return "check", list(argv)


def value_options(parser: argparse.ArgumentParser) -> set[str]:
    """The option strings of ``parser`` that take a value."""
    return {option for action in parser._actions if action.option_strings and action.nargs != 0
            for option in action.option_strings}
