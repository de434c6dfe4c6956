"""govlint: a linter for 政府信息公开工作年度报告 (government information
disclosure annual reports).

The core is pure: :func:`parse` turns text into a :class:`Report`, and
:func:`lint_text` returns diagnostics; reading files, formatting and exit codes
live in :mod:`govlint.cli`.  Plugin authors import :data:`hookimpl` and
:class:`Finding` from here.
"""

from __future__ import annotations

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("govlint")
except _metadata.PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

from .build import parse
from .diagnostics import Diagnostic, Finding, Fix, Note
from .hookspecs import hookimpl
from .nodes import Report, Span
from .settings import Settings, lint_report, lint_reports, lint_text

__all__ = ["Diagnostic", "Finding", "Fix", "Note", "Report", "Settings", "Span", "hookimpl",
           "__version__", "lint_report", "lint_reports", "lint_text", "parse"]
