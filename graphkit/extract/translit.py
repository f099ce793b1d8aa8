"""Cyrillic in Latin letters for keys: "Сергей Лавров" -> "Sergey Lavrov".

The scheme is the one English-language media use for Russian names (й -> y, х -> kh,
ж -> zh, "-ий" -> "-iy"), so that a Russian name and its usual English spelling often
give the same key; known people are mapped to their English names by the Russian
lexicon instead of relying on this.
"""

from __future__ import annotations

_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}  # fmt: skip


def transliterate(text: str) -> str:
    """``text`` with Cyrillic letters written in Latin ones (case kept on the first)."""
    out = []
    for char in text:
        lower = char.lower()
        latin = _LETTERS.get(lower)
        if latin is None:
            out.append(char)
        elif char != lower and latin:
            out.append(latin[0].upper() + latin[1:])
        else:
            out.append(latin)
    return "".join(out)
