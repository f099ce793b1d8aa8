"""Plain channel dumps: blocks, pasted copies, versions, sources, trailers, dates."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from source_paths import EXAMPLES, SHARED_DUMP, shared_file

from graphkit.sources import dump, read_posts
from graphkit.sources.dump import read_dump

BODY = [
    "🔹 FM Sergey Lavrov met with Minister of Foreign Affairs of Egypt Badr Abdelatty.",
    "🔹 The ministers discussed the situation in the Gaza Strip and in Sudan.",
    "🔹 Mr Lavrov supported the mediation efforts of the League of Arab States.",
]
HEADLINE = "🎙 Foreign Minister Sergey Lavrov’s talks with Minister of Foreign Affairs of Egypt"


def posts_of(lines: list[str]) -> list:
    return list(read_dump(iter(lines), channel="test"))


def test_example_dump_yields_each_post_once() -> None:
    posts = list(read_posts(EXAMPLES / "channel_dump.txt"))
    assert len(posts) == 5
    assert len({post.text for post in posts}) == 5
    assert all(post.channel == "channel_dump" for post in posts)
    own, visit, announcement, edited, call = posts
    assert own.forwarded_from is None
    assert {visit.forwarded_from, announcement.forwarded_from, call.forwarded_from} == {
        "Russian MFA"
    }
    assert own.text.startswith("🎙 Foreign Minister Sergey Lavrov’s talks")
    assert announcement.text.startswith("#Announcement\n🗓 On October 8-9, 2024, in Minsk")
    assert edited.version_of == announcement.id
    assert "will speak at the plenary session" in edited.text
    assert [p.date for p in posts] == [
        "2024-06-10",
        "2024-03-04",
        "2024-10-08",
        "2024-10-08",
        "2024-08-02",
    ]
    assert visit.hashtags == ("CIS", "EAEU", "CSTO")
    assert not any("Read in full" in post.text or "Watch in full" in post.text for post in posts)


def test_ids_are_content_hashes_stable_across_runs() -> None:
    first = [post.id for post in read_posts(EXAMPLES / "channel_dump.txt")]
    second = [post.id for post in read_posts(EXAMPLES / "channel_dump.txt", channel="other")]
    assert first == second
    assert all(post_id.startswith("dump:") and len(post_id) == 21 for post_id in first)


def test_channel_argument_names_the_channel() -> None:
    posts = list(read_posts(EXAMPLES / "channel_dump.txt", channel="mfa_russia"))
    assert {post.channel for post in posts} == {"mfa_russia"}


def test_shared_sample_dump_has_four_posts_one_a_version() -> None:
    posts = list(read_posts(shared_file(SHARED_DUMP)))
    assert len(posts) == 4
    versions = [post for post in posts if post.version_of]
    assert len(versions) == 1
    assert versions[0].version_of == posts[1].id
    assert posts[0].text.startswith("🎙 FM Sergey Lavrov")
    assert posts[1].text.startswith("#Announcement")
    assert {post.forwarded_from for post in posts} == {"Russian MFA"}
    assert [post.date for post in posts] == ["2023-04-14", "2025-05-27", "2025-05-27", "2025-05-28"]


def test_fuller_copy_is_kept_when_it_comes_second() -> None:
    posts = posts_of([*BODY, HEADLINE, *BODY])
    assert len(posts) == 1
    assert posts[0].text == "\n".join([HEADLINE, *BODY])


def test_rubric_line_goes_with_the_copy_it_opens() -> None:
    posts = posts_of([*BODY, "#Announcement", *BODY])
    assert [post.text.splitlines()[0] for post in posts] == ["#Announcement"]


def test_cut_off_copy_is_a_duplicate() -> None:
    preview = [*BODY[:2], BODY[2][:30] + "…"]
    posts = posts_of([HEADLINE, *BODY, "Read in full", *preview])
    assert len(posts) == 1
    assert posts[0].text == "\n".join([HEADLINE, *BODY])


def test_copy_later_in_the_dump_is_dropped() -> None:
    other = ["☎️ Sergey Lavrov had a telephone conversation with Wang Yi.", "They discussed BRICS."]
    posts = posts_of([HEADLINE, *BODY, "Read more", *other, "Read more", *BODY, "Read more"])
    assert len(posts) == 2


def test_edited_version_names_the_earlier_post() -> None:
    edited = [*BODY[:2], "🔹 The ministers agreed to meet again in Cairo.", BODY[2]]
    posts = posts_of([HEADLINE, *BODY, "Read in full", HEADLINE, *edited])
    assert len(posts) == 2
    assert posts[1].version_of == posts[0].id
    assert posts[0].version_of is None


def test_unrelated_posts_are_not_versions() -> None:
    other = [
        "🗓 On April 3, 2025, in Brussels, NATO foreign ministers will hold a meeting.",
        "Sergey Lavrov criticised the alliance for its eastward expansion.",
    ]
    posts = posts_of([HEADLINE, *BODY, "Read in full", *other])
    assert [post.version_of for post in posts] == [None, None]


def test_forwarded_header_names_the_source_until_the_next_header() -> None:
    posts = posts_of(
        [
            "Forwarded from MFA Russia 🇷🇺",
            *BODY,
            "Forwarded from Embassy of Russia in Egypt",
            "Ambassador Georgy Borisenko met with the Secretary-General of the Arab League.",
        ]
    )
    assert [post.forwarded_from for post in posts] == ["MFA Russia", "Embassy of Russia in Egypt"]


def test_trailer_link_is_kept_and_trailer_dropped() -> None:
    posts = posts_of([*BODY, "Read in full: https://mid.ru/en/news/1234/", "Other post here."])
    assert posts[0].links == ("https://mid.ru/en/news/1234/",)
    assert "Read in full" not in posts[0].text
    assert posts[1].text == "Other post here."


@pytest.mark.parametrize(
    "trailer, links",
    [
        ("Read in full", ()),
        ("READ MORE → HTTPS://mid.ru/en/1", ("HTTPS://mid.ru/en/1",)),
        ("🔗 www.mid.ru/en/2 Watch in full", ("www.mid.ru/en/2",)),
        ("Подробнее: https://mid.ru/ru/3", ("https://mid.ru/ru/3",)),
    ],
)
def test_trailer_forms_close_the_post(trailer: str, links: tuple[str, ...]) -> None:
    posts = posts_of([BODY[0], trailer, BODY[1]])
    assert [post.text for post in posts] == [BODY[0], BODY[1]]
    assert posts[0].links == links


def test_line_naming_a_link_is_no_trailer() -> None:
    (post,) = posts_of([BODY[0], "Read in full at https://mid.ru/en/4"])
    assert post.text == f"{BODY[0]}\nRead in full at https://mid.ru/en/4"


def test_two_blank_lines_separate_posts_one_does_not() -> None:
    posts = posts_of([BODY[0], "", BODY[1], "", "", BODY[2]])
    assert [post.text for post in posts] == [f"{BODY[0]}\n{BODY[1]}", BODY[2]]


def test_client_copy_stamp_starts_a_post_with_its_date() -> None:
    posts = posts_of(
        ["MFA Russia, [14.04.23 12:00]", BODY[0], "MFA Russia, [15.04.2023 09:30]", BODY[1]]
    )
    assert [post.date for post in posts] == ["2023-04-14", "2023-04-15"]


def test_hashtags_and_links_in_order_once() -> None:
    (post,) = posts_of(
        ["Talks on #BRICS, #SCO and #BRICS again; see https://mid.ru/a, (https://mid.ru/b)."]
    )
    assert post.hashtags == ("BRICS", "SCO")
    assert post.links == ("https://mid.ru/a", "https://mid.ru/b")


def test_posts_stream_before_the_input_ends() -> None:
    def endless() -> Iterator[str]:
        for number in itertools.count():
            yield f"Forwarded from Channel {number}"
            yield f"Post number {number} about #BRICS."

    first_three = list(itertools.islice(read_dump(endless(), channel="x"), 3))
    assert [post.forwarded_from for post in first_three] == ["Channel 0", "Channel 1", "Channel 2"]


def test_far_copies_are_recognised_within_the_duplicate_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fillers = [[f"Readout number {n} on a separate subject.", "Read more"] for n in range(4)]
    lines = [*BODY, "Read more", *itertools.chain(*fillers), *BODY]
    assert len(posts_of(lines)) == 5
    monkeypatch.setattr(dump, "DUPLICATE_WINDOW", 2)  # hashes of the last 2 posts only
    assert len(posts_of(lines)) == 6
