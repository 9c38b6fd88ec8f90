"""PyInstaller entry point of the `companion` program in the bundle (same as the console script)."""

import sys

from companion.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
