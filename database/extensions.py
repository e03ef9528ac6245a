"""Parts of the core that keep derived data in step with the records (search index, audit
trail). Each module listed here has ``install(archive)``, called on every archive opened, which
adds its write hooks and creates anything it needs. One line per extension."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from database.archive import Archive

EXTENSIONS: list[str] = [
    "database.audit",
    "database.search",
]


def install_extensions(archive: Archive) -> None:
    for name in EXTENSIONS:
        importlib.import_module(name).install(archive)
