"""Merging two records of one real person or body, and undoing it.

The kept record gains every name of the other as a spelling or alias, and its positions; every
link to the other (delegation seats, signatures, parties, responsibilities, parents) moves to the
kept record. The other goes to the trash marked as merged. What moved is written down, so undo
puts each link back and restores both records as they were.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import typing
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from database import models as m
from database.archive import Archive
from database.dates import PartialDate
from database.errors import ArchiveError
from database.records import Changes, Entity, NameLang, OrganisationDraft, PersonDraft, PersonName

# Every column that can point at a person or an organisation.
LINKS: dict[Entity, list[tuple[Any, str]]] = {
    Entity.PERSON: [(m.MemberRow, "person_id"), (m.DelegationRow, "head_id"), (m.SignatoryRow, "person_id"),
               (m.Commitment, "responsible_person_id")],
    Entity.ORGANISATION: [(m.Organisation, "parent_id"), (m.Organisation, "predecessor_id"),
                     (m.PositionRow, "organisation_id"), (m.DelegationRow, "organisation_id"),
                     (m.MemberRow, "organisation_id"), (m.PartyRow, "organisation_id"),
                     (m.SignatoryRow, "organisation_id"), (m.Commitment, "responsible_org_id"),
                     (m.Event, "organiser_id")],
}
TABLES = {model.__tablename__: model for pairs in LINKS.values() for model, _ in pairs}


@dataclass(frozen=True)
class MergeInfo:
    id: int
    entity: str
    kept_id: int
    merged_id: int
    at: datetime
    undone: bool


# --- drafts as plain JSON (ids kept as ids: this stays inside one archive) -----------------

def to_plain(value: Any) -> Any:
    if isinstance(value, (PartialDate, date)):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [to_plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    return value


def from_plain(cls: type[Any], data: dict[str, Any]) -> Any:
    hints = typing.get_type_hints(cls)
    values = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        value, hint = data[f.name], hints[f.name]
        if typing.get_origin(hint) is tuple:
            item = typing.get_args(hint)[0]
            value = tuple(from_plain(typing.cast(type, item), v) if dataclasses.is_dataclass(item) else v
                          for v in value)
        values[f.name] = value
    return cls(**values)


# --- merging --------------------------------------------------------------------------------

def merged_draft(keep: Any, drop: Any) -> Any:
    """The kept record with every name and position of the other one added."""
    if isinstance(keep, PersonDraft):
        known = {n.name for n in keep.names} | {keep.name}
        extra = [n for n in drop.names if n.name not in known]
        if drop.name not in known and drop.name not in {n.name for n in extra}:
            extra.append(PersonName(drop.name, NameLang.OTHER, False))
        names = tuple(keep.names) + tuple(dataclasses.replace(n, preferred=False) for n in extra)
        if keep.name not in {n.name for n in names}:
            names = (PersonName(keep.name, NameLang.OTHER, False),) + names
        positions = keep.positions + tuple(p for p in drop.positions if p not in keep.positions)
        return dataclasses.replace(keep, names=names, positions=positions, notes=_joined(keep.notes, drop.notes))
    if isinstance(keep, OrganisationDraft):
        known = {keep.name, *keep.aliases}
        aliases = keep.aliases + tuple(a for a in (drop.name, *drop.aliases) if a not in known)
        return dataclasses.replace(keep, aliases=tuple(dict.fromkeys(aliases)), notes=_joined(keep.notes, drop.notes))
    raise ArchiveError("merge.wrong_type", type(keep).__name__)


def _joined(keep: str, drop: str) -> str:
    return keep if not drop or drop == keep else f"{keep}\n\n{drop}".strip()


def merge(archive: Archive, entity: Entity, keep_id: int, drop_id: int) -> MergeInfo:
    if entity not in LINKS:
        raise ArchiveError("merge.wrong_type", entity)
    if keep_id == drop_id:
        raise ArchiveError("merge.same_record", str(keep_id))
    with archive.writing() as s:
        info = merge_in(archive, s, entity, keep_id, drop_id)
    archive.notify(Changes("*", "merge", frozenset({keep_id, drop_id})))
    return info


def merge_in(archive: Archive, s: Session, entity: Entity, keep_id: int, drop_id: int) -> MergeInfo:
    """:func:`merge` inside the caller's write transaction (a bundle from another post applies
    that post's merges and its records in one transaction)."""
    keep, drop = archive._get(s, entity, keep_id), archive._get(s, entity, drop_id)
    if keep.deleted_at is not None or drop.deleted_at is not None:
        raise ArchiveError("merge.deleted_record")
    keep_before, drop_before = archive._draft(s, entity, keep), archive._draft(s, entity, drop)
    moved = _move_links(archive, s, entity, drop_id, keep_id)
    after = archive._check(s, merged_draft(keep_before, drop_before))
    archive._write(s, entity, keep, after)
    now = archive.clock.now()
    keep.updated_at = drop.updated_at = drop.deleted_at = now
    row = m.MergeRecord(entity=entity, kept_uuid=keep.uuid, merged_uuid=drop.uuid, at=now,
                        kept_before=json.dumps(to_plain(keep_before), ensure_ascii=False),
                        moved=json.dumps(moved))
    s.add(row)
    s.flush()
    archive._tell(s, entity, keep, "merge", keep_before, after)
    archive._tell(s, entity, drop, "merge", drop_before, None)
    return MergeInfo(row.id, entity, keep_id, drop_id, now, False)


# Which record a moved row belongs to, so that record's hooks (audit, version, index) hear of it.
def _owner(s: Session, table: str, row_id: int) -> tuple[Entity, int]:
    if table == "delegation_members":
        row = s.get(m.MemberRow, row_id)
        return Entity.EVENT, s.get(m.DelegationRow, row.delegation_id).event_id  # type: ignore[union-attr]
    if table == "delegations":
        return Entity.EVENT, s.get(m.DelegationRow, row_id).event_id  # type: ignore[union-attr]
    if table in ("document_signatories", "document_parties"):
        model = m.SignatoryRow if table == "document_signatories" else m.PartyRow
        return Entity.DOCUMENT, s.get(model, row_id).document_id  # type: ignore[union-attr]
    if table == "positions":
        return Entity.PERSON, s.get(m.PositionRow, row_id).person_id  # type: ignore[union-attr]
    return {"commitments": Entity.COMMITMENT, "organisations": Entity.ORGANISATION, "events": Entity.EVENT}[table], row_id


def _relink(archive: Archive, s: Session, changes: list[tuple[str, int, str, int]], skip: set[tuple[Entity, int]]) -> None:
    """Point each (table, row id, column) at its new id, telling the owning records' hooks."""
    owners = {_owner(s, table, rid) for table, rid, _col, _to in changes} - skip
    before = {o: archive._draft(s, o[0], archive._get(s, *o)) for o in owners}
    for table, rid, column, to in changes:
        target = TABLES[table]
        s.execute(update(target).where(target.id == rid).values({column: to}))
    s.expire_all()  # relationship collections loaded before the updates are stale now
    now = archive.clock.now()
    for (entity, rid), old in before.items():
        obj = archive._get(s, entity, rid)
        obj.updated_at = now
        archive._tell(s, entity, obj, "update", old, archive._draft(s, entity, obj))


def _move_links(archive: Archive, s: Session, entity: Entity, old: int, new: int) -> list[list[Any]]:
    moved: list[list[Any]] = []
    for model, column in LINKS[entity]:
        ids = list(s.scalars(select(model.id).where(getattr(model, column) == old)))
        if model is m.Organisation:
            ids = [i for i in ids if i != new]  # never make the kept body its own parent
        moved.extend([model.__tablename__, i, column] for i in ids)
    # The two merged records are written (and told) by merge itself.
    _relink(archive, s, [(t, i, c, new) for t, i, c in moved], {(entity, old), (entity, new)})
    return moved


def undo_merge(archive: Archive, merge_id: int) -> None:
    with archive.writing() as s:
        row = s.get(m.MergeRecord, merge_id)
        if row is None:
            raise ArchiveError("record.not_found", f"merge {merge_id}")
        if row.undone_at is not None:
            raise ArchiveError("merge.already_undone")
        entity = Entity(row.entity)
        model = m.MODELS[entity]
        keep = s.scalar(select(model).where(model.uuid == row.kept_uuid))
        drop = s.scalar(select(model).where(model.uuid == row.merged_uuid))
        if keep is None or drop is None:
            raise ArchiveError("merge.record_gone")
        if keep.updated_at > row.at:
            raise ArchiveError("merge.changed_since", keep.uuid)
        current = archive._draft(s, entity, keep)
        back = [(table, row_id, column, drop.id) for table, row_id, column in json.loads(row.moved)]
        _relink(archive, s, back, {(entity, keep.id), (entity, drop.id)})
        before = archive._check(s, from_plain(type(current), json.loads(row.kept_before)))
        keep, drop = archive._get(s, entity, keep.id), archive._get(s, entity, drop.id)
        archive._write(s, entity, keep, before)
        now = archive.clock.now()
        keep.updated_at = drop.updated_at = now
        drop.deleted_at = None
        row.undone_at = now
        archive._tell(s, entity, keep, "unmerge", current, before)
        archive._tell(s, entity, drop, "unmerge", None, archive._draft(s, entity, drop))
    archive.notify(Changes("*", "unmerge"))


def not_duplicates(archive: Archive, entity: Entity, a_id: int, b_id: int) -> None:
    """Remember that two records are different people or bodies, so the finder stops asking."""
    with archive.writing() as s:
        a, b = archive._get(s, entity, a_id), archive._get(s, entity, b_id)
        low, high = sorted((a.uuid, b.uuid))
        if s.get(m.NotDuplicate, (entity, low, high)) is None:
            s.add(m.NotDuplicate(entity=entity, uuid_a=low, uuid_b=high, at=archive.clock.now()))
    archive.notify(Changes(entity, "update", frozenset({a_id, b_id})))


def merges(archive: Archive, entity: Entity | None = None) -> list[MergeInfo]:
    with archive.session() as s:
        stmt = select(m.MergeRecord).order_by(m.MergeRecord.id.desc())
        if entity:
            stmt = stmt.where(m.MergeRecord.entity == entity)
        out = []
        for row in s.scalars(stmt):
            model = m.MODELS[Entity(row.entity)]
            ids = {r[0]: r[1] for r in s.execute(select(model.uuid, model.id).where(
                model.uuid.in_([row.kept_uuid, row.merged_uuid])))}
            out.append(MergeInfo(row.id, row.entity, ids.get(row.kept_uuid, 0), ids.get(row.merged_uuid, 0),
                                 row.at, row.undone_at is not None))
        return out
