"""Every query of the pack against the live Neo4j, loaded with the samples by the real pipeline.

The samples are the repository's examples and, where present, the project's
sample dump in ../shared. Each test asserts what the sample posts state, not a
whole result table.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from graphkit import querypack
from graphkit.cli import app
from graphkit.graph import EVIDENCE_SAMPLE
from graphkit.load import load
from graphkit.querypack import Query
from graphkit.sources import read_posts
from graphkit.store.neo4j import Neo4jStore

pytestmark = pytest.mark.neo4j

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = [REPO / "examples" / "channel_dump.txt", REPO / "examples" / "result.json"]
SHARED_DUMP = REPO.parent / "shared" / "data" / "channel_dump.txt"
SAMPLES = [*EXAMPLES, *([SHARED_DUMP] if SHARED_DUMP.is_file() else [])]
PACK = querypack.pack()
NEO4J_ENV = ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE")

needs_shared_dump = pytest.mark.skipif(
    not SHARED_DUMP.is_file(), reason="../shared/data/channel_dump.txt is not on this machine"
)

MEETING = "13th International Meeting of High Representatives for Security Issues"
CONFERENCE = "2nd International Conference on Eurasian Security"
KAZAKHSTAN_NEWS = "news conference following his visit to the Republic of Kazakhstan"


@pytest.fixture(scope="module")
def sample(neo4j_uri: str) -> Iterator[Neo4jStore]:
    """The session server, emptied, then loaded once with every sample; emptied after."""
    store = Neo4jStore(neo4j_uri)
    try:
        store.ensure_schema()
        wipe(store)
        load([str(path) for path in SAMPLES], store)
        yield store
        wipe(store)
    finally:
        store.close()


def wipe(store: Neo4jStore) -> None:
    list(store.run("MATCH (n) DETACH DELETE n", {}, read_only=False))


def run(store: Neo4jStore, name: str, **params: Any) -> list[dict[str, Any]]:
    """The rows of a pack query, its defaults overridden by ``params``."""
    query = querypack.find(name)
    unknown = set(params) - set(query.defaults)
    assert not unknown, f"{name} has no parameter(s) {unknown}"
    values = {**query.parameters(), **params}
    return list(store.run(query.text, values, read_only=True))


def by(rows: list[dict[str, Any]], column: str, value: Any) -> list[dict[str, Any]]:
    return [row for row in rows if row[column] == value]


def post_id(source: Path, *phrases: str) -> str:
    """The id the reader gives to the post of ``source`` containing every phrase."""
    ids = [p.id for p in read_posts(str(source)) if all(x in p.text for x in phrases)]
    assert ids, f"no post of {source.name} contains {phrases}"
    return ids[0]


def example_columns(query: Query) -> list[str]:
    """The column names of the example table in the query's comment block."""
    return query.example.splitlines()[0].split()


# --- every query ---------------------------------------------------------------


@pytest.mark.parametrize("query", PACK, ids=lambda q: q.name)
def test_every_query_answers_with_its_defaults(sample: Neo4jStore, query: Query) -> None:
    rows = run(sample, query.name)
    assert rows, f"{query.name} found nothing on the sample"
    assert list(rows[0]) == example_columns(query), "the documented example has other columns"


@pytest.mark.parametrize("query", PACK, ids=lambda q: q.name)
def test_param_defaults_read_as_browser_reads_them(sample: Neo4jStore, query: Query) -> None:
    """Browser evaluates ``:param name => expression`` as Cypher: so must the pack's parser."""
    for line in query.text.splitlines():
        match = querypack.PARAM_LINE.match(line.removeprefix("// "))
        if match:
            name, expression = match.groups()
            [row] = sample.run(f"RETURN {expression} AS value", {}, read_only=True)
            assert row["value"] == query.defaults[name]
            assert type(row["value"]) is type(query.defaults[name])


# --- actors --------------------------------------------------------------------


def test_actors_overview_ranks_by_posts(sample: Neo4jStore) -> None:
    rows = run(sample, "actors-overview", limit=1000)
    posts = [row["posts"] for row in rows]
    assert posts == sorted(posts, reverse=True)
    [lavrov] = by(rows, "name", "Sergey Lavrov")
    assert lavrov["type"] == "Person"
    assert lavrov["posts"] >= 8  # he is in nearly every sample post
    assert rows[0]["name"] == "Sergey Lavrov"
    people = run(sample, "actors-overview", type="person", limit=1000)
    assert {row["type"] for row in people} == {"Person"}
    assert {"Sergey Lavrov", "Maxim Ryzhenkov", "Wang Yi"} <= {row["name"] for row in people}


def test_actors_by_type_counts_every_actor(sample: Neo4jStore) -> None:
    rows = run(sample, "actors-by-type", top=3)
    overview = run(sample, "actors-overview", limit=100000)
    assert sum(row["actors"] for row in rows) == len(overview)
    [people] = by(rows, "type", "Person")
    assert people["most_mentioned"][0].startswith("Sergey Lavrov (")
    assert all(len(row["most_mentioned"]) <= 3 for row in rows)


@pytest.mark.parametrize(
    "spelling", ["Sergey Lavrov", "sergey lavrov", "alias", "person:sergey-lavrov", "LAVROV"]
)
def test_actor_profile_by_key_name_alias_or_surname(sample: Neo4jStore, spelling: str) -> None:
    if spelling == "alias":
        [lavrov] = sample.run(
            "MATCH (e:Entity {key: 'person:sergey-lavrov'}) RETURN e.aliases AS aliases",
            {},
            read_only=True,
        )
        assert lavrov["aliases"], "Sergey Lavrov has no alias ('Mr Lavrov' in the posts)"
        spelling = lavrov["aliases"][0].upper()
    rows = run(sample, "actor-profile", actor=spelling)
    assert {row["actor"] for row in rows} == {"Sergey Lavrov"}
    criticised = {row["other"] for row in by(rows, "relation", "CRITICISED")}
    assert "NATO" in criticised
    visited = by(rows, "relation", "VISITED")
    assert any(
        row["other"] == "Kazakhstan" and row["first_seen"] == "2024-03-04" for row in visited
    )
    met = by(rows, "relation", "MET_WITH")
    assert "Sugiono" in {row["other"] for row in met}  # talks; phone calls are optional
    assert {row["direction"] for row in met} == {"with"}
    events = by(rows, "aspect", "event")
    assert any(row["relation"] == "SPOKE_AT" and row["other"] == KAZAKHSTAN_NEWS for row in events)
    for row in rows:
        assert row["posts"] >= 1
        assert row["first_seen"] is None or row["first_seen"] <= row["last_seen"]


def test_actor_profile_sorts_roles_events_and_relations(sample: Neo4jStore) -> None:
    rows = run(sample, "actor-profile", actor="maxim ryzhenkov")
    assert [row["aspect"] for row in rows] == sorted(
        (row["aspect"] for row in rows), key=["role", "event", "relation"].index
    )
    [role] = by(rows, "aspect", "role")
    assert (role["relation"], role["other"], role["other_type"]) == (
        "HOLDS_ROLE",
        "Belarus",
        "Country",
    )
    [chair] = by(rows, "relation", "CHAIRED")
    assert (chair["aspect"], chair["other"], chair["modality"]) == ("event", CONFERENCE, "planned")
    assert chair["first_seen"] == "2024-10-08"


# --- criticism and support -------------------------------------------------------


def test_lavrov_criticised_nato_with_evidence_and_posts(sample: Neo4jStore) -> None:
    rows = run(sample, "who-criticised-whom", actor="NATO")
    [row] = by(rows, "critic", "Sergey Lavrov")
    assert row["target"] == "NATO"
    # The evidence sample: the earliest asserting posts, at most EVIDENCE_SAMPLE of them.
    sampled = min(row["posts"], EVIDENCE_SAMPLE)
    assert sampled == len(row["post_ids"]) == len(row["evidence"]) == len(row["dates"])
    assert row["dates"] == sorted(row["dates"])
    kazakhstan = post_id(EXAMPLES[0], "criticised NATO")
    assert kazakhstan in row["post_ids"]
    evidence = row["evidence"][row["post_ids"].index(kazakhstan)]
    assert "criticised NATO" in evidence
    assert row["first_seen"] == "2024-03-04" == row["dates"][0]


@needs_shared_dump
def test_lavrov_criticised_nato_in_the_shared_dump(sample: Neo4jStore) -> None:
    [row] = by(run(sample, "who-criticised-whom", actor="SERGEY LAVROV"), "target", "NATO")
    assert row["last_seen"] == "2025-05-28"
    remarks = post_id(SHARED_DUMP, MEETING, "NATO")
    asserting = run(
        sample, "posts-asserting-relation", subject="Sergey Lavrov", relation="CRITICISED",
        object="NATO",
    )  # fmt: skip
    assert len(asserting) == row["posts"]
    [posted] = [r for r in asserting if r["post_id"] == remarks]
    assert "NATO" in posted["evidence"]


def test_who_criticised_whom_filters_by_actor(sample: Neo4jStore) -> None:
    everyone = run(sample, "who-criticised-whom", limit=1000)
    # "the European Union" in the post, "EU" its canonical name; found by key or alias too
    for spelling in ("EU", "organisation:eu", "european union"):
        eu = run(sample, "who-criticised-whom", actor=spelling)
        assert eu and all("EU" in (row["critic"], row["target"]) for row in eu)
        assert len(eu) < len(everyone)
    wang = post_id(EXAMPLES[0], "Wang Yi criticised the European Union")
    assert any(wang in row["post_ids"] for row in eu)


def test_who_supported_whom(sample: Neo4jStore) -> None:
    rows = run(sample, "who-supported-whom", actor="Sergey Lavrov")
    targets = {row["target"] for row in by(rows, "supporter", "Sergey Lavrov")}
    assert {"SCO", "ASEAN"} <= targets  # "the Shanghai Cooperation Organisation" in a post
    for row in rows:
        assert len(row["evidence"]) == len(row["post_ids"]) == min(row["posts"], EVIDENCE_SAMPLE)
        assert all(sentence.strip() for sentence in row["evidence"])


# --- networks ----------------------------------------------------------------------


def test_ego_network_grows_with_depth(sample: Neo4jStore) -> None:
    one = run(sample, "ego-network", depth=1)
    two = run(sample, "ego-network", depth=2)
    assert {row["hops"] for row in one} == {1}
    assert {row["hops"] for row in two} == {1, 2}
    assert all(row["actors"][0] == "Sergey Lavrov" for row in two)
    reached = [row["actors"][-1] for row in two]
    assert len(reached) == len(set(reached)), "one row per actor reached"
    assert {row["actors"][-1] for row in one} <= set(reached)
    # Lavrov -VISITED-> Kazakhstan; the news conference there -HELD_IN-> Astana
    assert {"NATO", "Kazakhstan", "Astana"} <= set(reached)
    [astana] = [row for row in two if row["actors"][-1] == "Astana"]
    assert astana["hops"] == 2 and astana["relations"][-1] == "HELD_IN"
    path = two[0]["path"]
    assert len(path.nodes) == 1 + two[0]["hops"]


def test_ego_network_depth_is_capped_by_the_pattern(sample: Neo4jStore) -> None:
    rows = run(sample, "ego-network", depth=9, limit=100000)
    assert max(row["hops"] for row in rows) == 3


def test_shortest_paths_between_two_actors(sample: Neo4jStore) -> None:
    rows = run(sample, "shortest-paths", from_actor="sergey lavrov", to_actor="Maxim Ryzhenkov")
    assert rows
    assert {row["hops"] for row in rows} == {min(row["hops"] for row in rows)}
    for row in rows:
        assert row["actors"][0] == "Sergey Lavrov"
        assert row["actors"][-1] == "Maxim Ryzhenkov"


@needs_shared_dump
def test_shortest_path_from_lavrov_to_shoigu_runs_through_the_meeting(sample: Neo4jStore) -> None:
    rows = run(sample, "shortest-paths", from_actor="Sergey Lavrov", to_actor="Sergey Shoigu")
    assert rows and all(row["hops"] == 2 for row in rows)
    # Lavrov -SPOKE_AT-> the meeting <-CHAIRED- Shoigu, among other chains of two
    assert any(
        row["actors"][1] == MEETING and row["relations"] == ["SPOKE_AT", "CHAIRED"] for row in rows
    )


def test_co_mentions_are_weighted_by_shared_posts(sample: Neo4jStore) -> None:
    rows = run(sample, "co-mentions", actor="Sergey Lavrov", min_posts=1, limit=1000)
    assert rows
    weights = [row["weight"] for row in rows]
    assert weights == sorted(weights, reverse=True)
    assert all("Sergey Lavrov" in (row["actor"], row["other"]) for row in rows)
    pairs = {frozenset((row["actor"], row["other"])): row for row in rows}
    nato = pairs[frozenset(("Sergey Lavrov", "NATO"))]
    assert nato["weight"] >= 3
    assert len(nato["post_ids"]) == min(nato["weight"], 10)
    strong = run(sample, "co-mentions", min_posts=3, limit=100000)
    assert all(row["weight"] >= 3 for row in strong)


def test_co_mentions_count_only_the_most_recent_posts(sample: Neo4jStore) -> None:
    [latest] = sample.run(
        "MATCH (p:Post) WHERE p.date IS NOT NULL WITH p ORDER BY p.date DESC LIMIT 1"
        " RETURN p.id AS id, COUNT { (p)-[:MENTIONS]->() } AS actors",
        {},
        read_only=True,
    )
    rows = run(sample, "co-mentions", posts=1, min_posts=1, limit=100000)
    assert len(rows) == latest["actors"] * (latest["actors"] - 1) // 2 > 0
    assert all(row["weight"] == 1 and row["post_ids"] == [latest["id"]] for row in rows)


# --- events --------------------------------------------------------------------------


def test_events_timeline_minsk_conference(sample: Neo4jStore) -> None:
    rows = run(sample, "events-timeline")
    [row] = by(rows, "event", CONFERENCE)
    assert row["place"] == ["Minsk"]
    assert [name.removesuffix(" (planned)") for name in row["chair"]] == ["Maxim Ryzhenkov"]
    assert {"CSTO", "CIS", "EAEU", "SCO"} <= set(row["invitees"])
    assert row["invited_by"]  # who, the post leaves to the extractor
    dated = [row["date"] for row in rows if row["date"] is not None]
    assert dated == sorted(dated)


@needs_shared_dump
def test_events_timeline_13th_international_meeting(sample: Neo4jStore) -> None:
    [row] = by(run(sample, "events-timeline"), "event", MEETING)
    assert row["place"] == ["Moscow"]
    assert [name.removesuffix(" (planned)") for name in row["chair"]] == ["Sergey Shoigu"]
    assert {"CIS", "CSTO", "EAEU", "SCO"} <= set(row["invitees"])
    assert "Sergey Lavrov" in row["speakers"]
    assert row["date"] is not None and row["date"].startswith("2025-05")


def test_events_timeline_date_bounds(sample: Neo4jStore) -> None:
    rows = run(sample, "events-timeline", since="2024-07-01", until="2024-12-31")
    assert rows
    assert all("2024-07-01" <= row["date"] <= "2024-12-31" for row in rows)
    assert CONFERENCE in {row["event"] for row in rows}


def test_most_invited_organisations(sample: Neo4jStore) -> None:
    rows = run(sample, "most-invited-organisations")
    invited = {row["invited"]: row for row in rows}
    assert {"CSTO", "CIS", "EAEU", "SCO"} <= set(invited)
    assert all(row["type"] == "Organisation" for row in rows)
    assert invited["EAEU"]["posts"] >= 2  # the Minsk and the Sochi invitations
    assert invited["CIS"]["posts"] >= 2  # the Minsk announcement and its version
    for row in rows:
        counts = [re.fullmatch(r".+ \((\d+)\)", who) for who in row["invited_by"]]
        assert all(counts) and sum(int(c.group(1)) for c in counts if c) >= row["posts"]
    assert CONFERENCE in invited["CIS"]["events"]
    posts = [row["posts"] for row in rows]
    assert posts == sorted(posts, reverse=True)


@needs_shared_dump
def test_organisations_invited_to_the_13th_international_meeting(sample: Neo4jStore) -> None:
    invited = {row["invited"]: row for row in run(sample, "most-invited-organisations")}
    for name in ("CIS", "CSTO", "EAEU", "SCO"):
        assert MEETING in invited[name]["events"]
        assert invited[name]["posts"] >= 2  # the announcement and its version


def test_meetings_and_visits(sample: Neo4jStore) -> None:
    rows = run(sample, "meetings-and-visits", actor="person:sergey-lavrov")
    met = {
        row["subject"] if row["object"] == "Sergey Lavrov" else row["object"]
        for row in by(rows, "relation", "MET_WITH")
    }
    assert "Sugiono" in met
    visits = by(rows, "relation", "VISITED")
    assert any(row["object"] == "Kazakhstan" for row in visits)
    firsts = [row["first_seen"] for row in rows if row["first_seen"]]
    assert firsts == sorted(firsts)


# --- provenance ------------------------------------------------------------------------


def test_what_a_post_asserts(sample: Neo4jStore) -> None:
    kazakhstan = post_id(EXAMPLES[0], "criticised NATO")
    rows = run(sample, "post-assertions", post_id=kazakhstan)
    assert all(row["date"].startswith("2024-03-04") for row in rows)
    [criticism] = [r for r in rows if r["relation"] == "CRITICISED" and r["object"] == "NATO"]
    assert criticism["subject"] == "Sergey Lavrov"
    assert "criticised NATO" in criticism["evidence"]
    assert any(r["relation"] == "VISITED" and r["object"] == "Kazakhstan" for r in rows)
    assert all(r["evidence"] for r in rows)


def test_posts_asserting_a_relation(sample: Neo4jStore) -> None:
    rows = run(
        sample,
        "posts-asserting-relation",
        subject="sergey lavrov",
        relation="criticised",
        object="nato",
    )
    assert {(row["subject"], row["relation"], row["object"]) for row in rows} == {
        ("Sergey Lavrov", "CRITICISED", "NATO")
    }
    ids = [row["post_id"] for row in rows]
    assert len(ids) == len(set(ids)) >= 2
    assert post_id(EXAMPLES[0], "criticised NATO") in ids
    assert all("NATO" in row["evidence"] or "alliance" in row["evidence"] for row in rows)


def test_posts_asserting_a_meeting_from_either_side(sample: Neo4jStore) -> None:
    forward = run(
        sample,
        "posts-asserting-relation",
        subject="Sergey Lavrov",
        relation="MET_WITH",
        object="Sugiono",
    )
    backward = run(
        sample,
        "posts-asserting-relation",
        subject="Sugiono",
        relation="MET_WITH",
        object="Sergey Lavrov",
    )
    assert forward and len(forward) == len(backward)
    assert {row["post_id"] for row in forward} == {row["post_id"] for row in backward}


# --- over time and by source ----------------------------------------------------------


def test_new_actors_per_month(sample: Neo4jStore) -> None:
    rows = run(sample, "new-actors-per-month", examples=100000)
    months = {row["month"]: row for row in rows}
    assert [row["month"] for row in rows] == sorted(months)
    assert all(row["new_actors"] == len(row["examples"]) for row in rows)
    [lavrov_month] = [row["month"] for row in rows if "Sergey Lavrov" in row["examples"]]
    assert lavrov_month == ("2023-04" if SHARED_DUMP.is_file() else "2024-03")
    assert "Maxim Ryzhenkov" in months["2024-10"]["examples"]
    total = sum(row["new_actors"] for row in rows)
    assert total == len(run(sample, "actors-overview", limit=100000))
    assert len(run(sample, "new-actors-per-month", examples=1)[0]["examples"]) == 1


def test_forwarded_channels(sample: Neo4jStore) -> None:
    rows = run(sample, "forwarded-channels")
    channels = {row["channel"]: row for row in rows}
    mfa = next(row for name, row in channels.items() if name.startswith("Russian MFA"))
    assert mfa["posts"] >= 3
    assert mfa["first_post"] <= mfa["last_post"]
    assert any(name.startswith("Permanent Mission of Russia to ASEAN") for name in channels)


# --- data quality -------------------------------------------------------------------------


def test_possible_duplicates_are_alike_pairs(sample: Neo4jStore) -> None:
    rows = run(sample, "possible-duplicates", limit=1000)
    reasons = {
        "same name",
        "alias of the other",
        "name contained in the other",
        "shared alias",
        "shared surname",
    }
    for row in rows:
        assert row["reason"] in reasons
        assert row["key"] < row["other_key"]
        if row["reason"] != "same name":
            assert row["type"] == row["other_type"]
        if row["reason"] == "name contained in the other":
            short, long = sorted((row["name"].lower(), row["other_name"].lower()), key=len)
            assert short in long


def test_possible_duplicates_finds_a_planted_pair(sample: Neo4jStore) -> None:
    """One actor stored twice under two keys is reported, then removed again."""
    sample_person = "person:graphkit-test-lavrov"
    planted = list(
        sample.run(
            "CREATE (e:Entity:Person {key: $key, name: 'Lavrov', aliases: []}) RETURN e.key AS key",
            {"key": sample_person},
            read_only=False,
        )
    )
    try:
        assert planted
        rows = run(sample, "possible-duplicates", limit=100000)
        pair = [r for r in rows if sample_person in (r["key"], r["other_key"])]
        assert any(
            r["reason"] in ("name contained in the other", "alias of the other", "shared alias")
            and "Sergey Lavrov" in (r["name"], r["other_name"])
            for r in pair
        )
    finally:
        list(
            sample.run(
                "MATCH (e:Entity {key: $key}) DELETE e", {"key": sample_person}, read_only=False
            )
        )


def test_weak_relations_rest_on_one_post(sample: Neo4jStore) -> None:
    rows = run(sample, "weak-relations", max_confidence=1.0, limit=100000)
    assert rows
    for row in rows:
        assert row["confidence"] <= 1.0
        assert row["post_id"] and row["evidence"] and row["rule"]
    strict = run(sample, "weak-relations", max_confidence=0.0, limit=100000)
    assert len(strict) <= len(rows)
    confidences = [row["confidence"] for row in rows]
    assert confidences == sorted(confidences)


# --- the command line on the live server --------------------------------------------------


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    for name in NEO4J_ENV:
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


def test_cli_json(sample: Neo4jStore, runner: CliRunner, neo4j_uri: str) -> None:
    args = ["query", "who-criticised-whom", "--param", "actor=NATO", "--format", "json"]
    result = runner.invoke(app, [*args, "--neo4j-uri", neo4j_uri])
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows == run(sample, "who-criticised-whom", actor="NATO")
    assert any(row["critic"] == "Sergey Lavrov" for row in rows)


def test_cli_csv(sample: Neo4jStore, runner: CliRunner, neo4j_uri: str) -> None:
    args = ["query", "events-timeline", "-p", "since=2024-10-01", "-p", "limit=50"]
    result = runner.invoke(app, [*args, "--format", "csv", "--neo4j-uri", neo4j_uri])
    assert result.exit_code == 0, result.stderr
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    expected = run(sample, "events-timeline", since="2024-10-01", limit=50)
    assert len(table) == len(expected)
    [minsk] = [row for row in table if row["event"] == CONFERENCE]
    assert json.loads(minsk["place"]) == ["Minsk"]


def test_cli_table_draws_paths(sample: Neo4jStore, runner: CliRunner, neo4j_uri: str) -> None:
    args = [
        "query",
        "shortest-paths",
        "-p",
        "from_actor=Sergey Lavrov",
        "-p",
        "to_actor=maxim ryzhenkov",
    ]
    result = runner.invoke(app, [*args, "--neo4j-uri", neo4j_uri])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["path", "hops"]
    assert lines[2].startswith("Sergey Lavrov -[")
    assert lines[-1].endswith("rows)") or lines[-1] == "(1 row)"


def test_cli_runs_a_users_write_query_given_write(
    sample: Neo4jStore, runner: CliRunner, neo4j_uri: str, tmp_path: Path
) -> None:
    own = tmp_path / "scratch.cypher"
    own.write_text("CREATE (s:GraphkitScratch {tag: $tag}) RETURN s.tag AS tag\n")
    result = runner.invoke(
        app,
        [
            *("query", str(own), "--write", "-p", "tag=t1"),
            *("--format", "json", "--neo4j-uri", neo4j_uri),
        ],
    )
    try:
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout) == [{"tag": "t1"}]
    finally:
        list(sample.run("MATCH (s:GraphkitScratch) DELETE s", {}, read_only=False))


def test_cli_server_warnings_are_one_line_each(
    sample: Neo4jStore, runner: CliRunner, neo4j_uri: str, tmp_path: Path
) -> None:
    own = tmp_path / "typo.cypher"
    own.write_text("MATCH (p:Persn) RETURN p.nmae AS name\n")
    result = runner.invoke(app, ["query", str(own), "--neo4j-uri", neo4j_uri])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "(no rows)\n"
    assert sorted(result.stderr.splitlines()) == [
        "graphkit: warning: label does not exist. The label `Persn` does not exist."
        " Verify that the spelling is correct.",
        "graphkit: warning: property key does not exist. The property `nmae` does not exist."
        " Verify that the spelling is correct.",
    ]


def test_cli_cypher_error_is_one_line(runner: CliRunner, neo4j_uri: str, tmp_path: Path) -> None:
    own = tmp_path / "broken.cypher"
    own.write_text("MATCH (p:Person RETURN p\n")
    result = runner.invoke(app, ["query", str(own), "--neo4j-uri", neo4j_uri])
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"graphkit: Neo4j at {neo4j_uri}: Neo.ClientError.Statement.SyntaxError")


def test_cli_query_over_the_memory_limit_is_one_line(
    runner: CliRunner, neo4j_uri: str, tmp_path: Path
) -> None:
    """The server refuses a query for its transaction memory limit: a query to narrow, exit 2,
    not an outage (exit 3)."""
    greedy = tmp_path / "greedy.cypher"
    greedy.write_text(
        "UNWIND range(1, 400000000) AS x\n"
        "WITH collect('a string that takes room ' + toString(x)) AS items\n"
        "RETURN size(items) AS n\n"
    )
    result = runner.invoke(app, ["query", str(greedy), "--neo4j-uri", neo4j_uri])
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"graphkit: Neo4j at {neo4j_uri} ran out of memory for this query (")
    assert "unavailable" not in line
