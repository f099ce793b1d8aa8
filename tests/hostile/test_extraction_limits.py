"""Extraction time is bounded per sentence and per post (issue 15, finding 2)."""

from __future__ import annotations

from pathlib import Path

from measure import growth, run_graphkit

from graphkit.extract import KnowledgeBase
from graphkit.extract.entities import find_mentions
from graphkit.extract.relations import find_relations
from graphkit.extract.sentences import MAX_SENTENCE_TOKENS, tokenize
from graphkit.models import Post
from graphkit.pipeline import LONG_POST, LONG_SENTENCE, MAX_POST_CHARS, extract

CLAUSE = "Sergey Lavrov met Antony Blinken in Geneva and criticised NATO "


def test_the_relation_scan_of_a_long_sentence_takes_linear_time() -> None:
    # One sentence without a full stop: the relation rules compare its words in pairs.
    # Only the relation scan is timed: the post's mentions are found beforehand.
    kb = KnowledgeBase.default()
    found = {}
    for repeats in (350, 1400):
        doc = tokenize(CLAUSE * repeats)
        found[repeats] = (doc, find_mentions(doc, kb))
    ratio = growth(lambda repeats: find_relations(*found[repeats]), 350)
    assert ratio < 9, f"4x the sentence took {ratio:.1f}x the CPU time"


def test_long_sentences_are_cut_and_still_read() -> None:
    doc = tokenize(CLAUSE * 100 + ". Lavrov met Wang Yi.")
    assert doc.cut_sentences == 1
    assert max(end - start for start, end in doc.sentences) == MAX_SENTENCE_TOKENS
    assert [start for start, _ in doc.sentences[:2]] == [0, MAX_SENTENCE_TOKENS]
    assert doc.sentence_text(len(doc.sentences) - 1) == "Lavrov met Wang Yi."
    assert sorted(doc.sentence_of) == doc.sentence_of  # every token in one sentence, in order


def test_posts_over_the_limit_are_skipped_with_a_warning() -> None:
    posts = [
        Post(id="a", channel="MFA", text=CLAUSE * (MAX_POST_CHARS // len(CLAUSE) + 1)),
        Post(id="b", channel="MFA", text="Sergey Lavrov criticised NATO."),
        Post(id="c", channel="MFA", text=CLAUSE * 10),
    ]
    heard: list[tuple[str, str]] = []
    extractions = list(extract(posts, on_warning=lambda *warning: heard.append(warning)))
    assert [e.post.id for e in extractions] == ["b", "c"]
    assert [r.type for r in extractions[0].relations] == ["CRITICISED"]
    assert [what for what, _ in heard] == [LONG_POST]
    assert heard[0][1].startswith("post a (")


def test_a_50_mb_line_finishes_with_a_warning(tmp_path: Path) -> None:
    dump = tmp_path / "dump.txt"
    dump.write_text(
        CLAUSE * (50_000_000 // len(CLAUSE)) + "\n\n\nSergey Lavrov met Wang Yi in Moscow.\n",
        encoding="utf-8",
    )
    done = run_graphkit(["extract", str(dump)], tmp_path)
    assert done.code == 0, done.stderr
    assert len(done.stdout.splitlines()) == 1  # the short post
    assert f"warning: 1 {LONG_POST}" in done.stderr
    assert done.cpu_seconds < 60, f"{done.cpu_seconds:.0f} s of CPU"


def test_cut_sentences_are_counted(tmp_path: Path) -> None:
    dump = tmp_path / "dump.txt"
    dump.write_text(CLAUSE * 60 + "\n", encoding="utf-8")
    done = run_graphkit(["extract", str(dump)], tmp_path)
    assert done.code == 0
    assert f"warning: 1 {LONG_SENTENCE}" in done.stderr
