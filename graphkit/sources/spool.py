"""Posts written ahead and read back in order, with flat memory.

A Telegram export is read whole before its first post is handed out, so that broken
JSON anywhere in it is an error before anything is written downstream; the posts of
that one pass wait here instead of the file being parsed a second time.
"""

from __future__ import annotations

import marshal
import tempfile
from collections.abc import Iterator
from contextlib import closing
from dataclasses import fields
from operator import attrgetter

from graphkit.models import Post

_IN_MEMORY = 1 << 20  # then a temporary file
_BATCH = 512
_LENGTH_BYTES = 8
_post_values = attrgetter(*(field.name for field in fields(Post)))


class PostSpool:
    """Posts and notes (strings, such as skip reasons) in the order they were added."""

    def __init__(self) -> None:
        self._file = tempfile.SpooledTemporaryFile(max_size=_IN_MEMORY)  # noqa: SIM115
        self._pending: list[tuple[object, ...] | str] = []

    def add(self, item: Post | str) -> None:
        self._pending.append(item if isinstance(item, str) else _post_values(item))
        if len(self._pending) >= _BATCH:
            self._flush()

    def replay(self) -> Iterator[Post | str]:
        """Everything added, in order, once; the spool is closed at the end."""
        self._flush()
        with closing(self._file) as file:
            file.seek(0)
            while header := file.read(_LENGTH_BYTES):
                for item in marshal.loads(file.read(int.from_bytes(header, "little"))):
                    yield item if isinstance(item, str) else Post(*item)

    def close(self) -> None:
        self._file.close()

    def _flush(self) -> None:
        if self._pending:
            # marshal: the fastest round trip for plain strings and tuples, and the
            # bytes never leave this process.
            data = marshal.dumps(self._pending)
            self._file.write(len(data).to_bytes(_LENGTH_BYTES, "little"))
            self._file.write(data)
            self._pending = []
