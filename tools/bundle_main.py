"""The bundle's entry point: PyInstaller freezes this script into the ``playground`` program
(``tools/playground.spec``). It runs exactly what the installed ``playground`` command runs."""

import sys

from playground.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
