"""Press intake accuracy: ``python -m tests.benchmarks.intake``.

Precision and recall of people, organisations, documents and dates over labelled press-style items
(tests/benchmarks/intake_items.py, written for this report from public facts in the project's own
words; the five seed items are read from ../shared/seeds or ELSHI_SEEDS when present), per
category and per language, and the time per item (the first one included: it loads the Russian
dictionaries). Numbers measured on a loaded machine say so (the load is printed).
"""

from __future__ import annotations

import os
import time
from datetime import date

from operations.intake import read
from operations.intake.organisations import same_body
from tests.benchmarks.intake_items import HELD_OUT, ITEMS, TODAY, Item
from tests.seeds import SEEDS, present

SEED_LABELS: dict[str, tuple[set[str], set[str], set[tuple[str, tuple[int, int] | None]], set[tuple[str, str | None]]]] = {
    "000": ({"Асаин Байханов", "Берік Уали", "Бақытжан Баяхметов", "Виталий Хоценко"},
            {"Омбы облысының Үкіметі", "Павлодар облысының әкімдігі", "Абай облысының әкімдігі",
             "Омбы облысының Мәдениет министрлігі",
             "Абай облысының мәдениет, тілдерді дамыту және мұрағат ісі басқармасы",
             "Қазақстан-Ресей үкіметаралық комиссиясы", "Қазақстан Республикасының Омбыдағы Бас консулдығы",
             "Қазақстан Республикасы Сыртқы істер министрлігі", "Шығыс Қазақстан облысының әкімдігі"},
            {("action_plan", (2026, 2028)), ("action_plan", (2025, 2028)), ("agreement", None)}, {("2026", None)}),
    "001": ({"Асайын Байханов", "Виталий Хоценко"}, {"Павлодар облысының әкімдігі", "Омбы облысының Үкіметі"},
            {("memorandum", None), ("action_plan", (2026, 2028))}, {("2025-11-13", None)}),
    "002": ({"Ералы Тоғжанов", "Денис Паслер", "Қасым-Жомарт Тоқаев", "Владимир Путин"},
            {"Ақтөбе облысының әкімдігі", "Орынбор облысының үкіметі"}, {("road_map", (2023, 2025))}, set()),
    "003": ({"Серик Шапкенов", "Игорь Бабушкин"}, {"Акимат Атырауской области", "Правительство Астраханской области"},
            {("plan_of_events", (2023, 2026))}, set()),
    "004": ({"Нұрлан Аққошқаров", "Фан Сяо", "Гун Чжэн", "Қасым-Жомарт Тоқаев"},
            {"Қазақстан Республикасының Шаңхайдағы Бас консулдығы",
             "Шаңхай қаласы Халық үкіметінің Сыртқы істер канцеляриясы", "Шаңхай қаласы Халық үкіметі",
             "Алматы қаласының әкімдігі", "Қазақстан Республикасы Сыртқы істер министрлігі"},
            {("road_map", (2026, 2028))},
            {("2026-02-19", None), ("2026", None), ("2026-H1", None), ("2026-03-26", "2026-03-28"),
             ("2026-03-15", None)}),
}


def _seed_items() -> list[Item]:
    if not present():
        return []
    out = []
    for key, (people, orgs, docs, dates) in SEED_LABELS.items():
        for path in SEEDS.glob(key + "_*.txt"):
            out.append((path.read_text(encoding="utf-8"), people, orgs, docs, dates))
    return out


def _pr(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"P {p:6.1%}  R {r:6.1%}  (tp {tp}, fp {fp}, fn {fn})"


def _bodies(got: list[str], want: set[str]) -> tuple[int, int, int]:
    tp = sum(1 for w in want if any(same_body(g, w) for g in got))
    fp = sum(1 for g in got if not any(same_body(g, w) for w in want))
    return tp, fp, len(want) - tp


def main() -> None:
    labelled = [(i, *item) for i, item in enumerate(ITEMS)] + [(None, *item) for item in _seed_items()]
    print(f"press intake (load: {os.getloadavg()[0]:.2f})")
    _report("labelled items the reader was written against", labelled)
    _report("held-out items written after it", [(None, *item) for item in HELD_OUT])


def _report(title: str, items: list[tuple[int | None, str, set[str], set[str],
                                          set[tuple[str, tuple[int, int] | None]], set[tuple[str, str | None]]]]) -> None:
    keys = ("people", "organisations", "documents", "dates")
    counts = {k: [0, 0, 0] for k in keys}
    by_lang: dict[str, dict[str, list[int]]] = {}
    times = []
    misses: list[str] = []
    for index, text, people, orgs, docs, dates in items:
        today = date.fromisoformat(TODAY[index]) if index in TODAY else None
        t0 = time.perf_counter()
        d = read(text, today)
        times.append(time.perf_counter() - t0)
        lang = by_lang.setdefault(d.language, {k: [0, 0, 0] for k in keys})
        got_people = {p.name for p in d.people if not p.initials_only}
        got_docs = {(x.kind, x.period) for x in d.documents}
        got_dates = {(str(x.start), str(x.end) if x.end else None) for x in d.dates}
        results = {"people": (len(got_people & people), len(got_people - people), len(people - got_people)),
                   "organisations": _bodies([o.name for o in d.organisations], orgs),
                   "documents": (len(got_docs & docs), len(got_docs - docs), len(docs - got_docs)),
                   "dates": (len(got_dates & dates), len(got_dates - dates), len(dates - got_dates))}
        for key, (tp, fp, fn) in results.items():
            for c in (counts[key], lang[key]):
                c[0] += tp
                c[1] += fp
                c[2] += fn
        if os.environ.get("INTAKE_VERBOSE"):
            for key, got, want in (("people", got_people, people), ("documents", got_docs, docs),
                                   ("dates", got_dates, dates)):
                if got != want:
                    misses.append(f"{text[:40]!r} {key}: extra {got - want}, missing {want - got}")
            extra = [o.name for o in d.organisations if not any(same_body(o.name, w) for w in orgs)]
            lost = [w for w in orgs if not any(same_body(o.name, w) for o in d.organisations)]
            if extra or lost:
                misses.append(f"{text[:40]!r} organisations: extra {extra}, missing {lost}")
    print(f" {title}: {len(items)} items")
    for key, (tp, fp, fn) in counts.items():
        print(f"  {key:14s} {_pr(tp, fp, fn)}")
    for code, per in sorted(by_lang.items()):
        print(f"  [{code}] " + "  ".join(f"{k[:4]} {_pr(*v)[:18]}" for k, v in per.items()))
    print(f"  time per item: first {times[0]:.3f} s, max {max(times):.3f} s, mean {sum(times) / len(times):.3f} s"
          " (target <= 1 s)")
    for line in misses:
        print("  miss:", line)


if __name__ == "__main__":
    main()
