"""Correct reports stay quiet: no error and no warning (info notes are allowed).

Each file under ``fixtures/clean/`` is a complete, synthetic and correct report,
written the ways real ones are: run-in sub-headings, tables one cell per line,
a date in brackets under the title, a GBK file with CRLF line ends, a saved web
page.  A finding on any of them is a false alarm.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govlint import Settings
from govlint.engine.plugins import get_plugin_manager
from govlint.cli.runner import check_file

CLEAN = Path(__file__).parent / "fixtures" / "clean"
PM = get_plugin_manager(load_entry_points=False)


@pytest.mark.parametrize("path", sorted(CLEAN.iterdir()), ids=lambda p: p.name)
def test_clean_report_has_no_error_or_warning(path):
    result = check_file(str(path), Settings(), pm=PM)
    assert not result.failed, result.errors
    loud = [f"{d.line}: {d.code} {d.message}" for d in result.diagnostics if d.severity in ("error", "warning")]
    assert loud == []


def test_gbk_fixture_is_really_gbk_with_crlf():
    data = (CLEAN / "street_office_2021_gbk_crlf.txt").read_bytes()
    assert b"\r\n" in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    data.decode("gbk")
