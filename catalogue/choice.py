"""Which language Elshi speaks: the same answer for the window and the command line.

In order: ``--lang``, the ``ELSHI_LANG`` environment variable, the language chosen in Settings
(``settings.json`` under platformdirs' user config folder for "Elshi", or the folder named by
``ELSHI_CONFIG_DIR``, which tests point elsewhere), the system's locale if Elshi speaks it, else
English.
"""

from __future__ import annotations

import json
import locale
import os
import sys
from pathlib import Path

from catalogue import DEFAULT, LANGUAGES
from database.atomic import atomic_write_text
from database.private import make_folders

CONFIG_DIR_VARIABLE = "ELSHI_CONFIG_DIR"
SETTINGS_FILE = "settings.json"


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_VARIABLE)
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("Elshi", appauthor=False))


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def _settings() -> dict[str, object]:
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def has_settings_file() -> bool:
    return settings_path().is_file()


def saved_language() -> str | None:
    """The language chosen in Settings, if one was."""
    value = _settings().get("language")
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(lang: str) -> None:
    """Keep ``lang`` as the chosen language; other settings in the file stay as they are. Written
    to a temporary file first, so a crash never leaves half a file."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown interface language: {lang}")
    data = _settings()
    data["language"] = lang
    path = settings_path()
    make_folders(path.parent)
    with atomic_write_text(path, encoding="utf-8") as f:
        f.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def code_of(name: str | None) -> str | None:
    """"kk_KZ.UTF-8", "ru-RU", "Russian_Russia" -> "kk" / "ru" / "en", or None."""
    if not name:
        return None
    head = name.replace("-", "_").split(".")[0].split("_")[0].lower()
    return {"kazakh": "kk", "russian": "ru", "english": "en"}.get(head, head if head in LANGUAGES else None)


def system_language() -> str:
    """The system's language if Elshi speaks it, else English."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in os.environ.get(variable, "").split(":"):
            code = code_of(part)
            if code:
                return code
            if part and variable != "LANGUAGE":
                return DEFAULT  # the variable that decides names a language Elshi does not speak
    if sys.platform == "win32":
        return code_of(locale.getlocale()[0]) or DEFAULT
    return DEFAULT


def override(explicit: str | None = None) -> str | None:
    """The language asked for on this run (``--lang``, else ``ELSHI_LANG``), if any."""
    for candidate in (explicit, os.environ.get("ELSHI_LANG")):
        if candidate in LANGUAGES:
            return candidate
    return None


def resolve(explicit: str | None = None) -> str:
    return override(explicit) or saved_language() or system_language()
