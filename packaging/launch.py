"""Entry script for the packaged app."""

import multiprocessing
import sys

from crm_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a large import reads the file in a second process
    sys.exit(main())
