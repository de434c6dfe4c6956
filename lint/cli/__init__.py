"""The command-line layer: arguments, walking folders, checking files in parallel,
and the output formats.  The entry point is :func:`govlint.cli.commands.main`; the
``govlint`` command runs it through :func:`govlint.cli.ending.run`."""


def __getattr__(name: str):
    # `from govlint.cli import main` (the entry point before govlint.cli.ending); importing
    # the formats package alone must not pull in the whole command line
    if name == "main":
        from govlint.cli.commands import main

        return main
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
