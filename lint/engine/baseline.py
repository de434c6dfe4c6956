"""Which finding is which, across runs: baselines and fingerprints.

A finding is known by its rule code, its file (a relative POSIX path), the text
it points at (with a few characters of context on its line, whitespace
collapsed) and its occurrence index among the findings that share those three —
never by its line number, so inserting lines above a finding does not make it
new.  A baseline file lists the identities a
repository has accepted; GitLab's fingerprints hash the same identity.

Pure: reading and writing the baseline file is the CLI's job.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from govlint.engine.diagnostics import Diagnostic
from govlint.errors import UserError

FORMAT_KEY = "govlint-baseline"
FORMAT_VERSION = 1
CONTEXT = 8     # characters of context either side of the pointed-at text


class BaselineError(UserError):
    """A baseline file that cannot be used."""

    def __init__(self, path: str, reason: str, reason_en: str):
        super().__init__(reason, reason_en, path)


@dataclass(frozen=True)
class Identity:
    """What identifies a finding across edits: its code, file, the text it points at and which
    occurrence of that text it is."""

    code: str
    path: str
    text: str
    occurrence: int

    def fingerprint(self) -> str:
        import hashlib   # (only GitLab output and baselines ask: its import is not free)

        payload = "\x1f".join((self.code, self.path, self.text, str(self.occurrence)))
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def relative_path(path: str, root: str = "") -> str:
    """``path`` as a POSIX path relative to ``root`` (the working directory), as CI
    systems want it; a path outside ``root`` stays absolute, ``-`` stays ``-``."""
    if path == "-":
        return path
    if not root:
        return _posix(os.path.normpath(path))
    full = os.path.normpath(os.path.join(root, path))
    try:
        rel = os.path.relpath(full, root)
    except ValueError:  # another drive
        return _posix(full)
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return _posix(full)
    return _posix(rel)


def _posix(path: str) -> str:
    """A normalised path with forward slashes (what :meth:`PurePath.as_posix` gives)."""
    return path.replace(os.sep, "/") if os.sep != "/" else path


def pointed_text(diagnostic: Diagnostic, lines, context: int = CONTEXT) -> str:
    """The text a diagnostic points at, marked ``«…»``, with up to ``context``
    characters either side on the same lines; whitespace collapsed.  The little
    context tells apart two findings on the same word in different sentences.
    ``lines`` are the file's lines (empty when unknown)."""
    span = diagnostic.span
    if not lines or span.line > len(lines):
        return ""
    first = lines[span.line - 1]
    last_line = min(span.end_line, len(lines))
    last = lines[last_line - 1]
    end_column = span.end_column if last_line == span.end_line else len(last) + 1
    if last_line == span.line:
        pointed = first[span.column - 1:end_column - 1]
    else:
        pointed = "\n".join([first[span.column - 1:], *lines[span.line:last_line - 1], last[:end_column - 1]])
    before = first[max(0, span.column - 1 - context):span.column - 1]
    after = last[end_column - 1:end_column - 1 + context]
    return f"{_collapse(before)}«{_collapse(pointed)}»{_collapse(after)}"


def _collapse(text: str) -> str:
    return " ".join(text.split())


def identities(diagnostics, lines_by_path, root: str = "") -> list[Identity]:
    """The identity of each diagnostic, in the order given."""
    keyed = []
    for d in diagnostics:
        keyed.append((d.code, relative_path(d.path, root), pointed_text(d, lines_by_path.get(d.path, ()))))
    order = sorted(range(len(diagnostics)), key=lambda i: diagnostics[i].sort_key())
    seen: dict[tuple, int] = {}
    out: list[Identity | None] = [None] * len(diagnostics)
    for i in order:
        index = seen.get(keyed[i], 0)
        seen[keyed[i]] = index + 1
        out[i] = Identity(*keyed[i], index)
    return out  # type: ignore[return-value]


@dataclass(frozen=True)
class Baseline:
    """The accepted findings of a repository."""

    accepted: frozenset

    def new(self, diagnostics, idents) -> list[Diagnostic]:
        """The diagnostics whose identity the baseline does not hold.  A rule that
        failed is always new: a baseline cannot accept a crash."""
        return [d for d, ident in zip(diagnostics, idents) if d.internal or ident not in self.accepted]


def format_baseline(diagnostics, idents, lang: str = "zh") -> str:
    """The baseline file for these findings: JSON, one finding per line, so that a
    change to the accepted findings is a readable diff.  Rules that failed are left
    out: a crash is never accepted."""
    rows = [json.dumps({"code": i.code, "path": i.path, "text": i.text, "occurrence": i.occurrence,
                        "message": d.text(lang)}, ensure_ascii=False)
            for d, i in sorted(zip(diagnostics, idents), key=lambda pair: pair[0].sort_key())
            if not d.internal]
    body = ",\n".join("    " + row for row in rows)
    return (f'{{\n  "{FORMAT_KEY}": {FORMAT_VERSION},\n  "findings": [\n'
            + body + ("\n" if rows else "") + "  ]\n}\n")


def parse_baseline(text: str, path: str) -> Baseline:
    """Read a baseline file's text.  Raises :class:`BaselineError` when it is not one."""
    try:
        data = json.loads(text.removeprefix("\ufeff"))
    except ValueError as exc:
        raise BaselineError(path, f"不是有效的 JSON：{exc}", f"not valid JSON: {exc}") from None
    except RecursionError:
        raise BaselineError(path, "嵌套过深，不是 govlint 基线文件", "nested too deep to be a govlint baseline") from None
    if not isinstance(data, dict) or data.get(FORMAT_KEY) != FORMAT_VERSION \
            or not isinstance(data.get("findings"), list):
        raise BaselineError(path, f"不是 govlint 基线文件（需要 \"{FORMAT_KEY}\": {FORMAT_VERSION} 和 findings 列表）",
                            f"not a govlint baseline file (expected \"{FORMAT_KEY}\": {FORMAT_VERSION} "
                            "and a findings list)")
    accepted = set()
    for number, item in enumerate(data["findings"], 1):
        try:
            ident = Identity(item["code"], item["path"], item["text"], item["occurrence"])
        except (KeyError, TypeError):
            raise BaselineError(path, f"第 {number} 条记录缺少 code、path、text 或 occurrence",
                                f"finding {number} lacks code, path, text or occurrence") from None
        if not all(isinstance(v, str) for v in (ident.code, ident.path, ident.text)) \
                or not isinstance(ident.occurrence, int):
            raise BaselineError(path, f"第 {number} 条记录的字段类型不对", f"finding {number} has fields of the wrong type")
        accepted.add(ident)
    return Baseline(frozenset(accepted))
