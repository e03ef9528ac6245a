"""Press intake on the five seed press items (kept beside the project in ``../shared/seeds``, not in
it: they are other people's sentences): every person and document the domain notes list for them is
read, in the nominative, and linked to the sample archive's record where it has one. Collected only
where the seed folder is there (tests/conftest.py)."""

from __future__ import annotations

import pytest

from operations.intake import read
from operations.intake.matching import match
from tests.seeds import SEEDS

SEED_PEOPLE = {
    "000": {"Асаин Байханов", "Берік Уали", "Бақытжан Баяхметов", "Виталий Хоценко"},
    "001": {"Асайын Байханов", "Виталий Хоценко"},
    "002": {"Ералы Тоғжанов", "Денис Паслер", "Қасым-Жомарт Тоқаев", "Владимир Путин"},
    "003": {"Серик Шапкенов", "Игорь Бабушкин"},
    "004": {"Нұрлан Аққошқаров", "Фан Сяо", "Гун Чжэн"},
}
SEED_DOCS = {
    "000": [("action_plan", (2026, 2028)), ("action_plan", (2025, 2028)), ("agreement", None)],
    "001": [("memorandum", None)],
    "002": [("road_map", (2023, 2025))],
    "003": [("plan_of_events", (2023, 2026))],
    "004": [("road_map", (2026, 2028))],
}


@pytest.mark.parametrize("seed", sorted(SEED_PEOPLE))
def test_seed_items_give_every_person_and_document_the_domain_lists(sample_loaded, seed: str) -> None:  # type: ignore[no-untyped-def]
    (path,) = SEEDS.glob(seed + "_*.txt")
    d = match(sample_loaded, read(path.read_text(encoding="utf-8")))
    names = {p.name for p in d.people}
    assert SEED_PEOPLE[seed] <= names
    for p in d.people:
        if p.name in SEED_PEOPLE[seed]:
            assert p.match is not None and p.match.name == p.name
    got = [(x.kind, x.period) for x in d.documents]
    for wanted in SEED_DOCS[seed]:
        assert wanted in got or (wanted[1] is None and any(k == wanted[0] for k, _ in got))


SEED_BODIES = {
    "000": {"Омбы облысының Үкіметі", "Павлодар облысының әкімдігі", "Абай облысының әкімдігі",
            "Омбы облысының Мәдениет министрлігі",
            "Абай облысының мәдениет, тілдерді дамыту және мұрағат ісі басқармасы",
            "Қазақстан-Ресей үкіметаралық комиссиясы", "Қазақстан Республикасының Омбыдағы Бас консулдығы"},
    "001": {"Павлодар облысының әкімдігі", "Омбы облысының Үкіметі"},
    "002": {"Ақтөбе облысының әкімдігі", "Орынбор облысының үкіметі"},
    "003": {"Атырау облысының әкімдігі", "Правительство Астраханской области"},
    "004": {"Қазақстан Республикасының Шаңхайдағы Бас консулдығы", "Алматы қаласының әкімдігі",
            "Шаңхай қаласы Халық үкіметінің Сыртқы істер канцеляриясы", "Шаңхай қаласы Халық үкіметі"},
}
# (kind, period) -> (parties, signatories) as the domain notes give them
SEED_DOC_SIDES = {
    "000": {("action_plan", (2026, 2028)): ({"Омбы облысының Үкіметі", "Павлодар облысының әкімдігі"}, set()),
            ("action_plan", (2025, 2028)): ({"Омбы облысының Үкіметі", "Абай облысының әкімдігі"}, set())},
    "001": {("memorandum", None): ({"Павлодар облысының әкімдігі", "Омбы облысының Үкіметі"},
                                   {"Асайын Байханов", "Виталий Хоценко"})},
    "002": {("road_map", (2023, 2025)): ({"Ақтөбе облысының әкімдігі", "Орынбор облысының үкіметі"},
                                         {"Ералы Тоғжанов", "Денис Паслер"})},
    "003": {("plan_of_events", (2023, 2026)): ({"Атырау облысының әкімдігі", "Правительство Астраханской области"},
                                               {"Серик Шапкенов", "Игорь Бабушкин"})},
    "004": {("road_map", (2026, 2028)): ({"Алматы қаласының әкімдігі", "Шаңхай қаласы Халық үкіметі"}, set())},
}
SEED_DATES = {
    "001": {("2025-11-13", None)},
    "004": {("2026-02-19", None), ("2026-H1", None), ("2026-03-26", "2026-03-28"), ("2026-03-15", None)},
}


@pytest.mark.parametrize("seed", sorted(SEED_BODIES))
def test_seed_items_give_every_body_linked_and_each_documents_parties_and_signatories(sample_loaded,  # type: ignore[no-untyped-def]
                                                                                      seed: str) -> None:
    (path,) = SEEDS.glob(seed + "_*.txt")
    d = match(sample_loaded, read(path.read_text(encoding="utf-8")))
    linked = {o.name: o.match.name for o in d.organisations if o.match}
    assert SEED_BODIES[seed] <= set(linked.values())
    for doc in d.documents:
        wanted = SEED_DOC_SIDES[seed].get((doc.kind, doc.period))
        if wanted is None:
            continue
        parties = {linked.get(p) for p in doc.parties}
        assert parties == wanted[0], doc.title
        assert set(doc.signatories) == wanted[1], doc.title
    assert all(any((x.kind, x.period) == k for x in d.documents) for k in SEED_DOC_SIDES[seed])
    dates = {(str(x.start), str(x.end) if x.end else None) for x in d.dates}
    assert SEED_DATES.get(seed, set()) <= dates
    if seed == "004":
        (road_map,) = d.documents
        assert road_map.status == "negotiation"  # being worked out at the meeting, not signed
        assert {g.role: g.country for g in d.delegations} == {"host": "CN", "guest": "KZ"}
    if seed == "000":
        (guest,) = [g for g in d.delegations if g.role == "guest"]
        assert set(guest.members) == {"Асаин Байханов", "Берік Уали", "Бақытжан Баяхметов"}
        assert [g.members for g in d.delegations if g.role == "host"] == [["Виталий Хоценко"]]
