"""The graphkit command line: a thin Typer layer over the library.

Only this module reads the environment and prints. Each command turns
``GraphkitError`` into one line on stderr and its exit code.
"""

from __future__ import annotations

import functools
import inspect
import json
import logging
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

# Typer vendors click from 0.26 on; its exceptions are what a usage error raises.
from typer._click.exceptions import ClickException, NoArgsIsHelpError

from graphkit.errors import GraphkitError, InputError
from graphkit.graph import MODEL_VERSION
from graphkit.models import ENTITY_TYPES, RELATION_TYPES, STRUCTURAL_RELATIONS
from graphkit.store import DEFAULT_STORE_PATH, GraphStore, WriteSummary, open_store

if TYPE_CHECKING:
    from graphkit.load import LoadProgress

app = typer.Typer(
    help="Turn Telegram channel posts into a graph of actors: extract, load, query, export, view.",
    epilog=(
        "Most used:\n\n"
        "graphkit load examples/result.json   extract the posts into graphkit.db\n\n"
        "graphkit view -o graphkit-view.html   an HTML view of the graph to share\n\n"
        "graphkit query --list   the Cypher pack (Neo4j: --neo4j-uri or NEO4J_URI)"
    ),
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _print_version(asked: bool) -> None:
    if asked:
        from graphkit import __version__

        typer.echo(f"graphkit {__version__}")
        raise typer.Exit()


@app.callback()
def _global_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version."
        ),
    ] = False,
) -> None:
    """Turn Telegram channel posts into a graph of actors: extract, load, query, export, view."""


def fail(message: str, code: int) -> NoReturn:
    """One line on stderr, then exit with ``code``."""
    one_line = " ".join(part.strip() for part in message.splitlines() if part.strip())
    typer.echo(f"graphkit: {one_line}", err=True)
    raise typer.Exit(code)


@dataclass
class Warnings:
    """Counts what readers and extraction left out or cut, for one warning line per kind
    at the end: malformed messages (``skipped``), invalid dates, over-long posts..."""

    counts: dict[str, int] = field(default_factory=dict)
    first: dict[str, str] = field(default_factory=dict)

    def __call__(self, what: str, detail: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1
        self.first.setdefault(what, detail)

    def skipped(self, reason: str) -> None:
        self("malformed message(s) skipped", reason)

    def warn(self) -> None:
        for what, count in self.counts.items():
            typer.echo(f"graphkit: warning: {count} {what} (first: {self.first[what]})", err=True)


def _warn_languages(languages: Any) -> None:
    """One warning line for the posts in languages graphkit does not read."""
    warning = languages.warning()
    if warning:
        typer.echo(f"graphkit: warning: {warning}", err=True)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn library errors into one clear line and an exit code, never a traceback."""
    try:
        yield
    except GraphkitError as exc:
        fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except BrokenPipeError:
        sys.stderr.close()
        raise typer.Exit(0) from None


def command(func: Callable[..., None]) -> Callable[..., None]:
    """Register ``func`` as a subcommand."""
    return app.command()(func)


# Commands are added below, one section each: extract, load (and migrate), stats, query, export,
# analyze, view.


# --- shared store options: --store, --neo4j-uri/-user/-password/-database ---


@dataclass(frozen=True)
class StoreOptions:
    """Where the graph lives: the SQLite file, or Neo4j when a URI is given.

    An explicit ``--store PATH`` wins over a Neo4j URI from the environment.
    """

    path: Path | None = None
    neo4j_uri: str | None = None
    neo4j_user: str | None = None
    neo4j_password: str | None = None
    neo4j_database: str | None = None
    verbose: bool = False

    @property
    def uses_neo4j(self) -> bool:
        return self.path is None and bool(self.neo4j_uri)

    def describe(self) -> str:
        return f"Neo4j at {self.neo4j_uri}" if self.uses_neo4j else str(self.sqlite_path)

    @property
    def sqlite_path(self) -> Path:
        return self.path if self.path is not None else Path(DEFAULT_STORE_PATH)

    def open(self, *, batch_size: int = 1000, read_only: bool = False) -> GraphStore:
        """The store; ``read_only`` for commands that only read (a SQLite file is
        then opened with ``mode=ro``, so a read-only file can be read)."""
        if not self.uses_neo4j:
            return open_store(path=self.sqlite_path, read_only=read_only)
        _driver_log(self.verbose)
        return open_store(
            neo4j_uri=self.neo4j_uri,
            user=self.neo4j_user,
            password=self.neo4j_password,
            database=self.neo4j_database,
            batch_size=batch_size,
        )


class _DriverLog(logging.StreamHandler):  # type: ignore[type-arg]
    """The Neo4j driver's log: on stderr with --verbose, else nowhere (Python itself
    would print the driver's warnings, such as a routing failure, under graphkit's line)."""

    def __init__(self, verbose: bool) -> None:
        super().__init__(sys.stderr)
        self.verbose = verbose

    def emit(self, record: logging.LogRecord) -> None:
        if self.verbose:
            super().emit(record)


def _driver_log(verbose: bool) -> None:
    driver = logging.getLogger("neo4j")
    for handler in [h for h in driver.handlers if isinstance(h, _DriverLog)]:
        driver.removeHandler(handler)
    driver.addHandler(_DriverLog(verbose))
    driver.setLevel(logging.DEBUG if verbose else logging.WARNING)
    driver.propagate = False


_STORE_OPTION_PARAMETERS = [
    inspect.Parameter(
        "store_path",
        inspect.Parameter.KEYWORD_ONLY,
        default=None,
        annotation=Annotated[
            Path | None,
            typer.Option(
                "--store",
                metavar="PATH",
                help=f"SQLite graph file (default {DEFAULT_STORE_PATH} unless a Neo4j URI is"
                " given; an explicit --store wins over NEO4J_URI).",
                dir_okay=False,
            ),
        ],
    ),
    *(
        inspect.Parameter(
            f"neo4j_{name}",
            inspect.Parameter.KEYWORD_ONLY,
            default=None,
            annotation=Annotated[
                str | None,
                typer.Option(
                    f"--neo4j-{name}",
                    metavar=metavar,
                    envvar=envvar,
                    help=help_text,
                    show_default=False,
                    show_envvar=True,
                ),
            ],
        )
        for name, metavar, envvar, help_text in (
            ("uri", "URI", "NEO4J_URI", "Use this Neo4j (bolt:// or neo4j://) instead of a file."),
            ("user", "USER", "NEO4J_USERNAME", "Neo4j user."),
            ("password", "PASSWORD", "NEO4J_PASSWORD", "Neo4j password."),
            ("database", "NAME", "NEO4J_DATABASE", "Neo4j database (default: the server's)."),
        )
    ),
    inspect.Parameter(
        "verbose",
        inspect.Parameter.KEYWORD_ONLY,
        default=False,
        annotation=Annotated[
            bool, typer.Option("--verbose", help="Show the Neo4j driver's log on stderr.")
        ],
    ),
]


def store_options(func: Callable[..., None]) -> Callable[..., None]:
    """Give a command the store options; it receives them as ``store: StoreOptions``.

    Put it under ``@app.command(...)``. The command's other parameters keep their order.
    """
    return _with_store_options(func, _STORE_OPTION_PARAMETERS)


def neo4j_options(func: Callable[..., None]) -> Callable[..., None]:
    """``store_options`` without ``--store``: for commands that run on Neo4j only."""
    return _with_store_options(func, _STORE_OPTION_PARAMETERS[1:])


def _with_store_options(
    func: Callable[..., None], parameters: list[inspect.Parameter]
) -> Callable[..., None]:
    signature = inspect.signature(func, eval_str=True)
    if "store" not in signature.parameters:
        raise TypeError(f"{func.__name__} needs a `store: StoreOptions` parameter")
    others = [p for p in signature.parameters.values() if p.name != "store"]

    @functools.wraps(func)
    def with_store(**kwargs: Any) -> None:
        options = StoreOptions(
            path=kwargs.pop("store_path", None),
            neo4j_uri=kwargs.pop("neo4j_uri"),
            neo4j_user=kwargs.pop("neo4j_user"),
            neo4j_password=kwargs.pop("neo4j_password"),
            neo4j_database=kwargs.pop("neo4j_database"),
            verbose=kwargs.pop("verbose"),
        )
        func(store=options, **kwargs)

    with_store.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[*others, *parameters]
    )
    return with_store


# --- extract ---


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


def _extraction_table(extraction: Any) -> list[str]:
    """A readable block for one post: its entities by type, then its relations."""
    post = extraction.post
    names = {e.id: e.name for e in extraction.entities}
    lines = [f"post {post.id}  {post.date or ''}  {post.channel or ''}".rstrip()]
    for etype in ENTITY_TYPES:
        found = sorted(e.name for e in extraction.entities if e.type == etype)
        if found:
            lines.append(f"  {etype + ':':14}{', '.join(found)}")
    for rel in extraction.relations:
        planned = " (planned)" if rel.modality == "planned" else ""
        lines.append(
            f"  {names.get(rel.source, rel.source)} -{rel.type}-> "
            f"{names.get(rel.target, rel.target)}{planned}  [{rel.rule} {rel.confidence:.2f}]"
        )
    return [*lines, ""]


@app.command("extract")
def extract_command(
    inputs: Annotated[
        list[str],
        typer.Argument(metavar="INPUT", help='Channel dumps or Telegram exports ("-" = stdin).'),
    ],
    output_format: Annotated[
        ExtractFormat | None,
        typer.Option(
            "--format",
            help="jsonl (one JSON object per post) or table; default: table on a terminal.",
        ),
    ] = None,
    kb: Annotated[
        list[Path] | None,
        typer.Option("--kb", metavar="FILE", help="Extra knowledge-base file (repeatable)."),
    ] = None,
) -> None:
    """Extract actors and relations from posts, one result per post."""
    from graphkit.extract.kb import KnowledgeBase
    from graphkit.pipeline import LanguageCount, extract
    from graphkit.sources import read_posts

    warnings = Warnings()
    languages = LanguageCount()
    chosen = output_format or (ExtractFormat.table if sys.stdout.isatty() else ExtractFormat.jsonl)
    with user_errors():
        knowledge = KnowledgeBase.default().extended(kb or [])
        # Every input is checked before anything is written.
        streams = [
            read_posts(source, on_skip=warnings.skipped, on_warning=warnings) for source in inputs
        ]

        def posts() -> Iterator[Any]:
            for stream in streams:
                yield from stream

        for extraction in extract(posts(), kb=knowledge, languages=languages, on_warning=warnings):
            if chosen is ExtractFormat.jsonl:
                sys.stdout.write(json.dumps(extraction.to_dict(), ensure_ascii=False) + "\n")
            else:
                sys.stdout.write("\n".join(_extraction_table(extraction)) + "\n")
        sys.stdout.flush()
    warnings.warn()
    _warn_languages(languages)


# --- load ---

UPGRADED = f"graphkit: upgraded {{store}} in place to graph model {MODEL_VERSION}"


def _summary_lines(summary: WriteSummary) -> list[str]:
    return [
        f"posts: {summary.posts_created:,} loaded, {summary.posts_present:,} already present",
        f"nodes: {summary.nodes_created:,} created, {summary.nodes_present:,} already present",
        f"relationships: {summary.relationships_created:,} created, "
        f"{summary.relationships_updated:,} already present with new evidence",
    ]


#: Seconds between progress lines when stderr is not a terminal (a log file, a pipe).
PROGRESS_LOG_SECONDS = 5.0


@contextmanager
def _load_progress() -> Iterator[Callable[[LoadProgress], None]]:
    """A live bar on stderr when it is a terminal (with the inputs' size: a total and an
    ETA), else one line every few seconds."""
    if not sys.stderr.isatty():
        yield _progress_lines()
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        SpinnerColumn(),
        BarColumn(bar_width=20),
        DownloadColumn(),  # bytes of the inputs read, of their total
        TextColumn(
            "{task.fields[posts]:,} posts, {task.fields[relationships]:,} relationships created"
        ),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("load", total=None, posts=0, relationships=0)

        def update(progress: LoadProgress) -> None:
            bar.update(
                task,
                total=progress.bytes_total or None,
                completed=progress.bytes_read,
                posts=progress.posts_read,
                relationships=progress.summary.relationships_created,
            )

        yield update


def _progress_lines() -> Callable[[LoadProgress], None]:
    """A progress callback writing one line per PROGRESS_LOG_SECONDS at most."""
    import time

    started = last = time.monotonic()

    def update(progress: LoadProgress) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last < PROGRESS_LOG_SECONDS:
            return
        last = now
        done, total = progress.bytes_read, progress.bytes_total
        share = f"{100 * done / total:.0f}% of {total / 1e6:,.1f} MB, " if total else ""
        eta = ""
        if total and done:
            eta = f", about {(now - started) * (total - done) / done:,.0f} s left"
        typer.echo(
            f"graphkit: loading: {share}{progress.posts_read:,} posts read, "
            f"{progress.summary.relationships_created:,} relationships created, "
            f"{now - started:,.0f} s{eta}",
            err=True,
        )

    return update


@app.command("load")
@store_options
def load_command(
    inputs: Annotated[
        list[str],
        typer.Argument(metavar="INPUT", help='Channel dumps or Telegram exports ("-" = stdin).'),
    ],
    store: StoreOptions,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Posts per write.")] = 1000,
    kb: Annotated[
        list[Path] | None,
        typer.Option("--kb", metavar="FILE", help="Extra knowledge-base file (repeatable)."),
    ] = None,
) -> None:
    """Extract posts and load the graph: idempotent, only new posts are added."""
    warnings = Warnings()
    from graphkit.extract.kb import KnowledgeBase
    from graphkit.load import load as load_posts
    from graphkit.pipeline import LanguageCount

    languages = LanguageCount()

    with user_errors():
        knowledge = KnowledgeBase.default().extended(kb) if kb else None
        with store.open(batch_size=batch_size) as graph, _load_progress() as progress:
            summary = load_posts(
                inputs,
                graph,
                kb=knowledge,
                batch_size=batch_size,
                progress=progress,
                on_skip=warnings.skipped,
                on_warning=warnings,
                on_upgrade=lambda: typer.echo(UPGRADED.format(store=store.describe()), err=True),
                languages=languages,
            )
    warnings.warn()
    _warn_languages(languages)
    for line in _summary_lines(summary):
        typer.echo(line)
    typer.echo(f"store: {store.describe()}")


@app.command("migrate")
@store_options
def migrate_command(store: StoreOptions) -> None:
    """Upgrade a store written by an older graphkit to the current graph model, in place."""
    with user_errors(), store.open() as graph:
        upgraded = graph.migrate()
        assertions = graph.assertion_count() if upgraded else 0
    if upgraded:
        typer.echo(f"upgraded to graph model {MODEL_VERSION}: {assertions:,} assertions")
    else:
        typer.echo(f"nothing to upgrade: the store is empty or at graph model {MODEL_VERSION}")
    typer.echo(f"store: {store.describe()}")


# --- stats ---


class StatsFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def _write_csv(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> None:
    import csv

    writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


_LABEL_ORDER = ("Entity", *ENTITY_TYPES, "Post", "Channel")
_RELATIONSHIP_ORDER = (*RELATION_TYPES, *STRUCTURAL_RELATIONS)


def _ordered(counts: dict[str, int], order: Sequence[str]) -> dict[str, int]:
    """Counts in vocabulary order, anything unexpected last."""
    rank = {name: i for i, name in enumerate(order)}
    return dict(sorted(counts.items(), key=lambda item: (rank.get(item[0], len(rank)), item[0])))


@app.command("stats")
@store_options
def stats_command(
    store: StoreOptions,
    output_format: Annotated[
        StatsFormat, typer.Option("--format", help="table, json or csv (kind,name,count).")
    ] = StatsFormat.table,
) -> None:
    """Count the graph's nodes by label, relationships by type, and assertions."""
    with user_errors(), store.open(read_only=True) as graph:
        stats = graph.stats()
    labels = _ordered(stats.labels, _LABEL_ORDER)
    relationships = _ordered(stats.relationships, _RELATIONSHIP_ORDER)
    if output_format is StatsFormat.json:
        report = {"labels": labels, "relationships": relationships, "assertions": stats.assertions}
        typer.echo(json.dumps(report, indent=2))
        return
    if output_format is StatsFormat.csv:
        _write_csv(
            ("kind", "name", "count"),
            [
                *(
                    {"kind": kind, "name": name, "count": count}
                    for kind, counts in (("label", labels), ("relationship", relationships))
                    for name, count in counts.items()
                ),
                {"kind": "total", "name": "assertions", "count": stats.assertions},
            ],
        )
        return
    width = max(map(len, (*labels, *relationships, "relationship", "assertions")))
    typer.echo(f"store: {store.describe()}")
    for title, counts in (("label", labels), ("relationship", relationships)):
        typer.echo(f"\n{title:<{width}}  {'count':>9}")
        for name, count in counts.items():
            typer.echo(f"{name:<{width}}  {count:>9,}")
        if not counts:
            typer.echo("(none)")
    # (post, relation) pairs: in Neo4j items of the posts' lists, not nodes.
    typer.echo(f"\n{'assertions':<{width}}  {stats.assertions:>9,}")


# --- export and analyze (shared graph filters) ---


def _comma_list(value: str | None) -> list[str] | None:
    """``Person, Country`` -> ["Person", "Country"]; None stays None."""
    return [item.strip() for item in value.split(",") if item.strip()] if value else None


TypesOption = Annotated[
    str | None,
    typer.Option(
        "--types", metavar="T,..", help="Entity types to keep (both ends of an edge must pass)."
    ),
]
RelationsOption = Annotated[
    str | None, typer.Option("--relations", metavar="R,..", help="Relation types to keep.")
]
SinceOption = Annotated[
    str | None, typer.Option("--since", metavar="DATE", help="Relations last seen on/after.")
]
UntilOption = Annotated[
    str | None, typer.Option("--until", metavar="DATE", help="Relations first seen on/before.")
]


class ExportFormat(str, Enum):
    graphml = "graphml"
    gexf = "gexf"
    json = "json"
    neo4j_admin = "neo4j-admin"


class Ranking(str, Enum):
    weighted_degree = "weighted_degree"
    degree = "degree"
    pagerank = "pagerank"
    betweenness = "betweenness"


@app.command("export")
@store_options
def export_command(
    store: StoreOptions,
    format_choice: Annotated[
        ExportFormat, typer.Option("--format", help="The file format (neo4j-admin: a folder).")
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help='File to write ("-": standard output); a new directory for neo4j-admin.',
        ),
    ],
    types: TypesOption = None,
    relations: RelationsOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Export the graph through networkx: Gephi, notebooks, a bulk load into Neo4j."""
    import tempfile

    from graphkit.export import check_target, export

    output_format = format_choice.value
    to_stdout = str(output) == "-"
    with user_errors(), tempfile.TemporaryDirectory(prefix="graphkit-export-") as spool:
        if to_stdout:
            if format_choice is ExportFormat.neo4j_admin:
                raise InputError("-o -", "neo4j-admin writes a folder, not standard output")
            # Written whole first: a failed export puts nothing half-made on stdout.
            output = Path(spool) / f"graph.{output_format}"
        check_target(output_format, output)
        with store.open(read_only=True) as graph:
            result = export(
                graph,
                output_format,
                output,
                types=_comma_list(types),
                relations=_comma_list(relations),
                since=since,
                until=until,
            )
        if to_stdout:
            with output.open("rb") as written:
                shutil.copyfileobj(written, sys.stdout.buffer)
            sys.stdout.buffer.flush()
    where = "standard output" if to_stdout else str(result.path)
    typer.echo(
        f"wrote {result.nodes:,} actors and {result.edges:,} relationships"
        f" to {where} ({result.format})",
        err=to_stdout,
    )
    if result.admin_import is not None:
        typer.echo("import into a stopped Neo4j, into an empty database, with:")
        typer.echo(result.admin_import.command())
        typer.echo("then start Neo4j and create the schema and the empty lists with:")
        typer.echo(result.admin_import.after_import_command())


@app.command("analyze")
@store_options
def analyze_command(
    store: StoreOptions,
    top: Annotated[int, typer.Option("--top", min=1, help="Length of each list.")] = 10,
    output_format: Annotated[
        StatsFormat, typer.Option("--format", help="table, json or csv (one table, by section).")
    ] = StatsFormat.table,
    actor: Annotated[
        str | None,
        typer.Option(
            "--actor", metavar="NAME", help="Only this actor (key, name or alias): its neighbours."
        ),
    ] = None,
    by: Annotated[
        Ranking, typer.Option("--by", help="What ranks the central actors.")
    ] = Ranking.weighted_degree,
    types: TypesOption = None,
    relations: RelationsOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Central actors, communities, strongest criticism and support, an actor's neighbourhood."""
    from graphkit.analyze import CSV_COLUMNS, analyze, csv_rows, render_table
    from graphkit.export import to_networkx

    with user_errors(), store.open(read_only=True) as graph:
        network = to_networkx(
            graph,
            types=_comma_list(types),
            relations=_comma_list(relations),
            since=since,
            until=until,
        )
        result = analyze(network, top=top, actor=actor, by=by.value)
    only = actor is not None  # --actor: that actor's part, nothing else
    if output_format is StatsFormat.json:
        whole = result.to_dict()
        typer.echo(json.dumps(whole["actor"] if only else whole, indent=2, ensure_ascii=False))
    elif output_format is StatsFormat.csv:
        _write_csv(CSV_COLUMNS, csv_rows(result, actor_only=only))
    else:
        typer.echo(render_table(result, actor_only=only))


# --- query ---


class _ServerNotices(logging.Handler):
    """Neo4j's warnings on a query (an unknown label, a deprecated form), one line each."""

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args if isinstance(record.args, tuple) else ()
        notice = getattr(args[0], "notification", None) if args else None
        text = str(getattr(notice, "status_description", None) or record.getMessage())
        typer.echo(f"graphkit: warning: {text.removeprefix('warn: ')}", err=True)


def _short_server_notices() -> None:
    """Replace the driver's multi-line notification log with ``_ServerNotices``."""
    notices = logging.getLogger("neo4j.notifications")
    if not any(isinstance(h, _ServerNotices) for h in notices.handlers):
        notices.addHandler(_ServerNotices(logging.WARNING))
        notices.propagate = False


class QueryFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def _param_values(pairs: Sequence[str]) -> dict[str, str]:
    """``--param key=value`` options as a dict."""
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise InputError("--param", f"expected KEY=VALUE, got {pair!r}")
        values[key.strip()] = value
    return values


@app.command("query")
@neo4j_options
def query_command(
    store: StoreOptions,
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="NAME|FILE.cypher",
            help="A query of the pack (see --list) or your own .cypher file.",
            show_default=False,
        ),
    ] = None,
    params: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            metavar="KEY=VALUE",
            help="A query parameter (repeatable), typed like its documented default.",
        ),
    ] = None,
    output_format: Annotated[
        QueryFormat, typer.Option("--format", help="table, json or csv.")
    ] = QueryFormat.table,
    list_pack: Annotated[
        bool, typer.Option("--list", help="List the pack's queries with their questions.")
    ] = False,
    write: Annotated[
        bool,
        typer.Option("--write", help="Let the query write (else it runs in a read transaction)."),
    ] = False,
) -> None:
    """Run a query of the Cypher pack, or your own file, on Neo4j and print the rows.

    Cypher runs on Neo4j only (--neo4j-uri or NEO4J_URI); the embedded SQLite store has no
    Cypher: use stats, analyze, export or view on it. Every query runs in a read
    transaction, where Neo4j refuses writes, unless --write is given.
    """
    from graphkit import querypack

    with user_errors():
        if list_pack:
            queries = querypack.pack()
            width = max(len(q.name) for q in queries)
            for query in queries:
                typer.echo(f"{query.name:<{width}}  {query.question}")
            return
        if name is None:
            raise InputError("query", "name a query or a .cypher file (graphkit query --list)")
        query = querypack.open_query(name)
        values = query.parameters(_param_values(params or []))
        if not store.uses_neo4j:
            raise InputError("query", "Cypher runs on Neo4j: give --neo4j-uri or set NEO4J_URI")
        from graphkit.store.neo4j import Neo4jStore

        _short_server_notices()
        with store.open() as graph:
            assert isinstance(graph, Neo4jStore)
            rows = graph.run(query.text, values, read_only=not write, in_pack=query.in_pack)
            querypack.write_rows(rows, output_format.value, sys.stdout)


# --- view ---


ViewSinceOption = Annotated[
    str | None,
    typer.Option("--since", metavar="DATE", help="Start of the page's initial date range."),
]
ViewUntilOption = Annotated[
    str | None,
    typer.Option("--until", metavar="DATE", help="End of the page's initial date range."),
]


@app.command("view")
@store_options
def view_command(
    store: StoreOptions,
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="PATH", help="HTML file to write.")
    ],
    focus: Annotated[
        str | None,
        typer.Option("--focus", metavar="NAME", help="Only this actor (key, name or alias)..."),
    ] = None,
    depth: Annotated[
        int, typer.Option("--depth", min=0, help="...and the actors this many steps away.")
    ] = 1,
    min_count: Annotated[
        int, typer.Option("--min-count", metavar="K", min=1, help="Relations in K+ posts only.")
    ] = 1,
    top: Annotated[
        int | None,
        typer.Option(
            "--top",
            metavar="N",
            min=0,
            help="Above N actors, draw the N best-connected and say what was left out "
            "(default 300; 0 draws all).",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Draw a graph beyond 2,000 actors or 10,000 relations.")
    ] = False,
    title: Annotated[str, typer.Option("--title", help="The page's heading.")] = "graphkit view",
    types: TypesOption = None,
    relations: RelationsOption = None,
    since: ViewSinceOption = None,
    until: ViewUntilOption = None,
) -> None:
    """Write a network view to share: one HTML file that opens offline by double-click.

    --since/--until set the page's initial date range; the page keeps every date."""
    from graphkit.atomic import check_output_file
    from graphkit.views import view_from_store

    with user_errors():
        check_output_file(output)  # before the store is read
    with user_errors(), store.open(read_only=True) as graph:
        summary = view_from_store(
            graph,
            output,
            types=_comma_list(types),
            relations=_comma_list(relations),
            since=since,
            until=until,
            focus=focus,
            depth=depth,
            min_count=min_count,
            top=top,
            force=force,
            title=title,
        )
    typer.echo(
        f"wrote {summary.nodes:,} actors and {summary.edges:,} relations"
        f" to {summary.path} ({summary.bytes / 1e6:.1f} MB)"
    )
    if summary.note:
        typer.echo(summary.note)


def main() -> None:
    """Console entry point: usage errors are one line on stderr too, not a boxed panel."""
    try:
        code = app(standalone_mode=False)
    except NoArgsIsHelpError as exc:
        typer.echo(exc.format_message(), err=True)
        sys.exit(exc.exit_code)
    except ClickException as exc:
        ctx = getattr(exc, "ctx", None)
        hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        typer.echo(f"graphkit: {exc.format_message()}{hint}", err=True)
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("graphkit: aborted", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
