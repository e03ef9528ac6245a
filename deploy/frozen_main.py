"""The entry point of the one-folder build (deploy/elshi.spec): the same ``elshi`` command."""

import sys

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
