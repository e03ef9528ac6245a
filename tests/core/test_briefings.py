"""PDF briefings: made from the sample archive and read back as text, the way a person (or a
search tool) reads the printed page. Every text check runs on pypdf's extraction and on poppler's
pdftotext, the reader behind Linux desktop viewers and search tools: a page only one of them reads
right is a fault. ``python3 bootstrap.py test`` installs poppler on Debian."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import shutil
import socket
import subprocess
import urllib.request
from collections.abc import Callable, Iterator
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

import pypdf
import pytest

from database import briefing_data as bd
from database.archive import Archive
from database.clock import FixedClock
from database.dates import PartialDate
from database.errors import NotFound
from database.records import (
    CommitmentDraft,
    CommitmentStatus,
    Delegation,
    DelegationRole,
    DocumentDraft,
    EventDraft,
    Member,
    NameLang,
    OrganisationDraft,
    PersonDraft,
    PersonName,
    Signatory,
)
from desktop_app.cli import main
from exports.pdf import (
    DEFAULT_MARKING,
    WRITERS,
    Labels,
    write_commitments_report,
    write_counterpart_dossier,
    write_event_briefing,
    write_upcoming_agenda,
)
from exports.pdf.fonts import register_fonts

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі"
HOSTILE = ('<b>bold</b> <img src="http://192.0.2.1/x.png"/> <img src="/etc/hostname"/> '
           "& < > &amp; <font size=40>")
PAGE_OF = {"kk": r"(\d+)-бет, барлығы (\d+)", "ru": r"Страница (\d+) из (\d+)", "en": r"Page (\d+) of (\d+)"}
BEFORE_THE_SHANGHAI_EVENTS = date(2026, 2, 20)  # the sample's conference and mayor's visit still ahead


# --- reading PDFs back ------------------------------------------------------------------------


def squeeze(text: str) -> str:
    """Whitespace as one space: extractors differ in where they break lines, not in the words."""
    return re.sub(r"\s+", " ", text).strip()


def pypdf_pages(pdf: bytes) -> list[str]:
    return [squeeze(p.extract_text() or "") for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def pdftotext_pages(pdf: bytes) -> list[str]:
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf,
                         capture_output=True, check=True).stdout.decode("utf-8")
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [squeeze(p) for p in pages]


def poppler_is_complete() -> bool:
    """pdftotext is there. Every font is embedded, Chinese included, so it needs no maps of its own."""
    return shutil.which("pdftotext") is not None


EXTRACTORS: list[Any] = [
    pytest.param(pypdf_pages, id="pypdf"),
    pytest.param(pdftotext_pages, id="pdftotext", marks=pytest.mark.skipif(
        not poppler_is_complete(),
        reason="poppler is missing: run python3 bootstrap.py test, or apt-get install poppler-utils")),
]
Extract = Callable[[bytes], list[str]]


def event_id(archive: Archive, title_start: str) -> int:
    return next(r.id for r in archive.list("event") if r.data.title.startswith(title_start))


def org_id(archive: Archive, name: str) -> int:
    return next(r.id for r in archive.list("organisation") if r.data.name == name)


def event_pdf(archive: Archive, eid: int, lang: str = "kk", **kw: Any) -> bytes:
    with archive.session() as s:
        data = bd.event_briefing(s, eid, archive.clock.today())
    out = io.BytesIO()
    write_event_briefing(data, out, lang=lang, **kw)
    return out.getvalue()


@pytest.fixture
def before_shanghai(sample_archive: Archive) -> Archive:
    sample_archive.clock = FixedClock(BEFORE_THE_SHANGHAI_EVENTS)
    return sample_archive


# --- the event briefing -----------------------------------------------------------------------


@pytest.mark.parametrize("extract", EXTRACTORS)
def test_event_briefing_prints_the_delegations_in_kazakh_exactly(sample_archive: Archive,
                                                                 extract: Extract) -> None:
    pdf = event_pdf(sample_archive, event_id(sample_archive, "«Ертіс"))
    text = " ".join(extract(pdf))
    for name in ("«Ертіс: достық өзені – даму өзені» халықаралық форумы", "Бақытжан Баяхметов",
                 "Шығыс Қазақстан облысы әкімінің орынбасары", "Асаин Байханов", "Берік Уали",
                 "Виталий Хоценко", "Губернатор Омской области", "Омбы облысының Үкіметі"):
        assert name in text
    assert "Іс-шара бойынша анықтама" in text and "Делегациялар" in text


@pytest.mark.parametrize("extract", EXTRACTORS)
def test_every_kazakh_letter_round_trips(archive: Archive, extract: Extract) -> None:
    org = archive.add(OrganisationDraft(f"{KAZAKH_LETTERS} ұйымы"))
    person = archive.add(PersonDraft(f"Ә{KAZAKH_LETTERS.split()[1]} Һұңғі"))
    event = archive.add(EventDraft(f"Тест {KAZAKH_LETTERS}", start=PartialDate(2026, 12, 1), delegations=(
        Delegation("Қазақстан", DelegationRole.HOST, org.id, person.id,
                   (Member(person.id, f"Лауазым {KAZAKH_LETTERS}", org.id),)),)))
    text = " ".join(extract(event_pdf(archive, event.id)))
    assert f"Тест {KAZAKH_LETTERS}" in text
    assert f"{KAZAKH_LETTERS} ұйымы" in text
    assert f"Ә{KAZAKH_LETTERS.split()[1]} Һұңғі" in text
    assert f"Лауазым {KAZAKH_LETTERS}" in text


@pytest.mark.parametrize("extract", EXTRACTORS)
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_marking_and_page_n_of_m_on_every_page(sample_archive: Archive, extract: Extract, lang: str) -> None:
    pdf = event_pdf(sample_archive, event_id(sample_archive, "«Ертіс"), lang=lang)
    pages = extract(pdf)
    assert len(pages) >= 2  # the check below means something only across pages
    for n, page in enumerate(pages, 1):
        assert page.count(DEFAULT_MARKING[lang]) >= 2, f"marking above and below on page {n}"
        assert (str(n), str(len(pages))) in re.findall(PAGE_OF[lang], page), page[-200:]


@pytest.mark.parametrize("extract", EXTRACTORS)
def test_a_marking_of_ones_own_prints_on_every_page(sample_archive: Archive, extract: Extract) -> None:
    marking = "Секретно <экз. № 2> & только лично"
    pages = extract(event_pdf(sample_archive, event_id(sample_archive, "«Ертіс"), lang="ru", marking=marking))
    assert all(page.count(marking) >= 2 for page in pages)
    assert not any(DEFAULT_MARKING["ru"] in page for page in pages)


@pytest.mark.parametrize("extract", EXTRACTORS)
def test_chinese_names_print_beside_their_cyrillic_spelling(before_shanghai: Archive,
                                                           extract: Extract) -> None:
    visit = " ".join(extract(event_pdf(before_shanghai, event_id(before_shanghai, "Шаңхай мэрі"))))
    assert "Гун Чжэн (龚正)" in visit
    meeting = " ".join(extract(event_pdf(before_shanghai, event_id(before_shanghai, "Шаңхай қаласы Халық"))))
    assert "Шаңхай (上海)" in meeting


@pytest.mark.parametrize("extract", EXTRACTORS)
def test_event_briefing_lists_documents_commitments_and_what_comes_next(
        before_shanghai: Archive, extract: Extract) -> None:
    meeting = event_id(before_shanghai, "Шаңхай қаласы Халық")
    text = " ".join(extract(event_pdf(before_shanghai, meeting, lang="en")))
    # the road map negotiated at the meeting, with its period
    assert "Практикалық іс-қимыл жоспары (Жол картасы)" in text and "2026–2028" in text
    assert "under negotiation" in text
    # what is owed, and the two events still ahead with the same counterparts
    assert "Алматы мен Шаңхай арасындағы әуе рейстерінің санын арттыру" in text
    assert "Шет ел инвестициялары конференциясының бірінші жиыны" in text
    assert "Шаңхай мэрі Гун Чжэннің Алматы және Астана қалаларына сапары" in text
    assert "26–28 March 2026" in text and "first half of 2026" in text and "19 February 2026" in text


@pytest.mark.parametrize("extract", EXTRACTORS)
def test_empty_sections_say_so(sample_archive: Archive, extract: Extract) -> None:
    # The conference has no delegations, documents or counterparts recorded, and on the
    # sample's day (21 November 2026) nothing is ahead.
    text = " ".join(extract(event_pdf(sample_archive, event_id(sample_archive, "Шет ел"))))
    for note in ("Делегациялар тіркелмеген.", "Серіктестер көрсетілмеген.", "Құжаттар жоқ.",
                 "Міндеттемелер жоқ.", "Іс-шаралар жоқ."):
        assert note in text
    assert "Осы серіктестермен алдағы іс-шаралар" in text  # the heading stays


def test_labels_dates_and_months_follow_the_language(sample_archive: Archive) -> None:
    eid = event_id(sample_archive, "Қазақстан мен Ресейдің XXI")
    kk, ru, en = (" ".join(pypdf_pages(event_pdf(sample_archive, eid, lang=lang)))
                  for lang in ("kk", "ru", "en"))
    assert "13 қараша 2025 ж." in kk and "Құрастырылған күні: 21 қараша 2026 ж." in kk
    assert "13 ноября 2025 г." in ru and "Справка по мероприятию" in ru and "Дата составления" in ru
    assert "13 November 2025" in en and "Event briefing" in en and "Generated on 21 November 2026" in en
    assert "форум" in kk and "forum" in en  # the kind, named in the briefing's language


def test_kazakh_month_names_and_date_forms() -> None:
    t = Labels("kk")
    months = [t.day(date(2026, m, 1)).split()[1] for m in range(1, 13)]
    assert months == ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
                      "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]
    assert t.day(date(2026, 3, 26)) == "26 наурыз 2026 ж."
    assert t.span(PartialDate(2026, 3, 26), PartialDate(2026, 3, 28)) == "26–28 наурыз 2026 ж."
    assert Labels("ru").partial(PartialDate(2026, 3)) == "март 2026 г."
    assert Labels("ru").day(date(2026, 3, 26)) == "26 марта 2026 г."
    assert Labels("en").period(PartialDate(2026), PartialDate(2028)) == "2026–2028"
    with pytest.raises(ValueError):
        Labels("de")


# --- hostile and oversized values ---------------------------------------------------------------


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Any attempt to reach the network, or to open a file named in record text, is recorded."""
    register_fonts()  # the bundled fonts are read before the guard goes up
    attempts: list[str] = []

    def refuse(what: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            attempts.append(what)
            raise OSError(f"blocked: {what}")
        return call

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(urllib.request, "urlopen", refuse("urlopen"))
    import reportlab.lib.utils as rl_utils

    monkeypatch.setattr(rl_utils, "open_for_read", refuse("open_for_read"))
    yield attempts


@pytest.mark.parametrize("extract", EXTRACTORS)
def test_markup_in_any_field_prints_literally_and_fetches_nothing(
        archive: Archive, offline: list[str], extract: Extract) -> None:
    org = archive.add(OrganisationDraft(f"Org {HOSTILE}"))
    person = archive.add(PersonDraft(f"Person {HOSTILE}", names=(PersonName("龚<i>正</i>", NameLang.ZH),)))
    event = archive.add(EventDraft(f"Title {HOSTILE}", start=PartialDate(2026, 12, 1),
                                   summary=f"Summary {HOSTILE}", source=f"Source {HOSTILE}", delegations=(
        Delegation(f"Side {HOSTILE}", DelegationRole.GUEST, org.id, person.id,
                   (Member(person.id, f"Position {HOSTILE}", org.id),)),)))
    doc = archive.add(DocumentDraft(f"Doc {HOSTILE}", event_id=event.id, party_ids=(org.id,),
                                    directions=(f"Direction {HOSTILE}",)))
    archive.add(CommitmentDraft(f"Owed {HOSTILE}", document_id=doc.id, responsible_org_id=org.id))
    text = " ".join(extract(event_pdf(archive, event.id, lang="en", marking=f"Mark {HOSTILE}")))
    for field in ("Org", "Person", "Title", "Summary", "Source", "Side", "Position", "Doc", "Direction",
                  "Owed"):
        assert f"{field} {HOSTILE}" in text, field
    assert "龚<i>正</i>" in text
    assert offline == []


@pytest.mark.parametrize("extract", EXTRACTORS)
def test_very_long_fields_wrap_and_split_across_pages(archive: Archive, extract: Extract) -> None:
    org = archive.add(OrganisationDraft("Ұзақ мәтіндер басқармасы"))
    long_text = " ".join(f"сөз{i}" for i in range(6000)) + " СОҢЫ"  # ~46,000 characters in one cell
    word = "Ө" * 3000 + "АЯҚ"  # one unbroken "word" wider than any column
    event = archive.add(EventDraft("Ұзақ", start=PartialDate(2026, 12, 1), summary=word, delegations=(
        Delegation("Қазақстан", organisation_id=org.id),)))
    archive.add(CommitmentDraft(long_text, event_id=event.id, responsible_org_id=org.id))
    pages = extract(event_pdf(archive, event.id))
    text = " ".join(pages)
    assert len(pages) >= 3
    # a cell prints the start of a text this long, then says how much more the archive holds
    assert "сөз0 сөз1 сөз2" in text and "СОҢЫ" not in text
    assert "толығы мұрағатта" in text and "таңба" in text
    assert "АЯҚ" in text and text.count("Ө") >= 3000
    # the row split across pages keeps its header above each part
    assert sum("Міндеттеме" in page and "Жауапты" in page for page in pages) >= 2


# --- multi-page tables ------------------------------------------------------------------------


def many_commitments(n: int, today: date) -> bd.CommitmentsReport:
    rows = [bd.CommitmentLine(i, f"Міндеттеме C{i:04d}: Омбы мен Павлодар арасындағы іс-шара ({i})", "open",
                              PartialDate(2026, 12, 1 + i % 28), False, "Павлодар облысының әкімдігі", "",
                              ("Омбы облысының Үкіметі",), "Жол картасы", "")
            for i in range(n)]
    return bd.CommitmentsReport(today, tuple(rows), ())


@pytest.mark.parametrize("extract", EXTRACTORS)
def test_a_table_across_pages_repeats_its_header_and_keeps_every_row_once(extract: Extract) -> None:
    out = io.BytesIO()
    pages_written = write_commitments_report(many_commitments(300, date(2026, 11, 21)), out, lang="kk")
    pages = extract(out.getvalue())
    assert len(pages) == pages_written >= 4
    table_pages = pages[1:]  # the first page opens with the title block and the summary
    for page in table_pages:
        head = page[page.index("Мерзімі") - 60:page.index("Мерзімі") + 60]
        assert "№" in head and "Міндеттеме" in head and "Серіктес" in head and "Негізі" in head
        # the header comes before the first row on the page
        first_row = re.search(r"C\d{4}", page)
        assert first_row is not None and page.index("Мерзімі") < first_row.start()
    found = re.findall(r"C(\d{4}):", " ".join(pages))
    assert sorted(int(x) for x in found) == list(range(300))


def test_progress_reaches_the_end_and_an_exception_stops_the_export() -> None:
    report = many_commitments(120, date(2026, 11, 21))
    seen: list[tuple[int, int]] = []
    write_commitments_report(report, io.BytesIO(), progress=lambda done, total: seen.append((done, total)))
    assert len(seen) >= 3 and seen[-1][0] == seen[-1][1]
    assert all(a[0] <= b[0] for a, b in pairwise(seen))

    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        raise Stop()

    with pytest.raises(Stop):
        write_commitments_report(report, io.BytesIO(), progress=stop)


# --- the other briefings ----------------------------------------------------------------------


@pytest.mark.parametrize("extract", EXTRACTORS)
def test_counterpart_dossier_has_timeline_periods_directions_and_statuses(
        sample_archive: Archive, extract: Extract) -> None:
    omsk = org_id(sample_archive, "Омбы облысының Үкіметі")
    with sample_archive.session() as s:
        data = bd.counterpart_dossier(s, sample_archive.clock.today(), organisation_id=omsk)
    out = io.BytesIO()
    write_counterpart_dossier(data, out, lang="ru")
    pages = extract(out.getvalue())
    text = " ".join(pages)
    assert "Справка о партнёре" in text and "Хронология" in text
    # its ministry of culture is covered too, with the agreement it signed
    assert "Омбы облысының Мәдениет министрлігі" in text
    assert "Мәдениет саласындағы ведомствоаралық келісім" in text
    assert "2026–2028" in text and "2025–2028" in text
    assert "Число направлений: 10" in text and "инвестициялар мен сауда" in text
    assert "исполнено" in text and "на контроле" in text
    assert all(page.count(DEFAULT_MARKING["ru"]) >= 2 for page in pages)


def test_a_period_prints_from_the_document_not_its_title(archive: Archive) -> None:
    org = archive.add(OrganisationDraft("Тараптар"))
    archive.add(DocumentDraft("Келісім", period_start=PartialDate(2027), period_end=PartialDate(2031),
                              party_ids=(org.id,)))
    archive.add(DocumentDraft("Хаттама", period_start=PartialDate(2027, 3), period_end=PartialDate(2027, 9),
                              party_ids=(org.id,)))
    with archive.session() as s:
        data = bd.counterpart_dossier(s, archive.clock.today(), organisation_id=org.id)
    out = io.BytesIO()
    write_counterpart_dossier(data, out, lang="kk")
    text = " ".join(pypdf_pages(out.getvalue()))
    assert "2027–2031" in text and "наурыз 2027 ж. – қыркүйек 2027 ж." in text


def test_dossier_for_a_country_covers_its_organisations_and_places(before_shanghai: Archive) -> None:
    with before_shanghai.session() as s:
        data = bd.counterpart_dossier(s, before_shanghai.clock.today(), country="china")
    assert data.scope == "country" and data.name == "china"
    assert "Шаңхай қаласы Халық үкіметі" in data.organisations
    titles = [e.title for e in data.events]
    assert any(t.startswith("Шет ел инвестициялары") for t in titles)  # held in Shanghai
    assert any(t.startswith("Шаңхай мэрі") for t in titles)  # in Almaty, with Shanghai's delegation
    with pytest.raises(ValueError):
        bd.counterpart_dossier(s, before_shanghai.clock.today())


@pytest.mark.parametrize("extract", EXTRACTORS)
def test_upcoming_agenda_groups_by_week_and_keeps_undated_apart(before_shanghai: Archive,
                                                                extract: Extract) -> None:
    with before_shanghai.session() as s:
        data = bd.upcoming_agenda(s, date(2026, 2, 20), date(2026, 6, 30), before_shanghai.clock.today())
    assert [(w.week, [e.title[:7] for e in w.events]) for w in data.weeks] == [
        (11, ["Жаңа Ко"]), (13, ["Шет ел "])]
    assert [e.title[:11] for e in data.undated] == ["Шаңхай мэрі"]
    out = io.BytesIO()
    write_upcoming_agenda(data, out, lang="kk")
    text = " ".join(extract(out.getvalue()))
    assert "11-апта: 9–15 наурыз 2026 ж." in text and "13-апта: 23–29 наурыз 2026 ж." in text
    assert "Күні нақтыланбаған" in text and "2026 жылдың бірінші жартыжылдығы" in text
    assert "Кезең: 20 ақпан – 30 маусым 2026 ж." in text


def test_an_empty_range_says_so(sample_archive: Archive) -> None:
    with sample_archive.session() as s:
        data = bd.upcoming_agenda(s, date(2030, 1, 1), date(2030, 1, 31), sample_archive.clock.today())
    out = io.BytesIO()
    write_upcoming_agenda(data, out, lang="en")
    assert "No events in this period." in " ".join(pypdf_pages(out.getvalue()))


@pytest.mark.parametrize("extract", EXTRACTORS)
def test_commitments_report_puts_overdue_first_by_responsible_party(sample_archive: Archive,
                                                                    extract: Extract) -> None:
    with sample_archive.session() as s:
        data = bd.commitments_report(s, sample_archive.clock.today())
    groups = [bd.commitment_group(c) for c in data.rows]
    assert groups == sorted(groups, key=["overdue", "open", "in_progress", "done", "dropped"].index)
    overdue = [c for c in data.rows if c.overdue]
    # overdue as of the archive's day: due in 2025, H1 2026 and 26 March 2026, still open
    assert {str(c.due) for c in overdue} == {"2025", "2026-H1", "2026-03-26"}
    out = io.BytesIO()
    write_commitments_report(data, out, lang="kk")
    text = " ".join(extract(out.getvalue()))
    # after the summary: the overdue section, then the open ones, each by responsible party
    assert (text.index("Жауапты: Ақтөбе облысының әкімдігі") < text.index("«Сағаршын–Жайсаң»")
            < text.index("Жауапты: Алматы қаласының әкімдігі"))
    assert "мерзімі өткен" in text
    assert "Бақылаудан алынғандар" in text and "Міндеттемелер жоқ." in text  # no dropped ones: says so
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    outline = [e["/Title"] for e in reader.outline if isinstance(e, dict)]
    assert outline == ["Жиынтық", "Мерзімі өткен", "Бақылауда", "Орындалуда", "Орындалғандар", "Бақылаудан алынғандар"]


def test_commitments_report_narrows_by_status_and_organisation(sample_archive: Archive) -> None:
    almaty = org_id(sample_archive, "Алматы қаласының әкімдігі")
    shanghai = org_id(sample_archive, "Шаңхай қаласы Халық үкіметі")
    today = sample_archive.clock.today()
    with sample_archive.session() as s:
        done = bd.commitments_report(s, today, statuses=("done",))
        owed_by_almaty = bd.commitments_report(s, today, responsible_id=almaty)
        with_shanghai = bd.commitments_report(s, today, counterpart_id=shanghai)
    assert [c.status for c in done.rows] == ["done"]
    assert len(owed_by_almaty.rows) == 3
    assert {c.responsible for c in owed_by_almaty.rows} == {"Алматы қаласының әкімдігі"}
    # the road map's commitment names Shanghai as a party; the meeting's involve its sub-office
    assert len(with_shanghai.rows) == 5


def test_data_rows_leave_out_records_in_the_trash(before_shanghai: Archive) -> None:
    meeting = event_id(before_shanghai, "Шаңхай қаласы Халық")
    visit = event_id(before_shanghai, "Шаңхай мэрі")
    flights = next(r.id for r in before_shanghai.list("commitment")
                   if r.data.text.startswith("Алматы мен Шаңхай"))
    before_shanghai.delete("event", visit)
    before_shanghai.delete("commitment", flights)
    with before_shanghai.session() as s:
        data = bd.event_briefing(s, meeting, before_shanghai.clock.today())
        assert all(e.id != visit for e in data.upcoming)
        assert all(c.id != flights for c in data.commitments)
        with pytest.raises(NotFound):
            bd.event_briefing(s, visit, before_shanghai.clock.today())


def test_commitments_due_today_are_not_yet_overdue(archive: Archive) -> None:
    org = archive.add(OrganisationDraft("Жауапты"))
    today = archive.clock.today()
    archive.add(CommitmentDraft("Бүгін", due=PartialDate.from_date(today), responsible_org_id=org.id))
    archive.add(CommitmentDraft("Кеше", due=PartialDate(2026, 11, 20), responsible_org_id=org.id))
    archive.add(CommitmentDraft("Орындалды", status=CommitmentStatus.DONE, due=PartialDate(2020),
                                responsible_org_id=org.id))
    with archive.session() as s:
        rows = bd.commitments_report(s, today).rows
    assert [(c.text, c.overdue) for c in rows] == [("Кеше", True), ("Бүгін", False), ("Орындалды", False)]


# --- the document briefing --------------------------------------------------------------------

ROAD_MAP = "Алматы қаласы әкімдігі мен Шаңхай"


def document_id(archive: Archive, title_start: str) -> int:
    return next(r.id for r in archive.list("document") if r.data.title.startswith(title_start))


def with_mayor(archive: Archive) -> int:
    """The Almaty–Shanghai road map with the mayor of Shanghai among its signatories, his
    position left blank on the document (his career says what he was on the day)."""
    road_map = archive.get("document", document_id(archive, ROAD_MAP))
    mayor = next(r.id for r in archive.list("person") if r.data.name == "Гун Чжэн")
    archive.update(road_map.id, dataclasses.replace(road_map.data, signatories=(Signatory(mayor),)))
    return road_map.id


def test_a_document_briefing_has_its_parties_signatories_period_directions_event_and_commitments(
        before_shanghai: Archive) -> None:
    road_map = with_mayor(before_shanghai)
    with before_shanghai.session() as s:
        data = bd.document_briefing(s, road_map, before_shanghai.clock.today())
    assert data.document.parties == ("Алматы қаласының әкімдігі", "Шаңхай қаласы Халық үкіметі")
    [mayor] = data.document.signatories
    assert (mayor.name, mayor.position, mayor.also) == ("Гун Чжэн", "Шаңхай мэрі", ("龚正",))
    assert (data.document.period_start, data.document.period_end) == (PartialDate(2026), PartialDate(2028))
    assert data.document.directions[:2] == ("сауда-экономикалық", "инвестициялық")
    assert data.event is not None and data.event.title.startswith("Шаңхай қаласы Халық үкіметінің")
    assert [c.text[:20] for c in data.commitments] == ["Алматы–Шаңхай Жол ка"]


@pytest.mark.parametrize("extract", EXTRACTORS)
def test_the_document_briefing_prints_in_russian(before_shanghai: Archive, extract: Extract) -> None:
    road_map = with_mayor(before_shanghai)
    with before_shanghai.session() as s:
        data = bd.document_briefing(s, road_map, before_shanghai.clock.today())
    out = io.BytesIO()
    WRITERS["document"](data, out, lang="ru")
    text = " ".join(extract(out.getvalue()))
    for words in ("Справка по документу", "Стороны", "Подписали", "Гун Чжэн", "龚正", "Шаңхай мэрі",
                  "2026–2028", "инвестициялық", "Подписан на мероприятии", "Обязательства по документу",
                  "Алматы–Шаңхай Жол картасын"):
        assert words in text, words


def test_a_document_in_the_trash_has_no_briefing(before_shanghai: Archive) -> None:
    road_map = document_id(before_shanghai, ROAD_MAP)
    before_shanghai.delete("document", road_map)
    with before_shanghai.session() as s, pytest.raises(NotFound):
        bd.document_briefing(s, road_map, before_shanghai.clock.today())


# --- the PDF itself ---------------------------------------------------------------------------


def pdf_fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the pages use, by name: whether its TrueType outlines are in the file
    (a CID font such as STSong-Light, or a base font, has none and leaves its glyphs to the viewer)."""
    fonts: dict[str, bool] = {}
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for face in [font, *(f.get_object() for f in font.get("/DescendantFonts", []))]:
                descriptor = face.get("/FontDescriptor")
                if face is font and "/DescendantFonts" in font:
                    continue  # a composite font carries its outlines in its descendant
                fonts[str(face["/BaseFont"])] = (descriptor is not None
                                                 and "/FontFile2" in descriptor.get_object())
    return fonts


def briefing_with_chinese(archive: Archive, kind: str) -> bytes:
    """A briefing of each kind from the sample, each with a Chinese name on its pages."""
    today = archive.clock.today()
    shanghai = org_id(archive, "Шаңхай қаласы Халық үкіметі")
    if kind == "document":  # the road map, signed by the mayor whose name is also 龚正
        with_mayor(archive)
    if kind == "commitments":  # the sample's commitments name no one in Chinese: one that does
        archive.add(CommitmentDraft("上海 进博会 — 展位", due=PartialDate(2026, 11),
                                    responsible_org_id=shanghai))
    with archive.session() as s:
        data = {
            "event": lambda: bd.event_briefing(s, event_id(archive, "Шаңхай мэрі"), today),
            "counterpart": lambda: bd.counterpart_dossier(s, today, country="china"),
            "upcoming": lambda: bd.upcoming_agenda(s, today, date(2026, 6, 30), today),
            "commitments": lambda: bd.commitments_report(s, today, counterpart_id=shanghai),
            "document": lambda: bd.document_briefing(s, document_id(archive, ROAD_MAP), today),
        }[kind]()
    out = io.BytesIO()
    WRITERS[kind](data, out, lang="ru")
    return out.getvalue()


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_every_briefing_embeds_every_font_chinese_included(before_shanghai: Archive, kind: str) -> None:
    pdf = briefing_with_chinese(before_shanghai, kind)
    fonts = pdf_fonts(pdf)
    # nothing is left to the viewer: a font it lacks would print the names as boxes
    assert fonts and all(fonts.values()), fonts
    assert not any("STSong" in name or "MSung" in name or "HeiseiMin" in name for name in fonts)
    assert any("DejaVuSans" in name for name in fonts)
    assert any("DroidSansFallback" in name for name in fonts), fonts
    assert re.search("[\u4e00-\u9fff]", " ".join(pypdf_pages(pdf)))  # and the Chinese reads back
    if shutil.which("pdffonts"):  # poppler's own verdict, where it is installed
        table = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
        rows = table.splitlines()[2:]
        assert rows and all(row.split()[-5] == "yes" for row in rows), table


def test_headings_become_bookmarks(before_shanghai: Archive) -> None:
    pdf = event_pdf(before_shanghai, event_id(before_shanghai, "Шаңхай мэрі"), lang="en")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    titles = [entry["/Title"] for entry in reader.outline if isinstance(entry, dict)]
    assert titles[:3] == ["The event", "Delegations", "Counterparts"]


def test_the_same_records_give_the_same_file(sample_archive: Archive) -> None:
    eid = event_id(sample_archive, "«Ертіс")
    assert event_pdf(sample_archive, eid) == event_pdf(sample_archive, eid)


# --- the command line -------------------------------------------------------------------------


def test_cli_writes_each_briefing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "a.sqlite")
    assert main(["--archive", path, "--create", "sample"]) == 0
    capsys.readouterr()
    uuid = "865674e7-e52b-4c00-9821-618c2b1e8d22"  # the Irtysh forum in the sample
    runs = {
        "event": ["event", uuid],
        "counterpart": ["counterpart", "--country", "Russia"],
        "upcoming": ["upcoming", "--from", "2026-01", "--to", "30.06.2026"],
        "commitments": ["commitments", "--status", "open", "--status", "in_progress"],
        "document": ["document", "86fa0031-f450-4276-904b-4693f8febdbc"],  # the Almaty–Shanghai road map
    }
    for kind, args in runs.items():
        out = tmp_path / f"{kind}.pdf"
        assert main(["--archive", path, "--create", "briefing", *args, "--out", str(out), "--lang", "ru", "--json"]) == 0
        result = json.loads(capsys.readouterr().out)
        assert result["kind"] == kind and result["pages"] == len(pypdf.PdfReader(out).pages)
        assert DEFAULT_MARKING["ru"] in pypdf_pages(out.read_bytes())[0]
    assert not list(tmp_path.glob("*.part"))


def test_cli_refuses_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "a.sqlite")
    main(["--archive", path, "--create", "sample"])
    capsys.readouterr()
    out = tmp_path / "x.pdf"
    cases = [
        (["event", "9999"], "no such record: event 9999"),
        (["counterpart"], "give exactly one of"),
        (["upcoming", "--from", "someday"], "not a date: 'someday'"),
    ]
    for args, reason in cases:
        assert main(["--archive", path, "--create", "briefing", *args, "--out", str(out)]) == 1
        err = capsys.readouterr().err.strip()
        assert reason in err and len(err.splitlines()) == 1
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_a_counterpart_met_often_gets_the_nearest_records_and_a_count_of_the_rest(archive: Archive) -> None:
    """A regional government met at hundreds of events must not make a briefing of hundreds of
    pages: the most recent documents, the most urgent commitments and the next events are printed,
    and the briefing says how many the archive holds."""
    from database.bulk import add_many

    region = archive.add(OrganisationDraft("Павлодар облысының әкімдігі")).id
    guest = Delegation("Kazakhstan", DelegationRole.GUEST, region)
    meeting = archive.add(EventDraft("Кездесу", start=PartialDate(2026, 11, 20), delegations=(guest,))).id
    earlier = add_many(archive, [DocumentDraft(f"Меморандум {year}", signed_on=PartialDate(year, 5, 1),
                                               party_ids=(region,)) for year in range(2000, 2026)])
    owed = add_many(archive, [CommitmentDraft(f"Міндеттеме {i}", due=PartialDate(2027, 1 + i // 28, 1 + i % 28),
                                              responsible_org_id=region) for i in range(bd.COMMITMENTS_SHOWN + 5)])
    late = archive.add(CommitmentDraft("Кешіккен міндеттеме", due=PartialDate(2026, 1, 10),
                                       responsible_org_id=region)).id
    ahead = add_many(archive, [EventDraft(f"Сапар {i}", start=PartialDate(2027, 2, 1 + i), delegations=(guest,))
                               for i in range(bd.UPCOMING_SHOWN + 3)])

    with archive.session() as s:
        data = bd.event_briefing(s, meeting, archive.clock.today())
    assert (data.documents_earlier_total, data.commitments_total, data.upcoming_total) == \
        (len(earlier), len(owed) + 1, len(ahead))
    # the most recent earlier documents, printed in the order they were signed
    assert [d.id for d in data.documents_earlier] == earlier[-bd.EARLIER_SHOWN:]
    # the overdue one first, then the soonest due
    assert data.commitments[0].id == late and data.commitments[0].overdue
    assert {c.id for c in data.commitments[1:]} == set(owed[:bd.COMMITMENTS_SHOWN - 1])
    assert [e.id for e in data.upcoming] == ahead[:bd.UPCOMING_SHOWN]

    out = io.BytesIO()
    write_event_briefing(data, out, lang="en")
    text = " ".join(pypdf_pages(out.getvalue()))
    assert f"The {bd.EARLIER_SHOWN} nearest in time of {len(earlier)} in the archive are shown." in text
    assert f"The {bd.UPCOMING_SHOWN} nearest in time of {len(ahead)} in the archive are shown." in text
    assert "Меморандум 2025" in text and "Меморандум 2005" not in text
