"""Guards for reading JSON from untrusted files: nesting depth and lone surrogates.

ijson's C parser keeps the path to every open level, so its memory grows with the
square of the nesting depth: 100,000 nested arrays (200 KB) take gigabytes. Its events
without paths (``basic_parse``) take memory linear in the depth, so ``check_depth``
walks those, entirely in C, and stops at the first level past the limit.

A ``\\udc00`` escape (a lone surrogate) is valid JSON but no character: the C parser
turns it into bytes that do not decode. ``LoneSurrogates`` rewrites such escapes to
``\\ufffd`` (the replacement character) as the bytes stream by, as
``replace_lone_surrogates`` does in decoded text.
"""

from __future__ import annotations

import itertools
import re
from typing import Protocol

import ijson

#: JSON nested deeper than this is refused: a Telegram export is 7 levels deep,
#: a KB file 3; the parser's memory grows with the square of the depth.
MAX_JSON_DEPTH = 100

_STEPS = {
    ("start_map", None): 1,
    ("start_array", None): 1,
    ("end_map", None): -1,
    ("end_array", None): -1,
}
# Every escape, so that a scan from an escape's start keeps the parity of backslashes;
# group 1 is a surrogate pair (kept), group 2 a lone surrogate (replaced).
_ESCAPE = re.compile(
    rb"\\(?:(u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    rb"|(u[dD][89a-fA-F][0-9a-fA-F]{2})|.)",
    re.DOTALL,
)
# A surrogate escape that may be lone, whatever the backslashes before it: a high one not
# followed by a low one, a low one not after a high one that follows no backslash. Most
# texts with surrogate escapes hold only pairs (emoji): this finds that in one search.
_MAYBE_LONE = re.compile(
    rb"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    rb"|(?<![^\\]\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)
_ESCAPED = re.compile(rb"\\(.)", re.DOTALL)
_LONGEST_ESCAPE = len(rb"\ud800\udc00")
#: The largest read while a string runs on (see ``LoneSurrogates``).
MAX_READ = 64 << 20
_REPLACEMENT = rb"\ufffd"
_SURROGATES = re.compile("[\ud800-\udfff]")


class Readable(Protocol):
    """What the JSON parser reads from: a binary file, or a wrapper of one."""

    def read(self, size: int = -1, /) -> bytes: ...


class TooDeep(ValueError):
    """JSON nested deeper than the limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"nested deeper than {limit} levels")


def check_depth(stream: Readable, limit: int = MAX_JSON_DEPTH) -> None:
    """Parse all of ``stream`` (anything with ``read``); raise TooDeep past ``limit``
    levels, ijson.JSONError if it is not JSON. Memory linear in the depth reached."""
    steps = filter(None, map(_STEPS.get, ijson.basic_parse(stream, use_float=True)))
    if any(map(limit.__lt__, itertools.accumulate(steps))):
        raise TooDeep(limit)


def replace_lone_surrogates(text: str) -> str:
    """``text`` with each unpaired surrogate code point replaced by U+FFFD."""
    return _SURROGATES.sub("\ufffd", text) if not text.isascii() else text


class LoneSurrogates:
    """A byte stream of JSON with every lone surrogate escape rewritten to ``\\ufffd``.

    An escape is never split between two reads: the bytes from where one might begin
    near the end of a read are held back for the next. While a string runs on past a
    whole read, reads grow (doubling, up to MAX_READ): the C parser scans a string
    again from its start at each read, so its time would grow with the square of the
    string's length in reads of a fixed size.
    """

    def __init__(self, stream: Readable) -> None:
        self.stream = stream
        self.held = b""
        self.in_string = False
        self.growth = 1

    def read(self, size: int = -1) -> bytes:
        while True:
            chunk = self.stream.read(size if size < 0 else min(size * self.growth, MAX_READ))
            buffer = self.held + chunk
            if not chunk:
                self.held = b""
                return _replaced(buffer)
            cut = _escape_boundary(buffer)
            self.held = buffer[cut:]
            if cut:
                region = buffer[:cut]
                self._follow_strings(region)
                return _replaced(region)

    def _follow_strings(self, region: bytes) -> None:
        # The quotes that open or close a string: not those after an odd run of backslashes.
        if b'\\\\"' in region:
            quotes = region.count(b'"') - b"".join(_ESCAPED.findall(region)).count(b'"')
        else:
            quotes = region.count(b'"') - region.count(b'\\"')
        if quotes == 0 and self.in_string:
            self.growth *= 2
        else:
            self.growth = 1
        self.in_string ^= quotes % 2 == 1


def _escape_boundary(buffer: bytes) -> int:
    """Where the escape that may run past the end of ``buffer`` begins, else its length."""
    tail = len(buffer) - (_LONGEST_ESCAPE - 1)
    if buffer.find(b"\\", max(tail, 0)) < 0:
        return len(buffer)
    end = 0
    for escape in _ESCAPE.finditer(buffer):
        if escape.start() >= tail:
            return escape.start()
        end = escape.end()
    trailing = buffer.find(b"\\", max(end, tail))  # a backslash with nothing after it
    return trailing if trailing >= 0 else len(buffer)


def _replaced(data: bytes) -> bytes:
    if (b"\\ud" not in data and b"\\uD" not in data) or not _MAYBE_LONE.search(data):
        return data
    return _ESCAPE.sub(lambda m: _REPLACEMENT if m.group(2) else m.group(0), data)
