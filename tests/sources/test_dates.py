"""Datelines: place and date at a line start, in parentheses, and "On <date>, in <place>"."""

from __future__ import annotations

from datetime import date

import pytest

from graphkit.sources.dates import dateline_day, find_dateline

DATELINES = {
    "pin and place": ("📍 Samarkand, April 14, 2023", "2023-04-14", None, "Samarkand"),
    "in parentheses": ("🎙 Remarks (Moscow, May 28, 2025)", "2025-05-28", None, "Moscow"),
    "on a range": ("🗓 On May 27-29, 2025, in Moscow, we", "2025-05-27", "2025-05-29", "Moscow"),
    "day first": ("Minsk, 14 April 2023", "2023-04-14", None, "Minsk"),
    "day first alone": ("🗓 3 October 2024", "2024-10-03", None, None),
    "day-first range": ("On 30 May - 2 June 2025, in Rio de Janeiro", "2025-05-30", "2025-06-02",
                        "Rio de Janeiro"),
    "cross-month range": ("On May 30 – June 2, 2025, in Nur-Sultan", "2025-05-30", "2025-06-02",
                          "Nur-Sultan"),
    "abbreviated month": ("(New York, Sept. 21, 2022)", "2022-09-21", None, "New York"),
    "ordinal day": ("Talks. On March 3rd, 2024 the ministers met.", "2024-03-03", None, None),
    "second line": ("🎙 Headline\n📍 Astana, March 4, 2024\nBody.", "2024-03-04", None, "Astana"),
    "after an impossible date": ("📍 Astana, February 30, 2024\n📍 Minsk, May 1, 2024",
                                 "2024-05-01", None, "Minsk"),
    "on, day first": ("On 3 May 2024, in Minsk", "2024-05-03", None, "Minsk"),
}  # fmt: skip


@pytest.mark.parametrize("text, start, end, place", DATELINES.values(), ids=DATELINES.keys())
def test_dateline_forms(text: str, start: str, end: str | None, place: str | None) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found.day == start
    assert found.end == date.fromisoformat(end or start)
    assert found.place == place


@pytest.mark.parametrize(
    "text",
    [
        "Media accreditation is open until May 20, 2025",
        "The treaty signed in 1997 remains in force.",
        "📍 Astana, February 30, 2024",
        "On May 29-27, 2025, in Moscow",
        "",
    ],
)
def test_no_dateline(text: str) -> None:
    assert dateline_day(text) is None


def test_earliest_dateline_wins() -> None:
    text = "🎙 Remarks (Moscow, May 28, 2025)\nOn June 2, 2025, in Minsk, talks follow."
    assert dateline_day(text) == "2025-05-28"
