"""Input readers: plain channel dumps and Telegram Desktop exports (JSON and HTML).

``read_posts(source)`` checks the whole input first (it exists, is a non-empty UTF-8
text file, and, for JSON, is well-formed and a Telegram export) and raises
``InputError`` before handing back an iterator, so a bad file never produces half an
output. The posts themselves are then streamed.

The format is told by the content, never by the name: JSON that is an export object
(``result.json``), HTML that is an export page (``messages.html``, ``messages2.html``,
...), else plain text, a dump. Markup that is no export page and a JSON document that is
a bare value (``"hello"``, ``42``, ``null``) are refused, never read as a dump. A folder
is read as an export folder: its ``result.json``, else its ``messages*.html`` in order.
"""

from __future__ import annotations

import codecs
import io
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import IO, Literal

import ijson

from graphkit.errors import InputError, OnWarning
from graphkit.models import Post
from graphkit.sources.dump import read_dump
from graphkit.sources.jsonscan import LoneSurrogates, TooDeep
from graphkit.sources.telegram import (
    Chat,
    NotAnExport,
    check_export_shape,
    check_syntax,
    read_export,
)
from graphkit.sources.telegram_html import HEAD_SIZE, looks_like_export, read_html_export

__all__ = ["STDIN", "Format", "PostStream", "detect_format", "read_posts"]

Format = Literal["dump", "telegram", "telegram-html"]
#: The source name that reads standard input.
STDIN = "-"
_CHUNK = 1 << 16
_SPOOL_IN_MEMORY = 8 << 20
_JSON_OPENERS = frozenset('{["-0123456789tfn]')
_JSON_SCALAR_OPENERS = frozenset('"-0123456789tfn')
_MARKUP_OPENER = re.compile(r"<[!?/A-Za-z]")
_HTML_PAGE = re.compile(r"^messages(\d*)\.html$")
_SCALAR_KINDS = {"string": "a string", "number": "a number", "boolean": "true or false"}
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")


def read_posts(
    source: str | Path,
    *,
    channel: str | None = None,
    on_skip: Callable[[str], None] | None = None,
    on_warning: OnWarning | None = None,
) -> PostStream:
    """Posts of ``source`` (a path, a folder holding an export, or "-" for stdin), format
    detected from the content.

    ``channel`` names the channel when the input does not (dumps; nameless chats); a dump
    defaults to its file stem. ``on_skip`` hears "SOURCE: reason" for each malformed
    message left out of an export; ``on_warning`` hears (what, "SOURCE: detail") for what
    is dropped from a post that is kept (an invalid date). Raises InputError for an
    unreadable or malformed input.
    """
    opened = [_open(path) for path in _files_of(source)]
    try:
        kinds = [_check(one) for one in opened]
    except BaseException:
        for one in opened:
            one.close()
        raise
    if len(opened) > 1 and set(kinds) != {"telegram-html"}:  # never: folders hold one kind
        raise InputError(str(source), "holds files of different formats")
    if channel is None and kinds[0] == "telegram-html":  # named by its page header
        channel = Path(opened[0].name).resolve().parent.name or None
    elif channel is None:
        channel = opened[0].stem
    return PostStream(opened, _posts(opened, kinds[0], channel, on_skip, on_warning))


def detect_format(source: str | Path) -> Format:
    """ "telegram", "telegram-html" or "dump", after the same checks as ``read_posts``."""
    opened = [_open(path) for path in _files_of(source)]
    try:
        kinds = [_check(one) for one in opened]  # every file checked, as read_posts does
        return kinds[0]
    finally:
        for one in opened:
            one.close()


class PostStream(Iterator[Post]):
    """The posts of one input, with how far through its bytes the reading is."""

    def __init__(self, sources: list[_Source], posts: Iterator[Post]) -> None:
        self._sources, self._posts = sources, posts

    def __next__(self) -> Post:
        return next(self._posts)

    @property
    def size(self) -> int:
        """Bytes of the input (stdin: as spooled)."""
        return sum(source.size for source in self._sources)

    @property
    def position(self) -> int:
        """Bytes read so far (as far as the readers have buffered)."""
        return sum(source.position() for source in self._sources)


def _files_of(source: str | Path) -> list[str | Path]:
    """The files to read for ``source``: itself, or an export folder's files in order."""
    path = Path(source)
    if str(source) == STDIN or not path.is_dir():
        return [source]
    if (path / "result.json").is_file():
        return [path / "result.json"]
    numbered = []
    for child in path.iterdir():
        match = _HTML_PAGE.match(child.name)
        if match and child.is_file():
            numbered.append((int(match.group(1) or 1), child))
    if not numbered:
        raise InputError(
            str(source), "is a folder without result.json or messages*.html (not a Telegram export)"
        )
    return [child for _, child in sorted(numbered)]


class _Source:
    """A readable input that can be rewound: a file, or stdin spooled to a temporary file."""

    def __init__(self, name: str, stem: str, stream: IO[bytes]) -> None:
        self.name, self.stem, self.stream = name, stem, stream
        self.start = 0  # past a byte order mark, which JSON parsers refuse
        self.single_chat: Chat | None = None  # set by the check of a single-chat export
        self.size = stream.seek(0, io.SEEK_END)
        stream.seek(0)

    def position(self) -> int:
        return self.size if self.stream.closed else min(self.stream.tell(), self.size)

    def rewind(self) -> IO[bytes]:
        self.stream.seek(self.start)
        return self.stream

    def close(self) -> None:
        self.stream.close()


def _open(source: str | Path) -> _Source:
    if str(source) == STDIN:
        return _Source("stdin", "stdin", _spool(sys.stdin.buffer))
    path = Path(source)
    name = str(source)
    try:
        stream = path.open("rb")
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as error:
        raise InputError(name, f"cannot be read ({error.strerror or error})") from None
    if not stream.seekable():  # a pipe such as <(zcat dump.gz)
        with stream:
            return _Source(name, path.stem, _spool(stream))
    return _Source(name, path.stem, stream)


def _spool(stream: IO[bytes]) -> IO[bytes]:
    """A rewindable copy of a one-pass stream, so it can be checked before it is read;
    in memory up to 8 MB, then in a temporary file."""
    spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY)  # noqa: SIM115
    shutil.copyfileobj(stream, spool, _CHUNK)
    return spool


def _check(opened: _Source) -> Format:
    """Check the whole input and tell its format; raise InputError naming the problem."""
    first = _check_text(opened)
    if first == "":
        raise InputError(opened.name, "is empty")
    if first == "<":
        return _check_markup(opened)
    if first in _JSON_SCALAR_OPENERS:
        _refuse_json_value(opened)
    if first != "{" and not (first == "[" and _looks_like_json_list(opened)):
        return "dump"
    try:
        one_chat_layout = check_syntax(opened.rewind())
        chat = check_export_shape(opened.rewind())
    except ijson.JSONError as error:
        raise InputError(opened.name, f"invalid JSON ({_first_line(error)})") from None
    except NotAnExport as error:
        raise InputError(opened.name, f"not a Telegram export: {error}") from None
    except TooDeep as error:
        raise InputError(opened.name, f"JSON {error}") from None
    opened.single_chat = chat if one_chat_layout else None
    return "telegram"


def _check_text(opened: _Source) -> str:
    """Read the input once: fail on binary data or invalid UTF-8; return the first
    non-blank character ("" if there is none)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    stream = opened.rewind()
    if stream.read(len(codecs.BOM_UTF8)) == codecs.BOM_UTF8:
        opened.start = len(codecs.BOM_UTF8)
    stream = opened.rewind()
    first = ""
    offset = opened.start
    while chunk := stream.read(_CHUNK):
        if b"\x00" in chunk or (offset == opened.start and _mostly_control(chunk)):
            raise InputError(opened.name, "is a binary file, not text")
        try:
            text = decoder.decode(chunk)
        except UnicodeDecodeError as error:
            raise InputError(
                opened.name, f"is not valid UTF-8 (byte {offset + error.start})"
            ) from None
        if not first and (stripped := text.lstrip()):
            first = stripped[0]
        offset += len(chunk)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise InputError(opened.name, "is not valid UTF-8 (truncated at the end)") from None
    return first


def _check_markup(opened: _Source) -> Format:
    """An HTML export page, or InputError: markup is never a dump."""
    head = opened.rewind().read(HEAD_SIZE).decode("utf-8", errors="replace").lstrip()
    if _MARKUP_OPENER.match(head) is None:  # "<3 to all", "<<< Forwarded": text after all
        return "dump"
    if not looks_like_export(head):
        raise InputError(
            opened.name, "is HTML or XML markup, not a Telegram export page or a channel dump"
        )
    return "telegram-html"


def _refuse_json_value(opened: _Source) -> None:
    """Raise InputError when the whole input is one bare JSON value ("hi", 42, null).

    A dump that merely opens with a quote, a digit or "now" fails to parse within its
    first line, so this reads little of it.
    """
    try:
        events = list(ijson.parse(LoneSurrogates(opened.rewind())))
    except ijson.JSONError:
        return
    if len(events) == 1:
        kind = _SCALAR_KINDS.get(events[0][1], "null")
        raise InputError(opened.name, f"is a bare JSON value ({kind}), not a Telegram export")


def _mostly_control(chunk: bytes) -> bool:
    sample = chunk[:4096]
    controls = sum(1 for byte in sample if byte < 32 and byte not in _TEXT_CONTROLS)
    return controls > len(sample) // 10


def _looks_like_json_list(opened: _Source) -> bool:
    """A dump may open with "[Forwarded from ...]"; JSON opens with "[{", "[1", "[]"..."""
    head = opened.rewind().read(256).decode("utf-8", errors="replace").lstrip()[1:].lstrip()
    return not head or head[0] in _JSON_OPENERS


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or ["unreadable"])[0]


def _posts(
    opened: list[_Source],
    kind: Format,
    channel: str | None,
    on_skip: Callable[[str], None] | None,
    on_warning: OnWarning | None,
) -> Iterator[Post]:
    current = opened[0]  # the file being read, to name it in a skip reason
    named_skip = None
    if on_skip is not None:
        report = on_skip

        def named_skip(reason: str) -> None:
            report(f"{current.name}: {reason}")

    named_warning = None
    if on_warning is not None:
        warn = on_warning

        def named_warning(what: str, detail: str) -> None:
            warn(what, f"{current.name}: {detail}")

    def pages() -> Iterator[IO[str]]:
        nonlocal current
        for page in opened:
            current = page
            with closing(page):
                yield _text(page)

    try:
        if kind == "telegram-html":
            yield from read_html_export(
                pages(), channel=channel, on_skip=named_skip, on_warning=named_warning
            )
            return
        stream = current.rewind()
        if kind == "telegram":
            try:
                yield from read_export(
                    stream,
                    channel=channel,
                    on_skip=named_skip,
                    chat=current.single_chat,
                    on_warning=named_warning,
                )
            except ijson.JSONError as error:  # the file changed after it was checked
                raise InputError(current.name, f"invalid JSON ({_first_line(error)})") from None
        else:
            yield from read_dump(_text(current), channel=channel, on_warning=named_warning)
    finally:
        for page in opened:
            page.close()


def _text(opened: _Source) -> IO[str]:
    return io.TextIOWrapper(opened.rewind(), encoding="utf-8", errors="strict", newline=None)
