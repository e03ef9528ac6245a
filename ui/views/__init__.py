"""Each module here defines ``VIEW = ViewSpec(...)`` (or a list ``VIEWS``); the main window
lists them all by order."""

from __future__ import annotations

import importlib
import pkgutil

from ui.workspace import ViewSpec


def discover() -> list[ViewSpec]:
    specs: list[ViewSpec] = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        found = [getattr(module, "VIEW", None), *getattr(module, "VIEWS", ())]
        specs.extend(spec for spec in found if isinstance(spec, ViewSpec))
    return sorted(specs, key=lambda s: s.order)
