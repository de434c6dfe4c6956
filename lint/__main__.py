from govlint.cli.ending import run

run()
