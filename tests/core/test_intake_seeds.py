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
