"""A DB-API connection straight to an archive file, plain or encrypted, for tests that change
a file behind Elshi's back (as another program, or damage, would)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from database import encryption
from database.engine import looks_like_sqlite


def raw_connect(path: Path, key: encryption.Key | None = None, **kwargs: Any) -> Any:
    """The standard module for a plain file; SQLCipher with ``key`` for an encrypted one."""
    if key is None or (path.exists() and path.stat().st_size and looks_like_sqlite(path)):
        return sqlite3.connect(path, **kwargs)
    con = encryption.connect(path, key)
    if "isolation_level" in kwargs:
        con.isolation_level = kwargs["isolation_level"]
    return con
