"""The command-line layer: arguments, walking folders, checking files in parallel,
and the output formats.  The entry point is :func:`govlint.cli.commands.main`."""


def __getattr__(name: str):
    # `govlint = "govlint.cli:main"` in pyproject.toml; importing the formats package
    # alone must not pull in the whole command line
    if name == "main":
        from govlint.cli.commands import main

        return main
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
