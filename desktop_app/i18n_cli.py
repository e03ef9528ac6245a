"""The command line's language: Elshi's one catalogue (catalogue/), and argparse's own words.

The messages are those of the window, briefings and calendar files (``t``, ``word``, ``language``
are the catalogue's own). Which language: ``catalogue.choice`` (``--lang``, ``ELSHI_LANG``, the
Settings file, the system's locale, English), the same answer the window gets.
"""

from __future__ import annotations

import argparse

from catalogue import DEFAULT, LANGUAGES, NP_, language, pgettext, t, word
from catalogue import set_language as _set_language
from catalogue.choice import override, resolve, saved_language, system_language

__all__ = ["DEFAULT", "LANGUAGES", "language", "override", "resolve", "saved_language", "set_language",
           "system_language", "t", "word"]

# argparse's own words (usage, help, errors) that Elshi's parser shows, in the catalogue under the
# context "argparse".
ARGPARSE = (
    NP_("argparse", "usage: "),
    NP_("argparse", "positional arguments"),
    NP_("argparse", "options"),
    NP_("argparse", "show this help message and exit"),
    NP_("argparse", "%(prog)s: error: %(message)s\n"),
    NP_("argparse", "unrecognized arguments: %s"),
    NP_("argparse", "the following arguments are required: %s"),
    NP_("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    NP_("argparse", "expected one argument"),
    NP_("argparse", "argument %(argument_name)s: %(message)s"),
    NP_("argparse", "invalid %(type)s value: %(value)r"),
)


def set_language(lang: str) -> None:
    _set_language(lang)
    _route_argparse()


def _argparse_text(message: str) -> str:
    return pgettext("argparse", message)


def _route_argparse() -> None:
    # argparse binds gettext.gettext at import and looks its words up in the process-wide default
    # domain, in the language of the environment; the stdlib has no other way to give it the
    # language chosen on this run.
    argparse._ = _argparse_text  # type: ignore[attr-defined]
