"""Shared start and finish of every briefing writer."""

from __future__ import annotations

from datetime import date
from typing import IO

from exports.pdf.blocks import Story
from exports.pdf.fonts import register_fonts
from exports.pdf.labels import Labels
from exports.pdf.page import BriefingDocument, ProgressCallback


def begin(lang: str) -> tuple[Labels, Story]:
    register_fonts()  # paragraphs resolve their fonts when they are made
    labels = Labels(lang)
    return labels, Story(labels)


def begin_on_record(lang: str, title_key: str, title: str, day: date) -> tuple[Labels, Story]:
    """:func:`begin` a briefing on one record: its kind of briefing, its title, the day made."""
    t, story = begin(lang)
    story.title_block(t(title_key), title, t("generated", date=t.day(day)))
    return t, story


def finish(out: IO[bytes], story: Story, *, title: str, marking: str | None, today: date,
           progress: ProgressCallback | None) -> int:
    """Lay out ``story`` into ``out``. ``marking`` None means the language's default marking;
    an empty string prints none. Returns the number of pages."""
    t = story.t
    doc = BriefingDocument(out, labels=t, marking=t.default_marking if marking is None else marking,
                           title=title, dated=t.day(today), created=today, progress=progress)
    return doc.build_story(story.flowables)
