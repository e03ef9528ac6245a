"""Press intake on the five seed press items: every person, document and date the domain notes list
for them is read, in the nominative, and linked to the sample archive's record where it has one."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from database.dates import PartialDate
from database.opening import open_archive
from operations.exchange import load_sample
from operations.intake import read
from operations.intake.matching import match
from operations.intake.words import kazakh_case_cut, language, russian_nominative
from tests.core.intake_helpers import run_intake

KK_IRTYSH = (
    "Омбы облысында өткен форумға Павлодар облысының әкімі Асаин Байханов, Абай облысының әкімі Берік Уали "
    "қатысты. Форум соңында Омбы облысының Үкіметі мен Павлодар облысының әкімдігі арасындағы 2026-2028 "
    "жылдарға арналған іс-шаралар жоспарына қол қойылды. Делегация Омбы облысының губернаторы Виталий "
    "Хоценкомен кездесті.")
RU_ATYRAU = (
    "Аким Атырауской области Серик Шапкенов и губернатор Астраханской области Игорь Бабушкин подписали "
    "план мероприятий на 2023–2026 годы. Встреча с акимом Павлодарской области Асаином Байхановым "
    "прошла в Атырау 26–28 марта 2026 года.")
KK_SHANGHAI = (
    "date 2026-02-19 Шаңхайда кездесу өтті. Шаңхай мэрі Гун Чжэннің Алматыға сапары ағымдағы жылдың "
    "бірінші жартысында өтеді. Конференция 2026 жылғы 26 - 28 наурыз аралығында өтеді.")


def test_kazakh_item_people_in_the_nominative_linked_to_the_archive(sample_loaded) -> None:  # type: ignore[no-untyped-def]
    d = match(sample_loaded, read(KK_IRTYSH))
    assert d.language == "kk"
    got = {p.name: (p.position, p.match.name if p.match else None) for p in d.people}
    assert got["Асаин Байханов"] == ("Павлодар облысының әкімі", "Асаин Байханов")
    assert got["Берік Уали"] == ("Абай облысының әкімі", "Берік Уали")
    assert got["Виталий Хоценко"][1] == "Виталий Хоценко"  # "Хоценкомен" read as Хоценко
    (doc,) = d.documents
    assert (doc.kind, doc.status, doc.period) == ("action_plan", "signed", (2026, 2028))


def test_russian_item_inflected_names_and_positions_come_back_in_the_nominative(sample_loaded) -> None:  # type: ignore[no-untyped-def]
    d = match(sample_loaded, read(RU_ATYRAU))
    assert d.language == "ru"
    got = {p.name: p for p in d.people}
    assert got["Асаин Байханов"].position == "аким Павлодарской области"
    assert got["Асаин Байханов"].match is not None and got["Асаин Байханов"].match.name == "Асаин Байханов"
    assert got["Серик Шапкенов"].position == "Аким Атырауской области"
    (doc,) = d.documents
    assert (doc.kind, doc.period) == ("plan_of_events", (2023, 2026))
    assert doc.signatories == ["Серик Шапкенов", "Игорь Бабушкин"]
    assert [(x.start, x.end) for x in d.dates] == [(PartialDate(2026, 3, 26), PartialDate(2026, 3, 28))]


def test_dates_partial_relative_and_ranges_resolve_against_the_items_own_date() -> None:
    d = read(KK_SHANGHAI)
    assert d.item_date == PartialDate(2026, 2, 19)
    found = {(x.text, x.start, x.end) for x in d.dates}
    assert ("ағымдағы жылдың бірінші жартысында", PartialDate(2026, half=1), None) in found
    assert ("2026 жылғы 26 - 28 наурыз", PartialDate(2026, 3, 26), PartialDate(2026, 3, 28)) in found
    assert {p.name for p in d.people} == {"Гун Чжэн"}
    assert read("Вчера в Омске прошла встреча губернатора Омской области Виталия Хоценко.",
                date(2026, 10, 1)).dates[0].start == PartialDate(2026, 9, 30)


def test_words_back_in_the_nominative() -> None:
    assert [kazakh_case_cut(w) for w in ("Хетагуровпен", "Чжэннің", "Тоқаевтың", "Уали")] == [
        "Хетагуров", "Чжэн", "Тоқаев", "Уали"]
    assert russian_nominative("акимом Павлодарской области") == "аким Павлодарской области"
    assert [language(t) for t in ("Павлодар облысының әкімі", "Аким области", "The governor", "上海市市长龚正")] == [
        "kk", "ru", "en", "zh"]


def test_the_command_prints_the_draft_and_refuses_empty_input(sample_loaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    item = tmp_path / "item.txt"
    item.write_text(RU_ATYRAU, encoding="utf-8")
    out = run_intake(sample_loaded.path, item, "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["language"] == "ru"
    person = next(p for p in data["people"] if p["name"] == "Серик Шапкенов")
    assert person["match"]["name"] == "Серик Шапкенов"
    assert data["documents"][0]["period"] == {"start": 2023, "end": 2026}
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\xff\xfe")
    for bad in (empty, binary):
        out = run_intake(sample_loaded.path, bad)
        assert out.returncode == 1
        assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_save_writes_in_one_step_and_undo_moves_exactly_that_to_the_trash(tmp_path: Path) -> None:
    from database.records import Entity
    from operations.intake.saving import save, undo

    archive = open_archive(tmp_path / "a.elshi", create=True)
    load_sample(archive)
    before = {e: archive.count(e) for e in (Entity.PERSON, Entity.EVENT, Entity.DOCUMENT, Entity.PLACE)}
    text = RU_ATYRAU + " В Атырау также был Олег Петров, заместитель губернатора Астраханской области."
    draft = match(archive, read(text))
    saved = save(archive, draft)
    event = archive.get(Entity.EVENT, saved.event_id).data
    assert event.summary == text
    people = {archive.get(Entity.PERSON, m.person_id).data.name for d in event.delegations for m in d.members}
    assert {"Серик Шапкенов", "Игорь Бабушкин", "Асаин Байханов"} <= people
    after = {e: archive.count(e) for e in before}
    assert after[Entity.EVENT] == before[Entity.EVENT] + 1
    assert after[Entity.DOCUMENT] == before[Entity.DOCUMENT] + 1
    assert after[Entity.PERSON] == before[Entity.PERSON] + sum(1 for p in draft.people if p.match is None)
    assert after[Entity.PLACE] == before[Entity.PLACE]  # Атырау is linked, not created again
    moved = undo(archive, saved.event_id)
    assert sorted(moved) == sorted(saved.created)
    assert {e: archive.count(e) for e in before} == before
    archive.close()
