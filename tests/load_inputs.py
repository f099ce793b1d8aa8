"""Channel dumps written for the load tests: short posts in the genre."""

from __future__ import annotations

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
