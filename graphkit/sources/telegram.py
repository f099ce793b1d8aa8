"""Telegram Desktop "Export chat history" JSON (``result.json``), read incrementally.

Two forms: one chat ``{name, type, id, messages: [...]}`` and a whole account
``{..., chats: {list: [{name, type, id, messages}]}, left_chats: {list: [...]}}``.
One message at a time is built, so memory does not grow with the size of the export:
by the C parser (``ijson.items``) for a single chat whose layout ``check_syntax`` has
vouched for, else from the stream of parse events, which tells which chat is whose.

A post's id is ``<chat id>:<message id>``, its channel the chat's name (without emoji
decoration), its date the UTC ``date_unixtime``. ``from``/``from_id`` are not used: in a
channel they name the channel itself. Service messages and messages without text (a photo
with no caption) are left out silently; a message that cannot be read is reported through
``on_skip`` and left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import IO, Any

import ijson

from graphkit.errors import OnWarning
from graphkit.models import Post
from graphkit.sources.dates import INVALID_DATE, checked_iso, dateline_day
from graphkit.sources.jsonscan import LoneSurrogates, Readable, check_depth
from graphkit.sources.text import clean_channel_name, hashtags_in, links_in, unique

#: Where chats sit in an export: the root (one chat) or the lists of an account export.
CHAT_PREFIXES = ("", "chats.list.item", "left_chats.list.item")
_MESSAGES = {f"{prefix}.messages.item".lstrip("."): prefix for prefix in CHAT_PREFIXES}
_CHAT_FIELDS = {
    f"{prefix}.{key}".lstrip("."): (prefix, key)
    for prefix in CHAT_PREFIXES
    for key in ("name", "id")
}
_SKIPPED_TYPES = frozenset({"service", "unsupported"})
_UNIX_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_TWO_DIGITS = tuple(f"{number:02}" for number in range(60))  # format specs are slow
_OPEN = frozenset({"start_map", "start_array"})
_CLOSE = frozenset({"end_map", "end_array"})


class MalformedMessage(ValueError):
    """One message that cannot be read; the rest of the export still can."""


class NotAnExport(ValueError):
    """Valid JSON that is not a Telegram export."""


@dataclass(slots=True)
class Chat:
    """A chat's name and id, as far as the export has given them."""

    name: str | None = None
    id: str | None = None


def check_export_shape(stream: IO[bytes]) -> Chat | None:
    """Raise NotAnExport unless the JSON is an object with a ``messages`` list or a
    ``chats.list``; reads only as far as needed to tell. Returns the chat as given
    before its messages for a single-chat export, None for an account export."""
    events = ijson.parse(LoneSurrogates(stream), use_float=True)
    first = next(events, None)
    if first is None or first[1] != "start_map":
        kind = "a list" if first and first[1] == "start_array" else "not an object"
        raise NotAnExport(f'the JSON is {kind}, expected an object with a "messages" list')
    chat = Chat()
    for prefix, event, value in events:
        if event == "start_array" and prefix in ("messages", "chats.list", "left_chats.list"):
            return chat if prefix == "messages" else None
        if prefix in ("name", "id"):
            _note_chat_field(chat, prefix, event, value)
    raise NotAnExport('the JSON has no "messages" list and no "chats" list')


def check_syntax(stream: IO[bytes]) -> bool:
    """Parse the whole document without building anything; raise ijson.JSONError if
    broken, TooDeep if nested deeper than MAX_JSON_DEPTH. True if the document has one
    ``messages`` key and no chat lists, which lets a single-chat export be read by
    ``read_export(..., chat=...)``."""
    scan = _KeyScan(LoneSurrogates(stream))
    check_depth(scan)
    return scan.messages_keys == 1 and not scan.other_layout


class _KeyScan:
    """A stream that counts, as it is read, the bytes that can spell the keys
    "messages", "chats" and "left_chats"; conservative, never parsing."""

    _TAIL = len(b'"messages"') - 1  # so no match is counted twice across chunks
    # A key is spelled with escapes only by hand; an escaped ASCII letter is enough
    # to give up the single-chat reading.
    _ESCAPED_LETTER = re.compile(rb"\\u00[4-7]")

    def __init__(self, stream: Readable) -> None:
        self.stream = stream
        self.messages_keys = 0
        self.other_layout = False
        self.tail = b""

    def read(self, size: int = -1) -> bytes:
        chunk = self.stream.read(size)
        window = self.tail + chunk
        self.messages_keys += window.count(b'"messages"')
        if b'chats"' in window or self._ESCAPED_LETTER.search(window):
            self.other_layout = True
        self.tail = window[-self._TAIL :]
        return chunk


def read_export(
    stream: IO[bytes],
    *,
    channel: str | None,
    on_skip: Callable[[str], None] | None = None,
    chat: Chat | None = None,
    on_warning: OnWarning | None = None,
) -> Iterator[Post]:
    """Posts of every chat in the export, in file order; service messages left out.

    ``chat``, from ``check_export_shape`` when ``check_syntax`` was True, names the
    chat of a single-chat export, whose messages are then built by the C parser.
    """
    if chat is None:
        messages = _messages_by_event(stream)
    else:
        built = ijson.items(LoneSurrogates(stream), "messages.item", use_float=True)
        messages = ((chat, message) for message in built)
    for message_chat, message in messages:
        try:
            post = message_to_post(
                message,
                chat_name=message_chat.name or channel,
                chat_id=message_chat.id,
                on_warning=on_warning,
            )
        except MalformedMessage as problem:
            if on_skip is not None:
                on_skip(str(problem))
            continue
        if post is not None:
            yield post


def _messages_by_event(stream: IO[bytes]) -> Iterator[tuple[Chat, Any]]:
    """Each message of any export form with its chat as given so far, read event by event."""
    chats: dict[str, Chat] = {prefix: Chat() for prefix in CHAT_PREFIXES}
    events = ijson.parse(LoneSurrogates(stream), use_float=True)
    for prefix, event, value in events:
        if prefix in _MESSAGES and event not in _CLOSE:
            yield chats[_MESSAGES[prefix]], _build(event, value, events)
        elif prefix in _CHAT_FIELDS:
            chat_prefix, key = _CHAT_FIELDS[prefix]
            _note_chat_field(chats[chat_prefix], key, event, value)
        elif event == "start_map" and prefix in chats:
            chats[prefix] = Chat()


def _note_chat_field(chat: Chat, key: str, event: str, value: Any) -> None:
    """Set a chat's ``key`` ("name" or "id") from a scalar value."""
    if event in ("string", "number"):
        setattr(chat, key, _scalar_text(value))


def _build(event: str, value: Any, events: Iterator[tuple[str, str, Any]]) -> Any:
    """The value starting at ``event``, pulling the rest of its events from ``events``."""
    if event not in _OPEN:
        return value
    # The same objects ijson.ObjectBuilder makes, built inline: this loop runs for
    # every event of every message, and a method call per event doubled its cost.
    root: Any = {} if event == "start_map" else []
    stack = [root]
    top = root
    key = None
    for _, inner_event, inner_value in events:
        if inner_event == "map_key":
            key = inner_value
            continue
        if inner_event in _CLOSE:
            stack.pop()
            if not stack:
                break
            top = stack[-1]
            continue
        if inner_event in _OPEN:
            inner_value = {} if inner_event == "start_map" else []
        if type(top) is list:
            top.append(inner_value)
        else:
            top[key] = inner_value
        if inner_event in _OPEN:
            stack.append(inner_value)
            top = inner_value
    return root


def message_to_post(
    message: Any,
    *,
    chat_name: str | None,
    chat_id: str | None,
    on_warning: OnWarning | None = None,
) -> Post | None:
    """One exported message as a Post; None for service and text-less messages.

    A date that is no real time is dropped (``on_warning`` hears it); the post is kept."""
    if not isinstance(message, dict):
        raise MalformedMessage(f"a message is {type(message).__name__}, not an object")
    message_id = message.get("id")
    if isinstance(message_id, bool) or not isinstance(message_id, (int, str)) or message_id == "":
        raise MalformedMessage("a message has no id")
    kind = message.get("type", "message")
    if not isinstance(kind, str):
        raise MalformedMessage(f"message {message_id}: its type is not a string")
    if kind in _SKIPPED_TYPES:
        return None
    pieces = message.get("text", "")
    if isinstance(pieces, str):
        pieces = [pieces]
    texts = _piece_texts(pieces)
    if texts is None:
        raise MalformedMessage(
            f"message {message_id}: text is neither a string nor a list of pieces"
        )
    text = "".join(texts)
    if not text.strip():
        return None
    entities = message.get("text_entities")
    if isinstance(entities, list) and entities:
        entity_texts = _piece_texts(entities)
        if entity_texts is not None:
            pieces, texts = entities, entity_texts
    hashtags, links = _tags_and_links(pieces, texts)
    name = clean_channel_name(chat_name) if isinstance(chat_name, str) else None
    forwarded = message.get("forwarded_from")
    chat_key = chat_id if chat_id is not None else (name or "chat")
    when, invalid = _date(message)
    if invalid is not None and on_warning is not None:
        on_warning(INVALID_DATE, f"message {message_id}: {invalid!r}")
    return Post(
        id=f"{chat_key}:{message_id}",
        channel=name,
        text=text,
        forwarded_from=clean_channel_name(forwarded) if isinstance(forwarded, str) else None,
        date=when or dateline_day(text),
        hashtags=unique(hashtags),
        links=unique(links),
    )


def _piece_texts(pieces: Any) -> list[str] | None:
    """The text of each piece (a string or an object with a "text" string); None if
    ``pieces`` is not a list of pieces."""
    if not isinstance(pieces, list):
        return None
    texts = []
    for piece in pieces:
        if isinstance(piece, str):
            texts.append(piece)
        elif isinstance(piece, dict) and isinstance(text := piece.get("text"), str):
            texts.append(text)
        else:
            return None
    return texts


def _tags_and_links(pieces: list[Any], texts: list[str]) -> tuple[list[str], list[str]]:
    hashtags: list[str] = []
    links: list[str] = []
    # One case-blind test of the whole text instead of one per piece: most messages
    # have no link, and no piece can hold one that the whole text does not.
    lowered = "".join(texts).lower()
    may_link = "http" in lowered or "www." in lowered
    for piece, text in zip(pieces, texts, strict=True):
        kind = "plain" if isinstance(piece, str) else piece.get("type", "plain")
        if kind == "hashtag":
            hashtags.append(text.lstrip("#"))
        elif kind in ("link", "url"):
            links.append(text.strip())
        elif kind == "text_link" and isinstance(piece.get("href"), str):
            links.append(piece["href"])
        elif kind not in ("mention", "mention_name", "email", "phone", "bot_command", "cashtag"):
            hashtags.extend(hashtags_in(text))
            if may_link:
                links.extend(links_in(text))
    return hashtags, links


def _date(message: dict[str, Any]) -> tuple[str | None, Any]:
    """UTC from ``date_unixtime``; else the local ``date`` as written (it has no offset).

    The second item is the date given when neither is a real time, else None."""
    stamp = message.get("date_unixtime")
    if isinstance(stamp, (str, int, float)) and not isinstance(stamp, bool):
        try:
            days, seconds = divmod(int(stamp), 86400)
            day = _utc_day(days)
        except (ValueError, OverflowError):
            day = None
        if day is not None:
            hours, seconds = divmod(seconds, 3600)
            minutes, seconds = divmod(seconds, 60)
            stamped = f"{day}T{_TWO_DIGITS[hours]}:{_TWO_DIGITS[minutes]}:{_TWO_DIGITS[seconds]}Z"
            return stamped, None
    local = message.get("date")
    if isinstance(local, str) and checked_iso(local):
        return local, None
    given = local if local is not None else stamp
    return None, given


# A day's text is made once per day of posts: datetime.strftime per message was a
# tenth of the cost of reading one.
@lru_cache(maxsize=1024)
def _utc_day(days: int) -> str:
    """The day ``days`` after 1970-01-01; ValueError or OverflowError outside years 1-9999."""
    return date.fromordinal(_UNIX_EPOCH_ORDINAL + days).strftime("%Y-%m-%d")


def _scalar_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
