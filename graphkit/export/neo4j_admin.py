"""CSV and header files for ``neo4j-admin database import full``: the fast path
for a first bulk load of a large corpus into a fresh Neo4j.

Files, one pair (``NAME.header.csv`` + ``NAME.csv``) per node label and per
relationship type, in the graph model of the Neo4j store:

- ``entities_<Type>``: ``key:ID(Entity)``, ``name``, ``aliases:string[]``,
  ``:LABEL`` (``Entity`` and the type label);
- ``relations_<TYPE>``: ``:START_ID(Entity)``, ``:END_ID(Entity)``, ``:TYPE``
  and the aggregate (``count:int``, ``confidence:float``, ``first_seen``,
  ``last_seen``, ``modality``, the sample ``sample_post_ids`` and ``sample_dates``
  as ``string[]``);
- with the store's posts: ``posts`` (``id:ID(Post)``), ``channels``
  (``key:ID(Channel)``), ``mentions`` (``MENTIONS``, Post -> Entity) and
  ``forwarded_from`` (``FORWARDED_FROM``, Post -> Channel); a post that asserts
  relations of the graph carries them as the parallel lists of graph model 3
  (``assertion_types:string[]`` ... ``assertion_spans:long[]``, store/post_lists.py);
- ``meta``: the Meta node with the graph model.

Arrays are joined with U+001F (the unit separator, which post text never
needs; any in the data is replaced by a space, which keeps the evidence offsets
into a post's text). An empty field is a missing value (no property on import); in
``sample_dates`` an empty element is an undated post, in ``assertion_rules`` an
assertion without a rule.

neo4j-admin cannot write an empty array, nor an array of one empty string (both
import as no property), and creates no constraints. ``after-import.cypher``,
written beside the CSV files, creates the schema (``cypher/schema.cypher``) and
restores those arrays, so that the database is then as ``graphkit load`` leaves
it and later loads add to it.
"""

from __future__ import annotations

import csv
import dataclasses
import shlex
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from graphkit.export.networkx_graph import ASSERTIONS, assertion_attributes
from graphkit.graph import MODEL_VERSION, Assertion, Channel, channel_key
from graphkit.models import Post
from graphkit.store import post_lists

ARRAY_DELIMITER = "\x1f"
ENTITY_LABEL = "Entity"
AFTER_IMPORT = "after-import.cypher"
#: Arrays the import leaves out, restored as the Neo4j store writes them.
ARRAY_REPAIRS = (
    "MATCH (e:Entity) WHERE e.aliases IS NULL SET e.aliases = []",
    "MATCH (p:Post) WHERE p.hashtags IS NULL SET p.hashtags = []",
    "MATCH (p:Post) WHERE p.links IS NULL SET p.links = []",
    "MATCH ()-[r]->() WHERE r.sample_post_ids IS NOT NULL AND r.sample_dates IS NULL"
    " SET r.sample_dates = [id IN r.sample_post_ids | '']",
    f"MATCH (p:Post) WHERE p.{post_lists.TYPES} IS NOT NULL AND p.{post_lists.RULES} IS NULL"
    f" SET p.{post_lists.RULES} = [t IN p.{post_lists.TYPES} | '']",
)

ENTITY_HEADER = ("key:ID(Entity)", "name", "aliases:string[]", ":LABEL")
RELATION_HEADER = (
    ":START_ID(Entity)",
    ":END_ID(Entity)",
    ":TYPE",
    "count:int",
    "confidence:float",
    "first_seen",
    "last_seen",
    "modality",
    "sample_post_ids:string[]",
    "sample_dates:string[]",
)
#: Array types of the post's assertion lists that are not strings. The import normalises
#: only scalars to 64 bits: a float[] column would hold 0.9 as 0.8999999761581421.
_LIST_TYPES = {post_lists.CONFIDENCES: "double[]", post_lists.SPANS: "long[]"}
POST_LISTS_HEADER = tuple(
    f"{name}:{_LIST_TYPES.get(name, 'string[]')}" for name in post_lists.PROPERTIES
)
META_HEADER = ("key:ID(Meta)", "model:int", ":LABEL")
POST_HEADER = (
    "id:ID(Post)",
    "channel",
    "text",
    "date",
    "forwarded_from",
    "hashtags:string[]",
    "links:string[]",
    "version_of",
    "lang",
    *POST_LISTS_HEADER,
    ":LABEL",
)
CHANNEL_HEADER = ("key:ID(Channel)", "name", ":LABEL")
MENTIONS_HEADER = (":START_ID(Post)", ":END_ID(Entity)", ":TYPE")
FORWARDED_HEADER = (":START_ID(Post)", ":END_ID(Channel)", ":TYPE")


@dataclass(frozen=True, slots=True)
class AdminImport:
    """What ``write_neo4j_admin`` wrote, and the command that imports it."""

    directory: Path
    node_files: tuple[tuple[str, str], ...]  # (header, data) file names per label
    relationship_files: tuple[tuple[str, str], ...]  # (header, data) file names per type
    database: str = "neo4j"

    def _files(self, option: str, files: tuple[tuple[str, str], ...]) -> list[str]:
        base = self.directory.resolve()
        return [f"--{option}={base / header},{base / data}" for header, data in files]

    def command(self) -> str:
        """The ``neo4j-admin`` command line, for a stopped server and an empty database."""
        words = [
            "neo4j-admin",
            "database",
            "import",
            "full",
            # The database first: after --nodes/--relationships it would be read as a file.
            self.database,
            "--id-type=string",
            f"--array-delimiter=U+{ord(ARRAY_DELIMITER):04X}",
            "--multiline-fields=true",
            # Else the tool writes import.report into the current directory.
            f"--report-file={self.directory.resolve() / 'import.report'}",
        ]
        words += self._files("nodes", self.node_files)
        words += self._files("relationships", self.relationship_files)
        return shlex.join(words)

    def after_import_command(self) -> str:
        """Run once the server is started on the imported database."""
        script = self.directory.resolve() / AFTER_IMPORT
        return shlex.join(["cypher-shell", "-d", self.database, "-f", str(script)])


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ARRAY_DELIMITER.join(_cell(item) for item in value)
    return str(value).replace(ARRAY_DELIMITER, " ")


class _Tables:
    """Header and data files opened on first use, closed together."""

    def __init__(self, directory: Path, stack: ExitStack) -> None:
        self.directory = directory
        self.stack = stack
        self.writers: dict[str, Any] = {}
        self.files: dict[str, tuple[str, str]] = {}

    def write(self, name: str, header: Sequence[str], row: Iterable[Any]) -> None:
        writer = self.writers.get(name)
        if writer is None:
            header_path = self.directory / f"{name}.header.csv"
            data_path = self.directory / f"{name}.csv"
            with header_path.open("w", encoding="utf-8", newline="") as out:
                csv.writer(out).writerow(header)
            data = self.stack.enter_context(data_path.open("w", encoding="utf-8", newline=""))
            writer = self.writers[name] = csv.writer(data)
            self.files[name] = (header_path.name, data_path.name)
        writer.writerow([_cell(value) for value in row])

    def names(self, prefix: str) -> tuple[tuple[str, str], ...]:
        return tuple(paths for name, paths in self.files.items() if name.startswith(prefix))


def write_neo4j_admin(
    graph: nx.MultiDiGraph,
    directory: Path,
    *,
    posts: Iterable[Post] = (),
    channels: Iterable[Channel] = (),
    mentions: Iterable[tuple[str, str]] = (),
    assertions: Iterable[Assertion] = (),
    database: str = "neo4j",
) -> AdminImport:
    """Write ``graph`` (and the posts, channels, mentions and assertions given) into
    ``directory``.

    Mentions of entities outside ``graph`` and assertions of relations outside it are
    left out, so the import never meets a missing node. Assertions are written as
    their posts' lists, so only with the posts.
    """
    directory.mkdir(parents=True, exist_ok=True)
    by_post = _assertions_by_post(graph, assertions)
    with ExitStack() as stack:
        tables = _Tables(directory, stack)
        for key, data in graph.nodes(data=True):
            tables.write(
                f"entities_{data['type']}",
                ENTITY_HEADER,
                (key, data["name"], data["aliases"], [ENTITY_LABEL, data["type"]]),
            )
        for source, target, rtype, data in graph.edges(keys=True, data=True):
            row = [source, target, rtype] + [
                data[name] for name in _property_names(RELATION_HEADER)
            ]
            tables.write(f"relations_{rtype}", RELATION_HEADER, row)
        for channel in channels:
            tables.write("nodes_channels", CHANNEL_HEADER, (channel.key, channel.name, "Channel"))
        for post in posts:
            lists = post_lists.post_lists(post.text, by_post.pop(post.id, ()))
            tables.write("nodes_posts", POST_HEADER, _post_row(post, lists))
            if post.forwarded_from:
                forward = (post.id, channel_key(post.forwarded_from), "FORWARDED_FROM")
                tables.write("links_forwarded_from", FORWARDED_HEADER, forward)
        for post_id, entity_key in mentions:
            if entity_key in graph:
                tables.write("links_mentions", MENTIONS_HEADER, (post_id, entity_key, "MENTIONS"))
        tables.write("nodes_meta", META_HEADER, ("graphkit", MODEL_VERSION, "Meta"))
    (directory / AFTER_IMPORT).write_text(_after_import_script(), encoding="utf-8")
    return AdminImport(
        directory=directory,
        node_files=tables.names("entities_") + tables.names("nodes_"),
        relationship_files=tables.names("relations_") + tables.names("links_"),
        database=database,
    )


def _assertions_by_post(
    graph: nx.MultiDiGraph, assertions: Iterable[Assertion]
) -> dict[str, list[Assertion]]:
    """The assertions of the relations in ``graph``, by post: a post's lists need all its
    assertions, which come ordered by relation. Held until the posts come, so each
    value (key, name, sentence, date) is kept once, however many assertions repeat it."""
    shared: dict[Any, Any] = {}
    by_post: dict[str, list[Assertion]] = {}
    for a in assertions:
        if graph.has_edge(a.source, a.target, a.type):
            values = (shared.setdefault(getattr(a, name), getattr(a, name)) for name in _FIELDS)
            by_post.setdefault(a.post_id, []).append(Assertion(*values))
    return by_post


_FIELDS = tuple(field.name for field in dataclasses.fields(Assertion))


def _after_import_script() -> str:
    schema = resources.files("graphkit") / "cypher" / "schema.cypher"
    repairs = "".join(f"{statement};\n" for statement in ARRAY_REPAIRS)
    return (
        "// Run once after `neo4j-admin database import full`, with the server started:\n"
        "// the schema graphkit expects, then the arrays the import could not write.\n\n"
        f"{schema.read_text(encoding='utf-8')}\n{repairs}"
    )


def _post_row(post: Post, lists: dict[str, list[Any]]) -> tuple[Any, ...]:
    return (
        post.id,
        post.channel,
        post.text,
        post.date,
        post.forwarded_from,
        post.hashtags,
        post.links,
        post.version_of,
        post.lang,
        *(lists.get(name) for name in post_lists.PROPERTIES),
        "Post",
    )


def _property_names(header: Sequence[str]) -> list[str]:
    """Property columns of a header, without their types: ``count:int`` -> ``count``."""
    return [column.split(":")[0] for column in header if not column.startswith(":")]


def _rows(directory: Path, name: str) -> Iterator[dict[str, str]]:
    with (directory / f"{name}.header.csv").open(encoding="utf-8", newline="") as header_file:
        header = next(csv.reader(header_file))
    with (directory / f"{name}.csv").open(encoding="utf-8", newline="") as data_file:
        for row in csv.reader(data_file):
            yield dict(zip(header, row, strict=True))


def _split(cell: str) -> list[str]:
    return cell.split(ARRAY_DELIMITER)


def read_neo4j_admin(directory: Path) -> nx.MultiDiGraph:
    """The actor graph (entities and their relations) ``write_neo4j_admin`` wrote; with
    the posts, each edge's assertions and its sample's sentences, read from the posts."""
    graph = nx.MultiDiGraph()
    for header in sorted(directory.glob("entities_*.header.csv")):
        for row in _rows(directory, header.name.removesuffix(".header.csv")):
            aliases = row["aliases:string[]"]
            (etype,) = (label for label in _split(row[":LABEL"]) if label != ENTITY_LABEL)
            graph.add_node(
                row["key:ID(Entity)"],
                type=etype,
                name=row["name"],
                aliases=_split(aliases) if aliases else [],
            )
    for header in sorted(directory.glob("relations_*.header.csv")):
        for row in _rows(directory, header.name.removesuffix(".header.csv")):
            graph.add_edge(
                row[":START_ID(Entity)"],
                row[":END_ID(Entity)"],
                key=row[":TYPE"],
                count=int(row["count:int"]),
                confidence=float(row["confidence:float"]),
                first_seen=row["first_seen"] or None,
                last_seen=row["last_seen"] or None,
                modality=row["modality"],
                # Parallel lists, one element per sampled post: always split.
                sample_post_ids=_split(row["sample_post_ids:string[]"]),
                sample_dates=[date or None for date in _split(row["sample_dates:string[]"])],
            )
    if (directory / "nodes_posts.csv").exists():
        _attach_assertions(graph, _read_assertions(directory))
    else:  # the sentences are read from the posts
        for data in graph.edges.values():
            data["sample_evidence"] = ["" for _ in data["sample_post_ids"]]
    return graph


#: How an item of a typed array column is read back.
_ARRAY_ITEM: dict[str, Any] = {"double[]": float, "long[]": int}


def _read_assertions(directory: Path) -> Iterator[Assertion]:
    """The assertions of the posts' lists."""
    for row in _rows(directory, "nodes_posts"):
        if not row[POST_LISTS_HEADER[0]]:
            continue
        lists: dict[str, list[Any]] = {}
        for column in POST_LISTS_HEADER:
            name, kind = column.split(":")
            # An empty cell is a missing list (evidence) or [''] (a rule).
            if row[column] or name != post_lists.EVIDENCE:
                lists[name] = [_ARRAY_ITEM.get(kind, str)(item) for item in _split(row[column])]
        yield from post_lists.post_assertions(
            row["id:ID(Post)"], row["date"][:10] or None, row["text"], lists
        )


def _attach_assertions(graph: nx.MultiDiGraph, assertions: Iterable[Assertion]) -> None:
    """Each edge's assertions, in the order of ``to_networkx(assertions=True)``, and its
    sample's sentences."""
    sentences: dict[tuple[str, str, str, str], str] = {}
    by_edge: dict[tuple[str, str, str], list[dict[str, Any]]] = {
        edge: [] for edge in graph.edges(keys=True)
    }
    for a in assertions:
        sentences[(a.source, a.type, a.target, a.post_id)] = a.evidence
        if (a.source, a.target, a.type) in by_edge:
            by_edge[a.source, a.target, a.type].append(assertion_attributes(a))
    for (source, target, rtype), data in graph.edges.items():
        data["sample_evidence"] = [
            sentences.get((source, rtype, target, post_id), "")
            for post_id in data["sample_post_ids"]
        ]
        data[ASSERTIONS] = sorted(
            by_edge[source, target, rtype],
            key=lambda d: (d["date"] is None, d["date"] or "", d["post_id"]),
        )
