"""Golden diff of the relation layer: every edge with its rule, confidence and modality.

    python scripts/golden_relations.py dump OUT.tsv [--corpus 3000]
    python scripts/golden_relations.py diff OLD.tsv NEW.tsv

``dump`` runs today's extraction over every gold set (../shared sample and dev, the
tests/extract/holdout* exports, examples/) and ``--corpus`` posts of bench/corpus.py, and
writes one line per edge: set, post, source, type, target, rule, confidence, modality.
``diff`` compares two dumps, reading old rule names through scripts/legacy_rules.yaml
(old name -> the pattern ids that replaced it), and prints edges lost and gained, rule,
confidence and modality changes per set. Blind sets show counts only: their texts stay
unread.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BLIND = ("holdout_blind", "holdout_d", "holdout_real", "ru_blind")
Row = tuple[str, str, str, str, str, str, str, str]


def gold_sets() -> dict[str, Path]:
    sets = {
        "shared-sample": SHARED / "data" / "channel_dump.txt",
        "shared-dev": SHARED / "eval" / "dev" / "result.json",
        "examples": ROOT / "examples" / "result.json",
        "examples-dump": ROOT / "examples" / "channel_dump.txt",
    }
    for folder in sorted((ROOT / "tests" / "extract").glob("holdout*")):
        sets[folder.name] = folder / "result.json"
    return {name: path for name, path in sets.items() if path.is_file()}


def dump(out: Path, corpus: int) -> None:
    from graphkit.pipeline import extract
    from graphkit.sources import read_posts

    sets = gold_sets()
    with tempfile.TemporaryDirectory() as tmp:
        if corpus:
            sys.path.insert(0, str(ROOT / "bench"))
            from corpus import write_corpus  # type: ignore[import-not-found]

            sets["corpus"] = write_corpus(Path(tmp) / "corpus.json", corpus)
        rows: list[Row] = []
        for name, path in sets.items():
            for extraction in extract(read_posts(path)):
                names = {e.id: e.name for e in extraction.entities}
                for r in extraction.relations:
                    rows.append(
                        (
                            name,
                            extraction.post.id,
                            names[r.source],
                            r.type,
                            names[r.target],
                            r.rule,
                            f"{r.confidence:.2f}",
                            r.modality,
                        )
                    )
    out.write_text("".join("\t".join(row) + "\n" for row in sorted(rows)), encoding="utf-8")
    print(f"{len(rows)} edges from {len(sets)} sets -> {out}")


def _read(path: Path) -> dict[tuple[str, ...], tuple[str, str, str]]:
    edges: dict[tuple[str, ...], tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        name, post, source, rtype, target, rule, confidence, modality = line.split("\t")
        edges[(name, post, source, rtype, target)] = (rule, confidence, modality)
    return edges


def diff(old_path: Path, new_path: Path) -> int:
    legacy_file = Path(__file__).with_name("legacy_rules.yaml")
    legacy = yaml.safe_load(legacy_file.read_text(encoding="utf-8")) or {}
    old, new = _read(old_path), _read(new_path)
    changes: dict[str, list[str]] = defaultdict(list)
    counts: Counter[tuple[str, str]] = Counter()
    for key in sorted(old.keys() | new.keys()):
        name = key[0]
        edge = " ".join(key[1:])
        before, after = old.get(key), new.get(key)
        if before is None or after is None:
            kind = "gained" if before is None else "lost"
            detail = f"{kind}: {edge} {(after or before)[0]}"  # type: ignore[index]
        elif after[0] != before[0] and after[0] not in legacy.get(before[0], [before[0]]):
            kind, detail = "rule", f"rule: {edge} {before[0]} -> {after[0]}"
        elif after[1] != before[1]:
            kind, detail = "confidence", f"confidence: {edge} {before[1]} -> {after[1]}"
        elif after[2] != before[2]:
            kind, detail = "modality", f"modality: {edge} {before[2]} -> {after[2]}"
        else:
            continue
        counts[(name, kind)] += 1
        if name not in BLIND:
            changes[name].append(detail)
        elif before is not None and after is not None:
            changes[name].append(f"{kind}: (blind: no names) {before} -> {after}")
        else:
            changes[name].append(f"{kind}: (blind: no names) {(after or before)[0]}")  # type: ignore[index]
    for name, lines in changes.items():
        print(f"== {name}")
        for line in lines:
            print("  " + line)
    total = sum(counts.values())
    summary = ", ".join(f"{n} {k}: {c}" for (n, k), c in sorted(counts.items()))
    print(
        f"{total} changes over {len(old)} -> {len(new)} edges" + (f" ({summary})" if total else "")
    )
    return 1 if total else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    dumping = sub.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--corpus", type=int, default=3000)
    diffing = sub.add_parser("diff")
    diffing.add_argument("old", type=Path)
    diffing.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.corpus)
        return 0
    return diff(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
