"""Table findings do not depend on hash order: the same file gives the same
findings, at the same cells, under every PYTHONHASHSEED."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from govlint import parse
from govlint.model.tables import recognise
from govlint.model.tables.identities import breaches

from table_fixtures import consistent_values, render


def _tied_table() -> str:
    """Two cells of one row explain the same broken identities equally well.

    Row 三(三)1 reads 2 2 … with a total of 2 (should be 4), and 三(一) carries
    2 too many in both 自然人 and 商业企业 (its own total kept in step), so the
    自然人 and 商业企业 columns are each 2 over their （七） total: either cell
    of 三(三)1 would mend its row and its column.
    """
    rows = consistent_values({"三(一)": [3, 3, 0, 0, 0, 0], "三(三)1": [2, 2, 0, 0, 0, 0]}, [0] * 6)
    rows = {key: list(values) for key, values in rows.items()}
    rows["三(一)"][0] += 2
    rows["三(一)"][1] += 2
    rows["三(一)"][6] += 4
    rows["三(三)1"][6] -= 2
    return render(rows, "tabs")


def test_a_tie_goes_to_the_first_cell_in_grid_order():
    grid = recognise(parse(_tied_table())).table("三")
    roots = [breach.root for breach in breaches(grid)]
    assert roots[0] == ("三(三)1", "自然人")
    assert ("三(三)1", "商业企业") not in roots


def test_a_cell_that_would_have_to_be_negative_is_not_the_root():
    rows = consistent_values({"三(一)": [3, 0, 0, 0, 0, 0]}, [0] * 6)
    rows = {key: list(values) for key, values in rows.items()}
    rows["三(二)"][1] += 2          # 商业企业 2 over its total of 0 and over （七）
    rows["三(一)"][0] += 2          # 自然人 2 over （七）, and 三(一) total kept in step
    rows["三(一)"][6] += 2
    grid = recognise(parse(render(rows, "tabs"))).table("三")
    roots = [breach.root for breach in breaches(grid)]
    # 三(二) 自然人 is 0: mending row 三(二) and the 自然人 column through it would make it -2
    assert ("三(二)", "自然人") not in roots
    assert ("三(二)", "商业企业") in roots


@pytest.mark.parametrize("text", [_tied_table()], ids=["tied-cells"])
def test_same_findings_under_every_hash_seed(tmp_path, text):
    path = tmp_path / "tied.txt"
    path.write_text(text, encoding="utf-8")
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run([sys.executable, "-m", "govlint", str(path), "--select", "T", "--format", "json"],
                              capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode in (0, 1), done.stderr
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert '"T101"' in outputs.pop()
