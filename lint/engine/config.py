"""Configuration files: ``[tool.govlint]`` in ``pyproject.toml``, or ``govlint.toml``.

The file that applies to a report is found from the report's folder upwards, as
ruff and flake8 do: in each folder ``govlint.toml`` first, then a
``pyproject.toml`` that has a ``[tool.govlint]`` table.  ``--config FILE`` names
one file for every report instead.  A file is read and checked once into a
frozen :class:`Config`; :meth:`Config.settings_for` gives the
:class:`~govlint.Settings` of one report (its per-file ignores applied).

Keys (all optional)::

    select = ["S", "D"]              # rule codes or prefixes to run (default: all)
    extend-select = ["W101"]         # added to select
    ignore = ["S105"]                # codes or prefixes not to run
    per-file-ignores = { "archive/2019/*" = ["D104"] }   # glob -> codes
    severity = { S104 = "error", D = "warning" }         # code or prefix -> level
    agency-kind = "department"       # government | department | township
    dictionaries = ["words.toml"]    # extra word lists (TOML: [[word]] wrong/right, allow = [...])
    baseline = "govlint-baseline.json"  # accepted findings (see --baseline)
    exclude = ["archive", "drafts/*.txt"]   # files and folders not checked when a folder is walked
    extend-exclude = ["*.bak.txt"]   # added to exclude
    max-file-size = "100 MiB"        # larger files are refused unread (bytes, or "500 KB", "2 MiB"; 0: none)
    rule-time-limit = 60             # seconds one rule may take on one report (0: none)

Paths are relative to the configuration file's folder.
"""

from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass


from govlint.engine.diagnostics import SEVERITIES
from govlint import toml_reader
from govlint.errors import UserError
from govlint.engine.isolation import DEFAULT_TIME_LIMIT
from govlint.engine.settings import Settings
from govlint.syntax.source import DEFAULT_MAX_BYTES
from govlint.model.wordlist import DictionaryError, load_allowed, load_dictionary

CONFIG_FILES = ("govlint.toml", "pyproject.toml")
AGENCY_KINDS = ("government", "department", "township")
KEYS = ("select", "extend-select", "ignore", "per-file-ignores", "severity", "agency-kind",
        "dictionaries", "baseline", "exclude", "extend-exclude", "max-file-size", "rule-time-limit")
_SIZE = re.compile(r"^\s*(\d+)\s*(B|KB|MB|GB|KiB|MiB|GiB)?\s*$", re.I)
_UNITS = {"": 1, "b": 1, "kb": 1000, "mb": 1000 ** 2, "gb": 1000 ** 3,
          "kib": 1024, "mib": 1024 ** 2, "gib": 1024 ** 3}


class ConfigError(UserError):
    """A configuration file or value govlint cannot use; the reasons name the file and the key."""


@dataclass(frozen=True)
class Config:
    """One configuration file, checked.  ``path`` is None for the defaults."""

    path: str | None = None
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: tuple[tuple[str, str], ...] = ()      # (code, level), prefixes already expanded
    options: tuple[tuple[str, object], ...] = ()
    baseline: str | None = None
    exclude: tuple[str, ...] = ()
    extend_exclude: tuple[str, ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    time_limit: float = DEFAULT_TIME_LIMIT

    @property
    def root(self) -> str:
        return os.path.dirname(self.path) if self.path else os.getcwd()

    def settings_for(self, path: str, select: tuple[str, ...] = (), extend_select: tuple[str, ...] = (),
                     ignore: tuple[str, ...] = ()) -> Settings:
        """The settings for the report at ``path``: this file's choices, its per-file
        ignores that match the path, then the command line's ``select`` (which
        replaces the file's), ``extend-select`` and ``ignore`` (which add)."""
        chosen = select or self.select
        extra = self.extend_select + extend_select
        if extra:
            chosen = (chosen or ("",)) + extra   # "" selects every rule, as no select does
        ignored = self.ignore + self.ignores_for(path) + ignore
        return Settings(select=tuple(chosen), ignore=ignored, severity=self.severity, options=self.options,
                        time_limit=self.time_limit, max_bytes=self.max_bytes)

    def ignores_for(self, path: str) -> tuple[str, ...]:
        if not self.per_file_ignores or path == "-":
            return ()
        relative = os.path.relpath(os.path.abspath(path), self.root).replace(os.sep, "/")
        name = os.path.basename(path)
        out: list[str] = []
        for pattern, codes in self.per_file_ignores:
            if fnmatch.fnmatchcase(relative, pattern) or fnmatch.fnmatchcase(name, pattern):
                out.extend(codes)
        return tuple(out)


def find_config(start: str) -> str | None:
    """The configuration file for a report (or folder) at ``start``, searching upwards."""
    directory = os.path.abspath(start if start != "-" else os.getcwd())
    if not os.path.isdir(directory):
        directory = os.path.dirname(directory)
    while True:
        for name in CONFIG_FILES:
            candidate = os.path.join(directory, name)
            if os.path.isfile(candidate) and (name != "pyproject.toml" or _has_table(candidate)):
                return candidate
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def _has_table(pyproject: str) -> bool:
    """Whether a ``pyproject.toml`` has a ``[tool.govlint]`` table.  One whose text never
    names govlint (not even through a ``\\u`` escape in a quoted key) has none, and is
    not parsed: most projects' ``pyproject.toml`` is some other tool's."""
    try:
        with open(pyproject, "rb") as handle:
            raw = handle.read()
    except OSError:
        raw = b"govlint"     # unreadable: reading it again below says so
    if b"govlint" not in raw and b"\\u" not in raw and b"\\U" not in raw:
        return False
    return _table(pyproject) is not None


def _read_toml(path: str) -> dict:
    """A TOML file's table: UTF-8 (a byte-order mark is allowed), not nested too deep."""
    try:
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8-sig")
        return toml_reader.loads(text)
    except OSError as exc:
        raise ConfigError(f"{path}：无法读取配置文件：{exc.strerror or exc}",
                          f"{path}: cannot read the configuration file: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}：不是 UTF-8 编码的文本（第 {exc.start} 字节）",
                          f"{path}: not UTF-8 text (byte {exc.start})") from None
    except toml_reader.TOMLDecodeError as exc:
        raise ConfigError(f"{path}：不是有效的 TOML：{exc}", f"{path}: not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}：嵌套过深，不是可用的配置文件", f"{path}: nested too deep to be a configuration") from None


def _table(path: str) -> dict | None:
    data = _read_toml(path)
    if os.path.basename(path) == "pyproject.toml":
        table = data.get("tool", {}).get("govlint") if isinstance(data.get("tool"), dict) else None
        return table
    return data


def load_config(path: str, known_codes) -> Config:
    """Read and check one configuration file.  ``known_codes`` are the registered rule
    codes that select, ignore and the other code lists are checked against."""
    path = os.path.abspath(path)
    table = _table(path)
    pyproject = os.path.basename(path) == "pyproject.toml"
    if table is None:
        raise ConfigError(f"{path}：没有 [tool.govlint] 配置表", f"{path}: has no [tool.govlint] table")
    checker = _Checker(path, "tool.govlint." if pyproject else "", sorted(known_codes))
    return checker.config(table)


class _Checker:
    """Turns a configuration table into a :class:`Config`, or raises a
    :class:`ConfigError` naming the file and the key."""

    def __init__(self, path: str, prefix: str, known: list[str]):
        self.path, self.prefix, self.known = path, prefix, known

    def fail(self, key: str, reason: str, reason_en: str):
        raise ConfigError(f"{self.path}：{self.prefix}{key}：{reason}",
                          f"{self.path}: {self.prefix}{key}: {reason_en}")

    def config(self, table: dict) -> Config:
        if not isinstance(table, dict):
            raise ConfigError(f"{self.path}：{self.prefix.rstrip('.')} 应为一个表",
                              f"{self.path}: {self.prefix.rstrip('.')} must be a table")
        for key in table:
            if key not in KEYS:
                import difflib   # (only for an unknown key)

                close = difflib.get_close_matches(key, KEYS, n=1)
                hint_zh = f"（是不是 {close[0]}？）" if close else ""
                hint_en = f" (did you mean {close[0]}?)" if close else ""
                self.fail(key, f"未知的配置项{hint_zh}；可用的配置项：{', '.join(KEYS)}",
                          f"unknown key{hint_en}; known keys: {', '.join(KEYS)}")
        options: list[tuple[str, object]] = []
        if "agency-kind" in table:
            kind = table["agency-kind"]
            if kind not in AGENCY_KINDS:
                self.fail("agency-kind", f"应为 {' / '.join(AGENCY_KINDS)} 之一，而不是 {kind!r}",
                          f"must be one of {', '.join(AGENCY_KINDS)}, not {kind!r}")
            options.append(("agency_kind", kind))
        if "dictionaries" in table:
            paths = tuple(self.file(f"dictionaries[{i}]", value)
                          for i, value in enumerate(self.strings("dictionaries", table["dictionaries"])))
            for i, path in enumerate(paths):
                try:
                    load_dictionary(path)
                    load_allowed(path)
                except DictionaryError as exc:
                    self.fail(f"dictionaries[{i}]", f"词表无法使用（UTF-8 的 TOML，或每行“错词 正词”的文本）：{exc}",
                              f"the word list cannot be used (UTF-8 TOML, or one “wrong right” pair a line): {exc}")
            options.append(("dictionaries", paths))
        baseline = None
        if "baseline" in table:
            if not isinstance(table["baseline"], str) or not table["baseline"]:
                self.fail("baseline", "应为文件路径字符串", "must be a file path (a string)")
            baseline = os.path.join(os.path.dirname(self.path), table["baseline"])
        per_file = table.get("per-file-ignores", {})
        if not isinstance(per_file, dict):
            self.fail("per-file-ignores", "应为“文件模式 = [规则代码…]”的表",
                      'must be a table of "glob" = ["CODE", …]')
        return Config(
            path=self.path,
            select=self.codes("select", table.get("select", [])),
            extend_select=self.codes("extend-select", table.get("extend-select", [])),
            ignore=self.codes("ignore", table.get("ignore", [])),
            per_file_ignores=tuple((pattern.removeprefix("./"), self.codes(f'per-file-ignores."{pattern}"', codes))
                                   for pattern, codes in per_file.items()),
            severity=self.severity(table.get("severity", {})),
            options=tuple(options),
            baseline=baseline,
            exclude=tuple(self.strings("exclude", table.get("exclude", []))),
            extend_exclude=tuple(self.strings("extend-exclude", table.get("extend-exclude", []))),
            max_bytes=self.size("max-file-size", table.get("max-file-size", DEFAULT_MAX_BYTES)),
            time_limit=self.seconds("rule-time-limit", table.get("rule-time-limit", DEFAULT_TIME_LIMIT)),
        )

    def size(self, key: str, value) -> int:
        match = _SIZE.match(value) if isinstance(value, str) else None
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        if match:
            return int(match[1]) * _UNITS[(match[2] or "").lower()]
        self.fail(key, '应为字节数或带单位的大小（如 "50 MB"、"100 MiB"；0 表示不限）',
                  'must be a number of bytes or a size with a unit ("50 MB", "100 MiB"; 0: no limit)')

    def seconds(self, key: str, value) -> float:
        if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < float("inf"):
            return float(value)
        self.fail(key, "应为秒数（0 表示不限）", "must be a number of seconds (0: no limit)")

    def strings(self, key: str, value) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(key, "应为字符串列表", "must be a list of strings")
        return value

    def codes(self, key: str, value) -> tuple[str, ...]:
        out = []
        for raw in self.strings(key, value):
            code = raw.strip().upper()
            if not code or not any(k.startswith(code) for k in self.known):
                self.fail(key, f"没有代码以 {raw!r} 开头的规则（govlint rules 列出全部规则）",
                          f"no rule code starts with {raw!r} (see govlint rules)")
            out.append(code)
        return tuple(out)

    def severity(self, value) -> tuple[tuple[str, str], ...]:
        if not isinstance(value, dict):
            self.fail("severity", "应为“规则代码 = 级别”的表", 'must be a table of CODE = "error" | "warning" | "info"')
        levels = {}
        for raw, level in value.items():
            code = self.codes(f"severity.{raw}", [raw])[0]
            if level not in SEVERITIES:
                self.fail(f"severity.{raw}", f"级别应为 error、warning 或 info，而不是 {level!r}",
                          f"level must be error, warning or info, not {level!r}")
            levels[code] = level
        out = []
        for code in self.known:   # the longest matching prefix decides, as in select/ignore
            matching = [prefix for prefix in levels if code.startswith(prefix)]
            if matching:
                out.append((code, levels[max(matching, key=len)]))
        return tuple(out)

    def file(self, key: str, value: str) -> str:
        path = os.path.normpath(os.path.join(os.path.dirname(self.path), value))
        if not os.path.isfile(path):
            self.fail(key, f"文件不存在：{path}", f"no such file: {path}")
        return path
