"""govlint: a linter for 政府信息公开工作年度报告 (government information
disclosure annual reports).

The core is pure: :func:`parse` turns text into a :class:`Report`, and
:func:`lint_text` returns diagnostics; reading files, formatting and exit codes
live in :mod:`govlint.cli.commands`.  Plugin authors import :data:`hookimpl` and
:class:`Finding` from here.
"""

from __future__ import annotations

from govlint import regex_store

regex_store.warm()   # before the modules below compile their patterns

from govlint.syntax.build import parse  # noqa: E402
from govlint.engine.diagnostics import Diagnostic, Finding, Fix, Note  # noqa: E402
from govlint.engine.hookspecs import hookimpl  # noqa: E402
from govlint.syntax.nodes import Report, Span  # noqa: E402
from govlint.engine.settings import Settings, lint_report, lint_reports, lint_text  # noqa: E402



def __getattr__(name: str):
    # the version is read from the installed metadata only when asked for: importing
    # importlib.metadata costs more than the rest of a one-file run's start-up
    if name == "__version__":
        from importlib import metadata

        try:
            version = metadata.version("govlint")
        except metadata.PackageNotFoundError:  # run from a source tree that was never installed
            version = "0+unknown"
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Diagnostic", "Finding", "Fix", "Note", "Report", "Settings", "Span", "hookimpl",
           "__version__", "lint_report", "lint_reports", "lint_text", "parse"]
