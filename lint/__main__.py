import sys

from govlint.cli.commands import main

sys.exit(main())
