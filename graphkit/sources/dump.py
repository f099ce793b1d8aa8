"""Plain channel dumps: posts copied out of a Telegram client and pasted one after another.

A dump is read line by line and cut into blocks:

- ``Forwarded from X`` closes the block and names the source of the blocks that follow
  (until the next header: the copies and versions of a forwarded post carry no header).
- A trailer (``Read in full``, ``Read more``, ``Watch in full``) closes the block.
- A line already in the block (compared in normal form) means the text restarted: a second
  paste. A rubric line (``#Announcement``) or a headline just before it goes with the copy.
- Two blank lines in a row close the block; so does a client copy stamp ``Name, [14.04.23 12:00]``.

Copies of one post are pasted next to each other, so only the fullest copy of the current
run is held back. A block is a copy when it has the same lines (compared in normal form),
less at most two leading headline/rubric lines, or is cut off at the end (a link preview).
A copy pasted again far away is recognised by hashes of the last 20,000 posts. A block that
shares most of its wording with one of the last 32 posts without being a copy is an edited
version: its own post, naming the earlier one in ``version_of``. Memory holds one run of
copies, that window and those hashes, whatever the size of the dump.

Source names lose the emoji around them ("Russian MFA 🇷🇺" -> "Russian MFA") so that the
same channel is one node whichever client copied it.
"""

from __future__ import annotations

import hashlib
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from graphkit.errors import OnWarning
from graphkit.models import Post
from graphkit.sources.dates import INVALID_DATE, checked_day, dateline_day
from graphkit.sources.text import (
    clean_channel_name,
    hashtags_in,
    links_in,
    normal_form,
    unique,
)

_HEADER = re.compile(
    r"^\W*\[?\s*(?:forwarded from|переслано от)\s*:?\s*(?P<name>.+?)\s*\]?\s*$", re.IGNORECASE
)
# Telegram Desktop's "copy selected messages": "Russian MFA, [14.04.23 12:00]"
_COPY_STAMP = re.compile(
    r"^(?P<name>.+?),\s*\[(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2}|\d{4})"
    r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?\]\s*$"
)
_TRAILERS = frozenset(
    normal_form(phrase)
    for phrase in (
        "Read in full",
        "Read more",
        "Read the full text",
        "Full text",
        "Watch in full",
        "Watch the video",
        "Подробнее",
        "Читать полностью",
        "Читать далее",
    )
)
_URL_IN_LINE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_RUBRIC = re.compile(r"^\s*(?:#\w+\s*)+$")
_SENTENCE_END = (".", "!", "?", "…", ";", ",")

#: An edited version shares at least this Jaccard similarity of word 3-grams ...
VERSION_SIMILARITY = 0.5
#: ... or this much when it shares fewer than two whole lines.
REWORDED_SIMILARITY = 0.8
#: How many recent posts a copy pasted again far away is recognised among (bounds memory).
DUPLICATE_WINDOW = 20_000
#: How many recent posts a version is looked for among.
VERSION_WINDOW = 32
#: A version edited in place keeps at least its opening words (or a whole line).
_OPENING_WORDS = 6
#: Leading lines (headline, rubric) a pasted copy may lack and still be recognised later.
_DROPPABLE_LEAD = 2


@dataclass(slots=True)
class _Block:
    lines: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    key_set: set[str] = field(default_factory=set)
    forwarded_from: str | None = None
    date: str | None = None
    links: list[str] = field(default_factory=list)

    def add(self, line: str, key: str) -> None:
        self.lines.append(line)
        self.keys.append(key)
        if key:
            self.key_set.add(key)

    def pop(self) -> tuple[str, str]:
        line, key = self.lines.pop(), self.keys.pop()
        if key and key not in self.keys:
            self.key_set.discard(key)
        return line, key

    def size(self) -> int:
        return sum(len(key) for key in self.keys)


def read_dump(
    lines: Iterable[str], *, channel: str | None, on_warning: OnWarning | None = None
) -> Iterator[Post]:
    """Distinct posts of a dump, in order, each text once. A copy stamp's date that is
    no day of the calendar is dropped (``on_warning`` hears it)."""
    posts = _Deduplicator(channel)
    for block in _blocks(lines, on_warning):
        yield from posts.add(block)
    yield from posts.finish()


def _blocks(lines: Iterable[str], on_warning: OnWarning | None) -> Iterator[_Block]:
    """Cut the dump into blocks: one pasted copy of a post each."""
    block = _Block()
    source: str | None = None
    blank_run = 0
    for raw in lines:
        line = raw.strip()
        if not line:
            blank_run += 1
            if blank_run == 2 and block.lines:
                yield block
                block = _Block(forwarded_from=source)
            continue
        blank_run = 0
        if header := _HEADER.match(line):
            if block.lines:
                yield block
            source = clean_channel_name(header["name"])
            block = _Block(forwarded_from=source)
            continue
        # A stamp ends with "]" (the line is stripped): skip the regex on other lines.
        if line[-1] == "]" and (stamp := _COPY_STAMP.match(line)):
            if block.lines:
                yield block
            source = None
            block = _Block(date=_stamp_day(stamp))
            if block.date is None and on_warning is not None:
                on_warning(INVALID_DATE, f"copy stamp {line!r}")
            continue
        key = normal_form(line)
        if _is_trailer(line, key):
            block.links.extend(links_in(line))
            if block.lines:
                yield block
            block = _Block(forwarded_from=source)
            continue
        if key and key in block.key_set:
            restart_at = block.keys.index(key)
            moved = _lead_of_next_copy(block, restart_at)
            yield block
            block = _Block(forwarded_from=source)
            for moved_line, moved_key in moved:
                block.add(moved_line, moved_key)
        block.add(line, key)
    if block.lines:
        yield block


def _is_trailer(line: str, key: str) -> bool:
    """True for a trailer line ("Read in full: https://..."); ``key`` is its normal form."""
    # A URL leaves "http" or "www" in the normal form: re matches those ASCII letters in
    # either case only, and NFKC composes nothing with them.
    if "http" in key or "www" in key:
        key = normal_form(_URL_IN_LINE.sub(" ", line))
    return key in _TRAILERS


def _lead_of_next_copy(block: _Block, restart_at: int) -> list[tuple[str, str]]:
    """Take the rubric/headline lines at the end of ``block`` that open the next copy."""
    moved: list[tuple[str, str]] = []
    while len(moved) < _DROPPABLE_LEAD and len(block.lines) > 1:
        last = block.lines[-1]
        rubric = bool(_RUBRIC.match(last))
        # A headline only moves when the held block itself starts at the repeated line
        # (it has no headline of its own), so the headline belongs to the next copy.
        headline = restart_at == 0 and not last[0].isalnum() and not last.endswith(_SENTENCE_END)
        if not (rubric or headline):
            break
        moved.insert(0, block.pop())
    return moved


def _stamp_day(stamp: re.Match[str]) -> str | None:
    year = int(stamp["y"])
    year += 2000 if year < 100 else 0
    return checked_day(year, int(stamp["m"]), int(stamp["d"]))


def _fingerprint(keys: Iterable[str]) -> int:
    # Only compared within one run, so Python's (salted, 64-bit) hash will do.
    return hash(tuple(filter(None, keys)))


def _shingles(normal_text: str) -> frozenset[int]:
    """Hashes of word 3-grams; a text shorter than three words is its own single shingle."""
    words = normal_text.split()
    if len(words) < 3:
        return frozenset([hash(tuple(words))])
    return frozenset(map(hash, zip(words, words[1:], words[2:], strict=False)))


def _copy_of(small: _Block, big: _Block) -> bool:
    """True if ``small`` is ``big`` pasted again, perhaps without its headline or rubric
    (at most two leading lines) and perhaps cut off (a link preview). Any other
    difference makes it an edited version, not a copy."""
    small_keys = [key for key in small.keys if key]
    if not small_keys:
        return True
    *whole, last = small_keys
    if not big.key_set.issuperset(whole):
        return False
    big_keys = [key for key in big.keys if key]
    shared = set(small_keys)
    lead = next((i for i, key in enumerate(big_keys) if key in shared), len(big_keys))
    if lead > _DROPPABLE_LEAD:
        return False
    if last in big.key_set:
        return all(key in shared for key in big_keys[lead:])
    # A cut-off last line: big goes on from the line it was cut from.
    cut = next((i for i, key in enumerate(big_keys) if key.startswith(last)), None)
    return cut is not None and all(key in shared for key in big_keys[lead:cut])


class _Deduplicator:
    """Keeps the fullest copy of each run of pasted copies and links edited versions."""

    def __init__(self, channel: str | None) -> None:
        self.channel = channel
        self.held: _Block | None = None
        self.seen = _RecentHashes(DUPLICATE_WINDOW * 2)
        self.recent: deque[_Fingerprints] = deque(maxlen=VERSION_WINDOW)

    def add(self, block: _Block) -> Iterator[Post]:
        held = self.held
        if held is not None:
            if _copy_of(block, held) and block.size() <= held.size():
                _absorb(held, block)
                return
            if _copy_of(held, block):
                _absorb(block, held)
                self.held = block
                return
            yield self._post(held)
        self.held = None if _fingerprint(block.keys) in self.seen else block

    def finish(self) -> Iterator[Post]:
        if self.held is not None:
            yield self._post(self.held)
            self.held = None

    def _post(self, block: _Block) -> Post:
        text = "\n".join(block.lines)
        lines = [key for key in block.keys if key]
        normal_text = " ".join(lines)  # == normal_form(text): line breaks are not words
        post_id = "dump:" + hashlib.sha1(normal_text.encode()).hexdigest()[:16]
        opening = " ".join(normal_text.split(maxsplit=_OPENING_WORDS)[:_OPENING_WORDS])
        this = _Fingerprints(post_id, opening, frozenset(lines), normal_text)
        version_of = self._earlier_version(this)
        self.recent.append(this)
        # Whole, and without the headline or rubric a later paste may lack.
        self.seen.add(_fingerprint(lines))
        self.seen.add(_fingerprint(lines[1:]))
        return Post(
            id=post_id,
            channel=self.channel,
            text=text,
            forwarded_from=block.forwarded_from,
            date=block.date or dateline_day(text),
            hashtags=unique(hashtags_in(text)),
            links=unique([*links_in(text), *block.links]),
            version_of=version_of,
        )

    def _earlier_version(self, this: _Fingerprints) -> str | None:
        """The most similar recent post that shares at least two and half of its lines
        and half of its wording (word 3-grams) with this one, or nearly all of its
        wording (a short post edited in place)."""
        best_id, best_score = None, 0.0
        opening, lines = this.opening, this.lines
        # The same opening words or at least one line in common; most recent posts have neither.
        related = [
            earlier
            for earlier in self.recent
            if earlier.opening == opening or not lines.isdisjoint(earlier.lines)
        ]
        for earlier in related:
            shared_lines = len(this.lines & earlier.lines)
            same_lines = shared_lines >= 2 and 2 * shared_lines >= min(
                len(this.lines), len(earlier.lines)
            )
            these, those = this.shingles(), earlier.shingles()
            common = len(these & those)
            union = len(these) + len(those) - common
            score = common / union if union else 0.0
            needed = VERSION_SIMILARITY if same_lines else REWORDED_SIMILARITY
            if score >= needed and score > best_score:
                best_id, best_score = earlier.post_id, score
        return best_id


class _Fingerprints:
    """What an edited version of a post is recognised by."""

    __slots__ = ("lines", "normal_text", "opening", "post_id", "shingle_set")

    def __init__(self, post_id: str, opening: str, lines: frozenset[str], normal_text: str):
        self.post_id, self.opening, self.lines = post_id, opening, lines
        self.normal_text = normal_text
        self.shingle_set: frozenset[int] | None = None

    def shingles(self) -> frozenset[int]:
        # Made when first needed: only posts that share a line or their opening are compared.
        if self.shingle_set is None:
            self.shingle_set = _shingles(self.normal_text)
        return self.shingle_set


class _RecentHashes:
    """A set of the last ``capacity`` hashes added: flat memory on endless input."""

    def __init__(self, capacity: int) -> None:
        self.members: set[int] = set()
        self.order: deque[int] = deque()
        self.capacity = capacity

    def __contains__(self, value: int) -> bool:
        return value in self.members

    def add(self, value: int) -> None:
        if value in self.members:
            return
        self.members.add(value)
        self.order.append(value)
        if len(self.order) > self.capacity:
            self.members.discard(self.order.popleft())


def _absorb(kept: _Block, copy: _Block) -> None:
    """What a dropped copy knew that the kept one lacks: links, source, date."""
    kept.links.extend(copy.links)
    kept.forwarded_from = kept.forwarded_from or copy.forwarded_from
    kept.date = kept.date or copy.date
