"""A record left out by a settings filter keeps the filter's parts, not English words, so
the reason is worded in the reader's language when shown (issue 17)."""

from __future__ import annotations

from qbsync_desktop.core.sync import errors, problems
from qbsync_desktop.core.sync.plan import filtered_out
from qbsync_desktop.core.sync.settings import Filter, ObjectSettings
from qbsync_desktop.core.sync.vocabulary import SideRecord

GERMAN = {
    "{field} is “{value}”": "{field} ist „{value}“",
    "first name": "Vorname",
    "The sync settings exclude records where {description}.": (
        "Die Synchronisierungseinstellungen schließen Datensätze aus, bei denen {description}."
    ),
}


def german(context: str, text: str) -> str:
    return GERMAN.get(text, text)


def test_a_filtered_record_keeps_the_filter_and_is_worded_when_shown() -> None:
    settings = ObjectSettings(filters=[Filter("firstname", "equals", "Ada")])
    record = SideRecord("hubspot", "1", {"firstname": "Ada"}, "Ada")
    problem = filtered_out(settings, record)
    assert problem is not None
    assert problem.params == {"property": "firstname", "op": "equals", "value": "Ada"}
    english = problems.render(problem).explanation
    assert "The sync settings exclude records where first name is “Ada”." in english
    assert (
        "Die Synchronisierungseinstellungen schließen Datensätze aus, bei denen Vorname ist „Ada“."
        in problems.render(problem, german).explanation
    )


def test_a_reason_stored_as_words_still_reads() -> None:
    old = errors.filtered("“lifecyclestage” equals “lead”")
    assert "“lifecyclestage” equals “lead”" in problems.render(old).explanation
