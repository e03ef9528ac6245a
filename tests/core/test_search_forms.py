"""Search that understands Kazakh and Russian words: other forms of a word, other names of a place
(the gazetteer), spellings in the other script, ranked in that order and highlighted as found."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from database import gazetteer
from database.archive import Archive
from database.clock import FixedClock
from database.duplicates import find_duplicates, similar_to
from database.morphology import form_keys, kazakh_stem, kazakh_stems, russian_stem
from database.names import fold
from database.opening import open_archive
from database.records import (
    CommitmentDraft,
    CommitmentStatus,
    DocumentDraft,
    Entity,
    EventDraft,
    EventKind,
    OrganisationDraft,
    PersonDraft,
    PlaceDraft,
)
from database.search import Hit, near_matches, search
from database.search_index import index_signature, needs_rebuild
from desktop_app.cli import main

WORD_FORMS = Path(__file__).parent / "data" / "kazakh_forms.txt"


def found(archive: Archive, query: str, **kw: object) -> set[tuple[str, int]]:
    return {(h.entity, h.id) for h in search(archive, query, **kw)}  # type: ignore[arg-type]


def hit(archive: Archive, query: str, entity: str, record_id: int) -> Hit:
    return next(h for h in search(archive, query) if (h.entity, h.id) == (entity, record_id))


def marked(h: Hit) -> list[str]:
    return [h.title[a:b] for a, b in h.title_marks] + [h.snippet[a:b] for a, b in h.snippet_marks]


def by_title(archive: Archive, entity: str, title: str) -> int:
    field = "title" if entity in ("event", "document") else "text" if entity == "commitment" else "name"
    return next(r.id for r in archive.list(entity) if getattr(r.data, field) == title)


# --- inflected forms ----------------------------------------------------------------------------


def test_the_issues_missing_russian_word_is_found_in_its_other_case(sample_archive: Archive) -> None:
    a = sample_archive
    flights = by_title(a, "commitment", "Содействие возобновлению прямого авиасообщения Астрахань – Атырау")
    assert ("commitment", flights) in found(a, "авиасообщение")
    h = hit(a, "авиасообщение", "commitment", flights)
    assert "авиасообщения" in marked(h)  # highlighted in the form the record has
    # ... and the other way round.
    plain = a.add(DocumentDraft("Соглашение о воздушном сообщении", summary="Регулярное авиасообщение"))
    assert ("document", plain.id) in found(a, "авиасообщения")


@pytest.mark.parametrize("query, text, form", [
    ("Байхановым", "Асаин Байханов", "Байханов"),
    ("Байханов", "встреча с Байхановым", "Байхановым"),
    ("Омской", "Омская промышленность", "Омская"),
    ("Омская", "Губернатор Омской", "Омской"),
])
def test_russian_names_and_adjectives_in_any_case(archive: Archive, query: str, text: str, form: str) -> None:
    event = archive.add(EventDraft("Кездесу", summary=text))
    assert ("event", event.id) in found(archive, query)
    assert marked(hit(archive, query, "event", event.id)) == [form]


@pytest.mark.parametrize("query", ["Павлодарда", "Павлодардың", "Павлодарға", "Павлодардан"])
def test_kazakh_case_forms_find_the_name(archive: Archive, query: str) -> None:
    place = archive.add(PlaceDraft("Павлодар"))
    event = archive.add(EventDraft("Форум Павлодарда өтті"))
    assert {("place", place.id), ("event", event.id)} <= found(archive, query)
    h = hit(archive, query, "place", place.id)
    assert [h.title[a:b] for a, b in h.title_marks] == ["Павлодар"]


@pytest.mark.parametrize("query, text", [
    ("Павлодар", "Жоба Павлодардың әкімдігіне жіберілді"),
    ("Омбы", "Омбыдағы бас консулдық"),
    ("Омбыдағы", "Омбы облысы"),
    ("облыс", "Павлодар облысының әкімі"),
    ("әкімдік", "облыс әкімдігі"),
    ("әкімдігі", "Павлодар облысының әкімдігімен"),
    ("құжат", "қол қойылған құжаттары"),
    ("құжаттары", "бір құжатқа"),
])
def test_kazakh_possessive_and_plural_forms(archive: Archive, query: str, text: str) -> None:
    event = archive.add(EventDraft("Іс-шара", summary=text))
    assert ("event", event.id) in found(archive, query)


def test_the_sample_finds_pavlodar_in_the_locative(sample_archive: Archive) -> None:
    hits = found(sample_archive, "павлодарда")
    assert ("organisation", by_title(sample_archive, "organisation", "Павлодар облысының әкімдігі")) in hits


def _word_forms() -> list[tuple[str, list[str]]]:
    out = []
    for line in WORD_FORMS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, forms = line.split(":")
            out.append((fold(lemma.strip()), [fold(f) for f in forms.split()]))
    return out


def test_the_kazakh_word_form_list_is_long_enough_and_every_form_meets_its_word() -> None:
    entries = _word_forms()
    assert sum(len(forms) for _lemma, forms in entries) >= 300
    missed = [(lemma, form) for lemma, forms in entries for form in forms
              if not set(form_keys(form)) & set(form_keys(lemma))]
    assert missed == []


def test_the_word_form_list_reduces_most_forms_to_one_stem() -> None:
    entries = _word_forms()
    same = sum(kazakh_stem(form) == kazakh_stem(lemma) for lemma, forms in entries for form in forms)
    total = sum(len(forms) for _lemma, forms in entries)
    assert same / total >= 0.85, same / total


def test_different_words_of_the_list_keep_apart() -> None:
    lemmas = [lemma for lemma, _forms in _word_forms()]
    clashes = [(a, b) for i, a in enumerate(lemmas) for b in lemmas[i + 1:] if set(form_keys(a)) & set(form_keys(b))]
    assert clashes == []
    # Nor do words that merely end like an ending.
    assert not set(form_keys("астана")) & set(form_keys("астрахань"))
    assert not set(form_keys("омбы")) & set(form_keys("омар"))


@pytest.mark.parametrize("word, stem", [
    ("павлодардың", "павлодар"), ("облысының", "облыс"), ("құжаттары", "құжат"), ("әкімдігі", "әкімдік"),
    ("омбыдағы", "омбы"), ("кәсіпкерлерімен", "кәсіпкер"), ("консулдығы", "консулдық"),
    ("қазақстанның", "қазақстан"), ("өскеменде", "өскемен"),
])
def test_the_stripper_cuts_case_possessive_and_plural(word: str, stem: str) -> None:
    assert stem in kazakh_stems(word)


def test_the_russian_stemmer_keeps_surnames_whole() -> None:
    assert russian_stem("байхановым") == russian_stem("байханов") == russian_stem("байханову") == "байханов"
    assert russian_stem("авиасообщения") == russian_stem("авиасообщение")
    assert russian_stem("омской") == russian_stem("омская")


# --- the gazetteer ---------------------------------------------------------------------------


@pytest.mark.parametrize("names", [
    ("Ертіс", "Иртыш", "Irtysh", "额尔齐斯河"),
    ("Жайық", "Урал", "Ural"),
    ("Шыңжаң", "Синьцзян", "Xinjiang", "新疆"),
    ("Шаңхай", "Шанхай", "Shanghai", "上海"),
    ("Орал", "Уральск", "Oral"),
    ("Өскемен", "Усть-Каменогорск"),
])
def test_every_name_of_a_place_finds_a_record_that_uses_another(archive: Archive, names: tuple[str, ...]) -> None:
    for written in names:
        event = archive.add(EventDraft(f"Forum {written}", kind=EventKind.FORUM))
        for query in names:
            assert ("event", event.id) in found(archive, query), (written, query)
            if query != written:
                h = hit(archive, query, "event", event.id)
                assert h.title[h.title_marks[0][0]:h.title_marks[-1][1]] == written, (written, query)
        archive.delete("event", event.id)


def test_the_sample_finds_the_irtysh_forum_by_its_russian_name(sample_archive: Archive) -> None:
    forum = ("event", by_title(sample_archive, "event", "«Ертіс: достық өзені – даму өзені» халықаралық форумы"))
    for query in ("иртыш", "Irtysh", "额尔齐斯河"):
        assert forum in found(sample_archive, query), query
    assert "Ертіс" in marked(hit(sample_archive, "иртыш", *forum))


def test_an_inflected_exonym_finds_the_place(archive: Archive) -> None:
    event = archive.add(EventDraft("Ертістің экологиясы"))
    assert ("event", event.id) in found(archive, "Иртыш")
    assert ("event", archive.add(EventDraft("Шаңхайдағы көрме")).id) in found(archive, "Шанхай")


def test_places_in_the_archive_gain_the_gazetteer_names_nobody_typed(archive: Archive) -> None:
    place = archive.add(PlaceDraft("Өскемен", "Қазақстан"))
    for query in ("Усть-Каменогорск", "Ust-Kamenogorsk", "厄斯克门"):
        assert ("place", place.id) in found(archive, query), query
    h = hit(archive, "Ust-Kamenogorsk", "place", place.id)
    assert "Ust" in h.snippet and "Kamenogorsk" in h.snippet  # the name shown, so the hit says why


def test_the_gazetteer_api_for_other_modules() -> None:
    (irtysh,) = gazetteer.find("Иртыш")
    assert irtysh.kind == "river" and irtysh.name_in("zh") == "额尔齐斯河" and irtysh.name_in("kk") == "Ертіс"
    assert gazetteer.find("Омбыдағы") == gazetteer.find("Омск")
    assert gazetteer.find("Омбы облысы") != gazetteer.find("Омбы")
    assert gazetteer.find("Зеленоград") == ()
    assert gazetteer.same_place(["Өскемен"], ["Усть-Каменогорск"]) is not None
    assert gazetteer.same_place(["Өскемен"], ["Орал"]) is None
    named = [p.key for p, _words in gazetteer.places_in("Делегация Павлодар облысының әкімдігі Шанхайда, "
                                                         "затем в Синьцзян-Уйгурский автономный район")]
    assert named == ["kz-pavlodar", "cn-shanghai", "cn-xinjiang"]
    assert [words for _p, words in gazetteer.places_in("Визит в 新疆 и Усть-Каменогорск")] == \
        ["新疆", "усть каменогорск"]


def test_every_place_of_the_gazetteer_has_its_four_languages() -> None:
    places = gazetteer.places()
    assert len(places) >= 100
    assert len({p.key for p in places}) == len(places)
    for p in places:
        assert all(p.names_in(lang) for lang in gazetteer.LANGUAGES), p.key
    source = (gazetteer.PATH.parent / "SOURCE.md").read_text(encoding="utf-8")
    assert "Licence" in source and "Source" in source


# --- transliteration -----------------------------------------------------------------------------


def test_astana_finds_astana_as_a_match_not_a_suggestion(sample_archive: Archive) -> None:
    a = sample_archive
    visit = ("event", by_title(a, "event", "Шаңхай қаласы Халық үкіметінің Сыртқы істер канцеляриясымен кездесу"))
    hits = search(a, "Астана")
    assert visit in {(h.entity, h.id) for h in hits if not h.near}
    assert "Astana" in marked(hit(a, "Астана", *visit))
    assert "Astana" not in [n.word for n in near_matches(a, "Астана")]


def test_a_cyrillic_name_finds_its_latin_spelling_and_back(archive: Archive) -> None:
    latin = archive.add(PersonDraft("Aigerim Bizhanova"))
    note = archive.add(EventDraft("Meeting", summary="with Ms Bizhanova of the ministry"))
    assert {("person", latin.id), ("event", note.id)} <= found(archive, "Бижанова")
    assert "Bizhanova" in marked(hit(archive, "Бижанова", "event", note.id))
    cyr = archive.add(EventDraft("Кездесу", summary="Губернатор Хоценко В. П."))
    eng = archive.add(EventDraft("Call", summary="Governor Khotsenko"))
    assert ("event", cyr.id) in found(archive, "khotsenko")
    assert ("event", eng.id) in found(archive, "Хоценко")
    assert "Хоценко" in marked(hit(archive, "khotsenko", "event", cyr.id))


# --- ranking -------------------------------------------------------------------------------------


def test_exact_then_inflected_then_transliterated_then_near(archive: Archive) -> None:
    exact = archive.add(PersonDraft("Айгүл Байханова"))
    inflected = archive.add(PersonDraft("Ерлан Байханов"))
    latin = archive.add(PersonDraft("Dana Baikhanova"))
    near = archive.add(PersonDraft("Бақыт Байханава"))
    hits = [h for h in search(archive, "Байханова", near=True) if h.entity == "person"]
    assert [h.id for h in hits] == [exact.id, inflected.id, latin.id, near.id]
    assert [bool(h.near) for h in hits] == [False, False, False, True]
    assert marked(hits[1]) == ["Байханов"] and marked(hits[2]) == ["Baikhanova"]


def test_the_exact_place_comes_before_its_forms_and_other_names(archive: Archive) -> None:
    exact = archive.add(EventDraft("Павлодарда форум"))
    inflected = archive.add(EventDraft("Павлодардың форумы"))
    other_name = archive.add(EventDraft("Pavlodar forum"))
    hits = [h.id for h in search(archive, "Павлодарда") if h.entity == "event"]
    assert hits == [exact.id, inflected.id, other_name.id]


# --- the index -----------------------------------------------------------------------------------


def test_an_older_index_is_rebuilt_on_first_open_with_progress(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "a.sqlite"
    a = open_archive(path, clock=clock)
    for i in range(3):
        a.add(EventDraft(f"Павлодарда кездесу {i}"))
    a.close()
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("UPDATE search_meta SET value = '2:older' WHERE key = 'signature'")
        raw.execute("DROP TABLE search_forms")  # as an index built before forms were kept
    raw.close()
    told: list[tuple[int, int]] = []
    a = open_archive(path, clock=clock, progress=lambda done, total: told.append((done, total)))
    try:
        assert told and told[-1] == (3, 3)
        assert not needs_rebuild(a)
        assert len(found(a, "Павлодар")) == 3
        with a.session() as s:
            stored = s.connection().exec_driver_sql("SELECT value FROM search_meta WHERE key = 'signature'").scalar()
        assert stored == index_signature()
    finally:
        a.close()
    told.clear()
    open_archive(path, clock=clock, progress=lambda done, total: told.append((done, total))).close()
    assert told == []  # built once


def test_elshi_reindex_shows_its_progress(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.sqlite"
    a = open_archive(path)
    a.add(CommitmentDraft("Омбыдағы кездесу", CommitmentStatus.OPEN))
    a.close()
    assert main(["--archive", str(path), "--lang", "en", "reindex"]) == 0
    out, err = capsys.readouterr()
    assert "1 record" in out
    assert "Indexing for search: 1 of 1 record" in err


def test_a_command_on_an_archive_with_an_older_index_rebuilds_it_and_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.sqlite"
    a = open_archive(path)
    a.add(EventDraft("Ертістегі форум"))
    a.close()
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("UPDATE search_meta SET value = 'older' WHERE key = 'signature'")
    raw.close()
    assert main(["--archive", str(path), "--lang", "en", "search", "Иртыш"]) == 0
    out, err = capsys.readouterr()
    assert "Ертістегі форум" in out
    assert "Indexing for search" in err


def test_forms_of_a_word_written_later_are_found_without_a_rebuild(archive: Archive) -> None:
    first = archive.add(EventDraft("Құжаттар"))
    assert found(archive, "құжаттары") == {("event", first.id)}
    second = archive.add(EventDraft("Құжатқа қол қойылды"))
    archive.update(first.id, EventDraft("Хаттар"), expected_version=first.version)
    assert found(archive, "құжаттары") == {("event", second.id)}


# --- duplicates ----------------------------------------------------------------------------------


def test_places_under_their_other_names_are_found_as_duplicates(archive: Archive) -> None:
    oskemen = archive.add(PlaceDraft("Өскемен"))
    ust = archive.add(PlaceDraft("Усть-Каменогорск"))
    irtysh = archive.add(PlaceDraft("Irtysh"))
    ertis = archive.add(PlaceDraft("Ертіс", aliases=("Ертіс өзені",)))
    archive.add(PlaceDraft("Орал"))
    with archive.session() as s:
        pairs = {(p.a_id, p.b_id, p.reason) for p in find_duplicates(s, Entity.PLACE)}
        assert pairs == {(oskemen.id, ust.id, "same place"), (irtysh.id, ertis.id, "same place")}
        warned = similar_to(s, "place", ["Уральск"])
        assert [p.b_name for p in warned] == ["Орал"]
    assert archive.add(OrganisationDraft("Өскемен қаласының әкімдігі"))


def test_elshi_duplicates_lists_places(archive: Archive, capsys: pytest.CaptureFixture[str]) -> None:
    archive.add(PlaceDraft("Шаңхай"))
    archive.add(PlaceDraft("上海"))
    path = archive.location
    archive.close()
    assert main(["--archive", str(path), "--lang", "en", "duplicates", "--type", "place"]) == 0
    out = capsys.readouterr().out
    assert "Шаңхай" in out and "上海" in out and "same place" in out


def test_a_word_rare_as_typed_but_common_under_its_other_names_keeps_its_own_first(
        archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    from database import search_rank

    monkeypatch.setattr(search_rank, "BROAD", 5)  # so that six records make a name common
    others = [archive.add(EventDraft(f"Ертіс форумы {i}")).id for i in range(6)]
    own = [archive.add(EventDraft("Форум на Иртыше")).id, archive.add(EventDraft("Иртыш")).id]
    hits = [h.id for h in search(archive, "Иртыш") if h.entity == "event"]
    assert set(hits[:2]) == set(own) and sorted(hits[2:]) == others  # its own, ranked, then the newest others
