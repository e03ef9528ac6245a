"""Search: what staff type finds the record, in any case, script, spelling or alias."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from database.archive import Archive
from database.clock import FixedClock
from database.dates import PartialDate
from database.exchange import export_archive, import_archive
from database.names import fold
from database.opening import open_archive
from database.records import (
    CommitmentDraft,
    CommitmentStatus,
    DocumentDraft,
    EventDraft,
    EventKind,
    EventStatus,
    OrganisationDraft,
    PersonDraft,
    PlaceDraft,
    ProgressNote,
)
from database.search import (
    Filters,
    Hit,
    delete_saved_search,
    group_hits,
    indexed_tokens,
    near_matches,
    reindex,
    save_search,
    saved_searches,
    search,
)
from database.search_text import parse_query, term_matches
from desktop_app.cli import main


def found(archive: Archive, query: str, **kw: object) -> set[tuple[str, int]]:
    return {(h.entity, h.id) for h in search(archive, query, **kw)}  # type: ignore[arg-type]


def by_name(archive: Archive, entity: str, name: str) -> int:
    field = "title" if entity in ("event", "document") else "text" if entity == "commitment" else "name"
    return next(r.id for r in archive.list(entity) if getattr(r.data, field) == name)


@pytest.fixture
def generated(sample_archive: Archive) -> Archive:
    """The sample plus records holding the letters and forms the issue names."""
    a = sample_archive
    oskemen = a.add(PlaceDraft("Өскемен", "Kazakhstan", "East Kazakhstan region", ("Усть-Каменогорск", "Oskemen")))
    a.add(EventDraft("ҰЛЫТАУ ФОРУМЫ", EventKind.FORUM, EventStatus.PLANNED, oskemen.id,
                     start=PartialDate(2027, 5, 14), summary="Ұлытау өңірінің инвестициялық әлеуеті"))
    a.add(EventDraft("Ёлка в генеральном консульстве", EventKind.OTHER, EventStatus.HELD,
                     start=PartialDate(2025, 12, 28)))
    a.add(EventDraft("Омбыда өткен іскерлік кездесу", EventKind.MEETING, EventStatus.HELD,
                     start=PartialDate(2025, 6, 3)))
    a.add(CommitmentDraft("Омбының кәсіпкерлерімен ІС-ШАРАЛАР жоспарын келісу", CommitmentStatus.OPEN,
                          notes=(ProgressNote(date(2026, 1, 10), "Жоба Павлодарға жіберілді"),)))
    a.add(PersonDraft("Ерлан Аққошқаров"))  # no Latin spelling recorded: only transliteration finds it
    return a


# --- what it finds --------------------------------------------------------------------------


def test_every_record_type_is_found_by_its_own_words(sample_archive: Archive) -> None:
    a = sample_archive
    assert ("person", by_name(a, "person", "Виталий Хоценко")) in found(a, "Хоценко")
    assert ("organisation", by_name(a, "organisation", "Абай облысының әкімдігі")) in found(a, "Акимат области Абай")
    assert ("place", by_name(a, "place", "Орал")) in found(a, "Уральск")
    assert ("event", by_name(a, "event", "Жаңа Конституция жобасы бойынша республикалық референдум")) \
        in found(a, "референдум")
    memorandum = by_name(a, "document", "Павлодар облысының әкімдігі мен Омбы облысы үкіметі арасындағы "
                                        "ынтымақтастық туралы меморандум")
    assert ("document", memorandum) in found(a, "агроөнеркәсіп")  # one of its directions
    assert ("document", memorandum) in found(a, "memorandum")  # its kind
    assert ("commitment", by_name(a, "commitment", "Содействие возобновлению прямого авиасообщения Астрахань – Атырау")) \
        in found(a, "авиасообщения")


def test_person_positions_progress_notes_and_tags_are_searched(generated: Archive) -> None:
    a = generated
    assert ("person", by_name(a, "person", "Нұрлан Аққошқаров")) in found(a, "консулы")
    commitment = by_name(a, "commitment", "Омбының кәсіпкерлерімен ІС-ШАРАЛАР жоспарын келісу")
    assert ("commitment", commitment) in found(a, "Павлодарға")
    tagged = a.add(EventDraft("Кездесу", tags=("ертіс-бассейні",)))
    assert ("event", tagged.id) in found(a, "бассейні")


@pytest.mark.parametrize("upper, lower, name", [
    ("ШАҢХАЙ", "шаңхай", "Шаңхай"),
    ("ӨСКЕМЕН", "өскемен", "Өскемен"),
    ("ҰЛЫТАУ", "ұлытау", "ҰЛЫТАУ ФОРУМЫ"),
    ("ІС", "іс", "Омбының кәсіпкерлерімен ІС-ШАРАЛАР жоспарын келісу"),
])
def test_kazakh_capitals_and_small_letters_are_the_same(generated: Archive, upper: str, lower: str, name: str) -> None:
    hits = found(generated, upper)
    assert hits == found(generated, lower) == found(generated, upper.capitalize())
    assert any(fold(name) in fold(h.title) for h in search(generated, upper)), hits


def test_yo_is_searched_as_ye(generated: Archive) -> None:
    yolka = ("event", by_name(generated, "event", "Ёлка в генеральном консульстве"))
    assert yolka in found(generated, "елка")
    assert yolka in found(generated, "ЁЛКА")
    assert yolka in found(generated, "Елка в генеральном")


def test_a_prefix_finds_the_whole_word_while_typing(sample_archive: Archive) -> None:
    both = {("person", by_name(sample_archive, "person", "Асаин Байханов")),
            ("person", by_name(sample_archive, "person", "Асайын Байханов"))}
    for typed in ("Бай", "Байх", "Байхан", "Байханов"):
        assert both <= found(sample_archive, typed), typed


def test_inflected_kazakh_forms_are_reached_by_their_stem(generated: Archive) -> None:
    hits = found(generated, "Омбы")
    assert ("event", by_name(generated, "event", "Омбыда өткен іскерлік кездесу")) in hits
    assert ("commitment", by_name(generated, "commitment", "Омбының кәсіпкерлерімен ІС-ШАРАЛАР жоспарын келісу")) in hits


@pytest.mark.parametrize("typed", ["baikhanov", "baykhanov", "Baikhanov", "BAYKHANOV", "baykh", "bayk"])
def test_latin_spellings_find_cyrillic_names(sample_archive: Archive, typed: str) -> None:
    # Асайын Байханов has no Latin name recorded: only transliteration can find him.
    assert ("person", by_name(sample_archive, "person", "Асайын Байханов")) in found(sample_archive, typed)


def test_akkoshkarov_finds_the_kazakh_spelling(generated: Archive) -> None:
    hits = found(generated, "akkoshkarov")
    assert ("person", by_name(generated, "person", "Ерлан Аққошқаров")) in hits
    assert ("person", by_name(generated, "person", "Нұрлан Аққошқаров")) in hits
    assert ("person", by_name(generated, "person", "Ерлан Аққошқаров")) in found(generated, "Yerlan akoshkarov")


def test_transliteration_does_not_match_unrelated_names(sample_archive: Archive) -> None:
    assert {e for e, _ in found(sample_archive, "baikhanov")} == {"person"}
    assert found(sample_archive, "baikhanov") == {
        ("person", by_name(sample_archive, "person", "Асаин Байханов")),
        ("person", by_name(sample_archive, "person", "Асайын Байханов"))}


@pytest.mark.parametrize("alias", ["Омск", "Omsk", "омбы"])
def test_place_aliases_find_the_place_and_what_happened_there(sample_archive: Archive, alias: str) -> None:
    a = sample_archive
    hits = found(a, alias)
    assert ("place", by_name(a, "place", "Омбы")) in hits
    assert ("event", by_name(a, "event", "«Ертіс: достық өзені – даму өзені» халықаралық форумы")) in hits


@pytest.mark.parametrize("alias", ["Шаңхай", "Шанхай", "Shanghai", "上海"])
def test_every_name_of_shanghai_finds_its_meeting(sample_archive: Archive, alias: str) -> None:
    a = sample_archive
    hits = found(a, alias)
    assert ("place", by_name(a, "place", "Шаңхай")) in hits
    assert ("event", by_name(a, "event", "Шаңхай қаласы Халық үкіметінің Сыртқы істер канцеляриясымен кездесу")) in hits


@pytest.mark.parametrize("part", ["上海市人民政府", "人民", "政府", "市人", "上"])
def test_chinese_text_is_found_by_any_part(sample_archive: Archive, part: str) -> None:
    assert ("organisation", by_name(sample_archive, "organisation", "Шаңхай қаласы Халық үкіметі")) \
        in found(sample_archive, part)


def test_chinese_characters_must_be_adjacent_and_in_order(sample_archive: Archive) -> None:
    municipality = ("organisation", by_name(sample_archive, "organisation", "Шаңхай қаласы Халық үкіметі"))
    assert municipality not in found(sample_archive, "民人")
    assert municipality not in found(sample_archive, "上政")


def test_organisation_aliases_in_other_languages_find_documents_they_signed(sample_archive: Archive) -> None:
    a = sample_archive
    road_map = ("document", by_name(a, "document", "ҚР Ақтөбе облысының әкімдігі мен РФ Орынбор облысының үкіметі "
                                                   "арасындағы 2023–2025 жылдарға арналған ынтымақтастық туралы Жол картасы"))
    assert road_map in found(a, "Правительство Оренбургской")
    assert road_map in found(a, "Akimat of Aktobe")


def test_a_near_spelling_offers_the_other_record(sample_archive: Archive) -> None:
    a = sample_archive
    asain, asaiyn = by_name(a, "person", "Асаин Байханов"), by_name(a, "person", "Асайын Байханов")
    hits = search(a, "Асаин", near=True)
    assert [(h.id, h.near) for h in hits if h.entity == "person"] == [(asain, ""), (asaiyn, "Асайын")]
    assert [n.word for n in near_matches(a, "Асайын")] == ["Асаин"]
    assert [n.word for n in near_matches(a, "Асаин")] == ["Асайын"]
    assert near_matches(a, "Асаин")[0].reason in ("same transliteration", "similar spelling")


def test_a_typo_in_a_name_finds_nothing_exact_but_offers_the_name(sample_archive: Archive) -> None:
    a = sample_archive
    # (Хоцэнко would be found: it transliterates as khotsenko, which the record holds in Latin.)
    assert search(a, "Хоцинко") == []
    near = search(a, "Хоцинко", near=True)
    assert ("person", by_name(a, "person", "Виталий Хоценко")) in {(h.entity, h.id) for h in near}
    assert all(h.near for h in near)
    assert "Хоценко" in [n.word for n in near_matches(a, "Хоцинко")]


def test_other_names_a_query_reaches_are_never_offered_as_near_spellings(sample_archive: Archive) -> None:
    # Шанхай reaches Шаңхай and Shanghai through the gazetteer: their records past the limit
    # of one per type are matches of the query, not records of a similar spelling.
    a = sample_archive
    assert len(search(a, "Шаңхай", types=["event"])) > 1
    hits = search(a, "Шанхай", types=["event"], limit=1, near=True)
    assert {h.near for h in hits}.isdisjoint({"Шаңхай", "Shanghai"})
    assert {n.word for n in near_matches(a, "Шанхай", types=["event"])}.isdisjoint({"Шаңхай", "Shanghai"})


def test_near_matches_of_a_word_far_from_any_name_are_empty(sample_archive: Archive) -> None:
    assert near_matches(sample_archive, "Зеленоград") == []
    assert near_matches(sample_archive, "") == []


# --- any input ------------------------------------------------------------------------------

NASTY = [
    '"', "'", '""', '"Шаңхай', 'Шаңхай"', "*", "**", "-", "--", "- Шаңхай", ":", "title:", "{title}: x",
    "keys : baikhanov", "(", ")", "()", "AND", "OR", "NOT", "NEAR(", "NEAR(a b, 3)", "a AND", "OR OR",
    "^Шаңхай", "\\", "%", "_", "\x00", "\x00Шаңхай", "\x01\x02\x1f", "\t\n\r", "😀", "👩‍👩‍👧", "Шаңхай 😀",
    "x" * 10_000, "Шаңхай " * 2000, "а" * 300, "\u200b", "\ufeff", "\U0010ffff", "\ud7ff", " ", "",
    "'; DROP TABLE events; --", "%' OR 1=1 --", "ǅ ß ﬁ İ", "\u0301", "a\u0301",
]


@pytest.mark.parametrize("query", NASTY)
def test_any_typed_string_is_a_valid_search(sample_archive: Archive, query: str) -> None:
    hits = search(sample_archive, query, near=True)
    assert isinstance(hits, list)
    near_matches(sample_archive, query)
    assert sample_archive.count("event") == 8  # and nothing was harmed


def test_operators_and_quotes_are_searched_as_words(sample_archive: Archive) -> None:
    assert found(sample_archive, '"Шаңхай"') == found(sample_archive, "Шаңхай") != set()
    assert found(sample_archive, "Шаңхай*") == found(sample_archive, "Шаңхай")
    assert found(sample_archive, "NEAR(Шаңхай") == found(sample_archive, "near шаңхай")
    assert found(sample_archive, "😀") == set()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_arbitrary_unicode_never_raises_and_every_hit_matches(sample_archive: Archive, query: str) -> None:
    terms = parse_query(query)
    hits = search(sample_archive, query, limit=500)
    if not terms:
        assert hits == []
    for h in hits:
        indexed = indexed_tokens(sample_archive, h.entity, h.id)
        assert indexed is not None
        words, keys = indexed
        assert all(term_matches(t, words, keys) for t in terms), (query, h.title)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=30).filter(lambda s: s.strip() and s.isprintable()))
def test_a_record_is_found_by_its_own_title(archive: Archive, title: str) -> None:
    record = archive.add(EventDraft(title))
    hits = found(archive, record.data.title, types=["event"], limit=1000)
    assert (("event", record.id) in hits) == bool(parse_query(title))


def test_query_terms_start_with_the_folded_typed_word() -> None:
    assert [t.text for t in parse_query("ШАҢХАЙ Ёлка")] == ["шаңхай", "елка"]
    assert [(t.text, t.cjk) for t in parse_query("上海市 Omsk")] == [("上海市", True), ("omsk", False)]
    assert parse_query('"*-:()') == []


# --- results --------------------------------------------------------------------------------


def test_results_are_grouped_by_type_best_group_first(sample_archive: Archive) -> None:
    hits = search(sample_archive, "Шаңхай")
    groups = group_hits(hits)
    assert len({e for e, _ in groups}) == len(groups) > 1
    assert [h for _e, g in groups for h in g] == hits  # already in group order
    for _entity, group in groups:
        assert [h.score for h in group] == sorted((h.score for h in group), reverse=True)
    assert groups[0][1][0].score == max(h.score for h in hits)


def test_a_title_match_outranks_a_mention_in_the_text(sample_archive: Archive) -> None:
    events = [h for h in search(sample_archive, "референдум") if h.entity == "event"]
    assert events[0].title.startswith("Жаңа Конституция")


def test_snippets_mark_where_the_words_matched(sample_archive: Archive) -> None:
    forum = by_name(sample_archive, "event", "«Ертіс: достық өзені – даму өзені» халықаралық форумы")
    hit = next(h for h in search(sample_archive, "irtysh basin") if h.id == forum and h.entity == "event")
    marked = [hit.snippet[a:b].lower() for a, b in hit.snippet_marks]
    assert "irtysh" in marked and "basin" in marked
    person = next(h for h in search(sample_archive, "Байхан") if h.entity == "person")
    assert [person.title[a:b] for a, b in person.title_marks] == ["Байханов"]


def test_a_transliterated_match_is_marked_in_the_cyrillic_title(sample_archive: Archive) -> None:
    hit = next(h for h in search(sample_archive, "baykhanov") if h.title == "Асайын Байханов")
    assert [hit.title[a:b] for a, b in hit.title_marks] == ["Байханов"]


def test_a_long_text_is_cut_around_the_match(archive: Archive) -> None:
    summary = "бірінші " * 100 + "Сағаршын өткізу пункті " + "соңғы " * 100
    archive.add(EventDraft("Шекара", summary=summary))
    hit = search(archive, "Сағаршын")[0]
    assert len(hit.snippet) < 200 and hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert [hit.snippet[a:b] for a, b in hit.snippet_marks] == ["Сағаршын"]


def test_hits_carry_identity_for_opening_the_record(sample_archive: Archive) -> None:
    hit = next(h for h in search(sample_archive, "Хоценко") if h.entity == "person")
    record = sample_archive.get("person", hit.id)
    assert hit.uuid == record.uuid and hit.title == record.data.name
    assert set(hit.to_json()) >= {"type", "id", "uuid", "title", "snippet", "score"}


def test_the_limit_applies_to_each_record_type(archive: Archive) -> None:
    for i in range(8):
        archive.add(EventDraft(f"Форум {i}"))
        archive.add(CommitmentDraft(f"Форум шешімі {i}"))
    hits = search(archive, "форум", limit=3)
    assert sorted(h.entity for h in hits) == ["commitment"] * 3 + ["event"] * 3


def test_a_broad_prefix_still_answers_newest_and_title_matches_first(archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    import database.search_rank as search_module

    monkeypatch.setattr(search_module, "BROAD", 5)  # "а" is in more than 5 records here
    for i in range(12):
        archive.add(EventDraft(f"Алаң {i}"))
    in_text = archive.add(EventDraft("Кездесу", summary="Алаң туралы"))
    hits = search(archive, "а", types=["event"], limit=5)
    assert [h.id for h in hits] == [13 - i for i in range(1, 6)] and in_text.id not in [h.id for h in hits]
    hits = search(archive, "ала", types=["event"], limit=50)
    assert hits[-1].id == in_text.id  # found in the text only: after every title match


# --- filters and saved searches -------------------------------------------------------------


def test_the_type_filter(sample_archive: Archive) -> None:
    assert {e for e, _ in found(sample_archive, "Шаңхай", types=["event", "place"])} == {"event", "place"}


def test_the_date_range_keeps_dated_records_overlapping_it(sample_archive: Archive) -> None:
    a = sample_archive
    hits = found(a, "Шаңхай", filters=Filters(date_from=date(2026, 3, 1), date_to=date(2026, 3, 31)))
    conference = ("event", by_name(a, "event", "Шет ел инвестициялары конференциясының бірінші жиыны («Шаңхай шығыс торабы»)"))
    meeting = ("event", by_name(a, "event", "Шаңхай қаласы Халық үкіметінің Сыртқы істер канцеляриясымен кездесу"))
    participate = ("commitment", by_name(a, "commitment", "Шаңхайдағы Шет ел инвестициялары конференциясына қатысу (2026 жылғы 26–28 наурыз)"))
    visit = ("event", by_name(a, "event", "Шаңхай мэрі Гун Чжэннің Алматы және Астана қалаларына сапары"))
    assert {conference, participate, visit} <= hits  # the visit is "2026-H1": it may fall in March
    assert meeting not in hits  # 2026-02-19
    assert {e for e, _ in hits} <= {"event", "document", "commitment"}


def test_the_status_filter(sample_archive: Archive) -> None:
    hits = search(sample_archive, "Шаңхай", filters=Filters(status="planned"))
    assert hits and all(h.entity == "event" and sample_archive.get("event", h.id).data.status == EventStatus.PLANNED
                        for h in hits)


def test_the_country_filter_looks_at_places_and_organisations(sample_archive: Archive) -> None:
    a = sample_archive
    in_china = found(a, "консулдығы", filters=Filters(country="CHINA"))
    assert ("organisation", by_name(a, "organisation", "Қазақстан Республикасының Шаңхайдағы Бас консулдығы")) in in_china
    assert ("organisation", by_name(a, "organisation", "Қазақстан Республикасының Омбыдағы Бас консулдығы")) not in in_china
    assert ("organisation", by_name(a, "organisation", "Қазақстан Республикасының Омбыдағы Бас консулдығы")) \
        in found(a, "консулдығы")
    meeting = ("event", by_name(a, "event", "Шаңхай қаласы Халық үкіметінің Сыртқы істер канцеляриясымен кездесу"))
    assert meeting in found(a, "кездесу", filters=Filters(country="china"))  # by its place
    assert meeting not in found(a, "кездесу", filters=Filters(country="Russia"))
    assert ("place", by_name(a, "place", "Омбы")) in found(a, "Омбы", filters=Filters(country="omsk region"))


def test_the_organisation_filter(sample_archive: Archive) -> None:
    a = sample_archive
    pavlodar = by_name(a, "organisation", "Павлодар облысының әкімдігі")
    hits = found(a, "Омбы", filters=Filters(organisation_id=pavlodar))
    assert ("document", by_name(a, "document", "Павлодар облысының әкімдігі мен Омбы облысы үкіметі арасындағы "
                                               "ынтымақтастық туралы меморандум")) in hits
    assert ("place", by_name(a, "place", "Омбы")) not in hits
    assert all(e in ("document", "event", "commitment", "person", "organisation") for e, _ in hits)


def test_saved_searches_are_kept_replaced_and_deleted(sample_archive: Archive) -> None:
    a = sample_archive
    f = Filters(date_from=date(2026, 1, 1), country="China", status="planned")
    save_search(a, "Шаңхай 2026", "Шаңхай", types=["event"], filters=f)
    save_search(a, "Омбы", "Омбы")
    saved = {s.name: s for s in saved_searches(a)}
    assert saved["Шаңхай 2026"].filters == f and saved["Шаңхай 2026"].types == ("event",)
    save_search(a, "Омбы", "Омск")
    reindex(a)  # a rebuild keeps what the user saved
    assert [(s.name, s.query) for s in saved_searches(a)] == [("Омбы", "Омск"), ("Шаңхай 2026", "Шаңхай")]
    assert delete_saved_search(a, "Омбы") and not delete_saved_search(a, "Омбы")
    assert [s.name for s in saved_searches(a)] == ["Шаңхай 2026"]


# --- the index stays in step ----------------------------------------------------------------


def test_the_index_follows_add_edit_delete_and_restore(archive: Archive) -> None:
    event = archive.add(EventDraft("Ертіс форумы"))
    assert ("event", event.id) in found(archive, "Ертіс")
    archive.update(event.id, EventDraft("Жайық форумы", summary="Орал қаласында"))
    assert ("event", event.id) not in found(archive, "Ертіс")
    assert ("event", event.id) in found(archive, "Жайық") and ("event", event.id) in found(archive, "Орал")
    archive.delete("event", event.id)
    assert found(archive, "Жайық") == set() and indexed_tokens(archive, "event", event.id) is None
    archive.restore("event", event.id)
    assert ("event", event.id) in found(archive, "Жайық")


def test_renaming_a_place_reindexes_what_happened_there(archive: Archive) -> None:
    # (Not a place of the gazetteer, which would know its other names without any alias.)
    place = archive.add(PlaceDraft("Зеленоград"))
    event = archive.add(EventDraft("Форум", place_id=place.id))
    document = archive.add(DocumentDraft("Меморандум", place_id=place.id))
    assert found(archive, "Zelenogorod") == set()
    archive.update(place.id, PlaceDraft("Зеленоград", aliases=("Зеленоград", "Zelenogorod")))
    assert {("event", event.id), ("document", document.id), ("place", place.id)} == found(archive, "Zelenogorod")


def test_renaming_an_organisation_reindexes_its_documents(archive: Archive) -> None:
    org = archive.add(OrganisationDraft("Абай облысының әкімдігі"))
    document = archive.add(DocumentDraft("Келісім", party_ids=(org.id,)))
    archive.update(org.id, OrganisationDraft("Абай облысының әкімдігі", aliases=("Акимат области Абай",)))
    assert ("document", document.id) in found(archive, "Акимат")


def test_merging_organisations_reindexes_the_documents_whose_party_moved(archive: Archive) -> None:
    merge = pytest.importorskip("database.merge")
    keep = archive.add(OrganisationDraft("Павлодар облысының әкімдігі", aliases=("Akimat of Pavlodar Region",)))
    drop = archive.add(OrganisationDraft("Акимат Павлодарской обл."))
    document = archive.add(DocumentDraft("Меморандум", party_ids=(drop.id,)))
    merge.merge(archive, "organisation", keep.id, drop.id)
    assert ("document", document.id) in found(archive, "Akimat of Pavlodar")
    assert ("organisation", drop.id) not in found(archive, "Павлодар")


def test_an_import_is_indexed_and_a_record_imported_into_the_trash_is_not(archive: Archive, tmp_path: Path) -> None:
    source = open_archive(tmp_path / "other.sqlite", clock=FixedClock(date(2026, 11, 21)))
    kept = source.add(PersonDraft("Гүлнар Сейітова"))
    binned = source.add(PersonDraft("Гүлмира Сейітова"))
    source.delete("person", binned.id)
    out = io.StringIO()
    export_archive(source, out)
    source.close()
    import_archive(archive, io.BytesIO(out.getvalue().encode()))
    titles = {h.title for h in search(archive, "Сейітова")}
    assert titles == {"Гүлнар Сейітова"} and kept.uuid in {h.uuid for h in search(archive, "Гүлнар")}


def test_a_changed_import_reindexes_the_record(sample_archive: Archive, tmp_path: Path) -> None:
    out = io.StringIO()
    export_archive(sample_archive, out)
    doc = json.loads(out.getvalue())
    doc["persons"][0]["name"] = "Асаин Байханов-Жаңа"
    doc["persons"][0]["updated_at"] = "2027-01-01T00:00:00"
    import_archive(sample_archive, io.BytesIO(json.dumps(doc, ensure_ascii=False).encode()))
    assert [h.title for h in search(sample_archive, "Байханов-Жаңа")] == ["Асаин Байханов-Жаңа"]


def test_attachment_file_names_are_searched(archive: Archive, tmp_path: Path) -> None:
    attachments = pytest.importorskip("database.attachments")
    event = archive.add(EventDraft("Кездесу"))
    scan = tmp_path / "Хаттама_қол_қойылған.pdf"
    scan.write_bytes(b"%PDF-1.4")
    row = attachments.attach(archive, "event", event.id, scan)
    assert ("event", event.id) in found(archive, "хаттама")
    attachments.remove(archive, row.id)
    assert ("event", event.id) not in found(archive, "хаттама")


def test_an_archive_without_an_index_gets_one_when_opened(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "old.sqlite"
    a = open_archive(path, clock=clock)
    a.add(PersonDraft("Серік Шапкенов"))
    a.close()
    with sqlite3.connect(path) as raw:  # as an archive from before search existed
        for table in ("search_fts", "search_docs", "search_vocab", "search_meta"):
            raw.execute(f"DROP TABLE {table}")
    a = open_archive(path, clock=clock)
    try:
        assert [h.title for h in search(a, "shapkenov")] == ["Серік Шапкенов"]
    finally:
        a.close()


def test_an_index_built_by_other_rules_is_rebuilt_when_opened(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "a.sqlite"
    a = open_archive(path, clock=clock)
    a.add(PersonDraft("Серік Шапкенов"))
    a.close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE search_meta SET value = '0:old' WHERE key = 'signature'")
        raw.execute("DELETE FROM search_fts")
    a = open_archive(path, clock=clock)
    try:
        assert [h.title for h in search(a, "Шапкенов")] == ["Серік Шапкенов"]
    finally:
        a.close()


def test_reindex_rebuilds_the_same_results(generated: Archive) -> None:
    queries = ["Шаңхай", "Омбы", "baikhanov", "上海", "іс"]
    before = [search(generated, q) for q in queries]
    count = reindex(generated)
    assert count == sum(generated.count(e) for e in ("person", "organisation", "place", "event", "document", "commitment"))
    assert [search(generated, q) for q in queries] == before


def test_search_takes_an_open_session_too(sample_archive: Archive) -> None:
    with sample_archive.session() as s:
        assert search(s, "Шаңхай") == search(sample_archive, "Шаңхай")
        assert isinstance(search(s, "Шаңхай")[0], Hit)


# --- command line ---------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_search_prints_json_hits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "x.sqlite")
    run(capsys, "--archive", path, "--create", "sample")
    code, out, _ = run(capsys, "--archive", path, "--create", "search", "baykhanov", "--type", "person", "--json")
    assert code == 0
    hits = json.loads(out)
    assert {h["title"] for h in hits} == {"Асаин Байханов", "Асайын Байханов"}
    assert all({"type", "id", "uuid", "title", "snippet", "score"} <= set(h) and h["type"] == "person" for h in hits)


def test_cli_search_groups_hits_and_says_when_nothing_is_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "x.sqlite")
    run(capsys, "--archive", path, "--create", "sample")
    code, out, _ = run(capsys, "--archive", path, "--create", "search", "Омск")
    assert code == 0 and "Places (1)" in out and "Омбы" in out and "Events (" in out
    code, out, _ = run(capsys, "--archive", path, "--create", "search", 'NEAR( "')
    assert code == 0 and "Nothing found" in out
    code, out, _ = run(capsys, "--archive", path, "--create", "search", "Асаин")
    assert "Near matches (Асайын)" in out


def test_cli_reindex_and_saved_searches(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "x.sqlite")
    run(capsys, "--archive", path, "--create", "sample")
    code, out, _ = run(capsys, "--archive", path, "--create", "reindex")
    assert code == 0 and "63 records" in out
    code, _, _ = run(capsys, "--archive", path, "--create", "search", "Шаңхай", "--status", "planned", "--save", "planned")
    assert code == 0
    code, out, _ = run(capsys, "--archive", path, "--create", "search", "--saved", "planned", "--json")
    assert code == 0 and json.loads(out) and all(h["type"] == "event" for h in json.loads(out))
    code, _, err = run(capsys, "--archive", path, "--create", "search", "--saved", "missing")
    assert code == 1 and "no saved search" in err
