"""Subcommands beyond the basic ones in :mod:`desktop_app.cli`: each module here has
``register(subparsers)`` that adds its commands with ``set_defaults(run=...)``, where ``run``
takes ``(archive, args)`` and returns the exit status. Modules import heavy libraries inside
their ``run`` functions so that ``elshi --help`` and other commands stay fast."""
