"""Offline exports through networkx.

``to_networkx`` builds the graph from either store; each file format has its own
module with a symmetric ``write_*``/``read_*`` pair, as ``networkx.readwrite``
does. ``export`` is what ``graphkit export`` runs: checks, then an atomic write
(a temporary file or directory renamed into place, so a failed export leaves
nothing half-written).
"""

from __future__ import annotations

import dataclasses
import functools
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from graphkit.atomic import (
    check_directory_of,
    check_output_file,
    temporary_sibling,
    write_atomically,
)
from graphkit.errors import InputError, StoreError
from graphkit.export.gexf import read_gexf, write_gexf
from graphkit.export.graphml import read_graphml, write_graphml
from graphkit.export.neo4j_admin import AdminImport, read_neo4j_admin, write_neo4j_admin
from graphkit.export.networkx_graph import resolve_actor, to_networkx
from graphkit.export.node_link import read_json, write_json
from graphkit.store.base import GraphStore

__all__ = [
    "FORMATS",
    "READERS",
    "ExportResult",
    "check_target",
    "export",
    "resolve_actor",
    "to_networkx",
]

#: Single-file formats: name -> writer. ``export`` owns the graph it builds, so the
#: XML writers may flatten it in place rather than hold a flat copy beside it.
FILE_WRITERS: dict[str, Callable[[nx.MultiDiGraph, Path], None]] = {
    "graphml": functools.partial(write_graphml, in_place=True),
    "gexf": functools.partial(write_gexf, in_place=True),
    "json": write_json,
}
#: Every format: name -> the reader of what its writer wrote.
READERS: dict[str, Callable[[Path], nx.MultiDiGraph]] = {
    "graphml": read_graphml,
    "gexf": read_gexf,
    "json": read_json,
    "neo4j-admin": read_neo4j_admin,
}
FORMATS: tuple[str, ...] = tuple(READERS)


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote. ``admin_import`` is set for ``neo4j-admin``."""

    format: str
    path: Path
    nodes: int
    edges: int
    admin_import: AdminImport | None = None


def check_target(format: str, path: Path) -> None:
    """Refuse an unknown format or a path that cannot be written, before any reading."""
    if format not in READERS:
        raise InputError("--format", f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
    if format != "neo4j-admin":
        check_output_file(path)
        return
    check_directory_of(path)
    if path.exists() and not (path.is_dir() and not any(path.iterdir())):
        raise InputError(str(path), "exists; neo4j-admin files go into a new, empty directory")


def export(
    store: GraphStore,
    format: str,
    path: Path,
    *,
    types: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> ExportResult:
    """Write the (filtered) graph of ``store`` to ``path`` in ``format``."""
    check_target(format, path)
    filtered = bool(types or relations or since or until)
    # JSON carries every assertion; the XML formats the sample and count; neo4j-admin
    # streams the assertions into their own files.
    graph = to_networkx(
        store,
        types=types,
        relations=relations,
        since=since,
        until=until,
        assertions=format == "json",
    )
    if graph.number_of_nodes() == 0:
        raise StoreError(
            "no entities match the filters"
            if filtered
            else "the store holds no entities; run graphkit load first"
        )
    admin_import = None
    try:
        if format == "neo4j-admin":
            admin_import = _write_admin_directory(store, graph, path)
        else:
            _write_file(FILE_WRITERS[format], graph, path)
    except OSError as exc:
        raise InputError(str(path), f"cannot write: {exc.strerror or exc}") from exc
    return ExportResult(
        format, path, graph.number_of_nodes(), graph.number_of_edges(), admin_import
    )


def _write_file(
    writer: Callable[[nx.MultiDiGraph, Path], None], graph: nx.MultiDiGraph, path: Path
) -> None:
    write_atomically(path, lambda temporary: writer(graph, temporary))


def _write_admin_directory(store: GraphStore, graph: nx.MultiDiGraph, path: Path) -> AdminImport:
    temporary = temporary_sibling(path)
    shutil.rmtree(temporary, ignore_errors=True)  # left by a killed export of this pid
    try:
        written = write_neo4j_admin(
            graph,
            temporary,
            posts=store.posts(),
            channels=store.channels(),
            mentions=store.mentions(),
            assertions=store.assertions(),
        )
        if path.is_dir():
            path.rmdir()  # empty, as check_target made sure
        temporary.rename(path)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    return dataclasses.replace(written, directory=path)
