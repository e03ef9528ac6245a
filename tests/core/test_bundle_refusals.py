"""A bundle that is not exactly what its sender signed, for this post, once, is refused whole."""

from __future__ import annotations

import dataclasses
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from database import bundles, keys
from database.archive import Archive
from database.audit import count
from database.bundles import BundleError
from database.clock import FixedClock
from database.exchange import export_archive
from database.records import Entity
from operations import posts as ops
from tests.conftest import ArchiveTemplates
from tests.core.posts_helpers import PASS, Network, network
from tests.core.test_posts import post_keys

__all__ = ["post_keys"]


@pytest.fixture
def net(tmp_path: Path, clock: FixedClock, archive_templates: ArchiveTemplates, post_keys: Path) -> Iterator[Network]:
    template = tmp_path / "template.sqlite"
    archive_templates.place(template, clock, with_sample=True)
    n = network(tmp_path, template, post_keys, clock)
    yield n
    n.close()


def snapshot(a: Archive) -> tuple[str, int, list[str]]:
    out = io.StringIO()
    export_archive(a, out, now=FixedClock(a.clock.today()).now())
    files = sorted(p.name for p in a.attachments_dir.iterdir()) if a.attachments_dir.exists() else []
    return out.getvalue(), count(a), files


def with_edit(net: Network, tmp_path: Path) -> Path:
    a = net.archives["consulate"]
    record = a.list(Entity.EVENT)[0]
    a.update(record.id, dataclasses.replace(record.data, summary="changed at the consulate"))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan" * 100)
    ops.attach_file(a, f"event:{record.id}", scan)
    return net.send("consulate", "embassy")


def refusal(net: Network, path: Path, post: str = "embassy") -> str:
    """The code a post refuses the bundle at ``path`` with; its archive, trail and files
    folder are checked to be exactly as they were."""
    before = snapshot(net.archives[post])
    with pytest.raises(BundleError) as e:
        net.receive(post, path)
    assert snapshot(net.archives[post]) == before
    return e.value.code


@pytest.mark.parametrize("where", [0.05, 0.5, 0.95, 1.0])
def test_any_byte_changed_is_refused(net: Network, tmp_path: Path, where: float) -> None:
    path = with_edit(net, tmp_path)
    data = bytearray(path.read_bytes())
    at = min(len(data) - 1, int(len(data) * where))
    data[at] ^= 0x01
    path.write_bytes(bytes(data))
    before = snapshot(net.archives["embassy"])
    with pytest.raises(BundleError):
        net.receive("embassy", path)
    assert snapshot(net.archives["embassy"]) == before


def test_a_byte_changed_in_a_plain_bundle_is_caught_by_the_signature(net: Network, tmp_path: Path) -> None:
    with_edit(net, tmp_path)
    path = net.send("consulate", "embassy", since="all", encrypted=False)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x20
    path.write_bytes(bytes(data))
    assert refusal(net, path) == "bundle.bad_signature"


def test_a_bundle_for_another_post_is_refused(net: Network, tmp_path: Path) -> None:
    path = with_edit(net, tmp_path)
    assert refusal(net, path, post="hq") == "bundle.not_for_us"


def test_a_bundle_signed_with_an_untrusted_key_is_refused(net: Network, tmp_path: Path) -> None:
    impostor = keys.Keyring(tmp_path / "impostor.sqlite")
    impostor.init("consulate", PASS, FixedClock(net.archives["consulate"].clock.today()).now())
    embassy = keys.Keyring(net.archives["embassy"].path).require_own()
    payload = bundles.build_payload({"from": "consulate", "to": "embassy", "seq": 99, "files": []},
                                    {"format": "elshi-archive", "version": 1}, [])
    path = tmp_path / "forged.elshi"
    path.write_bytes(bundles.seal(payload, sender=impostor.secrets(PASS), to=embassy))
    assert refusal(net, path) == "bundle.bad_signature"


def test_a_bundle_from_an_unknown_post_is_refused(net: Network, tmp_path: Path) -> None:
    stranger = keys.Keyring(tmp_path / "stranger.sqlite")
    stranger.init("stranger", PASS, FixedClock(net.archives["consulate"].clock.today()).now())
    embassy = keys.Keyring(net.archives["embassy"].path).require_own()
    payload = bundles.build_payload({"from": "stranger", "to": "embassy", "seq": 1, "files": []},
                                    {"format": "elshi-archive", "version": 1}, [])
    path = tmp_path / "stranger.elshi"
    path.write_bytes(bundles.seal(payload, sender=stranger.secrets(PASS), to=embassy))
    assert refusal(net, path) == "bundle.unknown_post"


def test_a_replayed_bundle_is_refused(net: Network, tmp_path: Path) -> None:
    first = with_edit(net, tmp_path)
    old = tmp_path / "kept-copy.elshi"
    old.write_bytes(first.read_bytes())
    net.receive("embassy", first)
    a = net.archives["consulate"]
    record = a.list(Entity.EVENT)[0]
    a.update(record.id, dataclasses.replace(record.data, summary="a later edit"))
    net.receive("embassy", net.send("consulate", "embassy"))
    assert refusal(net, old) == "bundle.replayed"
    assert net.archives["embassy"].get_by_uuid(Entity.EVENT, record.uuid).data.summary == "a later edit"


def test_the_wrong_passphrase_opens_nothing(net: Network, tmp_path: Path) -> None:
    path = with_edit(net, tmp_path)
    archive = net.archives["embassy"]
    with pytest.raises(keys.KeyError_) as e:
        ops.open_bundle(archive, path, lambda: "not the passphrase")
    assert e.value.code == "keys.wrong_passphrase"


def resealed(net: Network, path: Path, change: object) -> Path:
    """The bundle's payload changed by ``change(zip members)`` and signed again with the sender's
    own key: a sound signature over a hostile payload."""
    archive = net.archives["embassy"]
    contents = ops.open_bundle(archive, path, lambda: PASS)
    members = {"manifest.json": json.dumps(contents.manifest).encode(),
               "records.json": json.dumps(contents.records).encode(),
               **{f"files/{sha}": data for sha, data in contents.files.items()}}
    change(members)  # type: ignore[operator]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    sender = keys.Keyring(net.archives["consulate"].path).secrets(PASS)
    target = path.with_name("resealed.elshi")
    target.write_bytes(bundles.seal(out.getvalue(), sender=sender,
                                    to=keys.Keyring(archive.path).require_own()))
    return target


def test_a_path_leaving_the_files_folder_is_refused(net: Network, tmp_path: Path) -> None:
    path = with_edit(net, tmp_path)

    def escape(members: dict[str, bytes]) -> None:
        manifest = json.loads(members["manifest.json"])
        for entry in manifest["files"]:
            members["../" + entry["path"]] = members.pop(entry["path"])
            entry["path"] = "../" + entry["path"]
        for a in manifest["attachments"]:
            a["path"] = "../../outside.pdf"
        members["manifest.json"] = json.dumps(manifest).encode()

    assert refusal(net, resealed(net, path, escape)) == "bundle.unsafe_path"
    assert not (tmp_path / "outside.pdf").exists()


def test_a_missing_file_is_refused(net: Network, tmp_path: Path) -> None:
    path = with_edit(net, tmp_path)

    def drop(members: dict[str, bytes]) -> None:
        for name in [n for n in members if n.startswith("files/")]:
            del members[name]

    assert refusal(net, resealed(net, path, drop)) == "bundle.missing_file"


def test_a_file_changed_after_hashing_is_refused(net: Network, tmp_path: Path) -> None:
    path = with_edit(net, tmp_path)

    def change(members: dict[str, bytes]) -> None:
        for name in [n for n in members if n.startswith("files/")]:
            members[name] = members[name] + b"!"

    assert refusal(net, resealed(net, path, change)) == "bundle.changed"


def test_a_record_that_cannot_be_stored_changes_nothing(net: Network, tmp_path: Path) -> None:
    path = with_edit(net, tmp_path)

    def break_link(members: dict[str, bytes]) -> None:
        records = json.loads(members["records.json"])
        records["events"][0]["place"] = "00000000-0000-4000-8000-000000000000"
        members["records.json"] = json.dumps(records).encode()

    assert refusal(net, resealed(net, path, break_link)) == "bundle.cannot_apply"


def test_a_bundle_encrypted_to_another_key_is_refused(net: Network, tmp_path: Path) -> None:
    other = keys.Keyring(tmp_path / "other.sqlite")
    wrong = other.init("embassy", PASS, FixedClock(net.archives["consulate"].clock.today()).now())
    payload = bundles.build_payload({"from": "consulate", "to": "embassy", "seq": 5, "files": []},
                                    {"format": "elshi-archive", "version": 1}, [])
    sender = keys.Keyring(net.archives["consulate"].path).secrets(PASS)
    path = tmp_path / "to-the-wrong-key.elshi"
    path.write_bytes(bundles.seal(payload, sender=sender, to=wrong))
    assert refusal(net, path) == "bundle.cannot_decrypt"


def test_keys_stay_private_beside_the_archive(net: Network, tmp_path: Path) -> None:
    archive = net.archives["consulate"]
    folder = keys.keys_dir(archive.path)
    assert folder.stat().st_mode & 0o777 == 0o700
    for f in folder.iterdir():
        assert f.stat().st_mode & 0o777 == 0o600, f
    private = (folder / "private.json").read_text()
    assert "ENCRYPTED PRIVATE KEY" in private and "BEGIN PRIVATE KEY" not in private
    bundle = with_edit(net, tmp_path).read_bytes()
    plain = net.send("consulate", "embassy", since="all", encrypted=False).read_bytes()
    for secret in (v for k, v in json.loads(private).items() if k != "post"):
        assert secret.encode()[30:80] not in bundle and secret.encode()[30:80] not in plain
    _header, _raw, body = bundles.read_header(plain)
    with zipfile.ZipFile(io.BytesIO(body[64:])) as z:
        inside = b"".join(z.read(name) for name in z.namelist())
    assert b"PRIVATE KEY" not in inside and b"changed at the consulate" in inside
    assert bundles.read_header(bundle)[0]["encrypted"] is True  # encrypted by default


@pytest.mark.parametrize("field, value", [
    ("seq", "one"), ("seq", 0), ("versions", []), ("versions", {"x": {"vector": {"a": -1}}}),
    ("merges", {"not": "a list"}), ("attachments", [{"owner": "nobody", "path": "files/" + "0" * 64,
                                                      "deleted_at": "2026-01-01"}]),
    ("files", "all of them"),
])
def test_a_signed_but_malformed_manifest_is_refused(net: Network, tmp_path: Path, field: str, value: object) -> None:
    path = with_edit(net, tmp_path)

    def spoil(members: dict[str, bytes]) -> None:
        manifest = json.loads(members["manifest.json"])
        manifest[field] = value
        members["manifest.json"] = json.dumps(manifest).encode()

    before = snapshot(net.archives["embassy"])
    with pytest.raises(BundleError):
        net.receive("embassy", resealed(net, path, spoil))
    assert snapshot(net.archives["embassy"]) == before
