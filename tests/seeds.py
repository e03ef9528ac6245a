"""Where the five seed press items are: ``ELSHI_SEEDS``, or ``../shared/seeds`` beside the project."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = Path(os.environ.get("ELSHI_SEEDS") or ROOT.parent / "shared" / "seeds")


def present() -> bool:
    return SEEDS.is_dir() and any(SEEDS.glob("*.txt"))
