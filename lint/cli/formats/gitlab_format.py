"""GitLab Code Quality report (the ``codequality`` artifact): a JSON array of issues
with description, check_name, fingerprint, severity and location.

The fingerprint hashes the finding's identity (rule, path, the text it points at,
occurrence index) — the same identity baselines use — so it stays the same across
runs and when lines are inserted above the finding, and no two findings share one.
"""

from __future__ import annotations

import json

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def render(diagnostics, context) -> str:
    issues = []
    for d, ident in zip(diagnostics, context.identities(diagnostics)):
        place = context.place(d)
        issues.append({
            "type": "issue",
            "description": f"{d.code} {context.message(d)} [{d.name}]",
            "check_name": d.code,
            "fingerprint": ident.fingerprint(),
            "severity": SEVERITIES.get(d.severity, "minor"),
            "location": {
                "path": ident.path,
                "lines": {"begin": place.line, "end": place.end_line},
            },
        })
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
