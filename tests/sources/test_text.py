"""Text helpers: the normal form that pasted copies are compared in."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from graphkit.sources.text import normal_form

LINE_CHARS = st.characters(blacklist_categories=["Cs"]) | st.sampled_from(
    list("_ -\n\t\u00a0\u2003\u200b\u0301ﬁßİſK’«»🇷🇺📍#.,Ａ①ǅ")
)


def spelled_out_normal_form(text: str) -> str:
    """The definition: NFKC, case-folded, every run of non-letters/digits one space."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", folded).split())


@given(st.text(LINE_CHARS, max_size=60))
def test_normal_form_matches_its_definition(text: str) -> None:
    assert normal_form(text) == spelled_out_normal_form(text)


def test_normal_form_examples() -> None:
    assert normal_form("🔹 FM Sergey Lavrov’s talks_with  Wang\u00a0Yi.") == (
        "fm sergey lavrov s talks with wang yi"
    )
    assert normal_form("ﬁnal STRAẞE") == "final strasse"
    assert normal_form("🇷🇺 — …") == ""
