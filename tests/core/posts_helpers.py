"""Three posts (a consulate, an embassy, headquarters) with keys that trust each other."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from database.archive import Archive
from database.clock import FixedClock
from database.opening import open_archive
from operations import posts as ops

PASS = "correct horse battery staple"
NAMES = ("consulate", "embassy", "hq")
RING = (("consulate", "embassy"), ("embassy", "hq"), ("hq", "consulate"))


@dataclass
class Network:
    folder: Path
    archives: dict[str, Archive]
    sent: int = 0

    def send(self, a: str, b: str, *, since: str = "last", encrypted: bool = True) -> Path:
        self.sent += 1
        out = self.folder / f"{a}-to-{b}-{self.sent}.elshi"
        ops.send_bundle(self.archives[a], b, out, PASS, since=since, encrypted=encrypted)
        return out

    def receive(self, b: str, path: Path) -> ops.posts.Plan:
        archive = self.archives[b]
        contents = ops.open_bundle(archive, path, lambda: PASS)
        return ops.posts.receive(archive, contents)

    def hop(self, a: str, b: str) -> ops.posts.Plan:
        return self.receive(b, self.send(a, b))

    def round(self, order: tuple[tuple[str, str], ...] = RING) -> int:
        """Each post sends to the next; the number of changes the bundles made."""
        return sum(self.hop(a, b).changes for a, b in order)

    def close(self) -> None:
        for a in self.archives.values():
            a.close()


def make_keys(folder: Path) -> None:
    """Key folders for the three posts, each trusting the others (made once per session)."""
    folder.mkdir(parents=True, exist_ok=True)
    clock = FixedClock(__import__("datetime").date(2026, 11, 21))
    exported = {}
    for name in NAMES:
        ring = ops.keys.Keyring(folder / f"{name}.sqlite")
        key = ring.init(name, PASS, clock.now())
        exported[name] = key
    for name in NAMES:
        ring = ops.keys.Keyring(folder / f"{name}.sqlite")
        for other in NAMES:
            if other != name:
                ring.trust(exported[other], clock.now())


def network(folder: Path, template: Path, keys_folder: Path, clock: FixedClock) -> Network:
    archives = {}
    for name in NAMES:
        path = folder / f"{name}.sqlite"
        shutil.copyfile(template, path)
        shutil.copytree(keys_folder / f"{name}-keys", folder / f"{name}-keys")
        archives[name] = open_archive(path, clock=clock)
    return Network(folder, archives)
