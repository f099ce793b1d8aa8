"""Telegram Desktop "Export chat history" in HTML (``messages.html``, ``messages2.html``, ...).

Each file holds up to 1,000 messages of one chat, one ``div`` each:

- ``<div class="message default clearfix" id="message123">``: a message; ``... joined``
  when it continues the previous sender's run (its ``from_name`` is left out);
  ``<div class="message service" id="message-1">``: date dividers and service events,
  left out.
- In a message's ``div.body``: ``div.pull_right.date.details`` whose ``title`` is the
  local time with its offset, ``14.01.2026 00:25:11 UTC+02:00`` (no offset before about
  v3.7); ``div.forwarded.body`` with ``div.from_name`` naming the original author (left
  out on a joined forward of the same author: carried over from the previous message);
  the text in ``div.text``, with ``<br>`` for line breaks, ``<a href>`` for links and
  ``<a onclick="return ShowHashtag(...)">#tag</a>`` for hashtags; media, replies and
  signatures in ``div.media_wrap``, ``div.reply_to``, ``div.signature``, not read.
- The chat's name in ``div.page_header`` ``div.text``.

The files are parsed as a stream (``html.parser``, fed in chunks), so memory does not
grow with the size of the export. A post's id is ``<chat name>:<message id>`` (the HTML
export carries no chat id), its date UTC when the title has an offset.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from html.parser import HTMLParser
from typing import IO

from graphkit.errors import OnWarning
from graphkit.models import Post
from graphkit.sources.dates import INVALID_DATE, dateline_day
from graphkit.sources.text import clean_channel_name, hashtags_in, links_in, unique

_CHUNK = 1 << 16
#: Enough of a file's start to hold tdesktop's page head and the chat's header.
HEAD_SIZE = 1 << 16
# What only a Telegram export page has: its history block, or one of its message divs.
_EXPORT_MARKS = re.compile(
    r"""<div\s+class=["'](?:history|message (?:default|service)\b[^"']*)["']""", re.IGNORECASE
)
_MESSAGE_ID = re.compile(r"^message(-?\d+)$")
_TITLE_DATE = re.compile(
    r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4}) (\d{1,2}):(\d{2}):(\d{2})"
    r"(?:\s*UTC\s*([+-])(\d{1,2}):?(\d{2}))?\s*$"
)
_VIA_BOT = re.compile(r"\s+via @\w+$")
_VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    ]
)
#: Parts of a message whose words are not the post's text.
_NOT_TEXT = frozenset({"media_wrap", "reply_to", "signature", "from_name", "date"})


def looks_like_export(head: str) -> bool:
    """Does the start of an HTML page hold a Telegram export's history or messages?"""
    return _EXPORT_MARKS.search(head) is not None


def read_html_export(
    pages: Iterable[IO[str]],
    *,
    channel: str | None,
    on_skip: Callable[[str], None] | None = None,
    on_warning: OnWarning | None = None,
) -> Iterator[Post]:
    """Posts of the export's pages, in order; service messages left out.

    ``channel`` names the chat when no page header does. ``on_skip`` hears each message
    that cannot be read (no numeric id); ``on_warning`` each date that is no real time
    (dropped, the post kept).
    """
    carried = _Carried()
    for page in pages:
        parser = _PageParser(carried)
        while chunk := page.read(_CHUNK):
            parser.feed(chunk)
            yield from _posts(parser, channel, on_skip, on_warning)
        parser.close()
        parser.finish()
        yield from _posts(parser, channel, on_skip, on_warning)


def _posts(
    parser: _PageParser,
    channel: str | None,
    on_skip: Callable[[str], None] | None,
    on_warning: OnWarning | None,
) -> Iterator[Post]:
    done, parser.done = parser.done, []
    for message in done:
        if message.id is None:
            if on_skip is not None:
                on_skip(f"a message has no numeric id ({message.raw_id!r})")
            continue
        if message.date is None and message.invalid_date and on_warning is not None:
            on_warning(INVALID_DATE, f"message {message.id}: {message.invalid_date!r}")
        post = message.to_post(parser.carried.chat_name or channel)
        if post is not None:
            yield post


@dataclass(slots=True)
class _Carried:
    """What one page hands to the next: the chat's name, the last forward's author."""

    chat_name: str | None = None
    forwarded_from: str | None = None


@dataclass(slots=True)
class _Message:
    raw_id: str
    id: int | None
    date: str | None = None
    invalid_date: str | None = None  # a date title that is no real time, as written
    forwarded: bool = False
    forwarded_from: str | None = None
    text: list[str] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    plain: list[str] = field(default_factory=list)  # text outside anchors, not yet scanned

    def scan_plain(self) -> None:
        """Hashtags and links typed as plain text, from the run since the last anchor.

        A run is scanned whole: the parser may hand one over in several pieces."""
        run = "".join(self.plain)
        self.plain.clear()
        self.hashtags.extend(hashtags_in(run))
        self.links.extend(links_in(run))

    def to_post(self, chat_name: str | None) -> Post | None:
        text = "".join(self.text).strip()
        if not text:
            return None
        name = clean_channel_name(chat_name)
        return Post(
            id=f"{name or 'chat'}:{self.id}",
            channel=name,
            text=text,
            forwarded_from=clean_channel_name(self.forwarded_from),
            date=self.date or dateline_day(text),
            hashtags=unique(self.hashtags),
            links=unique(self.links),
        )


@dataclass(slots=True)
class _Open:
    """An element open inside a message or the header, and what it is for the reader.

    What an element is inside of is kept on it (``context``, ``in_text``,
    ``in_forward``), so no event looks down the stack: deep nesting stays linear.
    """

    tag: str
    role: str = ""  # "forwarded", "from_name", "text", "skip", "anchor", or "" for nothing
    context: str = ""  # the innermost role other than "" and "anchor", itself included
    in_text: bool = False
    in_forward: bool = False


class _PageParser(HTMLParser):
    """Collects the messages of one page into ``done`` as their ``div`` closes."""

    def __init__(self, carried: _Carried) -> None:
        super().__init__(convert_charrefs=True)
        self.carried = carried
        self.done: list[_Message] = []
        self.message: _Message | None = None
        self.skipping_service = False
        self.stack: list[_Open] = []  # elements open inside the current message or header
        self.open_tags: dict[str, int] = {}  # how many of each tag the stack holds
        self.header: list[str] | None = None  # the page header's text, while inside it
        self.forward_name: list[str] | None = None
        self.anchor_href: str | None = None
        self.anchor_text: list[str] = []

    # --- structure

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID_TAGS:
            if tag == "br" and self._in_text():
                self._text("\n")
            return
        attributes = {name: value or "" for name, value in attrs}
        classes = attributes.get("class", "").split()
        if not self.stack:
            self._outer_start(tag, classes, attributes)
        else:
            self._push(tag, self._role(tag, classes, attributes))

    def handle_endtag(self, tag: str) -> None:
        # A stray end tag is ignored; one that matches closes what is open inside it too.
        # Each element is popped once, so this is linear however the tags nest.
        if tag in _VOID_TAGS or not self.open_tags.get(tag):
            return
        while self.stack:
            element = self._pop()
            if element.tag == tag:
                break

    def handle_data(self, data: str) -> None:
        context = self.stack[-1].context if self.stack else ""
        if self.header is not None and context == "text":
            self.header.append(data)
        elif self.forward_name is not None and context == "from_name":
            self.forward_name.append(data)
        elif self._in_text():
            if self.anchor_href is not None:
                self.anchor_text.append(data)
            self._text(data)

    def finish(self) -> None:
        """Close what a truncated page left open (its last message still counts)."""
        while self.stack:
            self._pop()

    def _push(self, tag: str, role: str) -> None:
        parent = self.stack[-1] if self.stack else _Open("")
        self.stack.append(
            _Open(
                tag,
                role,
                context=parent.context if role in ("", "anchor") else role,
                in_text=parent.in_text or role == "text",
                in_forward=parent.in_forward or role == "forwarded",
            )
        )
        self.open_tags[tag] = self.open_tags.get(tag, 0) + 1

    def _pop(self) -> _Open:
        element = self.stack.pop()
        self.open_tags[element.tag] -= 1
        self._close(element)
        return element

    # --- the outermost elements: a message, a service message, the page header

    def _outer_start(self, tag: str, classes: list[str], attributes: dict[str, str]) -> None:
        if tag != "div":
            return
        if "message" in classes:
            raw_id = attributes.get("id", "")
            if "service" in classes:
                self.skipping_service = True
            else:
                match = _MESSAGE_ID.match(raw_id)
                self.message = _Message(raw_id, int(match.group(1)) if match else None)
                if "joined" not in classes:
                    self.carried.forwarded_from = None
            self._push(tag, "message")
        elif "page_header" in classes and self.carried.chat_name is None:
            self.header = []
            self._push(tag, "header")

    def _role(self, tag: str, classes: list[str], attributes: dict[str, str]) -> str:
        if self.skipping_service:
            return ""
        if self.header is not None:
            return "text" if "text" in classes else ""
        message = self.message
        if message is None:
            return ""
        parent = self.stack[-1]
        if parent.context in ("skip", "from_name"):  # e.g. a forward's date span
            return "skip"
        if tag == "div" and "forwarded" in classes and "body" in classes:
            message.forwarded = True
            return "forwarded"
        if tag == "div" and "from_name" in classes and parent.context == "forwarded":
            self.forward_name = []
            return "from_name"
        if "date" in classes and "details" in classes and message.date is None:
            if not parent.in_forward:  # a forward's span gives the original's date
                title = attributes.get("title", "")
                message.date = _utc(title)
                if message.date is None and title:
                    message.invalid_date = title
            return "skip"
        if tag == "div" and "text" in classes and not message.text and not self._in_text():
            return "text"
        if tag == "a" and self._in_text():
            message.scan_plain()
            self.anchor_href = attributes.get("href", "")
            self.anchor_text = []
            if "ShowHashtag(" in attributes.get("onclick", ""):
                self.anchor_href = "#"
            return "anchor"
        if any(name in classes for name in _NOT_TEXT):
            return "skip"
        return ""

    def _close(self, element: _Open) -> None:
        if element.role == "anchor":
            self._anchor_done()
        elif element.role == "from_name" and self.forward_name is not None:
            name = _VIA_BOT.sub("", " ".join("".join(self.forward_name).split()))
            if self.message is not None and name:
                self.message.forwarded_from = name
            self.forward_name = None
        elif element.role == "header" and self.header is not None:
            self.carried.chat_name = " ".join("".join(self.header).split()) or None
            self.header = None
        elif element.role == "message":
            self._message_done()

    def _anchor_done(self) -> None:
        message, href = self.message, self.anchor_href
        self.anchor_href = None
        text = "".join(self.anchor_text).strip()
        if message is None or href is None or not text:
            return
        if href == "#":
            message.hashtags.append(text.lstrip("#"))
        elif href.lower().startswith(("http://", "https://")) and not text.startswith("@"):
            message.links.append(href)

    def _message_done(self) -> None:
        message, self.message = self.message, None
        self.skipping_service = False
        if message is None:
            return
        message.scan_plain()
        if message.forwarded:
            if message.forwarded_from is None:  # a joined forward: the same author as before
                message.forwarded_from = self.carried.forwarded_from
            self.carried.forwarded_from = message.forwarded_from
        self.done.append(message)

    # --- helpers

    def _text(self, data: str) -> None:
        assert self.message is not None
        self.message.text.append(data)
        if self.anchor_href is None:
            self.message.plain.append(data)

    def _in_text(self) -> bool:
        return self.message is not None and bool(self.stack) and self.stack[-1].in_text


def _utc(title: str) -> str | None:
    """``14.01.2026 00:25:11 UTC+02:00`` -> ``2026-01-13T22:25:11Z``; without an offset the
    local time as written (``2026-01-14T00:25:11``); None if it is no such date."""
    match = _TITLE_DATE.match(title)
    if match is None:
        return None
    day, month, year, hour, minute, second, sign, off_hours, off_minutes = match.groups()
    try:
        local = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
        if sign is None:
            return local.strftime("%Y-%m-%dT%H:%M:%S")
        offset = timedelta(hours=int(off_hours), minutes=int(off_minutes))
        utc = local - offset if sign == "+" else local + offset
    except (ValueError, OverflowError):
        return None
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")
