"""Text helpers shared by the readers: hashtags, links, channel names, normal forms."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# A hashtag needs a letter: "#1" is a number, not a tag. "#ASEAN-centric" -> "ASEAN".
# The '#' comes first and the look-behind after it, so the scan jumps from '#' to '#'.
_HASHTAG = re.compile(r"#(?<![\w#&/]#)(\w*[^\W\d]\w*)")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'«»]+", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_URL_TAIL = ".,;:!?)]}»’”'\"…"


def unique(items: Iterable[str]) -> tuple[str, ...]:
    """Items in first-seen order, each once."""
    return tuple(dict.fromkeys(filter(None, items)))


def hashtags_in(text: str) -> list[str]:
    """Hashtags in ``text`` in order, without '#'."""
    return _HASHTAG.findall(text) if "#" in text else []


def links_in(text: str) -> list[str]:
    """URLs in ``text`` in order, without trailing punctuation."""
    lowered = text.lower()
    if "http" not in lowered and "www." not in lowered:
        return []  # most pieces of text have no link: skip the case-blind scan
    links = []
    for match in _URL.finditer(text):
        url = match.group()
        # Keep a closing bracket that closes one opened inside the URL (Wikipedia-style).
        while (
            url
            and url[-1] in _URL_TAIL
            and not (url[-1] == ")" and url.count("(") >= url.count(")"))
        ):
            url = url[:-1]
        links.append(url)
    return links


@lru_cache(maxsize=4096)  # the same few channel names on every message
def clean_channel_name(name: str | None) -> str | None:
    """A channel name without decoration: "Russian MFA 🇷🇺" -> "Russian MFA".

    Emoji and symbols around the name vary between copies of the same channel (flags,
    ticks), so they are dropped from both ends; the words in between are kept as is.
    """
    if name is None:
        return None
    start, end = 0, len(name)
    while start < end and not _is_name_char(name[start]):
        start += 1
    while end > start and not _is_name_char(name[end - 1]):
        end -= 1
    cleaned = " ".join(name[start:end].split())
    return cleaned or None


def _is_name_char(char: str) -> bool:
    return char.isalnum() or char in "@_)\"'’”»"


def normal_form(text: str) -> str:
    """Case-, emoji- and punctuation-blind form used to compare pasted copies."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    # Underscores are no word characters here: "a_b" is "a b".
    return " ".join(_WORD.findall(text.casefold().replace("_", " ")))
