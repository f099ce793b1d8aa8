"""Datelines on generated text: what makes the search fast changes no result."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.sources import dates

FRAGMENTS = st.sampled_from(
    [
        "📍 ", "🗓 ", "(", ")", "On ", "on ", ". ", "! ", ", ", ",", " ", "\n", "-", " – ",
        "in ", "of ", "de ", "Moscow", "St. Petersburg", "N’Djamena", "Rio", "Nur", "Sultan",
        "Samarkand", "May", "MAY", "Sept.", "ſeptember", "december", "Jun", "June", "Jule",
        "Mayor", "14", "3rd", "30", "27-29", "2023", "2025", "1997", "#BRICS", "Talks", "A",
    ]
)  # fmt: skip
MONTHS = st.sampled_from(["May", "Sept.", "ſeptember", "DECEMBER", "jun", "Mayo", "Ju"])
DAYS = st.sampled_from(["1", "14", "3rd", "31", "27-29", "30 - 2", "2 –"])
YEARS = st.sampled_from(["2023", "2025", "199", "20245"])
PLACES = st.sampled_from(["", "Moscow, ", "St. Petersburg, ", "Rio de Janeiro, ", "Nur-Sultan ,"])
LEADS = st.sampled_from(["", "📍 ", "(", "On ", ". On ", "🗓 On ", "x "])


@st.composite
def datelines(draw: st.DrawFn) -> str:
    lead, place, year = draw(LEADS), draw(PLACES), draw(YEARS)
    month, day = draw(MONTHS), draw(DAYS)
    date = draw(st.sampled_from([f"{month} {day}, {year}", f"{day} {month} {year}"]))
    return lead + place + date + draw(st.sampled_from(["", ")", ", in Minsk", ".", "\n"]))


TEXTS = st.lists(datelines() | FRAGMENTS | st.text(max_size=3), max_size=12).map("".join)


def without_lookaheads(pattern: re.Pattern[str]) -> re.Pattern[str]:
    plain = pattern.pattern.replace(dates._MONTH_START, "").replace(dates._WORD_END, "")
    return re.compile(plain, pattern.flags)


PLAIN_PATTERNS = tuple(
    (literal, without_lookaheads(pattern)) for literal, pattern in dates._PATTERNS
)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_lookaheads_change_no_dateline(text: str) -> None:
    plain = [
        (match.group(), match.groupdict())
        for literal, pattern in PLAIN_PATTERNS
        if literal in text
        for match in pattern.finditer(text)
    ]
    fast = [
        (match.group(), match.groupdict())
        for literal, pattern in dates._PATTERNS
        if literal in text
        for match in pattern.finditer(text)
    ]
    assert fast == plain


def earliest_dateline(text: str) -> dates.Dateline | None:
    """The definition: of each pattern's first valid match, the one that starts first
    (on a tie, the earlier pattern's), with every pattern tried on the whole opening."""
    text = text[: dates.DATELINE_SPAN]
    candidates = []
    for rank, (literal, pattern) in enumerate(PLAIN_PATTERNS):
        if literal not in text:
            continue
        valid = ((match.start(), dates._dateline(match)) for match in pattern.finditer(text))
        first = next(((start, found) for start, found in valid if found is not None), None)
        if first is not None:
            candidates.append((first[0], rank, first[1]))
    return min(candidates, key=lambda candidate: candidate[:2])[2] if candidates else None


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_find_dateline_is_the_earliest_dateline(text: str) -> None:
    assert dates.find_dateline(text) == earliest_dateline(text)
