"""The query pack's files and the module that reads them (no database needed)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from graphkit import querypack
from graphkit.errors import InputError
from graphkit.models import RELATION_TYPES, STRUCTURAL_RELATIONS
from graphkit.querypack import Query, convert, parse_literal
from graphkit.store import post_lists

PACK = querypack.pack()
REPO_PACK = Path(__file__).resolve().parent.parent / "cypher"


def query_id(query: Query) -> str:
    return query.name


def write_query(tmp_path: Path, text: str, name: str = "mine.cypher") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the pack itself ---------------------------------------------------------


def test_the_pack_is_the_repository_cypher_directory() -> None:
    assert querypack.pack_dir() == REPO_PACK
    assert len(PACK) >= 12


def test_the_package_copy_is_the_same_pack() -> None:
    """graphkit/cypher links to the top-level cypher/, so a wheel ships the same files."""
    package_copy = Path(querypack.__file__).resolve().parent / "cypher"
    assert sorted(q.path.name for q in querypack.pack(package_copy)) == sorted(
        q.path.name for q in PACK
    )


def test_names_and_numbers_are_unique() -> None:
    names = [q.name for q in PACK]
    numbers = [q.path.name[:2] for q in PACK]
    assert len(set(names)) == len(names)
    assert len(set(numbers)) == len(numbers)


@pytest.mark.parametrize("query", PACK, ids=query_id)
def test_comment_block_is_complete(query: Query) -> None:
    header = query.text.split("\n// Example result on the sample:")[0]
    assert query.text.startswith("// Title: "), "Browser names a saved query by its first line"
    assert query.title
    assert query.question.endswith("?")
    assert "// Parameters:" in header
    assert query.example, "the example result on the sample is missing"
    assert "(filled from a run)" not in query.example


@pytest.mark.parametrize("query", PACK, ids=query_id)
def test_documented_parameters_are_exactly_the_used_ones(query: Query) -> None:
    assert set(query.defaults) == query.used_parameters


@pytest.mark.parametrize("query", PACK, ids=query_id)
def test_each_parameter_is_described(query: Query) -> None:
    header = query.text.split("// Example result on the sample:")[0]
    for name in query.defaults:
        assert f"//   {name}: " in header, f"{name} has no description line"


@pytest.mark.parametrize("query", PACK, ids=query_id)
def test_pack_queries_are_single_statements(query: Query) -> None:
    body = querypack.strip_comments_and_strings(query.text).strip()
    assert ";" not in body
    assert query.parameters() == query.defaults


@pytest.mark.parametrize("query", PACK, ids=query_id)
def test_param_lines_are_browser_commands(query: Query) -> None:
    """Pasted whole into Browser, each default is a command of its own: bare, ending in
    ``;`` (Browser's multi-statement editor splits there), one per used parameter."""
    lines = [line for line in query.path.read_text().splitlines() if ":param" in line]
    assert all(line.startswith(":param ") and line.endswith(";") for line in lines), lines
    assert len(lines) == len(query.used_parameters)
    assert ":param" not in query.text


GRAPH_TYPES = {*RELATION_TYPES, *STRUCTURAL_RELATIONS}


@pytest.mark.parametrize("query", PACK, ids=query_id)
def test_relationship_types_are_the_models(query: Query) -> None:
    """Patterns list relation types to keep expansions off posts: every listed type must
    be one of graph model 3's."""
    body = querypack.strip_comments_and_strings(query.text)
    for listed in re.findall(r"\[\w*:([A-Z_|]+)", body):
        assert set(listed.split("|")) <= GRAPH_TYPES, listed


@pytest.mark.parametrize("query", PACK, ids=query_id)
def test_provenance_is_read_as_graph_model_3_keeps_it(query: Query) -> None:
    """A post's assertions are its list properties (store/post_lists.py); model 3 has no
    Assertion node, no ASSERTS and no sample_evidence on relationships."""
    body = querypack.strip_comments_and_strings(query.text)
    assert not re.search(r":Assertion\b|\bASSERTS\b|sample_evidence", body)
    assert set(re.findall(r"\.(assertion_\w+)", body)) <= set(post_lists.PROPERTIES)


ACTOR_PARAMETERS = ("actor", "from_actor", "to_actor", "subject", "object")


@pytest.mark.parametrize("query", PACK, ids=query_id)
def test_actor_parameters_match_key_name_or_alias_in_any_case(query: Query) -> None:
    for name in set(ACTOR_PARAMETERS) & set(query.defaults):
        for part in (r"\w+\.key", r"\w+\.name", "alias"):
            pattern = rf"toLower\({part}\) = toLower\(\${name}\)"
            assert re.search(pattern, query.text), f"${name} is not matched on {part}"


def test_schema_file_is_not_a_pack_query() -> None:
    assert all(q.path.name != "schema.cypher" for q in PACK)


# --- finding queries ---------------------------------------------------------


def test_find_by_name_by_numbered_name_and_by_file_name() -> None:
    first = PACK[0]
    for spelling in (first.name, first.path.stem, first.path.name):
        assert querypack.find(spelling) == first


def test_unknown_name_lists_the_pack() -> None:
    with pytest.raises(InputError) as caught:
        querypack.find("who-knows-whom")
    message = str(caught.value)
    assert message.startswith("who-knows-whom: no such query in the pack; queries: ")
    assert all(q.name in message for q in PACK)


def test_open_query_reads_the_users_own_file(tmp_path: Path) -> None:
    path = write_query(tmp_path, "MATCH (n:Entity {key: $key}) RETURN n.name AS name\n")
    query = querypack.open_query(str(path))
    assert query.path == path
    assert query.used_parameters == {"key"}
    assert query.defaults == {}


def test_open_query_on_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        querypack.open_query(str(tmp_path / "absent.cypher"))


# --- parameters ----------------------------------------------------------------

QUERY_WITH_PARAMS = """\
// Title: Sample
// Question: Does it parse?
// Parameters:
//   name: a name
//   limit: rows
//   ratio: a share
//   strict: on or off
//   types: some types
//   extra: no default
// :param name => 'Sergey Lavrov'
// :param limit => 25
// :param ratio => 0.5
// :param strict => true
// :param types => ['Person', "Event"]
// :param extra => null
// Example result on the sample:
//   nothing
MATCH (n) WHERE n.name = $name AND $strict AND n.score > $ratio AND $extra IS NULL
  AND any(t IN $types WHERE t IN labels(n))
RETURN n LIMIT $limit
"""


def test_parameter_block_gives_typed_defaults(tmp_path: Path) -> None:
    query = querypack.open_query(str(write_query(tmp_path, QUERY_WITH_PARAMS)))
    assert query.title == "Sample"
    assert query.question == "Does it parse?"
    assert query.example == "  nothing"
    assert query.defaults == {
        "name": "Sergey Lavrov",
        "limit": 25,
        "ratio": 0.5,
        "strict": True,
        "types": ["Person", "Event"],
        "extra": None,
    }


def test_given_values_are_typed_like_their_defaults(tmp_path: Path) -> None:
    query = querypack.open_query(str(write_query(tmp_path, QUERY_WITH_PARAMS)))
    values = query.parameters(
        {
            "name": "42",
            "limit": "7",
            "ratio": "0.25",
            "strict": "no",
            "types": "Person,Group",
            "extra": "[1, 2]",
        }
    )
    assert values == {
        "name": "42",
        "limit": 7,
        "ratio": 0.25,
        "strict": False,
        "types": ["Person", "Group"],
        "extra": [1, 2],
    }
    assert query.parameters({"types": "['Country']"})["types"] == ["Country"]


@pytest.mark.parametrize(
    ("given", "problem"),
    [
        ({"limit": "many"}, "limit: bad value 'many'"),
        ({"strict": "maybe"}, "strict: bad value 'maybe'"),
        ({"types": "{a: 1}"}, "types: bad value '{a: 1}'"),
    ],
)
def test_badly_typed_value_is_an_input_error(
    tmp_path: Path, given: dict[str, str], problem: str
) -> None:
    query = querypack.open_query(str(write_query(tmp_path, QUERY_WITH_PARAMS)))
    with pytest.raises(InputError, match=problem):
        query.parameters(given)


def test_unknown_parameter_names_the_known_ones(tmp_path: Path) -> None:
    query = querypack.open_query(str(write_query(tmp_path, QUERY_WITH_PARAMS)))
    with pytest.raises(InputError) as caught:
        query.parameters({"depth": "3"})
    assert "unknown parameter 'depth'" in str(caught.value)
    assert "extra, limit, name, ratio, strict, types" in str(caught.value)


def test_missing_parameter_says_how_to_pass_it(tmp_path: Path) -> None:
    path = write_query(tmp_path, "MATCH (a {key: $from_key}), (b {key: $to_key}) RETURN a, b")
    query = querypack.open_query(str(path))
    with pytest.raises(InputError) as caught:
        query.parameters({"to_key": "x"})
    assert "missing parameter(s) from_key" in str(caught.value)
    assert "--param from_key=VALUE" in str(caught.value)


def test_values_without_a_default_are_read_as_literals_else_strings() -> None:
    assert convert("12", None, source="x") == 12
    assert convert("'quoted'", None, source="x") == "quoted"
    assert convert("true", None, source="x") is True
    assert convert("Sergey Lavrov", None, source="x") == "Sergey Lavrov"


def test_parameters_in_strings_and_comments_are_not_parameters() -> None:
    query = Query(
        name="q",
        path=Path("q.cypher"),
        text="// uses $nothing\nRETURN '$price' AS a, \"$cost\" AS b, $real AS c /* $gone */",
    )
    assert query.used_parameters == {"real"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("'it\\'s'", "it's"),
        ('"tab\\there"', "tab\there"),
        ("-3", -3),
        ("1e3", 1000.0),
        (".5", 0.5),
        ("NULL", None),
        ("False", False),
        ("[]", []),
        ("[1, [2, 'x'], null]", [1, [2, "x"], None]),
        ("{name: 'Lavrov', 'depth': 2, tags: []}", {"name": "Lavrov", "depth": 2, "tags": []}),
    ],
)
def test_parse_literal(text: str, value: object) -> None:
    assert parse_literal(text) == value


@pytest.mark.parametrize("text", ["", "[1, 2", "{a 1}", "rand()", "'open", "1 2", "[1,,2]"])
def test_parse_literal_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_literal(text)


def test_a_script_saved_from_browser_gives_its_bare_param_lines(tmp_path: Path) -> None:
    script = ":param limit => 3\n// :param name => 'NATO'\n\n"
    path = write_query(tmp_path, script + "MATCH (n {name: $name}) RETURN n LIMIT $limit\n")
    query = querypack.open_query(str(path))
    assert query.defaults == {"limit": 3, "name": "NATO"}
    assert ":param limit" not in query.text
    assert query.text.splitlines()[3] == "MATCH (n {name: $name}) RETURN n LIMIT $limit"
    assert query.parameters() == {"limit": 3, "name": "NATO"}


def test_bad_default_names_the_file(tmp_path: Path) -> None:
    path = write_query(tmp_path, "// Parameters:\n// :param limit => [1,\nRETURN $limit")
    with pytest.raises(InputError, match=r"mine.cypher: bad default for limit"):
        querypack.open_query(str(path))


# --- output --------------------------------------------------------------------

ROWS = [
    {"name": "Sergey Lavrov", "posts": 2, "evidence": ['He said, "no".', "Again"], "x": None},
    {"name": "NATO", "posts": 1, "evidence": [], "x": True},
]


def test_json_output_is_an_array_of_rows() -> None:
    out = io.StringIO()
    assert querypack.write_rows(iter(ROWS), "json", out) == 2
    assert json.loads(out.getvalue()) == ROWS


def test_json_output_without_rows() -> None:
    out = io.StringIO()
    assert querypack.write_rows(iter([]), "json", out) == 0
    assert json.loads(out.getvalue()) == []


def test_csv_output_has_a_header_and_lists_as_json() -> None:
    out = io.StringIO()
    assert querypack.write_rows(iter(ROWS), "csv", out) == 2
    lines = list(csv.reader(io.StringIO(out.getvalue())))
    assert lines[0] == ["name", "posts", "evidence", "x"]
    assert lines[1] == ["Sergey Lavrov", "2", '["He said, \\"no\\".", "Again"]', ""]
    assert lines[2] == ["NATO", "1", "[]", "true"]


def test_table_output_aligns_and_shortens() -> None:
    long = "x" * 200
    out = io.StringIO()
    querypack.write_rows(iter([{"a": long, "bb": 1}, {"a": "y", "bb": 22}]), "table", out)
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["a", "bb"]
    assert len(lines[2]) < 70 and lines[2].split()[0].endswith("…")
    assert lines[3].index("22") == lines[0].index("bb")
    assert lines[-1] == "(2 rows)"


def test_table_output_without_rows() -> None:
    out = io.StringIO()
    assert querypack.write_rows(iter([]), "table", out) == 0
    assert out.getvalue() == "(no rows)\n"


def test_table_output_joins_plain_lists() -> None:
    out = io.StringIO()
    rows = [{"place": ["Minsk", "Sochi"], "steps": [{"a": 1}], "none": []}]
    querypack.write_rows(iter(rows), "table", out)
    values = out.getvalue().splitlines()[2]
    assert values.startswith("Minsk; Sochi  ")
    assert '[{"a": 1}]' in values
