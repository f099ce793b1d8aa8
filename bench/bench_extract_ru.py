"""Russian extraction speed and memory on one core, and the cost of language routing to
English input.

A synthetic Russian Telegram export of N posts (templates written for this bench, names,
countries and events rotating) is extracted in a fresh interpreter pinned to one core
(``taskset -c 0``). Reported: posts/s from CPU seconds (model and lexicon loading shown
apart as setup) and the peak RSS (``ru_maxrss``), which must stay flat as N grows.

English throughput with no Russian in the input: the synthetic English corpus of
``bench/corpus.py`` extracted as users run it (each post's language detected), against the
same posts given ``lang="en"`` beforehand (no detection), in the same run; the ratio shows
what routing costs, and the run checks that natasha was never imported.

    python bench/bench_extract_ru.py                  # N = 1,000 and 10,000
    python bench/bench_extract_ru.py --posts 500 2000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from corpus import write_corpus  # bench/ is on sys.path when a bench runs

ROOT = Path(__file__).resolve().parent.parent

PEOPLE = [
    ("Сергей Лавров", "Сергея Лаврова", "Сергеем Лавровым"),
    ("Хакан Фидан", "Хакана Фидана", "Хаканом Фиданом"),
    ("Ван И", "Ван И", "Ван И"),
    ("Мария Захарова", "Марии Захаровой", "Марией Захаровой"),
    ("Аббас Аракчи", "Аббаса Аракчи", "Аббасом Аракчи"),
    ("Максим Рыженков", "Максима Рыженкова", "Максимом Рыженковым"),
    ("Иван Сидоров", "Ивана Сидорова", "Иваном Сидоровым"),
]
COUNTRIES = [("Турции", "Турцию"), ("Китая", "Китай"), ("Ирана", "Иран"), ("Индии", "Индию")]
EVENTS = ["заседании СМИД ШОС", "саммите БРИКС", "заседании Совета Безопасности ООН"]
PLACES = ["Москве", "Анкаре", "Пекине", "Казани"]
TEMPLATES = [
    "Министр иностранных дел {c0} {p0} провёл переговоры с {p2b} в {pl}.\n\nСтороны обсудили "
    "двустороннее сотрудничество и ситуацию в регионе.",
    "{p0} примет участие в {ev}, которое состоится в {pl}.",
    "{p0} выступил на {ev}. Российская сторона поддерживает {c1}.",
    "Состоялся телефонный разговор {p1} с {p2b}. Обсуждены вопросы повестки дня.",
    "По приглашению {p1b} {p0} посетит {c1}.",
    "Официальный представитель МИД России Мария Захарова прокомментировала заявления властей "
    "{c0}.\n\n#МИДРоссии #Брифинг",
]

RUN = r"""
import json, resource, sys, time
from dataclasses import replace
from graphkit.sources import read_posts
method, path = sys.argv[1], sys.argv[2]
started = time.process_time()
from graphkit.extract import KnowledgeBase
from graphkit.pipeline import extract
kb = KnowledgeBase.default()
posts = read_posts(path)
if method == "ru":
    from graphkit.extract.ru import analyse_ru
    analyse_ru("Сергей Лавров провёл переговоры с Хаканом Фиданом.", kb)  # load the models
elif method == "en-preset":
    posts = (replace(post, lang="en") for post in posts)
setup = time.process_time() - started
started = time.process_time()
count = relations = entities = 0
for extraction in extract(posts, kb=kb):
    count += 1
    relations += len(extraction.relations)
    entities += len(extraction.entities)
seconds = time.process_time() - started
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"posts": count, "seconds": seconds, "setup": setup, "rss": rss,
                  "entities": entities, "relations": relations,
                  "natasha": "natasha" in sys.modules}))
"""


def write_russian(path: Path, count: int, seed: int = 11) -> Path:
    rng = random.Random(seed)
    messages = []
    for number in range(count):
        a, b = rng.sample(PEOPLE, 2)
        text = rng.choice(TEMPLATES).format(
            p0=a[0],
            p1=a[1],
            p1b=b[1],
            p2b=b[2],
            c0=rng.choice(COUNTRIES)[0],
            c1=rng.choice(COUNTRIES)[1],
            ev=rng.choice(EVENTS),
            pl=rng.choice(PLACES),
        )
        text += f"\n\n{number}"  # every post distinct
        messages.append(
            {
                "id": number + 1,
                "type": "message",
                "date": "2025-05-28T10:00:00",
                "from": "МИД России",
                "text": text,
            }
        )
    path.write_text(
        json.dumps(
            {"name": "МИД России", "type": "public_channel", "id": 1, "messages": messages},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return path


def run(method: str, path: Path) -> dict[str, float]:
    command = [sys.executable, "-c", RUN, method, str(path)]
    if sys.platform.startswith("linux"):
        command = ["taskset", "-c", "0", *command]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--english-posts", type=int, default=20_000)
    args = parser.parse_args()
    header = (
        f"{'N':>8} {'input':<10} {'posts/s':>8} {'max RSS':>8} {'entities':>9} {'relations':>9}"
    )
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory() as workdir:
        for count in args.posts:
            path = write_russian(Path(workdir) / f"ru-{count}.json", count)
            figures = run("ru", path)
            print(
                f"{count:>8,} {'russian':<10} {figures['posts'] / figures['seconds']:>8,.1f} "
                f"{figures['rss'] / 1e6:>6.0f}MB {figures['entities']:>9,} "
                f"{figures['relations']:>9,}  (setup {figures['setup']:.1f}s)"
            )
            path.unlink()
        path = write_corpus(Path(workdir) / "en.json", args.english_posts, fmt="telegram")
        routed, preset = run("en", path), run("en-preset", path)
        rates = [f["posts"] / f["seconds"] for f in (routed, preset)]
        for name, figures, rate in (
            ("en routed", routed, rates[0]),
            ("en preset", preset, rates[1]),
        ):
            print(
                f"{args.english_posts:>8,} {name:<10} {rate:>8,.0f} {figures['rss'] / 1e6:>6.0f}MB "
                f"{figures['entities']:>9,} {figures['relations']:>9,}"
            )
        print(
            f"English with language detection: {rates[0] / rates[1]:.3f}x the preset run; "
            f"natasha imported: {bool(routed['natasha'])}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
