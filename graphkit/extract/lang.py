"""The language of a post: Cyrillic share routes Russian, stopwords tell Latin languages.

No model and nothing to load: official posts are long enough that the share of
Cyrillic letters, then the most frequent function words, decide. Hashtags,
mentions and links are left out first, so an English post with ``#РоссияТурция``
stays English and a Russian post full of ``@mfa_russia`` stays Russian.
"""

from __future__ import annotations

import re

#: Languages graphkit extracts actors and relations from.
READ_LANGUAGES: frozenset[str] = frozenset({"en", "ru"})

_NOISE_RE = re.compile(r"(?:[#@]\w+|https?://\S+|www\.\S+)")
_LETTER_RE = re.compile(r"[^\W\d_]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: A post is Russian when at least this share of its letters is Cyrillic.
_CYRILLIC_SHARE = 0.5
#: Fewer letters than this say nothing about a language (emoji, a signature).
_MIN_LETTERS = 12

# The most frequent function words of each language, none shared with English.
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "of",
            "and",
            "to",
            "in",
            "is",
            "was",
            "for",
            "on",
            "with",
            "that",
            "by",
            "at",
            "from",
            "as",
            "are",
            "his",
            "her",
            "its",
            "this",
            "will",
            "has",
            "have",
            "were",
            "be",
            "which",
            "an",
            "it",
            "their",
            "our",
            "we",
            "they",
            "also",
            "after",
            "said",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "du",
            "un",
            "une",
            "et",
            "est",
            "dans",
            "pour",
            "sur",
            "avec",
            "au",
            "aux",
            "ce",
            "cette",
            "qui",
            "que",
            "sont",
            "été",
            "il",
            "elle",
            "nous",
            "ont",
            "par",
            "à",
            "son",
            "sa",
            "ses",
            "ne",
            "pas",
            "leur",
            "lors",
            "selon",
            "était",
            "entre",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "mit",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "zu",
            "im",
            "auf",
            "für",
            "von",
            "sich",
            "nicht",
            "wird",
            "sind",
            "wurde",
            "bei",
            "nach",
            "hat",
            "auch",
            "über",
            "einer",
            "zum",
            "zur",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "del",
            "y",
            "en",
            "un",
            "una",
            "es",
            "por",
            "con",
            "para",
            "que",
            "se",
            "al",
            "como",
            "más",
            "sobre",
            "su",
            "sus",
            "fue",
            "está",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "os",
            "as",
            "do",
            "da",
            "dos",
            "das",
            "e",
            "em",
            "um",
            "uma",
            "é",
            "por",
            "com",
            "para",
            "que",
            "se",
            "ao",
            "não",
            "mais",
            "sobre",
            "foi",
            "está",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "lo",
            "gli",
            "della",
            "delle",
            "dei",
            "e",
            "è",
            "di",
            "un",
            "una",
            "per",
            "con",
            "che",
            "si",
            "del",
            "al",
            "sono",
            "nel",
            "sulla",
            "anche",
        ]
    ),
    "tr": frozenset(
        [
            "ve",
            "bir",
            "bu",
            "ile",
            "için",
            "da",
            "de",
            "olarak",
            "olan",
            "ile",
            "ilgili",
            "daha",
            "çok",
            "gibi",
            "ancak",
        ]
    ),
    "id": frozenset(
        [
            "dan",
            "yang",
            "di",
            "dengan",
            "untuk",
            "ini",
            "dari",
            "pada",
            "dalam",
            "akan",
            "tidak",
            "itu",
            "ke",
        ]
    ),
}

#: English function words no other listed language has ("the", "of", "and").
_ONLY_ENGLISH = _STOPWORDS["en"].difference(
    *(words for lang, words in _STOPWORDS.items() if lang != "en")
)
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)
#: The opening words tell the language; reading more only costs time.
_WORDS_READ = 80
_CHARS_READ = 1500
#: English is decided once its function words lead every other language's by this many.
_CLEAR_LEAD = 4


#: Letters that only some Cyrillic alphabets have, and the Russian ones they lack.
_CYRILLIC_MARKS = (
    ("kk", re.compile(r"[әғқңөұүһӘҒҚҢӨҰҮҺ]")),
    ("sr", re.compile(r"[јљњћђџЈЉЊЋЂЏ]")),
    ("mk", re.compile(r"[ѓќѕЃЌЅ]")),
    ("be", re.compile(r"[ўЎ]")),
    ("uk", re.compile(r"[іїєґІЇЄҐ]")),
)
_RUSSIAN_ONLY_RE = re.compile(r"[ыэЫЭ]")
#: A marked letter this often per hundred Cyrillic letters is no quotation in Russian.
_MARKS_PER_HUNDRED = 1.0


#: Name particles counted as no language's word when a capitalised word follows.
_NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "la", "le", "da", "do", "dos", "das", "del", "della"}
    | {"di", "du", "des", "el", "al", "bin", "ibn", "y", "e", "i"}
)
_CAPITALISED_NEXT_RE = re.compile(r"[\s-]+[A-ZÀ-ÖØ-Þ]")
#: Function words of another language needed before a post is taken for it.
_MIN_FOREIGN = 3


def _cyrillic_language(body: str) -> str:
    """Russian, or another language written in Cyrillic (Ukrainian, Kazakh, Serbian, ...)."""
    cyrillic = len(_CYRILLIC_RE.findall(body))
    for lang, marks in _CYRILLIC_MARKS:
        count = len(marks.findall(body))
        if count * 100 >= _MARKS_PER_HUNDRED * cyrillic and count >= 2:
            if lang in ("uk", "be") and len(_RUSSIAN_ONLY_RE.findall(body)) * 100 > cyrillic:
                continue  # "ы" and "э" are Russian: the marks came with a quoted name
            return lang
    return "ru"


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when it has too few words to tell."""
    head = text[:_CHARS_READ]
    body = _NOISE_RE.sub(" ", head) if ("#" in head or "@" in head or "http" in head) else head
    if not body.isascii():
        cyrillic = len(_CYRILLIC_RE.findall(body))
        if cyrillic:
            letters = len(_LETTER_RE.findall(body))
            if letters < _MIN_LETTERS:
                return None
            if cyrillic >= _CYRILLIC_SHARE * letters:
                return _cyrillic_language(body)
    opening = body[:400].lower().split()
    if sum(1 for word in opening if word in _ONLY_ENGLISH) >= _CLEAR_LEAD:
        return "en"  # the common case, decided by a few set look-ups
    if len(_LETTER_RE.findall(body)) < _MIN_LETTERS:
        return None
    scores = dict.fromkeys(_STOPWORDS, 0)
    for count, match in enumerate(_WORD_RE.finditer(body)):
        if count == _WORDS_READ:
            break
        word = match.group().lower()
        if word in _NAME_PARTICLES and _CAPITALISED_NEXT_RE.match(body, match.end()):
            continue  # "Ursula von der Leyen", "Luiz Inácio Lula da Silva": names, not German
        for lang in _LANGUAGES_OF.get(word, ()):
            scores[lang] += 1
            if lang == "en" and scores["en"] >= _CLEAR_LEAD + max(
                v for k, v in scores.items() if k != "en"
            ):
                return "en"  # the common case decided after a few words
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    if scores[best] < _MIN_FOREIGN or scores[best] < 2 * scores["en"]:
        # names and titles without function words ("Sergey Lavrov, Hakan Fidan"), Russian
        # in Latin letters ("del"), a foreign phrase in English: English rules read them
        return "en"
    return best
