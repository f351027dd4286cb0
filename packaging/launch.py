"""Entry script for the packaged app."""

import sys

from crm_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
