"""Opening the SQLite store when its file is hostile or locked down.

- ``connect``: a file that is only to be read cannot be written through its connection,
  and one that cannot be written is opened with ``mode=ro`` and leaves no side file.
- ``table_problem``: a file with graphkit's application id whose tables are not the
  schema's is named as damaged before any statement runs on it.
- ``reporting_sqlite_errors``: an error SQLite reports at any later point (a damaged
  page: "database disk image is malformed") becomes a StoreError naming the file.
"""

from __future__ import annotations

import functools
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from graphkit.errors import StoreError, StoreUnavailable

C = TypeVar("C", bound=type)

#: The store's methods that read or write; their SQLite errors become StoreErrors.
GUARDED_METHODS = (
    "ensure_schema",
    "migrate",
    "write",
    "existing_post_ids",
    "entities",
    "relations",
    "assertions",
    "assertion_count",
    "posts",
    "channels",
    "mentions",
    "stats",
)
#: SQLite's words for another process holding the file: the store is busy, not bad.
_BUSY = ("locked", "busy")


def can_write(path: Path) -> bool:
    """Whether ``path`` (and the WAL's side files beside it) can be written."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection in autocommit mode. ``read_only``: statements cannot write, and no
    side file is left behind.

    A file that can be written is opened as usual with ``query_only`` set: its last
    connection then removes the WAL's side files on closing, as it should. One that
    cannot be written is opened with ``mode=ro``; a reader with ``mode=ro`` would
    create the side files and leave them, so without a -wal file (every commit is in
    the file itself) it is opened ``immutable``, which creates none.
    """
    if not read_only:
        return sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    if can_write(path):
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
        return conn
    wal = Path(f"{path}-wal")
    immutable = "" if wal.exists() and wal.stat().st_size else "&immutable=1"
    return _connect_uri(f"{path.resolve().as_uri()}?mode=ro{immutable}")


def _connect_uri(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opening is lazy
    except sqlite3.Error:
        conn.close()
        raise
    return conn


@functools.cache
def _schema_columns(schema: str) -> dict[str, list[str]]:
    reference = sqlite3.connect(":memory:")
    try:
        reference.executescript(schema)
        return _columns(reference)
    finally:
        reference.close()


def _columns(conn: sqlite3.Connection) -> dict[str, list[str]]:
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return {
        table: [row[1] for row in conn.execute(f"PRAGMA table_info({_quoted(table)})")]
        for table in tables
    }


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_problem(conn: sqlite3.Connection, schema: str) -> str | None:
    """What is wrong with the tables of ``conn`` against ``schema`` (None: nothing)."""
    found = _columns(conn)
    for table, columns in _schema_columns(schema).items():
        if table not in found:
            return f"damaged: table {table!r} is missing"
        if found[table] != columns:
            return f"damaged: table {table!r} does not have the columns of this graphkit"
    return None


def store_error(path: Path, exc: sqlite3.Error) -> StoreError | StoreUnavailable:
    """SQLite's error as a graphkit error naming the file: busy is exit 3, else 2."""
    message = str(exc) or type(exc).__name__
    if any(word in message for word in _BUSY):
        return StoreUnavailable(f"{path}: {message}")
    return StoreError(f"{path}: {message}")


def reporting_sqlite_errors(cls: C) -> C:
    """Wrap the store's GUARDED_METHODS (and the iterators they return) so that an
    error SQLite reports becomes ``store_error``."""
    for name in GUARDED_METHODS:
        setattr(cls, name, _guarded(getattr(cls, name)))
    return cls


def _guarded(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def guarded(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            result = method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise store_error(self.path, exc) from None
        if isinstance(result, Iterator):
            return _guarded_iterator(self.path, result)
        return result

    return guarded


def _guarded_iterator(path: Path, rows: Iterator[Any]) -> Iterator[Any]:
    try:
        yield from rows
    except sqlite3.Error as exc:
        raise store_error(path, exc) from None
