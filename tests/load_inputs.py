"""Channel dumps written for the load tests: short posts in the genre."""

from __future__ import annotations

import json
from pathlib import Path

TALKS = """📍 Moscow, May 15, 2024
🤝 Foreign Minister Sergey Lavrov held talks with Foreign Minister of Egypt Sameh Shoukry.
🔹 The ministers discussed the situation in the Middle East and cooperation within BRICS.
Read in full"""

CRITICISM = """📍 Moscow, May 20, 2024
🎙 Foreign Minister Sergey Lavrov criticised NATO for expanding its military infrastructure.
Read in full"""

FORUM = """📍 Minsk, October 31, 2024
🔹 Foreign Minister Sergey Lavrov spoke at the 2nd Minsk Conference on Eurasian Security.
🔹 Mr Lavrov met with Foreign Minister of Belarus Maxim Ryzhenkov in Minsk.
Read in full"""

SUMMIT = """📍 Kazan, October 23, 2024
🔹 President of Russia Vladimir Putin chaired the BRICS summit in Kazan.
🔹 Sergey Lavrov attended the BRICS summit.
Read in full"""


def write_dump(path: Path, *posts: str) -> Path:
    """A dump holding ``posts`` one after another, as pasted from the client."""
    path.write_text("\n\n\n".join(posts) + "\n", encoding="utf-8")
    return path


_PEOPLE = [
    ("Egypt", "Badr Abdelatty"),
    ("India", "Subrahmanyam Jaishankar"),
    ("Brazil", "Mauro Vieira"),
    ("Indonesia", "Sugiono"),
    ("Turkey", "Hakan Fidan"),
    ("Kazakhstan", "Murat Nurtleu"),
]
_TOPICS = ["trade in national currencies", "energy projects", "the situation in the Middle East"]


def write_export(path: Path, posts: int) -> Path:
    """A Telegram export of ``posts`` distinct messages: talks, criticism and support."""
    messages = []
    for number in range(1, posts + 1):
        country, minister = _PEOPLE[number % len(_PEOPLE)]
        topic = _TOPICS[number % len(_TOPICS)]
        text = (
            f"Foreign Minister Sergey Lavrov held talks with Minister of Foreign Affairs of"
            f" {country} {minister} in Moscow (round {number}).\n\n"
            f"The ministers discussed {topic}. Sergey Lavrov criticised NATO."
        )
        unixtime = 1_700_000_000 + number * 3600
        messages.append(
            {
                "id": number,
                "type": "message",
                "date_unixtime": str(unixtime),
                "from": "MFA Russia",
                "from_id": "channel1000000042",
                "text": text,
                "text_entities": [{"type": "plain", "text": text}],
            }
        )
    export = {"name": "MFA Russia", "type": "public_channel", "id": 1000000042}
    path.write_text(json.dumps({**export, "messages": messages}), encoding="utf-8")
    return path
