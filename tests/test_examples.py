"""The bundled examples a newcomer runs (``govlint examples/``): each report once,
and the GBK copy of the defective one kept as a test fixture that must give the
same findings as the UTF-8 example."""

from __future__ import annotations

import json
from pathlib import Path

from govlint.cli.commands import main
from govlint.cli.walk import REPORT_SUFFIXES

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GBK = Path(__file__).parent / "fixtures" / "encodings" / "2020_report_with_defects_gbk.txt"


def findings(path, capsys):
    main(["--format", "json", str(path)])
    return [(i["line"], i["column"], i["code"], i["message"]) for i in json.loads(capsys.readouterr().out)]


def test_no_example_is_another_example_in_another_encoding():
    texts = {}
    for path in sorted(EXAMPLES.iterdir()):
        if not path.name.lower().endswith(REPORT_SUFFIXES):
            continue    # the README's screenshot of the audit page is no report
        data = path.read_bytes()
        for encoding in ("utf-8", "gb18030"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        assert text not in texts, f"{path.name} repeats {texts.get(text)}"
        texts[text] = path.name
        data.decode("utf-8")   # the examples are plain UTF-8


def test_the_gbk_fixture_gives_the_findings_of_the_utf8_example(capsys):
    """The fixture is the example with another agency in its first line, saved as GBK."""
    text = GBK.read_bytes().decode("gbk")
    example = (EXAMPLES / "2020_report_with_defects.txt").read_text(encoding="utf-8")
    assert text.splitlines()[1:] == example.splitlines()[1:]
    with_gbk = [(line, column, code) for line, column, code, _ in findings(GBK, capsys)]
    assert with_gbk and with_gbk == [(line, column, code) for line, column, code, _ in
                                     findings(EXAMPLES / "2020_report_with_defects.txt", capsys)]
