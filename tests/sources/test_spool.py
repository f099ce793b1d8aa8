"""PostSpool: posts and notes come back whole and in order, however many."""

from __future__ import annotations

from dataclasses import fields

from graphkit.models import Post
from graphkit.sources.spool import PostSpool


def full_post(number: int) -> Post:
    """A post with every field set, so that a field the spool forgot would show."""
    return Post(
        id=f"5:{number}",
        channel="MFA",
        text=f"Readout {number}: Sergey Lavrov met with Wang Yi. " * 20,
        forwarded_from="Embassy",
        date="2024-05-01T12:00:00Z",
        hashtags=("BRICS", "SCO"),
        links=("https://mid.ru/en/1",),
        version_of=f"5:{number - 1}",
    )


def test_every_field_of_a_post_comes_back() -> None:
    post = full_post(1)
    assert all(getattr(post, field.name) for field in fields(Post))  # none left at default
    spool = PostSpool()
    spool.add(post)
    assert list(spool.replay()) == [post]


def test_posts_and_notes_come_back_in_order_past_memory_and_batches() -> None:
    items: list[Post | str] = []
    for number in range(3000):  # about 3 MB of text: more than the spool keeps in memory
        items.append(full_post(number))
        if number % 700 == 0:
            items.append(f"message {number}: skipped")
    spool = PostSpool()
    for item in items:
        spool.add(item)
    assert list(spool.replay()) == items


def test_an_empty_spool_replays_nothing() -> None:
    assert list(PostSpool().replay()) == []
