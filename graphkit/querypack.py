"""The Cypher query pack: named, documented queries in ``cypher/NN-name.cypher``.

Each pack file starts with a comment block that Neo4j Browser users read, with the
parameters' defaults as Browser commands::

    // Title: Who criticised whom
    // Question: Which actors criticised which, how often, and in which sentences?
    // Parameters:
    //   actor: ...
    //   limit: ...
    :param actor => '';
    :param limit => 50;
    // Example result on the sample:
    // ...

Pasted whole into Browser, the ``:param`` lines run first (its multi-statement
editor splits at the semicolons), then the query. Here they give each parameter
its default and its type, and are blanked out of the query text (commented
``// :param`` lines count too). This module only reads files: running them is the
store's job.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TextIO

from graphkit.errors import InputError

#: Pack files: two digits, a dash, the query's name.
PACK_FILE = re.compile(r"^(\d{2})-([a-z0-9][a-z0-9-]*)\.cypher$")
SECTIONS = ("Title", "Question", "Parameters", "Notes", "Example result on the sample")
PARAM_LINE = re.compile(r"^:param\s+([A-Za-z_]\w*)\s*=>\s*(.+?)\s*;?$")
PARAM_USE = re.compile(r"\$([A-Za-z_]\w*)")


@dataclass(frozen=True)
class Query:
    """One Cypher query with its documentation and parameter defaults."""

    name: str
    path: Path
    text: str
    title: str = ""
    question: str = ""
    defaults: Mapping[str, Any] = field(default_factory=dict)
    example: str = ""
    #: Found in the pack by name (names only the closed vocabulary), not a user's file.
    in_pack: bool = False

    @property
    def used_parameters(self) -> set[str]:
        """Names of the ``$parameters`` the query text uses."""
        return set(PARAM_USE.findall(strip_comments_and_strings(self.text)))

    def parameters(self, given: Mapping[str, str] | None = None) -> dict[str, Any]:
        """Defaults merged with ``given`` raw values, each typed like its default.

        Raises InputError for a parameter the query does not use, a value of the
        wrong type, or a parameter with neither default nor value.
        """
        used = self.used_parameters
        values = {name: value for name, value in self.defaults.items() if name in used}
        for name, raw in (given or {}).items():
            if name not in used:
                known = ", ".join(sorted(used)) or "none"
                raise InputError(
                    self.name, f"unknown parameter {name!r}; this query's parameters: {known}"
                )
            values[name] = convert(raw, self.defaults.get(name), source=f"{self.name}: {name}")
        missing = sorted(used - values.keys())
        if missing:
            raise InputError(
                self.name,
                "missing parameter(s) "
                + ", ".join(missing)
                + "; pass them as --param "
                + " --param ".join(f"{name}=VALUE" for name in missing),
            )
        return values


# --- locating and listing the pack -------------------------------------------


def pack_dir() -> Path:
    """The pack: ``graphkit/cypher`` (in a checkout a link to the repository's ``cypher/``,
    in a wheel a copy), else the ``cypher/`` next to the package (a checkout without links).
    """
    package = Path(__file__).resolve().parent
    for candidate in (package / "cypher", package.parent / "cypher"):
        if candidate.is_dir():
            return candidate.resolve()
    raise InputError("cypher/", "the query pack is missing from this installation")


def pack(directory: Path | None = None) -> list[Query]:
    """Every pack query, in file order."""
    root = directory or pack_dir()
    return [
        replace(parse(path, name=match.group(2)), in_pack=True)
        for path in sorted(root.iterdir())
        if (match := PACK_FILE.match(path.name))
    ]


def find(name: str, directory: Path | None = None) -> Query:
    """A pack query by name (``who-criticised-whom``, ``04-who-criticised-whom`` or the file)."""
    wanted = name.removesuffix(".cypher")
    queries = pack(directory)
    for query in queries:
        if wanted in (query.name, query.path.stem):
            return query
    names = ", ".join(q.name for q in queries)
    raise InputError(name, f"no such query in the pack; queries: {names}")


def open_query(name_or_path: str, directory: Path | None = None) -> Query:
    """A pack query by name, or the user's own ``.cypher`` file."""
    path = Path(name_or_path)
    if name_or_path.endswith(".cypher") and (path.is_file() or path.parent != Path(".")):
        if not path.is_file():
            raise InputError(name_or_path, "no such file")
        return parse(path, name=path.stem)
    return find(name_or_path, directory)


# --- parsing -----------------------------------------------------------------


def parse(path: Path, *, name: str) -> Query:
    """Read one query file: its leading ``//`` comment block, then the Cypher.

    Every ``:param`` line of the leading block gives a default, bare (as Browser runs
    it, the pack's form) or commented; they are blanked out of the query text.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read: {exc}") from None
    lines = text.splitlines()
    header: list[str] = []
    for number, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(":param"):
            header.append(stripped)
            lines[number] = ""
        elif stripped.startswith("//"):
            header.append(stripped[2:].removeprefix(" "))
        elif stripped:
            break
    defaults: dict[str, Any] = {}
    for line in header:
        match = PARAM_LINE.match(line.strip())
        if match:
            try:
                defaults[match.group(1)] = parse_literal(match.group(2))
            except ValueError as exc:
                raise InputError(str(path), f"bad default for {match.group(1)}: {exc}") from None
    sections = split_sections(header)
    return Query(
        name=name,
        path=path,
        text="\n".join(lines) + "\n",
        title=" ".join(sections.get("Title", [])).strip(),
        question=" ".join(s.strip() for s in sections.get("Question", [])).strip(),
        defaults=defaults,
        example="\n".join(sections.get("Example result on the sample", [])).strip("\n"),
    )


def split_sections(header: Iterable[str]) -> dict[str, list[str]]:
    """``Section: text`` lines open a section; the lines after it belong to it."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in header:
        label, sep, rest = line.partition(":")
        if sep and label in SECTIONS:
            current = sections.setdefault(label, [])
            if rest.strip():
                current.append(rest.strip())
        elif current is not None:
            current.append(line)
    return sections


def strip_comments_and_strings(cypher: str) -> str:
    """The query with comments, string literals and quoted names blanked out."""
    pattern = re.compile(
        r"//[^\n]*|/\*.*?\*/|'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|`[^`]*`", re.DOTALL
    )
    return pattern.sub(" ", cypher)


# --- values ------------------------------------------------------------------

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<string>'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")
      | (?P<number>-?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?)
      | (?P<word>[A-Za-z_]\w*)
      | (?P<punct>[\[\]{},:])
    )""",
    re.VERBOSE,
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}


def parse_literal(text: str) -> Any:
    """A Cypher literal as Browser's ``:param`` accepts it: string, number,
    boolean, null, list or map of literals."""
    tokens = tokenize(text)
    value, rest = _parse_value(tokens)
    if rest:
        raise ValueError(f"unexpected {rest[0][1]!r} in {text!r}")
    return value


def tokenize(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    position = 0
    text = text.rstrip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match or match.end() == position:
            raise ValueError(f"cannot read {text[position:].strip()!r}")
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(kind)))
        position = match.end()
    return tokens


def _parse_value(tokens: list[tuple[str, str]]) -> tuple[Any, list[tuple[str, str]]]:
    if not tokens:
        raise ValueError("a value is missing")
    (kind, token), rest = tokens[0], tokens[1:]
    if kind == "string":
        body = token[1:-1]
        return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), body), rest
    if kind == "number":
        is_float = any(c in token for c in ".eE")
        return (float(token) if is_float else _integer(token)), rest
    if kind == "word":
        words: dict[str, Any] = {"true": True, "false": False, "null": None}
        if token.lower() not in words:
            raise ValueError(f"{token!r} is not a literal")
        return words[token.lower()], rest
    if token == "[":
        return _parse_items(rest, "]", lambda ts: _parse_value(ts))
    if token == "{":
        items, rest = _parse_items(rest, "}", _parse_entry)
        return dict(items), rest
    raise ValueError(f"unexpected {token!r}")


def _parse_entry(tokens: list[tuple[str, str]]) -> tuple[Any, list[tuple[str, str]]]:
    if len(tokens) < 2 or tokens[0][0] not in ("word", "string") or tokens[1][1] != ":":
        raise ValueError("a map entry must read key: value")
    key = tokens[0][1].strip("'\"")
    value, rest = _parse_value(tokens[2:])
    return (key, value), rest


def _parse_items(
    tokens: list[tuple[str, str]], close: str, item: Any
) -> tuple[list[Any], list[tuple[str, str]]]:
    items: list[Any] = []
    if tokens and tokens[0][1] == close:
        return items, tokens[1:]
    while True:
        value, tokens = item(tokens)
        items.append(value)
        if not tokens:
            raise ValueError(f"{close!r} is missing")
        separator, tokens = tokens[0][1], tokens[1:]
        if separator == close:
            return items, tokens
        if separator != ",":
            raise ValueError(f"expected ',' or {close!r}, found {separator!r}")


#: Cypher's integers are 64-bit: a value outside is refused before the driver sees it.
INTEGER_RANGE = range(-(2**63), 2**63)


def _integer(text: str) -> int:
    value = int(text)
    if value not in INTEGER_RANGE:
        raise ValueError("out of the range of a 64-bit integer")
    return value


def convert(raw: str, default: Any, *, source: str) -> Any:
    """A ``--param`` value typed like its default (bool, int, float, list, string).

    Without a default (or with a null one) a Cypher literal is read as such and
    anything else is kept as a string.
    """
    try:
        if isinstance(default, bool):
            lowered = raw.strip().lower()
            if lowered in ("true", "yes", "1"):
                return True
            if lowered in ("false", "no", "0"):
                return False
            raise ValueError("expected true or false")
        if isinstance(default, int):
            return _integer(raw)
        if isinstance(default, float):
            return float(raw)
        if isinstance(default, (list, dict)):
            value = parse_literal(raw) if raw.strip()[:1] in "[{" else _comma_list(raw)
            if not isinstance(value, type(default)):
                raise ValueError(f"expected a {type(default).__name__}")
            return value
        if isinstance(default, str):
            return raw
    except ValueError as exc:
        raise InputError(source, f"bad value {raw!r}: {exc}") from None
    try:
        return parse_literal(raw)
    except ValueError:
        return raw


def _comma_list(raw: str) -> list[Any]:
    """``a,b,3`` -> ["a", "b", 3]: the short form of a list on the command line."""
    return [convert(item.strip(), None, source="") for item in raw.split(",") if item.strip()]


def to_plain(value: Any) -> Any:
    """A driver value as JSON-ready data: nodes as property maps with their labels,
    relationships as maps with their type, paths as alternating lists."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if _is_path(value):
        nodes = list(value.nodes)
        steps: list[Any] = [to_plain(nodes[0])] if nodes else []
        for rel, node in zip(value.relationships, nodes[1:], strict=True):
            steps += [to_plain(rel), to_plain(node)]
        return steps
    if hasattr(value, "labels") and hasattr(value, "items"):  # a node
        return {"_labels": sorted(value.labels), **{k: to_plain(v) for k, v in value.items()}}
    if hasattr(value, "type") and hasattr(value, "items"):  # a relationship
        return {"_type": value.type, **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, Mapping):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if hasattr(value, "iso_format"):  # temporal values
        return value.iso_format()
    return str(value)


def _is_path(value: Any) -> bool:
    return hasattr(value, "nodes") and hasattr(value, "relationships")


def _node_label(node: Any) -> str:
    return str(node.get("name") or node.get("key") or node.get("id") or "?")


def cell(value: Any) -> str:
    """One value as text in a table or CSV cell: a node by its name, a path as
    ``A -[TYPE]-> B``, lists and maps as JSON."""
    if _is_path(value):
        nodes = list(value.nodes)
        text = _node_label(nodes[0]) if nodes else ""
        for rel, node in zip(value.relationships, nodes[1:], strict=True):
            forward = rel.end_node is not None and rel.end_node.element_id == node.element_id
            arrow = f" -[{rel.type}]-> " if forward else f" <-[{rel.type}]- "
            text += arrow + _node_label(node)
        return text
    plain = to_plain(value)
    if plain is None:
        return ""
    if isinstance(plain, bool):
        return "true" if plain else "false"
    if isinstance(plain, dict) and "_labels" in plain:
        return _node_label(plain)
    if isinstance(plain, dict) and "_type" in plain:
        return str(plain["_type"])
    if isinstance(plain, (list, dict)):
        return json.dumps(plain, ensure_ascii=False)
    return str(plain)


# --- output ------------------------------------------------------------------

FORMATS = ("table", "json", "csv")
TABLE_CELL_WIDTH = 60


def write_rows(rows: Iterable[Mapping[str, Any]], fmt: str, out: TextIO) -> int:
    """Write result rows as an aligned table, a JSON array or CSV; return the row count."""
    if fmt == "json":
        return _write_json(rows, out)
    if fmt == "csv":
        return _write_csv(rows, out)
    if fmt == "table":
        return _write_table(rows, out)
    raise ValueError(f"unknown format {fmt!r}")


def _write_json(rows: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """A JSON array, written row by row; nothing is written before the first row arrives."""
    count = 0
    for row in rows:
        out.write(",\n  " if count else "[\n  ")
        out.write(json.dumps({k: to_plain(v) for k, v in row.items()}, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "[]\n")
    return count


def _write_csv(rows: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    writer = csv.writer(out, lineterminator="\n")
    count = 0
    for row in rows:
        if not count:
            writer.writerow(list(row))
        writer.writerow([cell(v) for v in row.values()])
        count += 1
    return count


def _write_table(rows: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """Columns sized to their widest cell, long cells cut with an ellipsis."""
    texts: list[list[str]] = []
    header: list[str] = []
    for row in rows:
        header = header or list(row)
        texts.append([_shorten(" ".join(_table_cell(v).split())) for v in row.values()])
    if not texts:
        out.write("(no rows)\n")
        return 0
    widths = [max(len(h), *(len(r[i]) for r in texts)) for i, h in enumerate(header)]
    for line in (header, ["-" * w for w in widths], *texts):
        out.write("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() + "\n")
    out.write(f"({len(texts)} row{'s' if len(texts) != 1 else ''})\n")
    return len(texts)


def _table_cell(value: Any) -> str:
    """As ``cell``, but a list of plain values reads ``a; b`` rather than JSON."""
    if isinstance(value, (list, tuple)) and all(
        item is None or isinstance(item, (str, int, float, bool)) for item in value
    ):
        return "; ".join(cell(item) for item in value)
    return cell(value)


def _shorten(text: str) -> str:
    return text if len(text) <= TABLE_CELL_WIDTH else text[: TABLE_CELL_WIDTH - 1] + "…"
