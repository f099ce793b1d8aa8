"""Input readers: plain channel dumps and Telegram Desktop JSON exports.

``read_posts(source)`` checks the whole input first (it exists, is a non-empty UTF-8
text file, and, for JSON, is well-formed and a Telegram export) and raises
``InputError`` before handing back an iterator, so a bad file never produces half an
output. The posts themselves are then streamed: a dump's from the file, an export's
from the spool its one full parse (which is also its syntax check) wrote them to.
"""

from __future__ import annotations

import codecs
import io
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import IO, Literal

import ijson

from graphkit.errors import InputError
from graphkit.models import Post
from graphkit.sources.dump import read_dump
from graphkit.sources.spool import PostSpool
from graphkit.sources.telegram import (
    ByteStream,
    Chat,
    LayoutScan,
    NotAnExport,
    check_export_shape,
    check_syntax,
    read_export,
)

__all__ = ["STDIN", "Format", "detect_format", "read_posts"]

Format = Literal["dump", "telegram"]
#: The source name that reads standard input.
STDIN = "-"
_CHUNK = 1 << 16
_SPOOL_IN_MEMORY = 8 << 20
_JSON_OPENERS = frozenset('{["-0123456789tfn]')
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")


def read_posts(
    source: str | Path,
    *,
    channel: str | None = None,
    on_skip: Callable[[str], None] | None = None,
) -> Iterator[Post]:
    """Posts of ``source`` (a path, or "-" for stdin), format detected from the content.

    ``channel`` names the channel when the input does not (dumps; nameless chats); a dump
    defaults to its file stem. ``on_skip`` hears "SOURCE: reason" for each malformed message
    left out of an export. Raises InputError for an unreadable or malformed input.
    """
    opened = _open(source)
    try:
        kind = _check(opened)
        name = channel if channel is not None else opened.stem
        if kind == "telegram":
            with closing(opened):
                return _replay(_read_export_ahead(opened, name), opened.name, on_skip)
    except BaseException:
        opened.close()
        raise
    return _dump_posts(opened, name)


def detect_format(source: str | Path) -> Format:
    """ "telegram" or "dump", after the same checks as ``read_posts``."""
    with closing(_open(source)) as opened:
        kind = _check(opened)
        if kind == "telegram":
            _check_json_syntax(opened)
        return kind


class _Source:
    """A readable input that can be rewound: a file, or stdin spooled to a temporary file."""

    def __init__(self, name: str, stem: str, stream: IO[bytes]) -> None:
        self.name, self.stem, self.stream = name, stem, stream
        self.start = 0  # past a byte order mark, which JSON parsers refuse
        self.single_chat: Chat | None = None  # set by the check of a single-chat export

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
    if path.is_dir():
        raise InputError(name, "is a directory, not a file")
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
    """Check the input and tell its format; raise InputError naming the problem.

    A dump is checked whole; JSON only as far as its shape (the syntax of the rest is
    checked by the one pass that reads it).
    """
    first = _check_text(opened)
    if first == "":
        raise InputError(opened.name, "is empty")
    if first != "{" and not (first == "[" and _looks_like_json_list(opened)):
        return "dump"
    try:
        opened.single_chat = check_export_shape(opened.rewind())
    except ijson.JSONError as error:
        raise _invalid_json(opened, error) from None
    except NotAnExport as error:
        _check_json_syntax(opened)  # broken JSON is told as such, not as a wrong shape
        raise InputError(opened.name, f"not a Telegram export: {error}") from None
    return "telegram"


def _check_json_syntax(opened: _Source) -> None:
    try:
        check_syntax(opened.rewind())
    except ijson.JSONError as error:
        raise _invalid_json(opened, error) from None


def _invalid_json(opened: _Source, error: ijson.JSONError) -> InputError:
    return InputError(opened.name, f"invalid JSON ({_first_line(error)})")


def _read_export_ahead(opened: _Source, channel: str) -> PostSpool:
    """Read the whole export into a spool; raise InputError if its JSON is broken."""
    try:
        if opened.single_chat is not None:
            scan = LayoutScan(opened.rewind())
            spool = _spool_export(scan, channel, opened.single_chat)
            if scan.single_chat:
                return spool
            spool.close()  # another layout after all: read it event by event
        return _spool_export(opened.rewind(), channel, None)
    except ijson.JSONError as error:
        raise _invalid_json(opened, error) from None


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


def _spool_export(stream: ByteStream, channel: str, chat: Chat | None) -> PostSpool:
    """The posts of an export, and its skip reasons, in a spool."""
    spool = PostSpool()
    try:
        for post in read_export(stream, channel=channel, on_skip=spool.add, chat=chat):
            spool.add(post)
    except BaseException:
        spool.close()
        raise
    return spool


def _replay(spool: PostSpool, name: str, on_skip: Callable[[str], None] | None) -> Iterator[Post]:
    for item in spool.replay():
        if isinstance(item, Post):
            yield item
        elif on_skip is not None:
            on_skip(f"{name}: {item}")


def _dump_posts(opened: _Source, channel: str) -> Iterator[Post]:
    with closing(opened):
        text = io.TextIOWrapper(opened.rewind(), encoding="utf-8", errors="strict", newline=None)
        yield from read_dump(text, channel=channel)
