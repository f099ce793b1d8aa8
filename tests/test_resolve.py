"""Resolution: one key per actor within a post, across posts and across runs."""

from __future__ import annotations

from graphkit.models import Entity, Post
from graphkit.pipeline import extract
from graphkit.resolve import Candidate, Resolver, person_key


def posts(*texts: str) -> list[Post]:
    return [
        Post(id=f"p{i}", channel="t", text=t, date=f"2024-01-0{i + 1}") for i, t in enumerate(texts)
    ]


def test_person_keys_drop_middle_initials() -> None:
    assert person_key("Antony J. Reed") == person_key("Antony Reed") == "person:antony-reed"
    assert person_key("Lê Lương Minh") == "person:le-luong-minh"


def test_aliases_and_hashtags_share_one_key_within_a_post() -> None:
    (result,) = extract(
        posts("The #CSTO and the Collective Security Treaty Organisation met. CSTO.")
    )
    csto = [e for e in result.entities if e.id == "organisation:csto"]
    assert len(csto) == 1
    assert {"#CSTO", "Collective Security Treaty Organisation"} <= set(csto[0].aliases)
    assert len({e.id for e in result.entities}) == len(result.entities)


def test_surnames_resolve_across_posts_and_runs() -> None:
    first, second = extract(
        posts(
            "Foreign Minister Pavel Orlov arrived in Cairo.",
            "Minister Orlov said the talks went well.",
        )
    )
    (orlov,) = [e for e in first.entities if e.type == "Person"]
    assert orlov.id == "person:pavel-orlov"
    assert [e.id for e in second.entities if e.type == "Person"] == [orlov.id]
    # a later run, seeded with what the store already holds
    (later,) = extract(posts("Mr Orlov thanked his hosts."), known=[orlov])
    assert [e.id for e in later.entities if e.type == "Person"] == [orlov.id]
    # unseeded, the bare surname keeps its own key
    (alone,) = extract(posts("Mr Orlov thanked his hosts."))
    assert [e.id for e in alone.entities if e.type == "Person"] == ["person:orlov"]


def test_ambiguous_surnames_stay_apart() -> None:
    known = [
        Entity("person:pavel-orlov", "Person", "Pavel Orlov"),
        Entity("person:ivan-orlov", "Person", "Ivan Orlov"),
    ]
    resolver = Resolver(known)
    resolved = resolver.resolve([Candidate("x", "Person", "Orlov")], post_id="p", day=None)
    assert resolved["x"].id == "person:orlov"


def test_known_names_are_kept_across_runs() -> None:
    resolver = Resolver([Entity("person:antony-reed", "Person", "Antony J. Reed")])
    resolved = resolver.resolve(
        [Candidate("x", "Person", "Antony Reed")], post_id="p", day="2024-01-01"
    )
    assert resolved["x"] == Entity(
        "person:antony-reed", "Person", "Antony J. Reed", ("Antony Reed",)
    )


def test_post_scoped_events_get_the_day_or_post() -> None:
    resolver = Resolver()
    candidate = Candidate("e", "Event", "news conference", scope="post")
    dated = resolver.resolve([candidate], post_id="p1", day="2024-05-01")["e"]
    undated = resolver.resolve([candidate], post_id="p1", day=None)["e"]
    assert dated.id == "event:news-conference@2024-05-01"
    assert undated.id.startswith("event:news-conference@") and undated.id != dated.id


def test_names_drop_the_hashtag_sign_and_keep_the_written_form() -> None:
    (result,) = extract(
        posts("Sergey Lavrov took part in the #BRICS Foreign Ministers Meeting in Rio de Janeiro.")
    )
    (meeting,) = [e for e in result.entities if e.type == "Event"]
    assert meeting.name == "BRICS Foreign Ministers Meeting"
    assert "#BRICS Foreign Ministers Meeting" in meeting.aliases
    assert not any(e.name.startswith("#") for e in result.entities)
