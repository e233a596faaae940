"""Entry script of the frozen app: the same `main()` as the `ltv-desktop` command.

`freeze_support` first: the analysis runs in a process started with "spawn", which in a frozen app starts
this executable again; there it must run the analysis (and exit), not open a second window.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from ltv_desktop.cli import main

    sys.exit(main())
