"""How often each relation pattern fires, per input: dead and harmful patterns show.

    python scripts/rulecount.py INPUT[=GOLD.jsonl] ... [--scorer ../shared/eval/score.py]

Every input (a Telegram export or a dump) is extracted; the table has one row per pattern
of every language (all of them, so a pattern that never fires shows a 0), one column of
edge counts per input, and the total. With ``=GOLD`` after an input and a scorer, each
count is followed by ``+right/-wrong``: the true and false positives the pattern adds,
measured by scoring the input without that pattern's edges. Patterns no input fired are
listed at the end as dead.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import graphkit.extract  # noqa: F401  (the engines register their languages on import)
from graphkit.extract.patterns import languages, load_patterns
from graphkit.pipeline import extract
from graphkit.sources import read_posts

ROOT = Path(__file__).resolve().parents[1]


def _scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _relation_counts(scorer: ModuleType, gold: list[Any], predicted: list[Any]) -> tuple[int, int]:
    micro = scorer.score(gold, predicted)["relations"]["micro"]
    return int(micro["tp"]), int(micro["fp"])


def _without(predicted: list[dict[str, Any]], pid: str) -> list[dict[str, Any]]:
    return [
        {**post, "relations": [r for r in post["relations"] if r["rule"] != pid]}
        for post in predicted
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", help="INPUT or INPUT=GOLD.jsonl")
    parser.add_argument("--scorer", type=Path, default=ROOT.parent / "shared/eval/score.py")
    args = parser.parse_args()
    ids = [p.id for code in languages() for p in load_patterns(code).patterns]
    columns: list[str] = []
    cells: dict[str, dict[str, str]] = {pid: {} for pid in ids}
    totals: Counter[str] = Counter()
    for item in args.inputs:
        source, _, gold_path = item.partition("=")
        predicted = [x.to_dict() for x in extract(read_posts(source))]
        counts = Counter(r["rule"] for post in predicted for r in post["relations"])
        totals.update(counts)
        column = Path(source).parent.name if Path(source).stem == "result" else Path(source).stem
        columns.append(column)
        judged: dict[str, str] = {}
        if gold_path and args.scorer.is_file():
            scorer = _scorer(args.scorer)
            lines = Path(gold_path).read_text(encoding="utf-8").splitlines()
            gold = [json.loads(line) for line in lines if line.strip()]
            tp, fp = _relation_counts(scorer, gold, predicted)
            for pid in counts:
                tp_without, fp_without = _relation_counts(scorer, gold, _without(predicted, pid))
                judged[pid] = f" +{tp - tp_without}/-{fp - fp_without}"
        for pid in ids:
            cells[pid][column] = f"{counts.get(pid, 0)}{judged.get(pid, '')}"
        for pid in counts.keys() - set(ids):
            cells.setdefault(pid, {})[column] = f"{counts[pid]} (not a pattern)"
    width = max(len(pid) for pid in cells)
    print(f"{'pattern':<{width}}  " + "  ".join(f"{c:>14}" for c in columns) + f"  {'total':>7}")
    for pid in sorted(cells):
        row = "  ".join(f"{cells[pid].get(c, '0'):>14}" for c in columns)
        print(f"{pid:<{width}}  {row}  {totals.get(pid, 0):>7}")
    dead = [pid for pid in ids if not totals.get(pid)]
    print(f"{len(ids)} patterns, {len(ids) - len(dead)} fired; dead: {', '.join(dead) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
