"""Telegram Desktop "Export chat history" JSON (``result.json``), read incrementally.

Two forms: one chat ``{name, type, id, messages: [...]}`` and a whole account
``{..., chats: {list: [{name, type, id, messages}]}, left_chats: {list: [...]}}``.
The file is parsed as a stream of events (ijson), and one message at a time is built,
so memory does not grow with the size of the export.

A post's id is ``<chat id>:<message id>``, its channel the chat's name (without emoji
decoration), its date the UTC ``date_unixtime``. ``from``/``from_id`` are not used: in a
channel they name the channel itself. Service messages and messages without text (a photo
with no caption) are left out silently; a message that cannot be read is reported through
``on_skip`` and left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import IO, Any

import ijson

from graphkit.models import Post
from graphkit.sources.dates import dateline_day
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
_LOCAL_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?$")
_OPEN = frozenset({"start_map", "start_array"})
_CLOSE = frozenset({"end_map", "end_array"})


class MalformedMessage(ValueError):
    """One message that cannot be read; the rest of the export still can."""


class NotAnExport(ValueError):
    """Valid JSON that is not a Telegram export."""


@dataclass(slots=True)
class _Chat:
    name: str | None = None
    id: str | None = None


def check_export_shape(stream: IO[bytes]) -> None:
    """Raise NotAnExport unless the JSON is an object with a ``messages`` list or a
    ``chats.list``; reads only as far as needed to tell."""
    events = ijson.parse(stream, use_float=True)
    first = next(events, None)
    if first is None or first[1] != "start_map":
        kind = "a list" if first and first[1] == "start_array" else "not an object"
        raise NotAnExport(f'the JSON is {kind}, expected an object with a "messages" list')
    for prefix, event, _ in events:
        if event == "start_array" and prefix in ("messages", "chats.list", "left_chats.list"):
            return
    raise NotAnExport('the JSON has no "messages" list and no "chats" list')


def check_syntax(stream: IO[bytes]) -> None:
    """Parse the whole document without building anything; raise ijson.JSONError if broken."""
    # The C backend filters by prefix inside C: a prefix that never matches makes
    # this a fast full syntax check with flat memory.
    for _ in ijson.items(stream, "\x00never"):
        pass


def read_export(
    stream: IO[bytes],
    *,
    channel: str | None,
    on_skip: Callable[[str], None] | None = None,
) -> Iterator[Post]:
    """Posts of every chat in the export, in file order; service messages left out."""
    chats: dict[str, _Chat] = {prefix: _Chat() for prefix in CHAT_PREFIXES}
    events = ijson.parse(stream, use_float=True)
    for prefix, event, value in events:
        if prefix in _MESSAGES and event not in _CLOSE:
            chat = chats[_MESSAGES[prefix]]
            message = _build(event, value, events)
            try:
                post = message_to_post(message, chat_name=chat.name or channel, chat_id=chat.id)
            except MalformedMessage as problem:
                if on_skip is not None:
                    on_skip(str(problem))
                continue
            if post is not None:
                yield post
        elif prefix in _CHAT_FIELDS and event in ("string", "number"):
            chat_prefix, key = _CHAT_FIELDS[prefix]
            setattr(chats[chat_prefix], key, _scalar_text(value))
        elif event == "start_map" and prefix in chats:
            chats[prefix] = _Chat()


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


def message_to_post(message: Any, *, chat_name: str | None, chat_id: str | None) -> Post | None:
    """One exported message as a Post; None for service and text-less messages."""
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
    pieces = _pieces(message, message_id)
    text = "".join(piece if isinstance(piece, str) else piece["text"] for piece in pieces)
    if not text.strip():
        return None
    entities = message.get("text_entities")
    if isinstance(entities, list) and entities and all(_is_piece(e) for e in entities):
        pieces = entities
    hashtags, links = _tags_and_links(pieces)
    name = clean_channel_name(chat_name) if isinstance(chat_name, str) else None
    forwarded = message.get("forwarded_from")
    chat_key = chat_id if chat_id is not None else (name or "chat")
    return Post(
        id=f"{chat_key}:{message_id}",
        channel=name,
        text=text,
        forwarded_from=clean_channel_name(forwarded) if isinstance(forwarded, str) else None,
        date=_date(message) or dateline_day(text),
        hashtags=unique(hashtags),
        links=unique(links),
    )


def _is_piece(piece: Any) -> bool:
    return isinstance(piece, str) or (
        isinstance(piece, dict) and isinstance(piece.get("text"), str)
    )


def _pieces(message: dict[str, Any], message_id: object) -> list[Any]:
    text = message.get("text", "")
    if isinstance(text, str):
        return [text]
    if isinstance(text, list) and all(_is_piece(piece) for piece in text):
        return text
    raise MalformedMessage(f"message {message_id}: text is neither a string nor a list of pieces")


def _tags_and_links(pieces: Iterable[Any]) -> tuple[list[str], list[str]]:
    hashtags: list[str] = []
    links: list[str] = []
    for piece in pieces:
        if isinstance(piece, str):
            kind, text = "plain", piece
        else:
            kind, text = piece.get("type", "plain"), piece["text"]
        if kind == "hashtag":
            hashtags.append(text.lstrip("#"))
        elif kind in ("link", "url"):
            links.append(text.strip())
        elif kind == "text_link" and isinstance(piece.get("href"), str):
            links.append(piece["href"])
        elif kind not in ("mention", "mention_name", "email", "phone", "bot_command", "cashtag"):
            hashtags.extend(hashtags_in(text))
            links.extend(links_in(text))
    return hashtags, links


def _date(message: dict[str, Any]) -> str | None:
    """UTC from ``date_unixtime``; else the local ``date`` as written (it has no offset)."""
    stamp = message.get("date_unixtime")
    if isinstance(stamp, (str, int, float)) and not isinstance(stamp, bool):
        try:
            moment = datetime.fromtimestamp(int(stamp), tz=timezone.utc)
        except (ValueError, OverflowError, OSError):
            moment = None
        if moment is not None:
            return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    local = message.get("date")
    if isinstance(local, str) and _LOCAL_ISO.match(local):
        return local
    return None


def _scalar_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
