"""Posts in, resolved extractions out: the function ``graphkit extract`` and the
loader call.

Streaming and deterministic: each post is analysed on its own, then resolved
with one ``Resolver`` shared by the whole stream (seeded with ``known``
entities from a store), so the same actor gets the same key in every post.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from graphkit.errors import OnWarning
from graphkit.extract import Found, KnowledgeBase, Mention, analyse
from graphkit.extract.lang import READ_LANGUAGES, detect_language
from graphkit.extract.sentences import MAX_SENTENCE_TOKENS
from graphkit.models import Entity, Extraction, Post, Relation
from graphkit.resolve import Candidate, Resolver

#: A longer post is skipped (a Telegram message holds at most 4,096 characters): the
#: rules relate the mentions of a post to each other, so their time grows faster than
#: its length (about 1 s of CPU for 50,000 characters of names and verbs).
MAX_POST_CHARS = 50_000
#: The warnings ``extract`` gives, with the limits they name.
LONG_POST = f"post(s) over {MAX_POST_CHARS:,} characters skipped"
LONG_SENTENCE = f"post(s) with a sentence over {MAX_SENTENCE_TOKENS} tokens cut"


def _local_id(mention: Mention) -> str:
    return _root_id(mention.root())


def _root_id(root: Mention) -> str:
    if root.key is not None:
        return root.key
    return f"{root.type}|{root.name}"


def _candidates(mentions: list[Mention]) -> list[Candidate]:
    by_local: dict[str, Candidate] = {}
    for mention in mentions:
        if mention.kind == "event-ref":
            continue
        root = mention.root()
        local = _root_id(root)
        candidate = by_local.get(local)
        if candidate is None:
            candidate = Candidate(local, root.type, root.name, key=root.key, scope=root.scope)
            by_local[local] = candidate
        surface = mention.surface if mention.kind != "event" or root.key else ""
        if surface and surface not in candidate.surfaces:
            candidate.surfaces.append(surface)
    return list(by_local.values())


def _relations(
    found: list[Found], entities: dict[str, Entity], evidence: dict[int, str]
) -> tuple[Relation, ...]:
    best: dict[tuple[str, str, str], Relation] = {}
    for item in found:
        source = entities.get(_local_id(item.source))
        target = entities.get(_local_id(item.target))
        if source is None or target is None or source.id == target.id:
            continue
        ends = (source.id, target.id)
        if item.type == "MET_WITH":
            ends = (min(ends), max(ends))
        slot = (ends[0], item.type, ends[1])
        kept = best.get(slot)
        if (
            kept is None
            or (kept.modality == "planned" and item.modality == "asserted")
            or (kept.modality == item.modality and item.confidence > kept.confidence)
        ):
            # made only when kept: a frozen dataclass is slow to build
            best[slot] = Relation(
                source=source.id,
                type=item.type,
                target=target.id,
                evidence=evidence[item.sentence],
                confidence=item.confidence,
                rule=item.rule,
                modality=item.modality,
            )
    return tuple(best.values())


@dataclass
class LanguageCount:
    """Posts per detected language in one run, for the warning about the unread ones."""

    posts: Counter[str] = field(default_factory=Counter)

    def unread(self) -> dict[str, int]:
        """Posts per language graphkit does not extract from, most frequent first."""
        return {
            lang: count
            for lang, count in self.posts.most_common()
            if lang not in READ_LANGUAGES and lang != "und"
        }

    def warning(self) -> str | None:
        """ "12 posts in languages graphkit does not read: fr 9, de 3", or None."""
        unread = self.unread()
        if not unread:
            return None
        total = sum(unread.values())
        listed = ", ".join(f"{lang} {count}" for lang, count in unread.items())
        noun = "post" if total == 1 else "posts"
        return f"{total} {noun} in languages graphkit does not read: {listed}"


def _no_sentence(index: int) -> str:
    return ""


def _hashtag_mentions(post: Post, kb: KnowledgeBase) -> list[Mention]:
    """The knowledge-base entries a post's hashtags name (#BRICS), whatever its language."""
    if not post.hashtags:
        return []
    return [m for m in analyse(" ".join(post.hashtags), kb).mentions if m.key is not None]


def extract_one(
    post: Post, kb: KnowledgeBase, resolver: Resolver, on_warning: OnWarning | None = None
) -> Extraction:
    """The extraction of a single post, resolved with ``resolver``.

    The post's language is detected when it has none: Russian posts go to the Russian
    extractor, English (and undecided) ones to the English one; posts in other languages
    keep only the entities their hashtags name. ``on_warning`` hears when a sentence over
    MAX_SENTENCE_TOKENS tokens was cut.
    """
    if post.lang is None:
        detected = detect_language(post.text)
        if detected is not None:
            post = replace(post, lang=detected)
    if post.lang == "ru":
        from graphkit.extract.ru import analyse_ru  # loads natasha: only for Russian posts

        ru = analyse_ru(post.text, kb)
        mentions, found, sentence_text = ru.mentions, ru.relations, ru.doc.sentence_text
    elif post.lang in (None, "en"):
        analysis = analyse(post.text, kb)
        if analysis.doc.cut_sentences and on_warning is not None:
            on_warning(LONG_SENTENCE, f"post {post.id}")
        mentions, found = analysis.mentions, analysis.relations
        sentence_text = analysis.doc.sentence_text
    else:
        mentions, found, sentence_text = _hashtag_mentions(post, kb), [], _no_sentence
    candidates = _candidates(mentions)
    entities = resolver.resolve(candidates, post_id=post.id, day=post.day)
    evidence = {f.sentence: sentence_text(f.sentence) for f in found}
    unique = tuple(dict((e.id, e) for e in entities.values()).values())
    return Extraction(post=post, entities=unique, relations=_relations(found, entities, evidence))


def extract(
    posts: Iterable[Post],
    *,
    kb: KnowledgeBase | None = None,
    known: Iterable[Entity] = (),
    languages: LanguageCount | None = None,
    on_warning: OnWarning | None = None,
) -> Iterator[Extraction]:
    """One ``Extraction`` per post, in input order (lazy: reads one post at a time).

    ``languages`` counts the posts of each detected language. A post over MAX_POST_CHARS
    is skipped; ``on_warning`` hears it, and each post whose over-long sentences were cut."""
    kb = kb or KnowledgeBase.default()
    resolver = Resolver(known)
    for post in posts:
        if len(post.text) > MAX_POST_CHARS:
            if on_warning is not None:
                on_warning(LONG_POST, f"post {post.id} ({len(post.text):,} characters)")
            continue
        extraction = extract_one(post, kb, resolver, on_warning)
        if languages is not None:
            languages.posts[extraction.post.lang or "und"] += 1
        yield extraction
