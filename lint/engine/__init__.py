"""The engine layer: rule plugins and how they are run.

The hook specification and plugin manager (``hookspecs``, ``plugins``,
``discovery``), running rules in isolation (``run``, ``isolation``), what rules
report (``diagnostics``), fixes, baselines, configuration files and the settings of
one run.
"""
