import pytest
from hypothesis import given
from hypothesis import strategies as st

from database.archive import Archive
from database.duplicates import find_duplicates, similar_to
from database.errors import ArchiveError
from database.merge import merge, merges, not_duplicates, undo_merge
from database.records import OrganisationDraft, PersonDraft


def person_id(archive: Archive, name: str) -> int:
    return next(r.id for r in archive.list("person") if r.data.name == name)


def test_the_two_spellings_of_baikhanov_are_one_pair(sample_archive: Archive) -> None:
    with sample_archive.session() as s:
        pairs = find_duplicates(s, "person")
        orgs = find_duplicates(s, "organisation")
    assert [(p.a_name, p.b_name) for p in pairs] == [("Асаин Байханов", "Асайын Байханов")]
    assert pairs[0].reason == "same transliteration"
    assert orgs == []  # the akimats of different regions are not offered as one body


def test_merge_keeps_every_name_and_link_and_undo_puts_them_back(sample_archive: Archive) -> None:
    a = sample_archive
    keep, drop = person_id(a, "Асаин Байханов"), person_id(a, "Асайын Байханов")
    before_keep, before_drop = a.get("person", keep), a.get("person", drop)
    memo = next(d for d in a.list("document") if d.data.kind.value == "memorandum")
    assert memo.data.signatories[0].person_id == drop
    info = merge(a, "person", keep, drop)

    merged = a.get("person", keep).data
    assert {"Асаин Байханов", "Асайын Байханов", "Asain Baikhanov"} <= {n.name for n in merged.names}
    assert a.get("person", drop).deleted  # the other record went to the trash
    assert a.get("document", memo.id).data.signatories[0].person_id == keep
    xxi = next(e for e in a.list("event") if "XXI" in e.data.title)
    assert xxi.data.delegations[0].head_id == keep and xxi.data.delegations[0].members[0].person_id == keep
    assert any(c.data.responsible_person_id == keep for c in a.list("commitment"))
    with a.session() as s:
        assert find_duplicates(s, "person") == []
    assert [m.id for m in merges(a)] == [info.id]

    undo_merge(a, info.id)
    assert a.get("person", keep).data == before_keep.data
    assert a.get("person", drop).data == before_drop.data and not a.get("person", drop).deleted
    assert a.get("document", memo.id).data.signatories[0].person_id == drop
    with pytest.raises(ArchiveError) as e:
        undo_merge(a, info.id)
    assert e.value.code == "merge.already_undone"


def test_merging_organisations_moves_parties_and_keeps_aliases(archive: Archive) -> None:
    from database.records import DocumentDraft

    keep = archive.add(OrganisationDraft("Павлодар облысының әкімдігі", aliases=("Акимат Павлодарской области",)))
    drop = archive.add(OrganisationDraft("Akimat of Pavlodar Region"))
    child = archive.add(OrganisationDraft("Department", parent_id=drop.id))
    doc = archive.add(DocumentDraft("Memo", party_ids=(drop.id,)))
    merge(archive, "organisation", keep.id, drop.id)
    assert archive.get("organisation", keep.id).data.aliases == ("Акимат Павлодарской области", "Akimat of Pavlodar Region")
    assert archive.get("document", doc.id).data.party_ids == (keep.id,)
    assert archive.get("organisation", child.id).data.parent_id == keep.id


def test_not_a_duplicate_is_remembered(sample_archive: Archive) -> None:
    a = sample_archive
    not_duplicates(a, "person", person_id(a, "Асаин Байханов"), person_id(a, "Асайын Байханов"))
    with a.session() as s:
        assert find_duplicates(s, "person") == []


def test_a_new_spelling_is_warned_about(sample_archive: Archive) -> None:
    with sample_archive.session() as s:
        found = similar_to(s, "person", ["Baykhanov Asain"])
    assert {p.b_name for p in found} == {"Асаин Байханов", "Асайын Байханов"}


def test_merge_refuses_nonsense(archive: Archive) -> None:
    p = archive.add(PersonDraft("Берік Уали"))
    with pytest.raises(ArchiveError):
        merge(archive, "person", p.id, p.id)
    with pytest.raises(ArchiveError):
        merge(archive, "event", p.id, p.id + 1)


names = st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщыэюяәғқңөұүһіabcdefghijklmnopqrstuvwxyz -", max_size=30)


@given(names, names)
def test_duplicate_scoring_is_symmetric(a: str, b: str) -> None:
    from database.duplicates import best_match

    assert best_match([a], [b])[0] == pytest.approx(best_match([b], [a])[0])
    if a.strip():
        assert best_match([a], [a])[0] == 1.0


def test_cli_lists_merges_and_unmerges(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json as json_lib

    from desktop_app.cli import main

    path = str(tmp_path / "a.sqlite")
    main(["--archive", path, "--create", "sample"])
    capsys.readouterr()
    assert main(["--archive", path, "--create", "duplicates", "--json"]) == 0
    [pair] = json_lib.loads(capsys.readouterr().out)
    assert {pair["a"]["name"], pair["b"]["name"]} == {"Асаин Байханов", "Асайын Байханов"}
    assert main(["--archive", path, "--create", "merge", "person", str(pair["a"]["id"]), str(pair["b"]["id"])]) == 0
    assert "unmerge 1" in capsys.readouterr().out
    assert main(["--archive", path, "--create", "duplicates"]) == 0 and "No likely duplicates" in capsys.readouterr().out
    assert main(["--archive", path, "--create", "unmerge", "1"]) == 0
    assert main(["--archive", path, "--create", "unmerge", "1"]) == 1
    assert "already undone" in capsys.readouterr().err


def test_the_position_on_a_day_is_the_one_held_then() -> None:
    from datetime import date

    from database.dates import PartialDate
    from database.people import position_on
    from database.records import Position

    person = PersonDraft("Ералы Тоғжанов", positions=(
        Position("Ақтөбе облысының әкімі", 1, PartialDate(2022), PartialDate(2023, 12)),
        Position("Премьер-Министрдің орынбасары", 2, PartialDate(2024, 2)),
    ))
    assert position_on(person, date(2022, 11, 1)).title == "Ақтөбе облысының әкімі"  # type: ignore[union-attr]
    assert position_on(person, date(2025, 5, 1)).organisation_id == 2  # type: ignore[union-attr]
    assert position_on(person, date(2021, 1, 1)) is None
    assert position_on(person, None).title == "Премьер-Министрдің орынбасары"  # type: ignore[union-attr]


def test_only_one_preferred_spelling_per_language(archive: Archive) -> None:
    from database.records import NameLang, PersonName
    from database.validation import ValidationError

    with pytest.raises(ValidationError) as e:
        archive.add(PersonDraft("Гун Чжэн", names=(PersonName("Гун Чжэн", NameLang.KK, True),
                                                  PersonName("Гун Чжен", NameLang.KK, True))))
    assert e.value.errors[0].code == "two_preferred"


def test_a_long_search_for_duplicates_stops_when_asked(sample_archive: Archive) -> None:
    from database.duplicates import Stopped

    asked = []
    with sample_archive.session() as s:
        with pytest.raises(Stopped):
            find_duplicates(s, "person", stop=lambda: asked.append(1) is None)
        assert asked  # it asked, and stopped at the first answer
        assert len(find_duplicates(s, "person", stop=lambda: False)) == 1
