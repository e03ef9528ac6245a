"""Press intake accuracy: ``python -m tests.benchmarks.intake``.

Precision and recall of people, documents and dates over labelled press-style items, and the time
per item (the first one included: it loads the Russian dictionaries). Items are written for this
report from public facts, in the project's own words; the five seed items are read from
../shared/seeds (or ELSHI_SEEDS) when present. Numbers measured on a loaded machine say so (uptime is printed).
"""

from __future__ import annotations

import os
import time

from operations.intake import read
from tests.seeds import SEEDS, present

# (text, people, documents as (kind, period), dates as (start, end))
ITEMS: list[tuple[str, set[str], set[tuple[str, tuple[int, int] | None]], set[tuple[str, str | None]]]] = [
    ("Аким Атырауской области Серик Шапкенов и губернатор Астраханской области Игорь Бабушкин подписали "
     "план мероприятий на 2023–2026 годы.",
     {"Серик Шапкенов", "Игорь Бабушкин"}, {("plan_of_events", (2023, 2026))}, set()),
    ("Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином "
     "Байхановым 26–28 марта 2026 года в Омске.",
     {"Виталий Хоценко", "Асаин Байханов"}, set(), {("2026-03-26", "2026-03-28")}),
    ("Ақтөбе облысының әкімі Ералы Тоғжанов пен Орынбор облысының губернаторы Денис Паслер 2023-2025 "
     "жылдарға арналған Жол картасына қол қойды.",
     {"Ералы Тоғжанов", "Денис Паслер"}, {("road_map", (2023, 2025))}, set()),
    ("Шаңхай мэрі Гун Чжэннің Алматыға сапары 2026 жылдың бірінші жартысында өтеді.",
     {"Гун Чжэн"}, set(), {("2026-H1", None)}),
    ("Governor of Omsk Region Vitaly Khotsenko and Akim of Pavlodar Region Asain Baikhanov signed a "
     "memorandum of cooperation in Oral on November 13, 2025.",
     {"Vitaly Khotsenko", "Asain Baikhanov"}, {("memorandum", None)}, {("2025-11-13", None)}),
]


def _seed_items() -> list[tuple[str, set[str], set[tuple[str, tuple[int, int] | None]], set[tuple[str, str | None]]]]:
    folder = SEEDS
    if not present():
        return []
    labels = {
        "000": ({"Асаин Байханов", "Берік Уали", "Бақытжан Баяхметов", "Виталий Хоценко"},
                {("action_plan", (2026, 2028)), ("action_plan", (2025, 2028)), ("agreement", None)}),
        "001": ({"Асайын Байханов", "Виталий Хоценко"}, {("memorandum", None)}),
        "002": ({"Ералы Тоғжанов", "Денис Паслер", "Қасым-Жомарт Тоқаев", "Владимир Путин"},
                {("road_map", (2023, 2025))}),
        "003": ({"Серик Шапкенов", "Игорь Бабушкин"}, {("plan_of_events", (2023, 2026))}),
        "004": ({"Нұрлан Аққошқаров", "Фан Сяо", "Гун Чжэн"}, {("road_map", (2026, 2028))}),
    }
    out = []
    for key, (people, docs) in labels.items():
        for path in folder.glob(key + "_*.txt"):
            out.append((path.read_text(encoding="utf-8"), people, docs, set[tuple[str, str | None]]()))
    return out


def _pr(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"P {p:6.1%}  R {r:6.1%}  (tp {tp}, fp {fp}, fn {fn})"


def main() -> None:
    items = ITEMS + _seed_items()
    counts = {k: [0, 0, 0] for k in ("people", "documents")}
    times = []
    for text, people, docs, _dates in items:
        t0 = time.perf_counter()
        d = read(text)
        times.append(time.perf_counter() - t0)
        got_people = {p.name for p in d.people if not p.initials_only}
        got_docs = {(x.kind, x.period) for x in d.documents}
        for key, got, want in (("people", got_people, people), ("documents", got_docs, docs)):
            c = counts[key]
            c[0] += len(got & want)
            c[1] += len(got - want)
            c[2] += len(want - got)
    print(f"press intake over {len(items)} items (load: {os.getloadavg()[0]:.2f})")
    for key, (tp, fp, fn) in counts.items():
        print(f"  {key:10s} {_pr(tp, fp, fn)}")
    print(f"  time per item: first {times[0]:.3f} s, max {max(times):.3f} s, mean {sum(times) / len(times):.3f} s"
          " (target <= 1 s)")


if __name__ == "__main__":
    main()
