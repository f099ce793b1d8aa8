"""Tokens and sentences."""

from __future__ import annotations

from graphkit.extract.sentences import fold, tokenize


def test_tokens_keep_spans_and_fold_for_matching() -> None:
    doc = tokenize("Mr Lê met the U.S. envoy A.A.Ivanov’s deputy.")
    assert "U.S." in doc.words
    assert "A.A.Ivanov" in doc.words
    assert "Le" in doc.words  # accents folded for matching
    i = doc.words.index("Le")
    assert doc.surface(i, i + 1) == "Lê"  # the original text is kept


def test_sentences_split_on_full_stops_and_lines_but_not_abbreviations() -> None:
    doc = tokenize("Mr. Kerry arrived. Antony J. Blinken spoke.\nNext line")
    texts = [doc.sentence_text(s) for s in range(len(doc.sentences))]
    assert texts == ["Mr. Kerry arrived.", "Antony J. Blinken spoke.", "Next line"]


def test_headline_skips_rubric_tags() -> None:
    doc = tokenize("#Announcement\nThe minister will speak.")
    headline = doc.headline()
    assert headline is not None
    assert doc.sentence_text(headline) == "The minister will speak."


def test_fold_straightens_apostrophes() -> None:
    assert fold("People’s") == "People's"


def test_a_token_of_combining_marks_alone_is_kept() -> None:
    """Folding removes accents; a token that is nothing but accents stays as written."""
    assert fold("\u0300") == "\u0300"
    doc = tokenize("Lavrov \u0300 said")
    assert doc.words == ["Lavrov", "\u0300", "said"]
    assert doc.caps == [True, False, False]


def test_each_bullet_line_of_a_digest_is_its_own_sentence() -> None:
    doc = tokenize(
        "⚡️ Key points of the briefing:\n"
        "▪️ Lima welcomes the outcome of the talks in Quito\n"
        "▪️ The ministers of Chile and Peru will meet in May\n"
        "🔹 Pablo Rojas: the talks were useful"
    )
    texts = [doc.sentence_text(k) for k in range(len(doc.sentences))]
    assert texts == [
        "⚡️ Key points of the briefing:",
        "▪️ Lima welcomes the outcome of the talks in Quito",
        "▪️ The ministers of Chile and Peru will meet in May",
        "🔹 Pablo Rojas: the talks were useful",
    ]
