"""Entry script of the frozen app: the same `main()` as the `ltv-desktop` command."""

import sys

from ltv_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
