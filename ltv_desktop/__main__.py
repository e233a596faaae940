"""`python -m ltv_desktop` runs the same entry point as the `ltv-desktop` command."""

import sys

from ltv_desktop.cli import main

sys.exit(main())
