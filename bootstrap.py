#!/usr/bin/env python3
# ruff: noqa: UP010, UP031, UP036
"""Set up Elshi in a local virtual environment, start it, test it, or make an offline bundle.

    python3 bootstrap.py [--install-system-packages]        set up and start Elshi
    python3 bootstrap.py test [--install-system-packages]   set up with the test tools, run the tests
    python3 bootstrap.py bundle [--platform P ...]          make an offline bundle (dist/offline/)
    python3 bootstrap.py lock                               re-pin deploy/lock/ from pyproject.toml
    python3 bootstrap.py freeze                             a one-folder build that needs no Python

This file only checks that the Python running it is new enough, in syntax every Python 3 (and 2)
can read, so an old one gets a sentence instead of a SyntaxError; the work is done by
deploy/elshi_setup.py, which uses only the standard library.
"""

from __future__ import print_function

import os
import sys

if sys.version_info < (3, 11):
    sys.stderr.write(
        "[elshi setup] Elshi needs Python 3.11 or newer; this is Python %s (%s).\n"
        "[elshi setup] Install Python 3.11 or newer (Debian 12 and Ubuntu 24.04 have it as python3;"
        " on Windows and macOS from python.org), then run this again with it, e.g.\n"
        "    python3.11 bootstrap.py\n" % (sys.version.split()[0], sys.executable)
    )
    sys.exit(1)

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "deploy"))

import elshi_setup  # only after the version check

if __name__ == "__main__":
    sys.exit(elshi_setup.run(sys.argv[1:]))
