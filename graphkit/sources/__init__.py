"""Input readers: plain channel dumps and Telegram Desktop JSON exports.

``read_posts(source)`` checks the whole input first (it exists, is a non-empty UTF-8
text file, and, for JSON, is well-formed and a Telegram export) and raises
``InputError`` before handing back an iterator, so a bad file never produces half an
output. The posts themselves are then streamed.
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

from graphkit.errors import InputError, OnWarning
from graphkit.models import Post
from graphkit.sources.dump import read_dump
from graphkit.sources.jsonscan import TooDeep
from graphkit.sources.telegram import (
    Chat,
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
    on_warning: OnWarning | None = None,
) -> Iterator[Post]:
    """Posts of ``source`` (a path, or "-" for stdin), format detected from the content.

    ``channel`` names the channel when the input does not (dumps; nameless chats); a dump
    defaults to its file stem. ``on_skip`` hears "SOURCE: reason" for each malformed message
    left out of an export; ``on_warning`` hears (what, "SOURCE: detail") for what is
    dropped from a post that is kept (an invalid date). Raises InputError for an
    unreadable or malformed input.
    """
    opened = _open(source)
    try:
        kind = _check(opened)
    except BaseException:
        opened.close()
        raise
    named = channel if channel is not None else opened.stem
    return _posts(opened, kind, named, on_skip, on_warning)


def detect_format(source: str | Path) -> Format:
    """ "telegram" or "dump", after the same checks as ``read_posts``."""
    with closing(_open(source)) as opened:
        return _check(opened)


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
    """Check the whole input and tell its format; raise InputError naming the problem."""
    first = _check_text(opened)
    if first == "":
        raise InputError(opened.name, "is empty")
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
    opened: _Source,
    kind: Format,
    channel: str | None,
    on_skip: Callable[[str], None] | None,
    on_warning: OnWarning | None,
) -> Iterator[Post]:
    with closing(opened):
        stream = opened.rewind()
        named_warning = None
        if on_warning is not None:
            warn = on_warning

            def named_warning(what: str, detail: str) -> None:
                warn(what, f"{opened.name}: {detail}")

        if kind == "telegram":
            named_skip = None
            if on_skip is not None:
                report = on_skip

                def named_skip(reason: str) -> None:
                    report(f"{opened.name}: {reason}")

            try:
                yield from read_export(
                    stream,
                    channel=channel,
                    on_skip=named_skip,
                    chat=opened.single_chat,
                    on_warning=named_warning,
                )
            except ijson.JSONError as error:  # the file changed after it was checked
                raise InputError(opened.name, f"invalid JSON ({_first_line(error)})") from None
        else:
            text = io.TextIOWrapper(stream, encoding="utf-8", errors="strict", newline=None)
            yield from read_dump(text, channel=channel, on_warning=named_warning)
