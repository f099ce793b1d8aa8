"""Fuzz targets: each reader and extraction on generated hostile input (issue 15).

Whatever the input, a reader either refuses it with InputError or gives posts whose
text is valid Unicode (lone surrogates replaced) and whose date is a real day; no
other exception, no post that cannot be written out. Extraction gives, for every post
within the limits, entities and relations that can be written as UTF-8 JSON.

By default each target runs a fixed, seeded set of cases (CI); with
``--hypothesis-profile=fuzz`` it runs 20,000 random ones.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.errors import InputError
from graphkit.extract import KnowledgeBase
from graphkit.models import Post
from graphkit.pipeline import MAX_POST_CHARS, extract
from graphkit.sources import read_posts

LONG_RUN = settings.default.max_examples >= 1_000  # --hypothesis-profile=fuzz
FUZZ = settings(
    max_examples=settings.default.max_examples if LONG_RUN else 120,
    derandomize=not LONG_RUN,  # CI: the same cases on every run
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Pieces of JSON that have broken readers: surrogate escapes of both kinds, escaped
# backslashes before them, deep openers, impossible dates, huge numbers.
JSON_PIECES = st.sampled_from(
    [
        '{', '}', '[', ']', ',', ':', '"', '\\"', '\\\\', '\\udc00', '\\ud800', '\\ud83d',
        '\\ude00', '\\u0041', '\\n', '"messages"', '"chats"', '"list"', '"text"', '"id"',
        '"date"', '"2024-13-45"', '"2024-02-29T23:59:60"', '"date_unixtime"', '"99999999999"',
        '1e999', '-0', '9223372036854775808', 'true', 'null', '"type"', '"service"',
        '"Lavrov met Wang Yi."', ' ', '\n', '"\u00e9"', '"🇷🇺"',
    ]
)  # fmt: skip
WORDS = st.sampled_from(
    [
        "Sergey", "Lavrov", "met", "with", "Wang", "Yi", "Antony", "Blinken", "in", "Geneva",
        "criticised", "NATO", "the", "Minister", "of", "Foreign", "Affairs", "BRICS", "summit",
        "will", "chair", "attended", "visited", "Moscow", "#SCO", "Mr", "Dr.", "U.S.", ".", ",",
        "(", ")", "«", "»", "—", "\n", "\n\n\n", "📍", "May", "14,", "2025", "'", "’", "\udc00",
        "\ufffd", "\u200b", "Ḿ̂", "A.A.Ivanov",
    ]
)  # fmt: skip
TEXT = st.lists(WORDS | st.text(max_size=12), max_size=80).map(" ".join)


def encodable(text: str) -> bool:
    text.encode("utf-8")  # raises on a lone surrogate
    return True


def real_day(stamp: str | None) -> bool:
    if stamp is not None:
        date.fromisoformat(stamp[:10])
    return True


def read(path: Path) -> list[Post]:
    try:
        posts = list(read_posts(path, on_skip=lambda _: None, on_warning=lambda *_: None))
    except InputError as error:
        assert str(path) in str(error) and "\n" not in str(error)
        return []
    for post in posts:
        assert encodable(post.text) and post.text.strip()
        assert real_day(post.date)
    return posts


@FUZZ
@given(pieces=st.lists(JSON_PIECES, max_size=60), nesting=st.integers(0, 150))
def test_telegram_reader(tmp_path: Path, pieces: list[str], nesting: int) -> None:
    body = "".join(pieces)
    path = tmp_path / "result.json"
    path.write_text(
        '{"name": "MFA", "messages": [' + "[" * nesting + body + "]" * nesting + "]}",
        encoding="utf-8",
    )
    read(path)


@st.composite
def messages(draw: st.DrawFn) -> dict[str, Any]:
    text = draw(TEXT | st.lists(JSON_PIECES, max_size=8).map("".join))
    message: dict[str, Any] = {"id": draw(st.integers(-5, 10**20) | st.text(max_size=4))}
    message["text"] = draw(st.sampled_from([text, [text, {"type": "hashtag", "text": "#X"}]]))
    message["date"] = draw(
        st.sampled_from(["2024-13-45", "2024-02-30", "2024-02-29T12:00", "x", "", "2024-05-01"])
    )
    if draw(st.booleans()):
        message["date_unixtime"] = draw(st.sampled_from(["1714564800", "-1e30", "abc", "1e999"]))
    return message


@FUZZ
@given(batch=st.lists(messages(), max_size=6), escape=st.booleans())
def test_telegram_reader_on_messages(
    tmp_path: Path, batch: list[dict[str, Any]], escape: bool
) -> None:
    path = tmp_path / "result.json"
    # ensure_ascii writes every non-ASCII character, lone surrogates too, as escapes
    document = json.dumps({"name": "MFA", "id": 1, "messages": batch}, ensure_ascii=escape)
    path.write_text(document, encoding="utf-8", errors="surrogatepass")
    read(path)


@FUZZ
@given(
    lines=st.lists(
        TEXT
        | st.builds("MFA, [{}.{}.{} 12:00]".format, st.integers(0, 99), st.integers(0, 99),
                    st.integers(0, 9999))
        | st.sampled_from(["Forwarded from MFA", "", "Read in full", "#Announcement"]),
        max_size=30,
    )
)  # fmt: skip
def test_dump_reader(tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "dump.txt"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    read(path)


KB = KnowledgeBase.default()


@FUZZ
@given(texts=st.lists(TEXT, min_size=1, max_size=4), long_sentence=st.integers(0, 40))
def test_extraction(texts: list[str], long_sentence: int) -> None:
    texts = [*texts, " ".join(["Lavrov met Wang Yi and criticised NATO"] * long_sentence)]
    posts = [
        Post(id=f"p{i}", channel="MFA", text=text.replace("\udc00", "\ufffd"))
        for i, text in enumerate(texts)
        if text.strip()
    ]
    for extraction in extract(posts, kb=KB, on_warning=lambda *_: None):
        assert len(extraction.post.text) <= MAX_POST_CHARS
        keys = {entity.id for entity in extraction.entities}
        for relation in extraction.relations:
            assert {relation.source, relation.target} <= keys
            assert relation.evidence in extraction.post.text
        encodable(json.dumps(extraction.to_dict(), ensure_ascii=False))
