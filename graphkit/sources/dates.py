"""Datelines in post text: ``📍 Samarkand, April 14, 2023``, ``(Moscow, May 28, 2025)``,
``On May 27-29, 2025, in Moscow``, ``14 April 2023``.

Only dates in dateline position count (the start of a line, a parenthesis, an opening
"On ..."), so that "accreditation is open until May 20, 2025" is not taken as the
post's date. A range gives its first day as ``start``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # Russian datelines write the month in the genitive: "Москва, 28 мая 2025 года"
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip

# Two lookaheads that only make hopeless attempts fail sooner (the patterns match the same
# without them): a month name starts with one of these letters ...
_MONTH_START = "(?=[" + "".join(sorted({name[0] for name in _MONTHS})) + "])"
# ... and a place word is followed by "-", a space or ",", never by more word characters,
# so giving some of them back never helps.
_WORD_END = r"(?![\w'’.])"

_MONTH = rf"(?i:{_MONTH_START}(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r"))\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DASH = r"\s*[-–—]\s*"
_YEAR_WORD = r"(?:\s+(?:года|г\.?))?"  # "28 мая 2025 года", "(Москва, 28 мая 2025 г.)"
# "April 14, 2023", "May 27-29, 2025", "May 30 - June 2, 2025"
_MONTH_FIRST = (
    rf"(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})"
    rf"(?:{_DASH}(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY}))?,?\s+(?P<y>\d{{4}}){_YEAR_WORD}"
)
# "14 April 2023", "27-29 May 2025", "30 May - 2 June 2025"
_DAY_FIRST = (
    rf"(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH}))?"
    rf"(?:{_DASH}(?P<d2>{_DAY}))?\s+(?:of\s+)?(?P<m2>{_MONTH}),?\s+(?P<y>\d{{4}}){_YEAR_WORD}"
)
_PARTICLE = r"(?:de|da|do|del|la|le|al|el|am|upon|on)"
_PLACE_WORD = rf"[A-ZА-ЯЁ][\w'’.]*{_WORD_END}"
_PLACE = rf"{_PLACE_WORD}(?:(?:-|\s+|\s+{_PARTICLE}\s+){_PLACE_WORD}){{0,3}}"
_LEAD = r"^[^\w(\n]*"  # emoji, bullets and spaces that open a line

# Each context with a literal it cannot match without, to skip it cheaply.
_CONTEXTS = (
    # 📍 Samarkand, April 14, 2023 / Moscow, 14 April 2023 / 🗓 14 April 2023
    ("", rf"{_LEAD}(?:(?P<place>{_PLACE}),\s+)?{{date}}"),
    # (Moscow, May 28, 2025)
    ("(", rf"\((?:(?P<place>{_PLACE}),\s+)?{{date}}\)"),
    # On May 27-29, 2025, in Moscow
    ("On ", rf"(?:{_LEAD}|[.!?]\s+)On\s+{{date}}(?:,?\s+in\s+(?P<place>{_PLACE}))?"),
)
_PATTERNS = tuple(
    (literal, re.compile(context.replace("{date}", form), re.MULTILINE))
    for literal, context in _CONTEXTS
    for form in (_MONTH_FIRST, _DAY_FIRST)
)
# The patterns with their rank (the lower wins a tie), in the order they are tried: those
# that open with _LEAD last, as they pay a match attempt at each line start and need try
# only the lines that open before the best dateline found by the others.
_SEARCH_ORDER = sorted(
    (
        (pattern.pattern.startswith(_LEAD), rank, literal, pattern)
        for rank, (literal, pattern) in enumerate(_PATTERNS)
    ),
    key=lambda entry: entry[0],
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline found in a post: the day (first day of a range), the last day, the place."""

    start: date
    end: date
    place: str | None

    @property
    def day(self) -> str:
        return self.start.isoformat()


#: A dateline opens a post: only this many leading characters are searched.
DATELINE_SPAN = 600


def find_dateline(text: str) -> Dateline | None:
    """The earliest dateline in the opening of ``text``, or None."""
    text = text[:DATELINE_SPAN]
    best: Dateline | None = None
    best_start, best_rank = len(text), 0
    for at_line_starts, rank, literal, pattern in _SEARCH_ORDER:
        if literal not in text:
            continue
        stop = best_start + (rank < best_rank)  # a match must start before this to win
        matches = (
            _line_start_matches(pattern, text, stop) if at_line_starts else pattern.finditer(text)
        )
        for match in matches:
            if match.start() >= stop:
                break
            found = _dateline(match)
            if found is not None:
                best, best_start, best_rank = found, match.start(), rank
                break
    return best


def _line_start_matches(pattern: re.Pattern[str], text: str, stop: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern anchored at line starts ("^" in MULTILINE
    mode), up to the line starts before ``stop``: tries those alone, not every character."""
    start = 0
    while start < stop:
        if match := pattern.match(text, start):  # "^" matches at ``start`` after a "\n"
            yield match
            start = match.end() - 1  # as finditer, go on after the match (it may end a line)
        start = text.find("\n", start) + 1
        if start == 0:
            return


def dateline_day(text: str) -> str | None:
    """The dateline's day as ``YYYY-MM-DD``, or None."""
    found = find_dateline(text)
    return found.day if found else None


#: The warning for a post date that is no day of the calendar; the post is kept undated.
INVALID_DATE = "invalid date(s) dropped"
_ISO_STAMP = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$")


def checked_day(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` if the three make a day of the calendar, else None."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def checked_iso(text: str) -> str | None:
    """``text`` if it is ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM[:SS]`` naming a real
    day and time (``2024-13-45`` is not), else None."""
    stamp = _ISO_STAMP.match(text)
    if stamp is None or checked_day(*map(int, stamp.groups()[:3])) is None:
        return None
    hours, minutes, seconds = (int(part or 0) for part in stamp.groups()[3:])
    return text if hours < 24 and minutes < 60 and seconds < 60 else None


def _month(name: str | None) -> int | None:
    return _MONTHS.get(name.rstrip(".").lower()) if name else None


def _day(token: str | None) -> int | None:
    return int(token.rstrip("stndrh")) if token else None  # "3rd" -> 3


def _dateline(match: re.Match[str]) -> Dateline | None:
    year = int(match["y"])
    first_day, last_day = _day(match["d1"]), _day(match["d2"])
    first_month, second_month = _month(match["m1"]), _month(match["m2"])
    assert first_day is not None
    start_month = first_month or second_month
    end_month = second_month or first_month
    if start_month is None or end_month is None:
        return None
    try:
        start = date(year, start_month, first_day)
        end = date(year, end_month, last_day) if last_day else start
    except ValueError:
        return None
    if end < start:
        return None
    place = match.groupdict().get("place")
    if place and _month(place.split()[0]) is not None:
        place = None
    return Dateline(start=start, end=end, place=place)
