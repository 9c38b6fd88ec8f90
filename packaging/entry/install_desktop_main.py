"""PyInstaller entry point of `companion-install-desktop`, which sits beside `companion` in the bundle."""

import os
import sys

from companion.desktop_integration import cli_main

if __name__ == "__main__":
    os.umask(0o077)
    sys.exit(cli_main())
