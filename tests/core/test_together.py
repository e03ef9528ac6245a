"""A form's save with the records made for it: all of it lands in one transaction, or none."""

from __future__ import annotations

import pytest

from database.archive import Archive
from database.records import Delegation, EventDraft, Member, OrganisationDraft, PersonDraft, Position
from database.together import CareerAddition, NewRecord, save_together
from database.validation import ValidationError


def test_new_people_the_event_and_their_careers_are_written_together(archive: Archive) -> None:
    new = [NewRecord(-1, OrganisationDraft("Павлодар облысының әкімдігі")), NewRecord(-2, PersonDraft("Асаин Байханов"))]
    draft = EventDraft("Ертіс форумы", delegations=(
        Delegation("Қазақстан", head_id=-2, members=(Member(-2, "Павлодар облысының әкімі", -1),)),))
    careers = [CareerAddition(-2, Position("Павлодар облысының әкімі", -1)),
               CareerAddition(-2, Position("павлодар облысының  әкімі", -1))]  # the same, typed twice
    saved = save_together(archive, None, draft, new=new, careers=careers)
    person, org = saved.ids[-2], saved.ids[-1]
    [delegation] = saved.record.data.delegations
    assert delegation.head_id == person and delegation.members[0].organisation_id == org
    assert archive.get("person", person).data.positions == (Position("Павлодар облысының әкімі", org),)


def test_a_refused_save_leaves_none_of_the_records_made_for_it(archive: Archive) -> None:
    new = [NewRecord(-1, PersonDraft("Берік Уали"))]
    draft = EventDraft("", delegations=(Delegation("Қазақстан", members=(Member(-1),)),))  # no title
    with pytest.raises(ValidationError):
        save_together(archive, None, draft, new=new, careers=[CareerAddition(-1, Position("Абай облысының әкімі"))])
    assert archive.count("person") == 0 and archive.count("event") == 0
