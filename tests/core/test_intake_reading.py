"""Press intake, per language: bodies in the nominative linked through any of their names, sides
and who led them, held or planned, commitments, dates against the item's own date, Chinese names,
document kinds and periods, and a save undone exactly."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from database.dates import PartialDate
from database.opening import open_archive
from database.records import Entity
from operations.exchange import load_sample
from operations.intake import read
from operations.intake.matching import match
from operations.intake.saving import save, undo
from tests.core.intake_helpers import run_intake

RU_VISIT = (
    "Омск, 30 сентября 2025 г. — Губернатор Омской области Виталий Хоценко принял делегацию во главе с "
    "акимом Павлодарской области Асаином Байхановым. Стороны договорились до конца 2026 года подготовить "
    "дорожную карту на 2026–2028 годы. Правительство Омской области и акимат Павлодарской области "
    "подписали соглашение о сотрудничестве.")


def test_bodies_come_back_in_the_nominative_and_link_through_any_of_their_names(sample_loaded) -> None:  # type: ignore[no-untyped-def]
    d = match(sample_loaded, read(RU_VISIT))
    got = {o.name: o for o in d.organisations}
    assert set(got) == {"Правительство Омской области", "Акимат Павлодарской области"}
    assert got["Правительство Омской области"].match is not None
    assert got["Правительство Омской области"].match.name == "Омбы облысының Үкіметі"  # through its alias
    assert got["Акимат Павлодарской области"].match is not None
    assert got["Акимат Павлодарской области"].match.name == "Павлодар облысының әкімдігі"
    # A Kazakh body in the dative, an English alias and the Chinese form link to their records.
    kk = match(sample_loaded, read("Делегация Павлодар облысының әкімдігіне барды."))
    assert [(o.name, o.match.name if o.match else None) for o in kk.organisations] == [
        ("Павлодар облысының әкімдігі", "Павлодар облысының әкімдігі")]
    en = match(sample_loaded, read("The Akimat of Abai Region and the Ministry of Culture of Omsk Region signed "
                                   "an agreement."))
    assert {o.match.name for o in en.organisations if o.match} == {
        "Абай облысының әкімдігі", "Омбы облысының Мәдениет министрлігі"}
    zh = match(sample_loaded, read("2026年2月19日，上海市人民政府外事办公室副主任方晓会见了哈方代表。"))
    (office,) = zh.organisations
    assert office.match is not None and office.match.name == "Шаңхай қаласы Халық үкіметінің Сыртқы істер канцеляриясы"
    assert [p.name for p in zh.people] == ["方晓"]


def test_a_proposed_body_is_new_and_says_which_record_it_looks_like(sample_loaded) -> None:  # type: ignore[no-untyped-def]
    d = match(sample_loaded, read("Делегация Акимата Павлодарской областей и акимат Мангистауской области встретились."))
    new = next(o for o in d.organisations if "Мангистауской" in o.name)
    assert new.match is None and new.name == "Акимат Мангистауской области"


def test_sides_their_heads_and_the_status_held_or_planned() -> None:
    d = read(RU_VISIT)
    assert d.item_date == PartialDate(2025, 9, 30)  # the dateline
    sides = {g.role: g for g in d.delegations}
    assert sides["host"].members == ["Виталий Хоценко"] and sides["host"].country == "RU"
    assert sides["guest"].head == "Асаин Байханов" and sides["guest"].country == "KZ"
    assert d.event.status == "held"
    planned = read("Форум пройдет в Омске 26–28 марта 2026 года. Губернатор Омской области Виталий Хоценко "
                   "пригласил казахстанскую делегацию.", date(2026, 2, 1))
    assert (planned.event.status, planned.event.status_reason) == ("planned", "date")
    assert (planned.event.start, planned.event.end) == (PartialDate(2026, 3, 26), PartialDate(2026, 3, 28))
    kk = read("Ақтөбе облысының әкімі Ералы Тоғжанов пен Орынбор облысының губернаторы Денис Паслер Орынборда "
              "кездесті.")
    assert {g.role: g.head for g in kk.delegations} == {"host": "Денис Паслер", "guest": "Ералы Тоғжанов"}


def test_commitments_with_the_side_responsible_and_the_deadline() -> None:
    d = read(RU_VISIT)
    (c,) = [c for c in d.commitments if c.verb == "договорились"]
    assert c.responsible == "" and c.due == PartialDate(2026)  # both sides, by the end of 2026
    en = read("Akim of Pavlodar Region Asain Baikhanov invited Governor of Omsk Region Vitaly Khotsenko to the "
              "forum in Pavlodar on June 5, 2026.")
    (c,) = en.commitments
    assert (c.verb, c.person, c.responsible, c.due) == ("invited", "Asain Baikhanov", "Akimat of Pavlodar Region",
                                                        PartialDate(2026, 6, 5))
    zh = read("双方同意于2026年3月26日至28日在上海举行首届外国投资大会。")
    (c,) = zh.commitments
    assert c.verb == "同意" and c.due == PartialDate(2026, 3, 28)
    kk = read("Тараптар Алматы мен Шаңхай арасындағы әуе рейстерін көбейтуге уағдаласты.")
    assert [x.verb for x in kk.commitments] == ["уағдаласты"]


def test_dates_partial_relative_and_chinese_resolve_against_the_items_own_date() -> None:
    today = date(2025, 10, 3)
    cases = {
        "В минувший вторник, 30 сентября, губернатор провел прием.": (PartialDate(2025, 9, 30), None),
        "Сапар қараша айының екінші жартысында өтеді.": (PartialDate(2025, 11, 16), PartialDate(2025, 11, 30)),
        "会议于2026年3月26日至28日在上海举行。": (PartialDate(2026, 3, 26), PartialDate(2026, 3, 28)),
        "Вчера в Омске прошла встреча.": (PartialDate(2025, 10, 2), None),
        "Форум биыл өтеді.": (PartialDate(2025), None),
        "Визит ожидается в первом полугодии.": (PartialDate(2025, half=1), None),
        "Жоба ағымдағы жылы аяқталады.": (PartialDate(2025), None),
    }
    for text, (start, end) in cases.items():
        (found,) = read(text, today).dates
        assert (found.start, found.end) == (start, end), text
        assert text[found.span[0]:found.span[1]] == found.text


def test_chinese_names_in_cyrillic_and_in_characters() -> None:
    ru = read("Аким Алматы встретился с мэром Шанхая Гун Чжэном.")
    assert [p.name for p in ru.people] == ["Гун Чжэн"]
    kk = read("Шаңхай мэрі Гун Чжэннің Алматыға сапары жоспарланды.")
    assert [p.name for p in kk.people] == ["Гун Чжэн"]
    zh = read("上海市市长龚正会见阿拉木图市市长叶尔博拉特·多萨耶夫。")
    assert [(p.name, p.position) for p in zh.people] == [("龚正", "上海市市长"), ("叶尔博拉特·多萨耶夫", "阿拉木图市市长")]


def test_document_kinds_periods_and_status_in_preparation() -> None:
    d = read("Алматы и Шанхай подписали письмо о намерениях. Стороны обсуждают соглашение о побратимстве.")
    assert [(x.kind, x.subkind, x.status) for x in d.documents] == [
        ("other", "letter_of_intent", "signed"), ("agreement", "sister_cities", "negotiation")]
    zh = read("双方签署了合作备忘录，为期五年。", date(2025, 7, 1))
    assert [(x.kind, x.period) for x in zh.documents] == [("memorandum", (2025, 2029))]
    ru = read("Разрабатывается план действий на 2025–2027 годы.")
    assert [(x.kind, x.status, x.period, x.title) for x in ru.documents] == [
        ("action_plan", "draft", (2025, 2027), "план действий на 2025–2027 годы")]


def test_save_writes_everything_once_and_undo_moves_exactly_that_to_the_trash(tmp_path: Path) -> None:
    archive = open_archive(tmp_path / "a.elshi", create=True)
    load_sample(archive)
    kinds = (Entity.PERSON, Entity.ORGANISATION, Entity.PLACE, Entity.EVENT, Entity.DOCUMENT, Entity.COMMITMENT)
    before = {e: archive.count(e) for e in kinds}
    text = RU_VISIT + " Аким Мангистауской области Нурдаулет Килыбай также участвовал во встрече."
    draft = match(archive, read(text))
    saved = save(archive, draft)
    event = archive.get(Entity.EVENT, saved.event_id).data
    assert event.summary == text and event.status.value == "held"
    sides = {d.role.value: d for d in event.delegations}
    guest = sides["guest"]
    assert archive.get(Entity.PERSON, guest.head_id).data.name == "Асаин Байханов"
    positions = {archive.get(Entity.PERSON, m.person_id).data.name: m.position for m in guest.members}
    assert positions["Асаин Байханов"] == "аким Павлодарской области"
    docs = [archive.get(Entity.DOCUMENT, i).data for en, i in saved.created if en == str(Entity.DOCUMENT)]
    assert {d.kind.value for d in docs} == {"road_map", "agreement"}
    agreement = next(d for d in docs if d.kind.value == "agreement")
    parties = {archive.get(Entity.ORGANISATION, i).data.name for i in agreement.party_ids}
    assert parties == {"Омбы облысының Үкіметі", "Павлодар облысының әкімдігі"}  # linked, not created again
    after = {e: archive.count(e) for e in kinds}
    assert after[Entity.ORGANISATION] == before[Entity.ORGANISATION] + 1  # only the Mangystau akimat is new
    assert after[Entity.PERSON] == before[Entity.PERSON] + 1
    assert after[Entity.EVENT] == before[Entity.EVENT] + 1
    assert after[Entity.COMMITMENT] == before[Entity.COMMITMENT] + len(draft.commitments)
    moved = undo(archive, saved.event_id)
    assert sorted(moved) == sorted(saved.created)
    assert {e: archive.count(e) for e in kinds} == before
    archive.close()


def test_the_command_prints_the_keys_the_issue_lists_and_refuses_enormous_input(sample_loaded,  # type: ignore[no-untyped-def]
                                                                                tmp_path: Path) -> None:
    item = tmp_path / "item.txt"
    item.write_text(RU_VISIT, encoding="utf-8")
    out = run_intake(sample_loaded.path, item, "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"language", "event", "people", "organisations", "places", "documents", "commitments",
                         "dates"}
    assert {"name", "text", "position", "organisation", "match", "span"} <= set(data["people"][0])
    assert {"kind", "title", "period", "parties", "signatories"} <= set(data["documents"][0])
    assert {"text", "start", "end"} <= set(data["dates"][0])
    big = tmp_path / "big.txt"
    big.write_text("а" * 60_000, encoding="utf-8")
    out = run_intake(sample_loaded.path, big)
    assert out.returncode == 1 and len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_a_record_moved_to_the_trash_is_no_longer_matched(tmp_path: Path) -> None:
    archive = open_archive(tmp_path / "a.elshi", create=True)
    load_sample(archive)
    text = "Аким Атырауской области Серик Шапкенов подписал план мероприятий."
    first = match(archive, read(text))
    (person,) = first.people
    assert person.match is not None and person.match.name == "Серик Шапкенов"
    archive.delete(Entity.PERSON, person.match.id)
    again = match(archive, read(text))
    assert again.people[0].match is None  # proposed as new, not linked to the trashed record
    archive.close()


def test_a_date_line_is_not_the_title_and_a_position_stops_at_the_person_before() -> None:
    dated = read("19.02.2026\nВ Шанхае прошла встреча\nГенеральный консул Казахстана в Шанхае Нурлан Аккошкаров "
                 "и заместитель руководителя канцелярии Фан Сяо обсудили подготовку конференции.")
    assert str(dated.item_date) == "2026-02-19" and dated.event.title == "В Шанхае прошла встреча"
    assert dated.event.kind == "meeting"  # the conference is what they talked about, not what was held
    assert [p.name for p in dated.people][:1] == ["Нурлан Аккошкаров"]  # nominative, as written
    headed = read("Алматы, 5 марта 2026 г. —\nВ Алматы прошла встреча с делегацией Шанхая.")
    assert headed.event.title == "В Алматы прошла встреча с делегацией Шанхая."
    two = read("Ақтөбе облысының әкімі Ералы Тоғжанов Орынбор облысының губернаторы Денис Паслермен кездесті.",
               date(2022, 11, 10))
    assert two.event.kind == "meeting"
    assert [(p.name, p.position) for p in two.people] == [
        ("Ералы Тоғжанов", "Ақтөбе облысының әкімі"), ("Денис Паслер", "Орынбор облысының губернаторы")]
    assert {g.country for g in two.delegations} == {"KZ", "RU"}


def test_parties_named_after_the_document_and_what_a_side_agreed_or_was_offered_in_russian() -> None:
    d = read("В Шанхае прошла встреча\nГенеральный консул Казахстана в Шанхае Нурлан Аккошкаров обсудил проект "
             "дорожной карты на 2026–2028 годы между акиматом Алматы и мэрией Шанхая. Мэру Шанхая Гун Чжэну "
             "предложено посетить Алматы в первом полугодии текущего года. Казахстанская сторона согласилась "
             "участвовать в конференции.", date(2026, 2, 19))
    (road_map,) = d.documents
    assert road_map.parties == ["Акимат Алматы", "Мэрия Шанхая"]
    assert [(c.verb, c.person) for c in d.commitments] == [("предложено", "Гун Чжэн"), ("согласилась", "")]
    assert str(d.commitments[0].due) == "2026-H1"
